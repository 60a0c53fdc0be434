/// Quotations printed without marks (`We are well aware ..., Peskov said during his briefing.`)
/// and reported speech that carries the speaker's words (`adding that ... of our country`).
///
/// In an article that prints its quotations with marks, unmarked words are the reporter's unless
/// they are plainly in the speaker's voice (first or second person). In an article printed without
/// any marks, a clause before `, NAME said` is the speaker's, and so are the sentences around it that
/// keep the speaker's voice (present tense, first or second person).
extension ArticleReader {
    static let adjunctStarters = WordKey.set("""
        during in at on to after before while with from for earlier later last this yesterday today tonight \
        monday tuesday wednesday thursday friday saturday sunday via by when outside inside ahead following \
        late early shortly recently again also afterwards as of about upon into through over \
        under outside near amid against out
        """)
    static let introductions = WordKey.set("""
        in on at during after before according asked speaking referring later earlier separately meanwhile \
        elsewhere still yet also however but and
        """)
    static let clauseBreaks = WordKey.set("without declining refusing citing")
    /// `dismissed it as did Ukraine`, `as well`: not a label.
    static let notLabels = WordKey.set("did does do well has had have is was were are if though part much many soon long")

    /// Words the speaker gave without marks (`.reported`), else what the sentence reports of
    /// what they said (`.indirect`).
    mutating func readReported(_ sentences: [ReadSentence], _ si: Int, covered: inout [Bool]) {
        let s = sentences[si]
        let t = s.tokens
        guard !t.isEmpty, !s.partial else { return }
        let before = found.count
        if !s.hasQuote {
            for c in s.cues where !c.participle && lexicon.clauseFinalVerbs.contains(t[c.verb].key) {
                if readClauseFinal(sentences, si, c, covered: &covered) { break }
            }
            if found.count == before {
                for c in s.cues where !c.inverted {
                    if readIntroduced(sentences, si, c, covered: &covered) { break }
                }
            }
        }
        if found.count == before { readIndirect(s, covered: &covered[si]) }
    }

    /// `Q, Peskov said during his briefing.` and `Q, he said, Q2.`
    private mutating func readClauseFinal(_ sentences: [ReadSentence], _ si: Int, _ c: Cue, covered: inout [Bool]) -> Bool {
        let t = sentences[si].tokens
        let n = t.count
        let cueStart = c.inverted ? c.verb : c.span.lowerBound
        guard cueStart >= 2, t[cueStart - 1].isComma else { return false }
        if c.inverted && c.mention.form == .pronoun { return false }
        let clause = min(cueFinder.dateline(t), cueStart - 1)..<(cueStart - 1)
        guard wordCount(t, clause) >= 2, clauseIsQuote(t, clause) else { return false }
        // What follows the cue: nothing, a time or place (`during his daily briefing`), or a
        // further clause after a comma.
        var k = c.inverted ? c.mention.tokens.upperBound : c.verb + 1
        if t[c.verb].key == lexicon.told || t[c.verb].key == lexicon.tells {
            // whom they told: `told the packed hearing room`, `told Georgia television station WMAZ`
            var j = k
            while j < n, j - k < 6, t[j].isWord, !ArticleReader.adjunctStarters.contains(t[j].key) || t[j].isCapitalized,
                  !lexicon.speechVerbs.contains(t[j].key) || t[j].isCapitalized { j += 1 }
            k = j
        }
        if k < n, t[k].isWord, !ArticleReader.adjunctStarters.contains(t[k].key), !t[k].isCapitalized { return false }
        var comma: Int?
        while k < n {
            if t[k].isComma { comma = k; break }
            if t[k].kind == .quote { return false }
            k += 1
        }
        emit(t[clause.lowerBound].start, end(of: t, clause), .reported, speaker: c.speaker)
        covered[si] = true
        if clause.lowerBound == 0 { extendBackwards(sentences, si, covered: &covered) }
        if let comma {
            let rest = (comma + 1)..<n
            if let participle = rest.first, t[participle].isLowercase, lexicon.speechVerbs.contains(t[participle].key), cueFinder.isParticiple(text, t[participle]) {
                readComplement(t, after: participle, speaker: c.speaker, voiceNeeded: true)
            } else if wordCount(t, rest) >= 2, isResumedQuote(t, rest, cues: sentences[si].cues) {
                emit(t[rest.lowerBound].start, end(of: t, rest), .reported, speaker: c.speaker)
            }
            // After the reporter's aside only words in the speaker's own voice go on with the quotation.
            extendForwards(sentences, si, speaker: c.speaker, covered: &covered, ownVoiceOnly: true)
            return true
        }
        extendForwards(sentences, si, speaker: c.speaker, covered: &covered)
        return true
    }

    /// `Q1, he said, Q2.`: the words after the cue resume the quotation unless they are the
    /// reporter's own addition (`who began to fear ...`, `a CNN affiliate`, `the agency said`).
    private func isResumedQuote(_ t: [ProseToken], _ rest: Range<Int>, cues: [Cue]) -> Bool {
        let first = t[rest.lowerBound]
        guard first.isWord, !cues.contains(where: { $0.span.lowerBound >= rest.lowerBound }) else { return false }
        if first.isLowercase, lexicon.capitalisedFunctionWords.contains(first.key) && !lexicon.firstAndSecondPerson.contains(first.key)
            && !ArticleReader.conjunctions.contains(first.key) { return false }
        return quotesMarked ? hasOwnVoice(t, rest) : hasOwnVoice(t, rest) || firstTense(t, rest) != nil
    }

    /// `Peskov said: Q`, `Peskov said Q` (words in the speaker's tense), `X added that ... our country`,
    /// `X dismissed the claims as absolutely ridiculous`.
    private mutating func readIntroduced(_ sentences: [ReadSentence], _ si: Int, _ c: Cue, covered: inout [Bool]) -> Bool {
        let t = sentences[si].tokens
        let n = t.count
        var k = c.verb + 1
        let verb = t[c.verb].key
        if verb == lexicon.told || verb == lexicon.tells {
            // whom they told: `told reporters`, `told CNN`
            while k < n, t[k].isWord, t[k].isCapitalized || lexicon.addressees.contains(t[k].key) || ArticleReader.articles.contains(t[k].key),
                  !lexicon.pronouns.contains(t[k].key) { k += 1 }
        }
        guard k < n else { return false }
        // `Lessig told Breitbart News, I’ve served on the board ...`: a comma may stand for the colon
        // before words plainly in the speaker's voice.
        let commaIntroduced = !quotesMarked && t[k].isComma && k + 1 < n && t[k + 1].isCapitalized
            && (hasOwnVoice(t, (k + 1)..<n) || firstTense(t, (k + 1)..<n) == .present)
        if t[k].isPunctuation(":") || commaIntroduced {
            let rest = (k + 1)..<n
            guard wordCount(t, rest) >= 2, !quotesMarked || hasOwnVoice(t, rest) else { return false }
            emit(t[rest.lowerBound].start, end(of: t, rest), .reported, speaker: c.speaker)
            covered[si] = true
            extendForwards(sentences, si, speaker: c.speaker, covered: &covered, joining: true)
            return true
        }
        guard !quotesMarked else { return false }
        if lexicon.characterisationVerbs.contains(verb) {
            var a = k
            while a < n, !t[a].isComma, !(t[a].isWord && t[a].key == lexicon.as) { a += 1 }
            guard a + 1 < n, t[a].isWord, t[a].key == lexicon.as, t[a + 1].isWord, !ArticleReader.notLabels.contains(t[a + 1].key) else { return false }
            emit(t[c.verb].start, end(of: t, c.verb..<n), .indirect, speaker: c.speaker)
            return true
        }
        guard lexicon.clauseFinalVerbs.contains(verb) else { return false }
        k = pastTimeWords(t, from: k, prepositions: true)
        guard k < n, t[k].isWord else { return false }
        if t[k].key == lexicon.that {
            readComplement(t, after: k, speaker: c.speaker, voiceNeeded: true)
            return true
        }
        if ArticleReader.adjunctStarters.contains(t[k].key) && !t[k].isCapitalized {
            // `said in a statement that ...`
            var j = k
            while j < n, !(t[j].isWord && t[j].key == lexicon.that), !t[j].isComma, t[j].kind != .quote { j += 1 }
            if j < n, t[j].isWord, t[j].key == lexicon.that { readComplement(t, after: j, speaker: c.speaker, voiceNeeded: true) }
            return true
        }
        let complement = k..<n
        guard wordCount(t, complement) >= 3, hasOwnVoice(t, complement) else { return false }
        emit(t[k].start, end(of: t, complement), .reported, speaker: c.speaker)
        return true
    }

    /// The words after `that` (or after a participle such as `adding`): the speaker's own when they
    /// speak in the first or second person.
    private mutating func readComplement(_ t: [ProseToken], after k: Int, speaker: Int?, voiceNeeded: Bool) {
        var start = k + 1
        if start < t.count, t[start].isWord, t[start].key == lexicon.that { start += 1 }
        var stop = t.count
        for j in start..<t.count where t[j].isComma && j + 1 < t.count && t[j + 1].isWord && ArticleReader.clauseBreaks.contains(t[j + 1].key) {
            stop = j
            break
        }
        let complement = start..<stop
        guard !quotesMarked, wordCount(t, complement) >= 3, !voiceNeeded || hasOwnVoice(t, complement) else { return }
        emit(t[start].start, end(of: t, complement), .reported, speaker: speaker)
    }

    // MARK: neighbouring sentences

    /// Sentences before a quotation in the same paragraph that are in the speaker's voice belong to it.
    private mutating func extendBackwards(_ sentences: [ReadSentence], _ si: Int, covered: inout [Bool]) {
        var first = si
        while first > 0, !covered[first - 1], isContinuation(sentences[first - 1]) { first -= 1 }
        guard let last = found.last else { return }
        var start = sentences[first].range.lowerBound
        // The paragraph opened by carrying on the previous paragraph's quotation, and this cue ends
        // it: one quotation (`... Q1 ¶ Q2. Q3, he added.`).
        if first > 0, covered[first - 1], found.count >= 2, found[found.count - 2].inner.upperBound == sentences[first - 1].range.upperBound,
           found[found.count - 2].speaker == last.speaker || found[found.count - 2].speaker == nil {
            start = found[found.count - 2].inner.lowerBound
            found.remove(at: found.count - 2)
        } else if first == si {
            return
        }
        for k in first..<si { covered[k] = true }
        found[found.count - 1].inner = start..<last.inner.upperBound
        found[found.count - 1].segments = [start..<last.inner.upperBound]
    }

    /// Sentences after `Q, he said.` in the same paragraph that keep the speaker's voice are more of
    /// the quotation; when they run to the paragraph's end, the next paragraph may go on.
    private mutating func extendForwards(_ sentences: [ReadSentence], _ si: Int, speaker: Int?, covered: inout [Bool],
                                         joining: Bool = false, ownVoiceOnly: Bool = false) {
        var last = si
        while last + 1 < sentences.count, !covered[last + 1], isContinuation(sentences[last + 1]),
              !ownVoiceOnly || hasOwnVoice(sentences[last + 1].tokens, 0..<sentences[last + 1].tokens.count) { last += 1 }
        if last > si {
            for k in (si + 1)...last { covered[k] = true }
            if joining, let q = found.last {
                // `X said: Q. Q2.`: one quotation.
                let span = q.inner.lowerBound..<sentences[last].range.upperBound
                found[found.count - 1].inner = span
                found[found.count - 1].segments = [span]
            } else {
                emit(sentences[si + 1].range.lowerBound, sentences[last].range.upperBound, .reported, speaker: speaker)
            }
        }
        if last == sentences.count - 1 { reportedRun = speaker }
    }

    /// A paragraph in the speaker's voice right after a paragraph that ended inside their quotation.
    mutating func continueReported(_ sentences: [ReadSentence], speaker: Int, covered: inout [Bool]) -> Bool {
        // A paragraph with a cue of its own is that cue's (`Q1. Q2, Clinton testified.`).
        guard sentences.allSatisfy({ $0.cues.isEmpty }), let first = sentences.first, !first.hasQuote, !first.partial, hasOwnVoice(first.tokens, 0..<first.tokens.count) else { return false }
        var last = 0
        while last + 1 < sentences.count, isContinuation(sentences[last + 1]) { last += 1 }
        for k in 0...last { covered[k] = true }
        emit(first.range.lowerBound, sentences[last].range.upperBound, .reported, speaker: speaker)
        if last == sentences.count - 1 { reportedRun = speaker }
        return true
    }

    private func isContinuation(_ s: ReadSentence) -> Bool {
        guard s.cues.isEmpty, !s.hasQuote, !s.partial, !s.tokens.isEmpty else { return false }
        let all = 0..<s.tokens.count
        if quotesMarked { return hasOwnVoice(s.tokens, all) }
        if hasOwnVoice(s.tokens, all) { return true }
        let tense = firstTense(s.tokens, all)
        // A short fragment without a verb (`Approximately 55,000 pages.`) goes with its neighbours.
        return tense == .present || (tense == nil && wordCount(s.tokens, all) <= 8 && s.tokens[0].isCapitalized && !opensWithName(s))
    }

    /// Whether the sentence opens with a person's name (the reporter speaking of them).
    private func opensWithName(_ s: ReadSentence) -> Bool {
        guard let m = cueFinder.sentenceSubject(text, s.tokens, before: s.tokens.count) else { return false }
        return m.form == .person
    }

    // MARK: voice and tense

    /// Whether an unmarked clause before `, X said` is what X said rather than a scene-setting phrase
    /// (`In a statement, the ministry said.`).
    private func clauseIsQuote(_ t: [ProseToken], _ r: Range<Int>) -> Bool {
        if quotesMarked { return hasOwnVoice(t, r) }
        if hasOwnVoice(t, r) { return true }
        let exclaimed = t[r.upperBound - 1].isPunctuation("?") || t[r.upperBound - 1].isPunctuation("!")
        guard wordCount(t, r) >= 4 || firstTense(t, r) != nil || exclaimed else { return false }
        let first = t[r.lowerBound]
        if first.isWord, ArticleReader.introductions.contains(first.key) {
            return firstTense(t, r) == .present
        }
        // `would` and `had` are the reporter retelling (`the plan would fail, he said`).
        return !r.contains { t[$0].isWord && ArticleReader.backshift.contains(t[$0].key) }
    }

    /// First or second person: `we`, `our`, `you`, `I`.
    func hasOwnVoice(_ t: [ProseToken], _ r: Range<Int>) -> Bool {
        for k in r where t[k].isWord && lexicon.firstAndSecondPerson.contains(t[k].key) {
            if t[k].key == lexicon.us && t[k].shape.contains(.allCaps) { continue }
            if t[k].key == lexicon.i && !t[k].isCapitalized { continue }
            return true
        }
        return false
    }

    enum Tense { case present, past }

    /// The tense of the first finite verb that can be recognised.
    func firstTense(_ t: [ProseToken], _ r: Range<Int>) -> Tense? {
        for k in r where t[k].isWord {
            let key = t[k].key
            // `It's`, `That's`: the ending that looks like a possessive is `is`.
            if t[k].shape.contains(.possessive), ArticleReader.contractedSubjects.contains(key) { return .present }
            // a verb of a relative clause (`these Americans, who have ...`) says nothing of the sentence's tense
            if k > r.lowerBound, t[k - 1].isWord, ArticleReader.relativePronouns.contains(t[k - 1].key) { continue }
            if lexicon.presentTense.contains(key) || ArticleReader.contractedIs.contains(key) { return .present }
            if lexicon.pastTense.contains(key) && !ArticleReader.neutralModals.contains(key) { return .past }
            guard k > r.lowerBound, t[k].isLowercase, t[k].end - t[k].start >= 4 else { continue }
            let prev = t[k - 1]
            let last = text[t[k].end - 1], beforeLast = text[t[k].end - 2]
            let afterSubject = prev.isWord && (ArticleReader.subjectPronouns.contains(prev.key) || (prev.isCapitalized && !prev.shape.contains(.possessive)))
            if afterSubject && last == "d" && beforeLast == "e" { return .past }
            if (last == "s" && beforeLast != "s" && beforeLast != "u" && beforeLast != "i")
                && (lexicon.frequencyAdverbs.contains(prev.key) || (prev.isWord && ArticleReader.thirdPersonPronouns.contains(prev.key))) {
                return .present
            }
        }
        return nil
    }

    static let articles = WordKey.set("the a an his her their")
    static let backshift = WordKey.set("would had wouldn't hadn't")
    static let relativePronouns = WordKey.set("who which that whom")
    static let conjunctions = WordKey.set("and but or so because")
    /// Modals that say nothing of tense: `we should act` is as present as `we act`.
    static let neutralModals = WordKey.set("should could might")
    static let subjectPronouns = WordKey.set("he she it they we i who that")
    static let thirdPersonPronouns = WordKey.set("he she it who that which")
    static let contractedSubjects = WordKey.set("it that he she there what here who let")
    static let contractedIs = WordKey.set("it's that's he's she's there's what's here's who's")

    // MARK: helpers

    private mutating func emit(_ start: Int, _ end: Int, _ kind: QuoteKind, speaker: Int?) {
        guard end > start else { return }
        if let speaker { speakers.note(speaker) }
        found.append(FoundQuote(inner: start..<end, kind: kind, segments: [start..<end], speaker: speaker))
    }

    /// Past the time words between a verb and what was said: `said earlier`, `said on Thursday`.
    /// With `prepositions` false, an adjunct that is also a preposition (`in`) stops the skip.
    func pastTimeWords(_ t: [ProseToken], from start: Int, prepositions: Bool) -> Int {
        var k = start
        let n = t.count
        while k < n, t[k].isWord, (lexicon.verbAdjuncts.contains(t[k].key) && (prepositions || !ArticleReader.prepositions.contains(t[k].key)))
                || (lexicon.timePrepositions.contains(t[k].key) && k + 1 < n && t[k + 1].isCapitalized && lexicon.verbAdjuncts.contains(t[k + 1].key)) {
            k += lexicon.timePrepositions.contains(t[k].key) && !lexicon.verbAdjuncts.contains(t[k].key) ? 2 : 1
        }
        return k
    }

    /// The end of the last token of `r` that is not a closing comma, or of a title right after it,
    /// which has no token of its own (`appeared on “The Tonight Show,”`).
    func end(of t: [ProseToken], _ r: Range<Int>) -> Int {
        var k = r.upperBound - 1
        while k > r.lowerBound, t[k].isComma { k -= 1 }
        var e = t[k].end
        while e < text.count, ProseScalar.isSpace(text[e]) { e += 1 }
        var lo = 0, hi = marked.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if marked[mid].outer.lowerBound < e { lo = mid + 1 } else { hi = mid }
        }
        return lo < marked.count && marked[lo].outer.lowerBound == e && marked[lo].namesWork ? marked[lo].inner.upperBound : t[k].end
    }

    func wordCount(_ t: [ProseToken], _ r: Range<Int>) -> Int {
        r.reduce(0) { $0 + (t[$1].isWord ? 1 : 0) }
    }
}
