/// Speakers a quotation names without a speech verb: a name signed after it (`“...” ― Sonya
/// Herridge`), a transcript's label inside it (`“WALLACE: Let's start ...”`), or the subject of the
/// sentence a colon hands it on from (`Martell is more blunt: “...”`).
extension ArticleReader {
    /// The name printed after a dash right behind the quotation, on the same line: how reader
    /// comments, epigraphs and pull quotes are signed (`— Kevin Drum, Mother Jones`).
    /// Roundups sign without a dash, after the quotation or on the line below it, with the name
    /// and the outlet alone (`“...” Nick Martin, The New Republic`).
    func signer(of quoteIndex: Int) -> Mention? {
        let quote = marked[quoteIndex]
        var i = quote.outer.upperBound
        let limit = min(text.count, i + 80)
        while i < limit, text[i] == " " || text[i] == "\u{A0}" { i += 1 }
        guard i < limit else { return nil }
        guard Self.signatureDashes.contains(text[i].value) else { return citation(from: i, after: quoteIndex) }
        i += 1
        while i < limit, text[i] == " " || text[i] == "\u{A0}" { i += 1 }
        var end = i
        while end < limit, text[end] != "\n", text[end] != "\u{201C}", text[end] != "\"" { end += 1 }
        guard end > i, ProseScalar.isUpper(text[i]) else { return nil }
        var tokens: [ProseToken] = []
        var cursor = quoteIndex + 1
        tokenizer.tokens(text, i..<end, quotes: marked, firstQuote: &cursor, into: &tokens)
        // The name alone, or the name and where they write or live after a comma.
        guard let m = parser.phrase(text, tokens, startingAt: 0, upper: tokens.count), m.form == .person || m.form == .organisation,
              m.tokens.upperBound == tokens.count || tokens[m.tokens.upperBound].kind == .punctuation else { return nil }
        return m
    }

    /// `Nick Martin, The New Republic` at `i`, right behind a quotation or on the next line: a name,
    /// a comma and where they write, in capitalised words, and nothing else on the line.
    private func citation(from start: Int, after quoteIndex: Int) -> Mention? {
        var i = start
        while i < text.count, text[i] == "\n" || text[i] == " " || text[i] == "\u{A0}" { i += 1 }
        var end = i
        while end < min(text.count, i + 80), text[end] != "\n" { end += 1 }
        guard end > i, end == text.count || text[end] == "\n", ProseScalar.isUpper(text[i]) else { return nil }
        var tokens: [ProseToken] = []
        var cursor = quoteIndex + 1
        tokenizer.tokens(text, i..<end, quotes: marked, firstQuote: &cursor, into: &tokens)
        // A subheading ends with a full stop (`An Ambitious, Divisive Legacy.`); a signature does not.
        guard tokens.count <= 16, tokens.last?.isWord == true, let comma = tokens.firstIndex(where: \.isComma), !tokens[..<comma].contains(where: { $0.shape.contains(.allCaps) }),
              tokens.allSatisfy({ $0.isComma || $0.isPunctuation(".") || ($0.isWord && ($0.isCapitalized || lexicon.nameLinks.contains($0.key) || $0.key == lexicon.and)) }),
              let m = parser.phrase(text, tokens, startingAt: 0, upper: tokens.count), m.form != .pronoun,
              m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].isComma else { return nil }
        return m
    }

    /// `“WALLACE: Let's start with the debate.”`: a transcript names each turn's speaker in capitals
    /// before a colon.
    func transcriptLabel(of quote: MarkedQuote) -> Mention? {
        transcriptLabel(in: quote.inner)?.label
    }

    /// The label opening `range` and where the words after it begin.
    func transcriptLabel(in range: Range<Int>) -> (label: Mention, words: Int)? {
        let start = range.lowerBound
        var i = start
        let limit = min(range.upperBound, start + 30)
        var letters = 0
        while i < limit, text[i] != ":" {
            let c = text[i]
            if ProseScalar.isLetter(c) {
                guard ProseScalar.isUpper(c) else { return nil }
                letters += 1
            } else if c != " " && c != "." && c != "-" && !ProseScalar.isApostrophe(c) {
                return nil
            }
            i += 1
        }
        // `Q:` and `A:` are an interview's turns, not names.
        guard i < limit, letters >= 3, i + 1 < range.upperBound else { return nil }
        var tokens: [ProseToken] = []
        var cursor = marked.count
        tokenizer.tokens(text, start..<i, quotes: marked, firstQuote: &cursor, into: &tokens)
        let words = tokens.filter(\.isWord)
        guard (1...3).contains(words.count), !words.contains(where: { lexicon.capitalisedFunctionWords.contains($0.key) }) else { return nil }
        // Printed as a name is (`Wallace`), so that it joins the full name the article gives.
        let name = words.map { w in
            String(String.UnicodeScalarView(text[w.start..<(w.start + 1)])) + String(String.UnicodeScalarView(text[(w.start + 1)..<w.end])).lowercased()
        }.joined(separator: " ")
        var m = Mention(form: .person, tokens: 0..<0, name: name)
        m.nameKeys = words.map(\.key)
        var after = i + 1
        while after < range.upperBound, ProseScalar.isSpace(text[after]) { after += 1 }
        return (m, after)
    }

    /// A transcript printed as one quotation over several paragraphs, each opening with its
    /// speaker's label, is one quotation per turn. Nil when no paragraph after the first is labelled.
    func transcriptTurns(of quote: MarkedQuote) -> [(words: Range<Int>, label: Mention?)]? {
        guard quote.segments.count > 1 else { return nil }
        let labels = quote.segments.map { transcriptLabel(in: $0) }
        guard labels.dropFirst().contains(where: { $0 != nil }) else { return nil }
        var turns: [(words: Range<Int>, label: Mention?)] = []
        for (k, segment) in quote.segments.enumerated() {
            if let l = labels[k] {
                turns.append((l.words..<segment.upperBound, l.label))
            } else if let last = turns.last {
                turns[turns.count - 1].words = last.words.lowerBound..<segment.upperBound
            } else {
                turns.append((segment, nil))
            }
        }
        // `(CROSSTALK.)` before the first label is nobody's turn.
        return turns.filter { $0.label != nil || wordCount($0.words) >= 3 }
    }

    /// `Martell, the addictions doctor on the South Shore, is more blunt: “...”`: a quotation after a
    /// colon, in a sentence with no speech verb, is its subject's.
    func colonIntroducer(_ s: ReadSentence, _ qi: Int) -> Mention? {
        let t = s.tokens
        guard qi >= 2, t[qi - 1].isPunctuation(":"), s.cues.isEmpty else { return nil }
        // `“I never said that,” Scalia interjected: “...”`: the name right before the verb.
        let verb = t[qi - 2]
        if verb.isWord, verb.isLowercase, endsInEd(verb),
           let m = parser.subject(text, t, verb: qi - 2, lower: 0), m.form == .person {
            return m
        }
        // `Sen. Kirsten Gillibrand: “...”`, `Rep. Chuck Fleischmann (R-TN): “...”`, `WSJ: “...”`: a
        // label that is only a name, as roundups print who said what; in capitals, as a transcript
        // prints it (`TRUMP: “...”`).
        // Not a section's heading (`ANALYST'S VIEWPOINT:`).
        if !t[0..<qi].contains(where: { $0.shape.contains(.possessive) }), let label = transcriptLabel(in: t[0].start..<t[qi].start),
           label.words >= t[qi].start { return label.label }
        // A lone surname only of someone the article named (`Nixon: “...”` after `Richard Nixon`).
        if let m = parser.phrase(text, t, startingAt: 0, upper: qi - 1),
           m.form == .organisation || (m.form == .person && (m.nameKeys.count >= 2 || m.role != nil || m.nameKeys.last.map { speakers.knowsPerson(surname: $0) } == true)) {
            var k = m.tokens.upperBound
            if k + 2 < qi - 1, t[k].isPunctuation("("), let close = t[k..<(qi - 1)].firstIndex(where: { $0.isPunctuation(")") }) { k = close + 1 }
            if k == qi - 1 { return m }
        }
        // A subject and a predicate of two words at least: `Minority view:` is a heading.
        guard qi >= 3, let (m, predicate) = cueFinder.subjectAndPredicate(text, t, before: qi - 1), qi - 1 - predicate >= 2 else { return nil }
        // `Lassitude was on display when Musk took to Twitter with this:`: the subject of the
        // clause that runs into the colon introduces the words.
        if let w = (predicate..<(qi - 1)).last(where: { t[$0].isWord && t[$0].isLowercase && ArticleReader.colonClauses.contains(t[$0].key) }),
           let inner = cueFinder.clauseSubject(text, t, from: w + 1, before: qi - 1), inner.form == .person || inner.form == .organisation {
            return inner
        }
        // `Her message now is simple:` speaks of her; a thing (`The answer is simple:`) is no speaker.
        return m.form == .pronoun && m.pronoun == lexicon.it ? nil : m
    }

    /// `As Kevin Drum put it, “...”`: the one whose words the phrase announces.
    func putItSpeaker(_ s: ReadSentence, _ qi: Int) -> Mention? {
        let t = s.tokens
        guard qi >= 5, t[qi - 1].isComma || t[qi - 1].isPunctuation(":"), t[qi - 2].isWord, t[qi - 2].key == lexicon.it, t[qi - 3].isWord,
              ArticleReader.putVerbs.contains(t[qi - 3].key), t[0].isWord, t[0].key == lexicon.as,
              let m = parser.phrase(text, t, startingAt: 1, upper: qi - 3), m.form != .pronoun || m.pronoun != lexicon.it else { return nil }
        // `As Steven Rosenthal, a tax lawyer, recently put it,`: an appositive and adverbs may
        // stand between the name and the verb.
        var k = m.tokens.upperBound
        if m.form == .person, k < qi - 3, t[k].isComma, let close = t[(k + 1)..<(qi - 3)].lastIndex(where: { $0.isComma }) { k = close + 1 }
        while k < qi - 3, t[k].isWord, t[k].isLowercase, lexicon.verbAdjuncts.contains(t[k].key) || parser.isAdverb(text, t[k]) { k += 1 }
        return k == qi - 3 ? m : nil
    }

    /// `“I never said that,” Scalia interjected`: a name and a verb of its own after the quotation's
    /// comma, whatever the verb, as long as nothing follows but the sentence's end or a colon.
    func trailingNamer(_ s: ReadSentence, _ qi: Int) -> Mention? {
        let t = s.tokens
        let n = t.count
        guard qi + 3 <= n, qi + 1 < n, t[qi + 1].isWord, t[qi + 1].isCapitalized else { return nil }
        let quote = marked[t[qi].quote]
        // the quotation's own closing comma: `“...,” Name verbed`
        guard quote.inner.upperBound < quote.outer.upperBound, text[quote.outer.lowerBound..<quote.outer.upperBound].contains(",") else { return nil }
        guard let m = parser.phrase(text, t, startingAt: qi + 1, upper: n), m.form == .person, m.tokens.upperBound < n else { return nil }
        let v = m.tokens.upperBound
        let after = v + 1
        guard t[v].isWord, t[v].isLowercase, endsInEd(t[v]),
              after == n || t[after].isPunctuation(":") || t[after].isPunctuation(".") || t[after].kind == .quote else { return nil }
        return m
    }

    static let putVerbs = WordKey.set("put puts")
    static let colonClauses = WordKey.set("when as after while because since where before until")

    /// Dashes that sign a quotation: em dash, horizontal bar, en dash.
    static let signatureDashes: Set<UInt32> = [0x2014, 0x2015, 0x2013]
}
