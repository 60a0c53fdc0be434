/// A speech verb and the speaker it names: `Peskov said`, `said the Kremlin secretary`,
/// `according to the ISW`.
struct Cue: Sendable {
    /// Token position of the verb (or of `according`).
    var verb: Int
    var mention: Mention
    /// Tokens of the speaker and the verb together.
    var span: Range<Int>
    /// The verb comes first: `said Peskov`, `according to ISW`.
    var inverted: Bool
    /// A participle after a comma (`..., saying “...”`) whose speaker is the sentence's subject.
    var participle = false
    /// The article's speaker, once resolved in reading order.
    var speaker: Int?

    /// Whether the words go to a person, by name or pronoun, rather than a body, role or document.
    var namesPerson: Bool { mention.form == .person || mention.form == .pronoun }
}

/// One of the reporter's sentences, cut into tokens, with the speech cues in it.
struct ReadSentence: Sendable {
    var range: Range<Int>
    var tokens: [ProseToken]
    var cues: [Cue]
    var hasQuote: Bool
    /// Only the opening words were read (enough to know who the sentence is about).
    var partial = false
}

/// Finds the speech cues of a sentence.
struct CueFinder: Sendable {
    /// Unowned, as the lexicon outlives every reader: counting references to it, every core wrote one cache line.
    unowned(unsafe) let lexicon = QuoteLexicon.shared
    let parser = MentionParser()

    static let but = WordKey("but")
    static let ruled = WordKey("ruled")
    /// Prepositions besides `ArticleReader.prepositions` that make a speech word a noun (`amid claims that`).
    static let nounPrepositions = WordKey.set("over amid despite about against of among")
    static let having = WordKey("having")
    static let have = WordKey("have")
    static let passiveAuxiliaries = WordKey.set("is was were are be been being am get got gets")

    /// `headline`: the sentence is the article's headline, which may name a speaker before a colon.
    func cues(_ text: [Unicode.Scalar], _ t: [ProseToken], headline: Bool = false) -> [Cue] {
        var cues: [Cue] = []
        // So does a speaker's turn in a transcript: `Nixon: “Well, when the president does it ...”`.
        if let c = headlineCue(text, t), headline || (c.verb + 1 < t.count && t[c.verb + 1].kind == .quote) { cues.append(c) }
        let n = t.count
        var v = 0
        // Read once, not at every word.
        let according = lexicon.according, quoted = lexicon.quoted, speechVerbs = lexicon.speechVerbs, cueWords = lexicon.cueWords
        while v < n {
            defer { v += 1 }
            let w = t[v]
            guard w.isWord, cueWords.contains(w.key) else { continue }
            if w.key == according, v + 1 < n, t[v + 1].isWord, t[v + 1].key == lexicon.to {
                // The source runs to the comma or the sentence's end: in `According to Kim, the high
                // commission has ...` what follows the comma is what Kim says, not an appositive of
                // Kim, and `According to court documents,` names documents, not a court.
                let endsSource = { (m: Mention) in m.tokens.upperBound == n || t[m.tokens.upperBound].kind == .punctuation }
                var m = parser.object(text, t, from: v + 2, upper: n)
                if let o = m, !endsSource(o) {
                    m = parser.phrase(text, t, startingAt: v + 2, upper: n).flatMap { endsSource($0) ? $0 : nil } ?? source(text, t, from: v + 2) ?? o
                }
                if var m = m ?? source(text, t, from: v + 2), m.form != .pronoun {
                    // `According to the report,`: a document is a source, as when `the report found`.
                    if m.form == .role, let head = m.roleHead, lexicon.documents.contains(head) { m.speakingDocument = true }
                    cues.append(Cue(verb: v, mention: m, span: v..<m.tokens.upperBound, inverted: true))
                }
                continue
            }
            // `the newspaper quoted Li as saying`, `quoted Li on Twitter as saying`: the one quoted spoke.
            if w.key == quoted, w.isLowercase, let m = parser.phrase(text, t, startingAt: v + 1, upper: adjunct(t, after: v) ?? n),
               m.form == .person || m.form == .role, let saying = asSaying(t, from: m.tokens.upperBound) {
                cues.append(Cue(verb: v, mention: m, span: v..<(saying + 1), inverted: true))
                v = saying
                continue
            }
            // `the letter reads`: only a document reads out words.
            if w.isLowercase, CueFinder.reads.contains(w.key), let m = documentSource(text, t, verb: v) {
                cues.append(Cue(verb: v, mention: m, span: m.tokens.lowerBound..<(v + 1), inverted: false))
                continue
            }
            // `Lena Ross was quoted by Reuters as saying`: the one quoted spoke, not the outlet.
            if w.key == quoted, w.isLowercase, v >= 2, t[v - 1].isWord, CueFinder.passiveAuxiliaries.contains(t[v - 1].key),
               let end = t[(v + 1)..<min(n, v + 8)].firstIndex(where: { $0.isWord && $0.key == lexicon.saying }), t[end - 1].key == lexicon.as,
               let m = parser.subject(text, t, verb: v - 1, lower: 0), m.form != .pronoun || m.pronoun != lexicon.i {
                cues.append(Cue(verb: v, mention: m, span: m.tokens.lowerBound..<(end + 1), inverted: false))
                v = end
                continue
            }
            // `Said Ellis: “...”`: a verb opening the sentence before the speaker and a colon or comma.
            if v == 0, w.isCapitalized, speechVerbs.contains(w.key), let m = parser.phrase(text, t, startingAt: 1, upper: n), m.form == .person || m.form == .role,
               m.tokens.upperBound < n, t[m.tokens.upperBound].isPunctuation(":") || t[m.tokens.upperBound].isComma {
                cues.append(Cue(verb: v, mention: m, span: v..<m.tokens.upperBound, inverted: true))
                continue
            }
            // `made the argument that`; a speech verb only as `tried to express concern that`
            if w.isLowercase, lexicon.speechActVerbs.contains(w.key) {
                let act = lexicon.speechAct(t, after: v) != nil, infinitive = v > 0 && t[v - 1].isWord && t[v - 1].key == lexicon.to
                if !speechVerbs.contains(w.key) || (act && infinitive) {
                    if act, let c = speechActCue(text, t, verb: v, after: cues.last) { cues.append(c) }
                    continue
                }
            }
            let retort = lexicon.retortVerbs.contains(w.key) && v + 1 < n && t[v + 1].isWord && t[v + 1].key == CueFinder.back
            guard w.isLowercase, speechVerbs.contains(w.key) || retort else { continue }
            // `The 17-second spot says much about the car`: what a thing reveals, not speech; nor are
            // `ruled out` and `ruled by tradition` rulings.
            if saysAbout(t, v) || (w.key == CueFinder.ruled && v + 1 < n && t[v + 1].isWord && (t[v + 1].key == lexicon.out || t[v + 1].key == lexicon.by)) { continue }
            // `released a statement that says ...`: the document's issuer speaks, as with `saying`.
            if v > 3, t[v - 1].isWord, t[v - 1].key == lexicon.that, CueFinder.documentVerbs.contains(w.key),
               let c = issuerCue(text, t, verb: v, documentEnd: v - 1) {
                cues.append(c)
                continue
            }
            // `Many states vest ...`, `the reports`: after a determiner, a word in -s is a noun; after a
            // preposition (`electors in states won by Democrats`, `Case in point:`) any speech word
            // is, unless it is a participle (`by saying`).
            if v > 0, t[v - 1].isWord, lexicon.determiners.contains(t[v - 1].key) || ArticleReader.quantifiers.contains(t[v - 1].key),
               text[w.end - 1] == "s" { continue }
            // `One claim is that ...`, `One comment by Fassler`: after a word for one, a verb would
            // end in -s or be past (`One claims`, `One said`); the bare form is a noun.
            if v > 0, t[v - 1].isWord, CueFinder.singular.contains(t[v - 1].key), text[w.end - 1] != "s", text[w.end - 1] != "d",
               !lexicon.pastTense.contains(w.key), !isParticiple(text, w) { continue }
            if v > 0, t[v - 1].isWord, ArticleReader.prepositions.contains(t[v - 1].key) || CueFinder.nounPrepositions.contains(t[v - 1].key),
               t[v - 1].key != lexicon.to, !isParticiple(text, w) { continue }
            // `Having said that, ...`: a participle's phrase, whose subject comes after it
            if v > 0, t[v - 1].isWord, t[v - 1].key == CueFinder.having { continue }
            // `he would have acknowledged that ...`: what someone did not say
            if v > 1, t[v - 1].isWord, t[v - 1].key == CueFinder.have, t[v - 2].isWord, ArticleReader.modals.contains(t[v - 2].key) { continue }
            // `was told`, `is said` are passive; `is telling`, `was saying` are the speaker speaking
            // (`is also expected`: an adverb may stand between)
            if v > 0, !isParticiple(text, w) {
                var a = v - 1
                while a > 0, t[a].isWord, t[a].isLowercase, lexicon.verbAdjuncts.contains(t[a].key), !CueFinder.passiveAuxiliaries.contains(t[a].key) { a -= 1 }
                if t[a].isWord, CueFinder.passiveAuxiliaries.contains(t[a].key) { continue }
            }
            // `Rubio defended it by saying Congress is idle`: the subject of the verb the phrase
            // modifies speaks.
            if isParticiple(text, w), v >= 2, t[v - 1].isWord, t[v - 1].key == lexicon.by, let m = sentenceSubject(text, t, before: v - 1),
               m.form != .pronoun || m.pronoun != lexicon.i {
                cues.append(Cue(verb: v, mention: m, span: v..<(v + 1), inverted: true, participle: true))
                continue
            }
            // `the president is heard saying on the tape`, `can be heard telling aides`: the one heard speaks.
            if isParticiple(text, w), v >= 2, t[v - 1].isWord, CueFinder.perceived.contains(t[v - 1].key), t[v - 2].isWord,
               CueFinder.passiveAuxiliaries.contains(t[v - 2].key) {
                var aux = v - 2
                if aux >= 1, t[aux - 1].isWord, ArticleReader.modals.contains(t[aux - 1].key) { aux -= 1 }
                if let m = parser.subject(text, t, verb: aux, lower: 0), m.form != .pronoun || m.pronoun != lexicon.i {
                    cues.append(Cue(verb: v, mention: m, span: m.tokens.lowerBound..<(v + 1), inverted: false))
                }
                continue
            }
            if isParticiple(text, w), v == 0 || t[v - 1].isComma {
                // `Possible items include chips, Wei told the newspaper, adding that ...`: the one
                // who spoke last in the sentence goes on, whatever its grammatical subject.
                if let c = participleCue(text, t, verb: v, after: cues.last) { cues.append(c) }
                continue
            }
            // `issued a statement Wednesday saying the agency would ...`: the document's issuer speaks.
            if w.key == lexicon.saying, v > 2, let c = issuerCue(text, t, verb: v, documentEnd: v) {
                cues.append(c)
                continue
            }
            if let m = documentSource(text, t, verb: v) {
                cues.append(Cue(verb: v, mention: m, span: m.tokens.lowerBound..<(v + 1), inverted: false))
            } else if let subject = parser.subject(text, t, verb: v, lower: 0) {
                let m = documentIssuer(text, t, subject: subject) ?? parser.withShare(text, t, subject)
                // `signed a letter to Trump insisting that ...`: whom the letter went to insists
                // nothing; those who wrote it do.
                if isParticiple(text, w), m.form != .pronoun, let p = addressee(t, before: m) {
                    if let s = sentenceSubject(text, t, before: p) {
                        cues.append(Cue(verb: v, mention: s, span: v..<(v + 1), inverted: true, participle: true))
                    }
                    continue
                }
                // `I can assure you`, `we know`: the speaker's own words, not the reporter's cue.
                if m.form == .pronoun, m.pronoun == lexicon.i || m.pronoun == lexicon.we || m.pronoun == lexicon.you { continue }
                cues.append(Cue(verb: v, mention: m, span: m.tokens.lowerBound..<(v + 1), inverted: false))
            } else if let (m, p) = subjectAndPredicate(text, t, before: v + 1), p == v, m.form != .pronoun, !opensClause(t, after: m.tokens.upperBound) {
                // `Doug Purdy, who lost 16 lbs. “and two belt loops” by October, says`: the subject
                // past an appositive the phrase reader stops in.
                cues.append(Cue(verb: v, mention: m, span: m.tokens.lowerBound..<(v + 1), inverted: false))
            } else if let c = coordinated(t, v), let m = sentenceSubject(text, t, before: c) {
                // `Pompeo praised China's support and said ...`: the sentence's subject says it.
                cues.append(Cue(verb: v, mention: m, span: v..<(v + 1), inverted: true, participle: true))
            } else if v > 0, t[v - 1].kind == .quote || t[v - 1].isComma || t[v - 1].isPunctuation(":") || isDash(t[v - 1]),
                      !CueFinder.telling.contains(w.key),
                      let m = parser.object(text, t, from: v + 1, upper: n) ?? describedAfter(text, t, verb: v) {
                // (not `..., told Fox News`: whom they told is no speaker, and `told` is not inverted)
                cues.append(Cue(verb: v, mention: m, span: v..<m.tokens.upperBound, inverted: true))
            } else if v > 1, t[v - 1].isComma, v + 1 < n, t[v + 1].kind == .quote, let m = sentenceSubject(text, t, before: v - 1), m.form != .pronoun || !cues.isEmpty {
                // `Acosta held onto the mic, said "pardon me, ma'am," asked a followup question`: one
                // of a list of the subject's doings.
                cues.append(Cue(verb: v, mention: m, span: v..<(v + 1), inverted: true, participle: true))
            } else if lexicon.clauseFinalVerbs.contains(w.key), let m = describedSubject(text, t, verb: v) {
                cues.append(Cue(verb: v, mention: m, span: m.tokens.lowerBound..<(v + 1), inverted: false))
            }
        }
        return cues
    }

    /// `Regardless, it's now part of his legacy, says Karen Greenberg`: after the comma a clause
    /// of its own begins, so the word before it is no subject with an appositive.
    private func opensClause(_ t: [ProseToken], after k: Int) -> Bool {
        guard k + 2 < t.count, t[k].isComma, t[k + 1].isWord, MentionParser.subjectPronouns.contains(t[k + 1].key) else { return false }
        return !(t[k + 2].isWord && lexicon.speechVerbs.contains(t[k + 2].key))
    }

    /// `issued a statement Wednesday saying ...`, `released a statement that says ...`: the verb at `v`
    /// speaks for the sentence's subject, who put out the document ending at `end`.
    private func issuerCue(_ text: [Unicode.Scalar], _ t: [ProseToken], verb v: Int, documentEnd end: Int) -> Cue? {
        guard issuedDocument(t, before: end), let m = nearestSubject(text, t, before: end) else { return nil }
        return Cue(verb: v, mention: m, span: end..<(v + 1), inverted: true, participle: true)
    }

    /// A document the subject put out just before `v` (`issued a statement Wednesday`), or a
    /// message (`unleashed a series of tweets early Friday`, `posted a video saying`).
    private func issuedDocument(_ t: [ProseToken], before v: Int) -> Bool {
        guard let d = (max(1, v - 4)..<v).last(where: { t[$0].isWord && t[$0].isLowercase && (lexicon.documents.contains(t[$0].key) || CueFinder.messages.contains(t[$0].key)) }) else { return false }
        guard t[(d + 1)..<v].allSatisfy({ $0.isWord && ($0.isCapitalized || lexicon.verbAdjuncts.contains($0.key) || lexicon.timePrepositions.contains($0.key)) }) else { return false }
        // `issued a short statement saying`, `a brief written statement`: adjectives may stand between.
        var k = d - 1
        while k > max(0, d - 3), t[k].isWord, t[k].isLowercase, !CueFinder.documentDeterminers.contains(t[k].key), !lexicon.speechVerbs.contains(t[k].key) { k -= 1 }
        return t[k].isWord && CueFinder.documentDeterminers.contains(t[k].key)
    }

    /// `Pence: Flowers Won't Be at Debate`: a headline that gives a person's claim after their name
    /// and a colon. The name must come back later in the article, so that a label (`Key Takeaways:`)
    /// is not taken for one.
    private func headlineCue(_ text: [Unicode.Scalar], _ t: [ProseToken]) -> Cue? {
        guard let colon = t.prefix(5).firstIndex(where: { $0.isPunctuation(":") }), colon >= 1, t.count - colon > 4 || (colon + 1 < t.count && t[colon + 1].kind == .quote),
              t[0..<colon].allSatisfy({ $0.isWord && $0.isCapitalized && !$0.shape.contains(.allCaps) && !CueFinder.headlineLabels.contains($0.key)
                  && (parser.isNameWord($0) || parser.isRole($0) || lexicon.honorifics.contains($0.key)) }),
              let m = parser.phrase(text, t, startingAt: 0, upper: colon), m.form == .person, m.tokens.upperBound == colon,
              let surname = t[0..<colon].last, parser.isNameWord(surname),
              occurs(text, surname.start..<surname.end, after: t[t.count - 1].end) else { return nil }
        return Cue(verb: colon, mention: m, span: 0..<(colon + 1), inverted: false)
    }

    /// Whether the word at `word` occurs again, as a whole word, after `from`.
    private func occurs(_ text: [Unicode.Scalar], _ word: Range<Int>, after from: Int) -> Bool {
        let length = word.count
        var i = from
        while i + length <= text.count {
            i = ScalarScan.first(text[word.lowerBound], text[word.lowerBound], text[word.lowerBound], text[word.lowerBound], in: text, from: i, to: text.count - length + 1)
            guard i + length <= text.count else { return false }
            if !ProseScalar.isLetter(text[i - 1]), i + length == text.count || !ProseScalar.isLetter(text[i + length]),
               (0..<length).allSatisfy({ text[i + $0] == text[word.lowerBound + $0] }) { return true }
            i += 1
        }
        return false
    }

    static let headlineLabels = WordKey.set("""
        update updated watch video photos photo breaking exclusive opinion analysis editorial review correction live \
        read reading relevant latest winner winners loser losers verdict note source listen poll quiz timeline explainer related recommended advertisement sponsored takeaways
        """)

    static let quantities = WordKey.set("much little nothing something everything volumes more less plenty lots")
    static let about = WordKey("about")
    static let lot = WordKey("lot")

    static let back = WordKey("back")
    static let perceived = WordKey.set("heard seen overheard")
    static let telling = WordKey.set("tell tells told telling")

    /// Where an adjunct of time or place opens within a few words after `quoted` at `v`: the name
    /// quoted ends before it (not `Trump on Twitter` read as one body's name).
    private func adjunct(_ t: [ProseToken], after v: Int) -> Int? {
        ((v + 2)..<max(v + 2, min(t.count, v + 10))).first { t[$0].isLowercase && lexicon.timePrepositions.contains(t[$0].key) }
    }

    /// Where `saying` stands in `as saying` at `k`, or after a short adjunct without punctuation
    /// (`on Twitter`, `on Thursday`) that sits between the one quoted and `as saying`.
    private func asSaying(_ t: [ProseToken], from k: Int) -> Int? {
        var a = k
        while a < min(t.count, k + 5), t[a].isWord, t[a].key != lexicon.as { a += 1 }
        guard a + 1 < t.count, t[a].isWord, t[a].key == lexicon.as, t[a + 1].key == lexicon.saying else { return nil }
        return a + 1
    }

    /// `says much about`, `said a lot about`, `says little about`.
    private func saysAbout(_ t: [ProseToken], _ v: Int) -> Bool {
        var k = v + 1
        guard k < t.count, t[k].isWord, t[k].isLowercase else { return false }
        if t[k].key == lexicon.a, k + 1 < t.count, t[k + 1].isWord, t[k + 1].key == CueFinder.lot { k += 2 }
        else if CueFinder.quantities.contains(t[k].key) { k += 1 }
        else { return false }
        return k < t.count && t[k].isWord && t[k].key == CueFinder.about
    }

    /// `... and said`, `... but has said`: where the `and` or `but` before a verb stands.
    private func coordinated(_ t: [ProseToken], _ v: Int) -> Int? {
        var k = v - 1
        while k > 0, t[k].isWord, lexicon.verbAdjuncts.contains(t[k].key), v - k < 4 { k -= 1 }
        let isLink = { (k: Int) in k > 0 && t[k].isWord && (t[k].key == lexicon.and || t[k].key == CueFinder.but) }
        if isLink(k) { return k }
        // `... and in a carefully worded response said`: a phrase of how or when between them
        guard v > 1 else { return nil }
        let phrase = (max(1, v - 8)..<v).last { isLink($0) && $0 + 2 < v && ArticleReader.prepositions.contains(t[$0 + 1].key) }
        guard let link = phrase, t[(link + 1)..<v].allSatisfy({ $0.isWord && !lexicon.speechVerbs.contains($0.key) }) else { return nil }
        return link
    }

    /// What `according to` names when it is no speaker the parser knows (`written documents`,
    /// `the Crown`): the words up to the comma or the sentence's end, as an organisation.
    func source(_ text: [Unicode.Scalar], _ t: [ProseToken], from: Int) -> Mention? {
        var end = from
        while end < t.count, end - from < 8, t[end].isWord { end += 1 }
        guard end > from, end == t.count || t[end].kind == .punctuation else { return nil }
        var first = from
        while first < end - 1, lexicon.determiners.contains(t[first].key) { first += 1 }
        let name = String(String.UnicodeScalarView(text[t[first].start..<t[end - 1].end]))
        return Mention(form: .organisation, tokens: from..<end, name: name, nameKeys: t[first..<end].map(\.key))
    }

    /// A speaker the parser does not know, described by the words that open the sentence up to the
    /// verb (`Those close to him say`, `Political observers in the state say`): a plain noun phrase,
    /// no clause of its own, taken as the source as printed.
    private func describedSubject(_ text: [Unicode.Scalar], _ t: [ProseToken], verb v: Int) -> Mention? {
        var s = 0
        if s < v, t[s].isWord, CueFinder.openingConjunctions.contains(t[s].key) { s += 1 }
        // `In the video, the players say`: a phrase of time or place before the subject, which then
        // opens in small letters.
        var opened = false
        if s < v, t[s].isCapitalized, lexicon.capitalisedFunctionWords.contains(t[s].key), !lexicon.determiners.contains(t[s].key),
           !CueFinder.describers.contains(t[s].key), let comma = t[s..<min(v, s + 10)].firstIndex(where: { $0.isComma }),
           !t[s..<comma].contains(where: { $0.kind == .quote }), comma + 1 < v, t[comma + 1].isWord, t[comma + 1].isLowercase {
            s = comma + 1
            opened = true
        }
        var e = v
        while e > s, t[e - 1].isWord, t[e - 1].isLowercase, lexicon.verbAdjuncts.contains(t[e - 1].key) { e -= 1 }
        guard e > s, e - s <= 9, t[s].isCapitalized || t[s].shape.contains(.number) || opened else { return nil }
        let described = CueFinder.describers.contains(t[s].key)
        if !described, lexicon.capitalisedFunctionWords.contains(t[s].key) || lexicon.openingWords.contains(t[s].key) || t[s].key == CueFinder.letKey,
           !lexicon.determiners.contains(t[s].key) { return nil }
        // where a phrase of place or kind begins (`observers in the state`): the noun before it is the head
        var headEnd = e
        for k in s..<e {
            let w = t[k]
            guard w.isWord, !w.shape.contains(.possessive) || k < e - 1 else { return nil }
            if w.isLowercase {
                if lexicon.presentTense.contains(w.key) || lexicon.pastTense.contains(w.key) || lexicon.speechVerbs.contains(w.key)
                    || CueFinder.clauseWords.contains(w.key) { return nil }
                // `Crowds cheered as ...`; not `elected officials`, `those involved`
                if k > s, w.end - w.start >= 4, text[w.end - 1] == "d", text[w.end - 2] == "e", !CueFinder.describers.contains(t[k - 1].key) { return nil }
                if headEnd == e, k > s, CueFinder.phrasePrepositions.contains(w.key) { headEnd = k }
            }
        }
        // `close to him`, not `Witnesses heard him`
        if CueFinder.objectPronouns.contains(t[e - 1].key), headEnd == e { return nil }
        let head = t[headEnd - 1]
        let plural = head.end - head.start >= 3 && text[head.end - 1] == "s" && text[head.end - 2] != "s"
        guard described || !lexicon.capitalisedFunctionWords.contains(head.key) else { return nil }
        // A verb without -s wants a subject in the plural (`The notice of civil claim also ...` is no cue).
        let last = text[t[v].end - 1]
        if last != "s" && last != "d" && t[v].key != lexicon.told {
            guard plural || described || lexicon.pluralRoles.contains(head.key) else { return nil }
        }
        // `A source familiar with the talks said`: someone new the article describes by what they
        // do, as it would in small letters. Not `The outspoken critic of ...`, which as often
        // speaks of the person the article is on about.
        let article = t[s].isWord && lexicon.indefiniteArticles.contains(t[s].key)
        let roleEnd = headEnd - (headEnd - 2 > s && CueFinder.closeness.contains(t[headEnd - 1].key) ? 1 : 0)
        if article, !plural, parser.isRole(t[roleEnd - 1]), !lexicon.organisationHeads.contains(t[roleEnd - 1].key) {
            return parser.role(text, t, (s + 1)..<e, plural: false, consumed: s..<e)
        }
        // The name as printed (`Several lawyers`, `The military`): the words are all there is to
        // tell this source by.
        let name = String(String.UnicodeScalarView(text[t[s].start..<t[e - 1].end]))
        return Mention(form: .organisation, tokens: s..<e, name: name, nameKeys: t[s..<e].map(\.key), plural: plural)
    }

    static let openingConjunctions = WordKey.set("but and yet so")
    static let personalPronouns = WordKey.set("i you he she it we they")
    static let letKey = WordKey("let")
    /// Words that open a clause, not a noun phrase.
    static let clauseWords = WordKey.set("""
        who whom which that what where when why how whether if because although though while as after before since until unless
        """)
    /// Small words that may open a description of a speaker (`Those close to him`, `All those involved`).
    static let describers = WordKey.set("those all both many some several others another one each")
    /// Words for one thing or person, after which a verb in the present takes -s.
    static let singular = WordKey.set("one a an each every another this that")
    static let phrasePrepositions = WordKey.set("in of from at for on with to across around near close")
    static let objectPronouns = WordKey.set("him them her us")
    static let closeness = WordKey.set("familiar close")

    func isParticiple(_ text: [Unicode.Scalar], _ w: ProseToken) -> Bool {
        w.end - w.start > 4 && text[w.end - 1] == "g" && text[w.end - 2] == "n" && text[w.end - 3] == "i"
    }

    func isDash(_ w: ProseToken) -> Bool {
        w.kind == .punctuation && (w.key.value == 0x2013 || w.key.value == 0x2014 || w.key.value == 0x2D)
    }
}
