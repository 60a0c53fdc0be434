/// The speaker a speech verb names after itself: `said the Kremlin secretary`, `according to ISW`,
/// `said golfer Kerry Carlson`.
extension MentionParser {
    /// The speaker named right after `from` (`said the Kremlin secretary`, `according to ISW`).
    func object(_ text: [Unicode.Scalar], _ t: [ProseToken], from: Int, upper: Int) -> Mention? {
        if let source = sourceCloseTo(text, t, from: from, upper: upper) { return source }
        // `said former Sen. Tom Udall`, `wrote former Senate Majority Leader Harry Reid`: the title
        // after the modifier opens the name
        if from + 1 < upper, t[from].isLowercase, lexicon.roleModifiers.contains(t[from].key), t[from + 1].isCapitalized,
           var m = object(text, t, from: from + 1, upper: upper), m.form == .person {
            m.tokens = from..<m.tokens.upperBound
            if let role = m.role { m.role = string(text, t, from..<(from + 1)) + " " + role }
            return m
        }
        // `agrees his friend, Robert Redfearn.`: whose friend says nothing of who; the name does.
        if from < upper, t[from].isLowercase, MentionParser.possessives.contains(t[from].key),
           let comma = t[(from + 1)..<min(upper, from + 5)].firstIndex(where: { $0.isComma }), comma > from + 1,
           t[(from + 1)..<comma].allSatisfy({ $0.isWord && $0.isLowercase }),
           var person = phrase(text, t, startingAt: comma + 1, upper: upper), person.form == .person, person.nameKeys.count >= 2,
           person.tokens.upperBound >= upper || !t[person.tokens.upperBound].isWord {
            if person.role == nil { person.role = string(text, t, (from + 1)..<comma) }
            person.tokens = from..<person.tokens.upperBound
            return person
        }
        guard var m = phrase(text, t, startingAt: from, upper: upper) ?? described(text, t, from: from, upper: upper) else { return nil }
        // `said Bay Area donor Susie Tompkins Buell`: a place the phrase took for a name describes
        // the full name after the words of description.
        if m.form == .person, m.role == nil, m.nameKeys.count <= 2, var d = described(text, t, from: m.tokens.upperBound, upper: upper) {
            d.role = d.role.map { m.name + " " + $0 }
            d.tokens = from..<d.tokens.upperBound
            m = d
        }
        // `said Trump friend and Newsmax CEO Chris Ruddy`: two descriptions of the one person named
        // at the end, not a name and a second speaker.
        if m.form == .role || (m.form == .person && m.nameKeys.count == 1 && m.role == nil),
           let and = t[m.tokens.upperBound..<min(upper, m.tokens.upperBound + 3)].firstIndex(where: { $0.isWord && $0.key == lexicon.and }),
           t[m.tokens.upperBound..<and].allSatisfy({ $0.isWord && $0.isLowercase }), and + 1 < upper,
           var person = phrase(text, t, startingAt: and + 1, upper: upper), person.form == .person,
           person.nameKeys.count >= 2, person.role != nil, person.tokens.upperBound >= upper || !t[person.tokens.upperBound].isWord {
            person.tokens = from..<person.tokens.upperBound
            return person
        }
        // `Dmitry Peskov, the Kremlin spokesman,` after an inverted verb.
        let after = m.tokens.upperBound
        if m.form == .person, after < upper, t[after].isComma,
           let appositive = phrase(text, t, startingAt: after + 1, upper: upper), appositive.form == .role || appositive.form == .organisation {
            if m.role == nil { m.takeRole(of: appositive) }
            m.tokens = m.tokens.lowerBound..<appositive.tokens.upperBound
        }
        // `said the club’s chairman, Peter Hale.`
        if m.form == .role, after < upper, t[after].isComma, var person = phrase(text, t, startingAt: after + 1, upper: upper),
           person.form == .person, person.tokens.upperBound >= upper || !t[person.tokens.upperBound].isWord {
            person.takeRole(of: m)
            person.tokens = m.tokens.lowerBound..<person.tokens.upperBound
            return person
        }
        return m
    }

    /// Where a name that goes on past a comma ends: capitalised words, commas and one `and`, up to
    /// an organisation's head word (`, Climatology and Geophysics Agency`); nil for anything else.
    func listedNameEnd(_ t: [ProseToken], from comma: Int, upper: Int) -> Int? {
        var k = comma + 1
        var sawAnd = false
        while k < upper, k - comma <= 10 {
            let w = t[k]
            if w.isWord, w.isCapitalized, !lexicon.capitalisedFunctionWords.contains(w.key) {
                if sawAnd, lexicon.organisationHeads.contains(w.key), k + 1 >= upper || !t[k + 1].isCapitalized { return k + 1 }
            } else if w.isWord, w.isLowercase, w.key == lexicon.and, !sawAnd, t[k - 1].isCapitalized {
                sawAnd = true
            } else if !(w.isComma && !sawAnd && t[k - 1].isCapitalized) {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// `said golfer Kerry Carlson`, `said 9/11 widow Terry Strada`: words of description the
    /// lexicon does not know as a role (a number may open them), before a full name.
    private func described(_ text: [Unicode.Scalar], _ t: [ProseToken], from: Int, upper: Int) -> Mention? {
        var k = from
        while k < upper, k - from < 4, !t[k].isCapitalized,
              (t[k].isWord && t[k].isLowercase && isModifier(t[k])) || t[k].shape.contains(.number) || (k > from && t[k].isPunctuation("/")) { k += 1 }
        guard k > from, k + 1 < upper, t[k - 1].isWord, t[k - 1].isLowercase, isNameWord(t[k]),
              var m = phrase(text, t, startingAt: k, upper: upper), m.form == .person, m.nameKeys.count >= 2 else { return nil }
        if m.role == nil { m.role = string(text, t, from..<k) }
        m.tokens = from..<m.tokens.upperBound
        return m
    }
}

extension MentionParser {
    /// `Nearly eight of 10 voters said`, `a majority of Americans say`: the share of a group that
    /// speaks, as printed, not the whole group (`10 voters`, `Americans`).
    func withShare(_ text: [Unicode.Scalar], _ t: [ProseToken], _ m: Mention) -> Mention {
        let start = m.tokens.lowerBound
        guard m.form == .role, m.plural, start >= 2, t[start - 1].isLowercase, MentionParser.shareLinks.contains(t[start - 1].key) else { return m }
        var first = start - 2
        // `25% of Americans`: the sign a token of its own
        if first >= 1, t[first].isPunctuation("%") { first -= 1 }
        guard t[first].isWord, t[first].shape.contains(.number) || MentionParser.shares.contains(t[first].key) else { return m }
        if first >= 1, t[first - 1].isWord, ArticleReader.approximators.contains(t[first - 1].key) || lexicon.indefiniteArticles.contains(t[first - 1].key)
            || t[first - 1].key == lexicon.the { first -= 1 }
        // the name leaves out an article the phrase opens with (`the protesters`); the share keeps it
        let nameStart = lexicon.determiners.contains(t[start].key) && start + 1 < m.tokens.upperBound ? start + 1 : start
        var share = m
        share.name = ProseScalar.string(text, t[first].start..<t[nameStart].start) + m.name
        share.tokens = first..<m.tokens.upperBound
        // a share is a group of its own, not the one an earlier share of the same people was
        share.newcomer = true
        return share
    }

    static let shareLinks = WordKey.set("of in")
    static let shares = WordKey.set("""
        majority minority plurality half third thirds quarter quarters fifth fifths most many some all none few \
        one two three four five six seven eight nine ten dozens hundreds thousands
        """)
}

/// The small words around a mention that say it is no speaker: an opening adverb, a party tag,
/// a preposition of place or of the reporter's adjunct.
extension MentionParser {
    /// `Overall, the fund predicted`, `Separately, the ministry said`: a lone word opening the
    /// sentence before a comma is an adverb, not a name with its role.
    func opensAsAdverb(_ text: [Unicode.Scalar], _ t: [ProseToken], _ m: Mention) -> Bool {
        guard m.tokens.count == 1, m.tokens.lowerBound == 0 else { return false }
        return isOpeningAdverb(text, t[m.tokens.lowerBound])
    }

    /// `R-Calif.`, `D-N.Y.`, `I-Vt.`: a legislator's party and state.
    func isPartyTag(_ text: [Unicode.Scalar], _ w: ProseToken) -> Bool {
        guard w.isWord, w.end - w.start >= 3, text[w.start + 1] == "-" else { return false }
        return text[w.start] == "R" || text[w.start] == "D" || text[w.start] == "I"
    }

    /// `Hence`, `Consequently`, `However`: a word that opens a sentence as an adverb, not a name.
    func isOpeningAdverb(_ text: [Unicode.Scalar], _ w: ProseToken) -> Bool {
        let ly = w.end - w.start > 4 && text[w.end - 1] == "y" && text[w.end - 2] == "l"
        return ly || lexicon.openingWords.contains(w.key) || lexicon.capitalisedFunctionWords.contains(w.key)
    }

    /// Whether `with` stands before `k`: a person's employer or group (`Tim Guest with the authority`).
    func followsWith(_ t: [ProseToken], _ k: Int, lower: Int) -> Bool {
        k - 2 >= lower && t[k - 1].isWord && t[k - 1].isLowercase && t[k - 1].key == MentionParser.with && t[k - 2].isCapitalized
    }

    /// Whether the word before `k` is a preposition of place (`in`, `of`, `from`).
    func followsPreposition(_ t: [ProseToken], _ k: Int, lower: Int) -> Bool {
        k - 1 >= lower && t[k - 1].isWord && (t[k - 1].isLowercase || k - 1 == 0)
            && (lexicon.placePrepositions.contains(t[k - 1].key) || t[k - 1].key == lexicon.of)
    }

    /// `for Sanders,`, `to Clinton,`: a name in the reporter's adjunct, not a speaker.
    func followsAdjunctPreposition(_ t: [ProseToken], _ k: Int, lower: Int) -> Bool {
        k - 1 >= lower && t[k - 1].isWord && t[k - 1].isLowercase && ArticleReader.prepositions.contains(t[k - 1].key)
    }
}
