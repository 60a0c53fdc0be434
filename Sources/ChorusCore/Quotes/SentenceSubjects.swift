/// Whom a sentence is about: the subject that opens it, past a dateline, an opening clause or an
/// appositive, for the cues that speak for it (`..., saying`, `and said`).
extension CueFinder {
    /// The subject that opens the sentence (`Joe Biden released a statement ..., saying ...`).
    func sentenceSubject(_ text: [Unicode.Scalar], _ t: [ProseToken], before limit: Int) -> Mention? {
        subjectAndPredicate(text, t, before: limit)?.subject
    }

    /// The sentence's subject and where the words about it begin (its verb or an adverb).
    func subjectAndPredicate(_ text: [Unicode.Scalar], _ t: [ProseToken], before limit: Int) -> (subject: Mention, predicate: Int)? {
        var s = dateline(t)
        // an outlet tag: `(CNN)`
        if t.count > s, t[s].isPunctuation("("), let close = t[s..<min(t.count, s + 6)].firstIndex(where: { $0.isPunctuation(")") }) { s = close + 1 }
        // `And Trump has cast doubt on it`: the conjunction ties the sentence to the one before.
        if s + 1 < limit, t[s].isWord, CueFinder.openingConjunctions.contains(t[s].key), t[s + 1].isWord, t[s + 1].isCapitalized { s += 1 }
        // an opening phrase: `In a briefing to reporters, Kremlin spokesman Dmitry Peskov made ...`
        // (`When asked which was harder, Mulder didn't hesitate.`): a clause of a score of words.
        // Not a pronoun, which is the subject itself: `You can watch it in cities like New York,
        // Los Angeles and Philadelphia`.
        if s < limit, t[s].isCapitalized, lexicon.capitalisedFunctionWords.contains(t[s].key), !lexicon.determiners.contains(t[s].key),
           !Self.personalPronouns.contains(t[s].key), let comma = t[s..<min(limit, s + 20)].firstIndex(where: { $0.isComma }) {
            s = comma + 1
        } else if s + 1 < limit, t[s].isCapitalized, t[s + 1].isComma, parser.isOpeningAdverb(text, t[s]) {
            // `Hence, finance minister Bill Morneau thought ...`
            s += 2
        }
        if let found = subject(text, t, from: s, before: limit) {
            // `Back in June, he defended ...`: a lone word before a preposition and a comma opens a
            // phrase of time or place; the subject follows the comma. So does an adverb before a
            // clause of time (`Shortly after the statement was released, Sen. Lindsey Graham ...`).
            let m = found.subject
            if m.tokens == s..<(s + 1), s + 1 < limit, t[s + 1].isWord, t[s + 1].isLowercase {
                let clause = parser.isOpeningAdverb(text, t[s]) && ArticleReader.subordinators.contains(t[s + 1].key)
                // `Away from Capitol Hill, the chamber ...`
                if clause || lexicon.timePrepositions.contains(t[s + 1].key) || ArticleReader.prepositions.contains(t[s + 1].key),
                   let comma = t[(s + 1)..<min(limit, s + (clause ? 12 : 6))].firstIndex(where: { $0.isComma }),
                   let after = subject(text, t, from: comma + 1, before: limit) { return after }
            }
            return found
        }
        // `Down the street, Mike McFadden also rejoiced`: an opening the lexicon does not know.
        // Only an opening with small words in it (`Last week`, not `Roy Cooper (D), the governor's
        // opponent,`) is passed over.
        guard s < limit, let comma = t[s..<min(limit, s + 8)].firstIndex(where: { $0.isComma }),
              t[s..<comma].contains(where: { $0.isWord && $0.isLowercase }) else {
            // `When asked what is harder, pitching or putting on the last green, Mulder didn't
            // hesitate.`: a question folded into the opening runs over a second comma.
            // So does a date: `On July 6, 2015, Sanders made the following comment:`.
            guard s > 0, t[s - 1].isComma, let comma = t[s..<min(limit, s + 20)].firstIndex(where: { $0.isComma }),
                  t[s..<comma].allSatisfy({ $0.kind != .quote }), (t[s].isWord && t[s].isLowercase) || t[s].shape.contains(.number),
                  let found = subject(text, t, from: comma + 1, before: limit) else { return nil }
            return found
        }
        return subject(text, t, from: comma + 1, before: limit)
    }

    /// The cue of a participle after a comma (`..., adding that`): the one who spoke last in the
    /// sentence goes on, whatever its grammatical subject; else the sentence's subject, if
    /// `subjectSpeaks` takes it.
    func participleCue(_ text: [Unicode.Scalar], _ t: [ProseToken], verb v: Int, after last: Cue?,
                       subjectSpeaks: (Mention) -> Bool = { _ in true }) -> Cue? {
        if let last, !last.participle, last.verb < v {
            return Cue(verb: v, mention: last.mention, span: v..<(v + 1), inverted: true, participle: true)
        }
        guard v > 0, let m = sentenceSubject(text, t, before: v), subjectSpeaks(m) else { return nil }
        return Cue(verb: v, mention: m, span: v..<(v + 1), inverted: true, participle: true)
    }

    /// Where the words after a dateline begin: `WASHINGTON (AP) — `, `TROUT BROOK, N.B. — `,
    /// `LONDON, England (CNN) -- `; 0 when the sentence opens with none. A dateline is a place in
    /// capitals, perhaps with its region and an outlet in brackets, then a dash.
    func dateline(_ t: [ProseToken]) -> Int {
        guard let first = t.first, first.isWord, first.shape.contains(.allCaps) else { return 0 }
        var k = 1
        var bracket = false
        while k < min(t.count, 14) {
            let w = t[k]
            if isDash(w) {
                // `--` may be two dashes
                var after = k + 1
                if after < t.count, isDash(t[after]) { after += 1 }
                return after < t.count ? after : 0
            }
            if w.isPunctuation("(") { bracket = true } else if w.isPunctuation(")") { bracket = false }
            else if w.isWord { guard bracket || w.isCapitalized else { return 0 } }
            else if !(w.isComma || w.isPunctuation(".")) { return 0 }
            k += 1
        }
        return 0
    }

    /// The subject of the last clause that opens before `limit` after a comma and a turning word
    /// (`but`, `and`, `while`, `whereas`, `with`: `The site was warned, but Google issued a
    /// tweet`), else the sentence's.
    func nearestSubject(_ text: [Unicode.Scalar], _ t: [ProseToken], before limit: Int) -> Mention? {
        if let c = (1..<max(1, limit)).last(where: { t[$0 - 1].isComma && t[$0].isWord && t[$0].isLowercase && ArticleReader.turningWords.contains(t[$0].key) }),
           let found = subject(text, t, from: c + 1, before: limit), found.predicate < limit {
            return found.subject
        }
        return sentenceSubject(text, t, before: limit)
    }

    /// The subject of a clause opening at `from` (after `when`, `as`).
    func clauseSubject(_ text: [Unicode.Scalar], _ t: [ProseToken], from s: Int, before limit: Int) -> Mention? {
        subject(text, t, from: s, before: limit)?.subject
    }

    private func subject(_ text: [Unicode.Scalar], _ t: [ProseToken], from s: Int, before limit: Int) -> (subject: Mention, predicate: Int)? {
        guard s < limit, var m = formerHolder(text, t, from: s, limit: limit) ?? parser.phrase(text, t, startingAt: s, upper: limit) else { return nil }
        // `Toronto retiree Doug Purdy`: a place and a word of description the lexicon does not
        // know as a role stand before a full name, which is the subject.
        let n = m.tokens.upperBound
        if m.form == .organisation || (m.form == .person && m.nameKeys.count == 1 && m.role == nil), n + 1 < limit, t[n].isWord, t[n].isLowercase, parser.isModifier(t[n]), parser.isNameWord(t[n + 1]),
           var person = parser.phrase(text, t, startingAt: n + 1, upper: limit), person.form == .person, person.nameKeys.count >= 2 {
            if person.role == nil { person.role = parser.string(text, t, s..<(n + 1)) }
            person.tokens = s..<person.tokens.upperBound
            m = person
        }
        // `Perhaps more importantly, ...`: a word that opens sentences is no one; nor is the
        // participle of `Flanked by aides, ...`.
        if m.form == .person, m.nameKeys.count == 1, parser.isOpeningWord(t[m.tokens.lowerBound])
            || (m.tokens.count == 1 && isPassiveOpening(text, t, m.tokens.lowerBound)) { return nil }
        var after = m.tokens.upperBound
        // `Editor's note:` is no one speaking.
        guard after > s, !t[after - 1].shape.contains(.possessive) else { return nil }
        // `Roy Cooper (D), the governor's opponent, called`
        if m.form == .person, after < limit, t[after].isPunctuation("("), let close = t[after..<min(limit, after + 6)].firstIndex(where: { $0.isPunctuation(")") }) {
            after = close + 1
        }
        // `Martell, the addictions doctor on the South Shore, is more blunt`, `Marco Mendicino — a
        // former prosecutor — went on CBC`: a person's appositive stands between them and the verb.
        if m.form == .person, after < limit, t[after].isComma || isDash(t[after]), let close = appositiveEnd(t, from: after, limit: limit) {
            after = close + 1
        }
        // A subject is followed by its verb, not by an article (`Down the street`).
        guard after < limit, t[after].isLowercase, !lexicon.determiners.contains(t[after].key),
              m.form != .pronoun || m.pronoun == lexicon.he || m.pronoun == lexicon.she || m.pronoun == lexicon.they || m.pronoun == lexicon.it else { return nil }
        return (m, after)
    }

    /// `Former New York Mayor Rudolph Giuliani vouched`: a name whose title opens with `Former`,
    /// `Acting`, which the phrase reader takes for a sentence's opening word.
    private func formerHolder(_ text: [Unicode.Scalar], _ t: [ProseToken], from s: Int, limit: Int) -> Mention? {
        guard s + 1 < limit, t[s].isCapitalized, lexicon.roleModifiers.contains(t[s].key),
              let name = parser.phrase(text, t, startingAt: s + 1, upper: limit), name.form == .person, name.tokens.upperBound < limit else { return nil }
        // read back from the name's end, as a cue's subject is, so that the title keeps `Former`
        guard let m = parser.subject(text, t, verb: name.tokens.upperBound, lower: s), m.form == .person, m.tokens.lowerBound == s else { return name }
        return m
    }

    /// `Flanked by`, `Joined by`: a past participle and `by` opening the sentence.
    private func isPassiveOpening(_ text: [Unicode.Scalar], _ t: [ProseToken], _ k: Int) -> Bool {
        let w = t[k]
        return k == 0 && k + 1 < t.count && t[k + 1].isWord && t[k + 1].key == lexicon.by
            && w.end - w.start >= 5 && w.endsInEd(text)
    }

    /// Where the appositive opened by the comma or dash at `open` closes with the same mark, when
    /// it holds no quotation and no second name list (`Smith, Jones and Brown`).
    private func appositiveEnd(_ t: [ProseToken], from open: Int, limit: Int) -> Int? {
        let dash = isDash(t[open])
        var k = open + 1
        // an appositive opens with a small word or a role (`the addictions doctor`, `president of`)
        guard k < limit, t[k].isWord, t[k].isLowercase || parser.isRole(t[k]) else { return nil }
        var relative = CueFinder.clauseWords.contains(t[k].key)
        var clause = false
        while k < limit, k - open <= 24 {
            // a quotation inside a relative clause (`who lost “two belt loops” by October`) is the clause's
            if t[k].kind == .quote && !relative { return nil }
            if dash ? isDash(t[k]) : t[k].isComma { return clause ? nil : k }
            // `a teacher who had taught for years`: the description's own relative clause
            if k > open + 1, t[k].isWord, t[k].isLowercase, t[k].key == lexicon.who || t[k].key == lexicon.which { relative = true }
            // `Somehow, the family will find a way, adds ...`: a clause is no appositive.
            if !relative, t[k].isWord, t[k].isLowercase, MentionParser.auxiliaries.contains(t[k].key) { clause = true }
            k += 1
        }
        return nil
    }
}
