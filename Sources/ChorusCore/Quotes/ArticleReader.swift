/// A quotation found by the reader, with the article's speaker.
struct FoundQuote: Sendable {
    var inner: Range<Int>
    var kind: QuoteKind
    var segments: [Range<Int>]
    var speaker: Int?
    var deniedClaim = false
}

/// Reads one article sentence by sentence, in order, keeping track of who has spoken, and finds
/// its quotations and their speakers.
struct ArticleReader {
    /// Unowned, as the lexicon outlives every reader: counting references to it, every core wrote one cache line.
    unowned(unsafe) let lexicon = QuoteLexicon.shared

    let text: [Unicode.Scalar]
    let marked: [MarkedQuote]
    /// The article prints its quotations with marks, so unmarked words are the reporter's unless
    /// they are plainly in the speaker's voice (first or second person).
    let quotesMarked: Bool

    var speakers = ArticleSpeakers()
    var found: [FoundQuote] = []

    let parser = MentionParser()
    let cueFinder = CueFinder()
    let tokenizer = ProseTokenizer()
    private let splitter = SentenceSplitter()
    private var quoteCursor = 0
    /// The speaker of a reported quotation that ran to the end of the previous paragraph.
    var reportedRun: Int?
    /// The article's paragraphs (joined where a quotation runs on).
    private(set) var blocks: [Range<Int>] = []
    /// Surnames and roles already looked for in earlier paragraphs without success.
    var searched = Set<UInt64>()
    /// Token lists of sentences already read, kept for the next paragraph's sentences: a busy
    /// article has hundreds of sentences, and a list each would be as many allocations.
    private var spareTokens: [[ProseToken]] = []
    /// Storage for a paragraph's flags per sentence, kept likewise.
    private var spareFlags: [Bool] = []

    init(text: [Unicode.Scalar], marked: [MarkedQuote], quotesMarked: Bool) {
        self.text = text
        self.marked = marked
        self.quotesMarked = quotesMarked
    }

    /// Reads paragraphs (a quotation running over several paragraphs makes them one block).
    mutating func read(_ blocks: [Range<Int>]) {
        self.blocks = blocks
        var firstQuote = 0
        for block in blocks {
            while firstQuote < marked.count && marked[firstQuote].outer.upperBound <= block.lowerBound { firstQuote += 1 }
            var lastQuote = firstQuote
            while lastQuote < marked.count && marked[lastQuote].outer.lowerBound < block.upperBound { lastQuote += 1 }
            // Most paragraphs neither quote nor attribute: a scan for speech verbs spares them the
            // full reading. A paragraph may still continue an unmarked quotation in the speaker's voice.
            let unquoted = firstQuote == lastQuote && (reportedRun == nil || quotesMarked)
            let firstVerb = unquoted ? firstSpeechWord(in: block) : nil
            // Only the article's first line is its headline.
            let labelled = block.lowerBound == blocks[0].lowerBound && opensWithLabel(block)
            if unquoted && firstVerb == nil && !labelled {
                reportedRun = nil
                // Only whom its sentences open with matters, for pronouns further on (`The price
                // was high. Bill Morneau thought it a bargain.`); most sentences open with a small
                // word (`The`, `In`, `He`) and are passed over at once.
                for sentence in splitter.sentences(in: text, range: block) where opensWithName(sentence) && !isHeading(sentence) {
                    var tokens = spareTokens.popLast() ?? []
                    tokenizer.tokens(text, sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 160), quotes: marked, firstQuote: &quoteCursor, into: &tokens)
                    noteSubject(ReadSentence(range: sentence, tokens: tokens, cues: [], hasQuote: false))
                    spareTokens.append(tokens)
                }
                continue
            }
            let opaque = marked[firstQuote..<lastQuote].map(\.outer)
            let ranges = splitter.sentences(in: text, range: block, opaque: opaque)
            // In an article that marks its quotations, a sentence with no quotation and no speech
            // verb matters only for who it opens with, unless it stands next to one that does.
            var busy = flags(ranges.count, true)
            if quotesMarked {
                var q = firstQuote
                for (k, r) in ranges.enumerated() {
                    while q < lastQuote && marked[q].outer.upperBound <= r.lowerBound { q += 1 }
                    let quoted = q < lastQuote && marked[q].outer.lowerBound < r.upperBound
                    // The paragraph's scan found its first speech verb: sentences up to the one
                    // holding it need no scan of their own.
                    if let v = firstVerb, r.lowerBound <= v {
                        busy[k] = quoted || v < r.upperBound
                    } else {
                        busy[k] = quoted || firstSpeechWord(in: r) != nil
                    }
                    if k == 0 && labelled { busy[k] = true }
                }
            }
            var sentences = ranges.enumerated().map { k, range -> ReadSentence in
                let needed = busy[k] || (k > 0 && busy[k - 1]) || (k + 1 < busy.count && busy[k + 1])
                var tokens = spareTokens.popLast() ?? []
                let read = needed ? range : range.lowerBound..<min(range.upperBound, range.lowerBound + 160)
                tokenizer.tokens(text, read, quotes: marked, firstQuote: &quoteCursor, into: &tokens)
                return ReadSentence(range: range, tokens: tokens, cues: busy[k] ? cueFinder.cues(text, tokens, headline: labelled && k == 0) : [],
                                    hasQuote: tokens.contains { $0.kind == .quote }, partial: !needed)
            }
            spareFlags = busy
            readBlock(&sentences)
            // Swapped out rather than copied: a copy would be shared with `sentences` until the end
            // of the paragraph, and reusing it would copy it again.
            for k in sentences.indices {
                spareTokens.append([])
                swap(&spareTokens[spareTokens.count - 1], &sentences[k].tokens)
            }
        }
    }

    /// `count` flags set to `value`, in the storage the previous paragraph used.
    private mutating func flags(_ count: Int, _ value: Bool) -> [Bool] {
        var flags: [Bool] = []
        swap(&flags, &spareFlags)
        flags.removeAll(keepingCapacity: true)
        flags.append(contentsOf: repeatElement(value, count: count))
        return flags
    }

    /// `said in a statement`, `wrote in its report`: the document the cue introduces is its speaker's.
    private mutating func noteDocument(_ t: [ProseToken], after c: Cue) {
        guard let owner = c.speaker, c.verb + 2 < t.count else { return }
        for k in (c.verb + 2)..<min(t.count, c.verb + 5) where t[k].isLowercase && lexicon.documents.contains(t[k].key) && t[k - 1].isWord
            && (lexicon.indefiniteArticles.contains(t[k - 1].key) || CueFinder.possessivePronouns[t[k - 1].key] != nil) {
            speakers.noteDocument(t[k].key, issuedBy: owner)
            return
        }
    }

    private mutating func readBlock(_ sentences: inout [ReadSentence]) {
        var covered = flags(sentences.count, false)
        defer { spareFlags = covered }
        var blockSpeaker: Int?
        let continuing = reportedRun
        reportedRun = nil
        if let s = continuing, !quotesMarked, continueReported(sentences, speaker: s, covered: &covered) {
            blockSpeaker = s
        }
        for si in sentences.indices {
            // Whom the sentence is about comes first for its pronouns: `Sen. Claire McCaskill
            // scolded him: “...,” she said.`
            // So do the people it names before its quotation, when the pronoun comes after it:
            // `Now we have Mitt Romney's own take: “...,” he told Fox News.`
            if !sentences[si].partial, let c = sentences[si].cues.first(where: { $0.mention.form == .pronoun && !$0.participle }) {
                let quote = sentences[si].tokens.firstIndex { $0.kind == .quote }
                noteSubject(sentences[si], othersBefore: quote.map { $0 < c.span.lowerBound ? $0 : 0 } ?? 0)
            }
            let conceded = concedes(sentences[si]) ? speakers.lastSpeaker : nil
            defer { if let conceded { speakers.keepSalient(conceded) } }
            for ci in sentences[si].cues.indices {
                let speaker = resolveSpeaker(sentences[si].cues[ci].mention, at: sentences[si].range.lowerBound)
                sentences[si].cues[ci].speaker = speaker
                if let speaker { blockSpeaker = speakers.canonical(speaker) }
            }
            for c in sentences[si].cues where c.speaker != nil && !c.inverted && !c.participle && !c.mention.speakingDocument {
                noteDocument(sentences[si].tokens, after: c)
            }
            let sentence = sentences[si]
            var quotesSomeone = false
            for qi in sentence.tokens.indices where sentence.tokens[qi].kind == .quote {
                if let speaker = readMarked(sentence, qi, si: si, sentences: sentences, blockSpeaker: blockSpeaker) {
                    blockSpeaker = speaker
                    quotesSomeone = true
                }
            }
            if !covered[si] {
                readReported(sentences, si, covered: &covered)
                // The statements are read after all the sentence's cues: the speaker the sentence
                // names last (`According to EHS, ... but Chapman says ...`) is the one who spoke last.
                if let last = sentences[si].cues.last(where: { $0.speaker != nil })?.speaker, speakers.lastSpeaker != speakers.canonical(last) {
                    speakers.note(last)
                }
            }
            // A term in marks nobody is said to say (`became “acutely aware” of the risk`) leaves
            // the sentence narration; whom it names besides its subject may be what is quoted.
            if sentence.cues.isEmpty && !quotesSomeone && !covered[si] {
                let introduced = speakers.introducedSinceSpeech
                noteSubject(sentence, othersBefore: quotesMarked && !sentence.hasQuote ? sentence.tokens.count : 0)
                // `“...,” says House. Durning did not need much coaxing. “...”`: the reporter has
                // turned to someone new, whose the quotation standing alone after it is.
                if let now = speakers.introducedSinceSpeech, now != introduced { blockSpeaker = now }
            }
        }
    }

    /// The person a sentence without speech is about: its subject, a name or `he`/`she`.
    private mutating func narratedPerson(_ s: ReadSentence) -> Int? {
        guard s.cues.isEmpty, !s.partial, let m = cueFinder.sentenceSubject(text, s.tokens, before: s.tokens.count) else { return nil }
        // A lone capitalised word is as often an adverb or a noun opening the sentence (`Social
        // events made him wary`) as a name: only a full name or one the article has met counts.
        let named = m.form == .person && (m.nameKeys.count >= 2 || m.nameKeys.last.map { speakers.knowsPerson(surname: $0) } == true)
        guard named || (m.form == .pronoun && (m.pronoun == lexicon.he || m.pronoun == lexicon.she)) else { return nil }
        return resolveSpeaker(m, at: s.range.lowerBound)
    }

    static let concessives = WordKey.set("although though whereas")

    /// `Although Trump has tweeted “no collusion”, its inclusion is no statement, ...`: a sentence
    /// whose every cue stands in a concessive clause before its main one. Whoever speaks there is
    /// set aside; the one spoken of before stays the antecedent of a later `he`.
    private func concedes(_ s: ReadSentence) -> Bool {
        guard let first = s.tokens.first, first.isWord, Self.concessives.contains(first.key), !s.cues.isEmpty,
              let comma = s.tokens.firstIndex(where: { $0.isComma || ($0.kind == .punctuation && [0x2D, 0x2013, 0x2014].contains($0.key.value)) })
        else { return false }
        return s.cues.allSatisfy { $0.span.upperBound <= comma && $0.mention.form != .pronoun }
    }

    // MARK: marked quotations

    /// Records the marked quotation at token `qi` and returns its speaker.
    private mutating func readMarked(_ s: ReadSentence, _ qi: Int, si: Int, sentences: [ReadSentence], blockSpeaker: Int?) -> Int? {
        let t = s.tokens
        let quote = marked[t[qi].quote]
        guard !ProseScalar.isAddress(text, quote.inner) else { return nil }
        let partial = isPartial(t, qi)
        var speaker = cueSpeaker(s, qi)
        if !partial, let m = signer(of: t[qi].quote) ?? transcriptLabel(of: quote) {
            speaker = resolveSpeaker(m, at: s.range.lowerBound)
        } else if speaker == nil, !partial, let m = colonIntroducer(s, qi) ?? putItSpeaker(s, qi) ?? trailingNamer(s, qi) {
            speaker = resolveSpeaker(m, at: s.range.lowerBound)
        }
        if speaker == nil && !partial && !quote.byDash {
            speaker = blockSpeaker
            if speaker == nil, si + 1 < sentences.count, let next = sentences[si + 1].cues.first, !next.inverted, next.span.lowerBound == 0 {
                speaker = resolveSpeaker(next.mention, at: sentences[si + 1].range.lowerBound)
            }
            // A quotation standing alone is the last speaker's, unless the reporter has since
            // turned to someone else (`Wendy Golden lives in Amherst.` ¶ `“You don't know ...”`).
            if speaker == nil, si == 0, qi == 0 { speaker = speakers.introducedSinceSpeech ?? speakers.lastSpeaker }
            // `But early on, he did have patients die. “When somebody dies, you remember that.”`:
            // a quotation that is a sentence of its own is the person the sentence before is about.
            if speaker == nil, si > 0, qi == 0, t.dropFirst().allSatisfy({ $0.kind == .punctuation }) {
                speaker = narratedPerson(sentences[si - 1])
            }
        }
        if quote.byDash && speaker == nil { return nil }
        // A word or three in marks that nobody is said to say (`“grapple,” “optics” and “eschew”`)
        // is a term.
        if speaker == nil && wordCount(quote.inner) <= 3 && !t.contains(where: { $0.isLowercase && lexicon.speechVerbs.contains($0.key) }) { return nil }
        // `“The Kid Who Would Be King” reclaims the genre`: a title nobody says
        if (speaker == nil || s.cues.isEmpty) && isTitle(quote.inner) { return nil }
        if partial {
            // A fragment nobody is said to say is the reporter's term (`the so-called “backstop”`).
            guard speaker != nil, !isTitle(quote.inner) else { return nil }
            if wordCount(quote.inner) <= 3 && !isLabelled(t, qi) { return nil }
        }
        if !partial, let turns = transcriptTurns(of: quote) {
            var last = speaker
            for turn in turns {
                let said = turn.label.flatMap { resolveSpeaker($0, at: turn.words.lowerBound) } ?? speaker
                if let said { speakers.note(said) }
                found.append(FoundQuote(inner: turn.words, kind: .direct, segments: [turn.words], speaker: said))
                last = said
            }
            return last.map { speakers.canonical($0) }
        }
        if let speaker { speakers.note(speaker) }
        found.append(FoundQuote(inner: quote.inner, kind: partial ? .partial : .direct, segments: quote.segments, speaker: speaker))
        return speaker.map { speakers.canonical($0) }
    }

    /// The speaker a cue in the quotation's own sentence names: right after it (`“...,” he said`),
    /// else the nearest before it (`Kirby said: “...”`), else any after it.
    private func cueSpeaker(_ s: ReadSentence, _ qi: Int) -> Int? {
        let t = s.tokens
        var f = qi + 1
        while f < t.count, t[f].kind == .punctuation, !t[f].isPunctuation("(") { f += 1 }
        // `“...,” as the campaign manager told the Journal`: the cue in an `as` clause after it
        var afterAs = false
        if f + 1 < t.count, t[f].isLowercase, t[f].key == lexicon.as { f += 1; afterAs = true }
        // Only cues near the quote can name its speaker; looking no further keeps a run-on "sentence"
        // with thousands of quotes linear instead of quadratic (cues are in verb order).
        let window = 120
        var lo = 0, hi = s.cues.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if s.cues[mid].verb < qi - window { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < s.cues.count, s.cues[end].verb <= f + window { end += 1 }
        let near = s.cues[lo..<end]
        if let c = near.first(where: { ($0.inverted && $0.verb == f) || (!$0.inverted && $0.span.lowerBound == f) }), let sp = c.speaker,
           !afterAs || commentsOnQuote(t, c) {
            if t[c.verb].key == lexicon.according || ArticleReader.reportVerbs.contains(t[c.verb].key), let b = relayed(s, before: qi, among: near) { return b }
            return sp
        }
        if let c = near.last(where: { $0.span.upperBound <= qi && $0.speaker != nil }) { return c.speaker }
        if let c = near.first(where: { $0.span.lowerBound > qi && $0.speaker != nil }) { return c.speaker }
        return nil
    }

    /// `as Trump has said`, `as his spokesman called it`, `as the manager told the Journal`: a cue
    /// that comments on the words before it, its verb taking no words of its own (not `as his
    /// government announced that ...`, `as Clinton spoke about her plan`: what happened meanwhile).
    private func commentsOnQuote(_ t: [ProseToken], _ c: Cue) -> Bool {
        guard !ArticleReader.contentlessSpeech.contains(t[c.verb].key) else { return false }
        var k = c.inverted ? c.mention.tokens.upperBound : c.verb + 1
        if t[c.verb].key == lexicon.told || t[c.verb].key == lexicon.tells { k = pastAddressee(t, k) }
        if k < t.count, t[k].isLowercase, t[k].key == lexicon.it { k += 1 }
        return endsClause(t, from: k)
    }

    /// `Schumer told Kerry “...,” according to a source`, `He said it is “an issue for all,”
    /// according to the AP`: the source relays the words of the one whose verb of speech the
    /// quotation follows. Not `Trump spoke with Mahdi and “emphasized the need ...”`: a verb
    /// without content leaves the words to the source.
    private func relayed(_ s: ReadSentence, before qi: Int, among near: ArraySlice<Cue>) -> Int? {
        let t = s.tokens
        guard let b = near.last(where: { $0.span.upperBound <= qi && $0.speaker != nil && t[$0.verb].key != lexicon.according }),
              b.namesPerson, b.verb < qi, qi - b.verb <= 20,
              !ArticleReader.contentlessSpeech.contains(t[b.verb].key),
              !t[(b.verb + 1)..<qi].contains(where: { $0.isPunctuation(";") }) else { return nil }
        return b.speaker
    }

    /// A person's own cues in `clause`, besides the source's cue `c`: a source after the clause
    /// (`according to the Post`, `the Post reports`) relays their words (`“...,” Grassley said on a
    /// radio show, according to the Post`).
    func personalCues(_ cues: [Cue], in clause: Range<Int>, besides c: Cue) -> LazyFilterSequence<[Cue]> {
        cues.lazy.filter { $0.verb != c.verb && clause.contains($0.verb) && $0.namesPerson }
    }

    static let contentlessSpeech = WordKey.set("speak speaks spoke speaking spoken")
    /// What an outlet does with someone's words: `the Post reports`.
    static let reportVerbs = WordKey.set("report reports reported")

    /// A fragment inside the reporter's own sentence (`derided them as “absolutely ridiculous.”`)
    /// rather than words given whole.
    private func isPartial(_ t: [ProseToken], _ qi: Int) -> Bool {
        guard qi > 0 else { return false }
        let prev = t[qi - 1]
        if prev.kind == .punctuation { return false }
        if prev.kind == .quote { return false }
        if prev.isLowercase && lexicon.speechVerbs.contains(prev.key) && !lexicon.characterisationVerbs.contains(prev.key) { return false }
        // `told reporters “...”`
        if qi >= 2, t[qi - 2].isWord, t[qi - 2].key == lexicon.told || t[qi - 2].key == lexicon.tells { return false }
        return true
    }

    /// Whether a short fragment is what someone called a thing (`derided them as “ridiculous”`,
    /// `called the allegation “false”`, `vowed a “well-thought-out” response`, `a “scaffold,” she
    /// calls it`) rather than a term the reporter borrows (`the “Activate” project`).
    private func isLabelled(_ t: [ProseToken], _ qi: Int) -> Bool {
        var k = qi - 1
        while k >= 0, qi - k <= 6, t[k].isWord {
            if t[k].isLowercase, t[k].key == lexicon.as || lexicon.speechVerbs.contains(t[k].key) { return true }
            k -= 1
        }
        // `a “scaffold,” she calls it`
        var f = qi + 1
        while f < t.count, f - qi <= 4, !t[f].isLowercase || !lexicon.characterisationVerbs.contains(t[f].key) { f += 1 }
        return f < t.count && f - qi <= 4
    }

    /// A name in marks (`the “Day of Victory”`), every word capitalised.
    private func isTitle(_ r: Range<Int>) -> Bool {
        var words = 0
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound && !ProseScalar.isLetter(text[i]) { i += 1 }
            let s = i
            while i < r.upperBound && (ProseScalar.isLetter(text[i]) || ProseScalar.isApostrophe(text[i])) { i += 1 }
            guard i > s else { break }
            words += 1
            if !ProseScalar.isUpper(text[s]) && !lexicon.nameLinks.contains(WordKey(text, s..<i)) && WordKey(text, s..<i) != lexicon.to && WordKey(text, s..<i) != lexicon.in { return false }
        }
        return words >= 2
    }

    func wordCount(_ r: Range<Int>) -> Int { ProseScalar.wordCount(text, r) }

    // MARK: output

    /// The quotes in text order, each with the speaker as the article names them and its sentences.
    func extracted() -> [ExtractedQuote] {
        found.map { q in
            // Nearly every quote is one segment: its list is the splitter's, not a copy of it.
            let sentences = q.segments.count == 1 ? splitter.sentences(in: text, range: q.segments[0])
                : q.segments.flatMap { splitter.sentences(in: text, range: $0) }
            return ExtractedQuote(start: q.inner.lowerBound, end: q.inner.upperBound, kind: q.kind,
                                  sentences: sentences, mention: q.speaker.map { speakers.speakerMention($0) }, isDeniedClaim: q.deniedClaim)
        }
    }
}
