/// How a noun phrase next to a speech verb names a speaker: a person with a role, a body, a role
/// alone, a pronoun. Lexicons decide which words are names, titles, roles and bodies.
extension MentionParser {

    func interpret(_ text: [Unicode.Scalar], _ t: [ProseToken], _ range: Range<Int>, acronym: String?, consumed: Range<Int>) -> Mention? {
        var lo = range.lowerBound
        var plural = false
        while lo < range.upperBound, t[lo].isWord, lexicon.determiners.contains(t[lo].key) || lexicon.numbers.contains(t[lo].key) {
            if lexicon.numbers.contains(t[lo].key) { plural = true }
            lo += 1
        }
        var hi = range.upperBound
        guard lo < hi else { return nil }
        let determined = lo > range.lowerBound
        // `Rep. John Conyers of Michigan`: the place after a name qualifies it.
        if hi - lo >= 4, t[hi - 2].isWord, t[hi - 2].key == lexicon.of, t[hi - 1].isCapitalized, isNameWord(t[hi - 3]), isNameWord(t[hi - 4]) || isRole(t[hi - 4]) || lexicon.honorifics.contains(t[hi - 4].key) {
            hi -= 2
        } else if hi - lo >= 5, t[hi - 3].isWord, t[hi - 3].key == lexicon.of, t[hi - 2].isCapitalized, t[hi - 1].isCapitalized,
                  !lexicon.organisationHeads.contains(t[hi - 1].key), !lexicon.organisationHeads.contains(t[hi - 2].key),
                  isNameWord(t[hi - 4]), isNameWord(t[hi - 5]) || isRole(t[hi - 5]) || lexicon.honorifics.contains(t[hi - 5].key) {
            // `Sen. Lindsey Graham of South Carolina`: a place of two words, not a surname `Carolina`.
            hi -= 3
        } else if let of = ((hi - 4)...(hi - 3)).first(where: { $0 - 2 >= lo && t[$0].isWord && t[$0].key == lexicon.of && t[$0 + 1].isWord && t[$0 + 1].key == lexicon.the }),
                  ((of + 2)..<hi).allSatisfy({ t[$0].isCapitalized }), isNameWord(t[of - 1]), isNameWord(t[of - 2]) {
            // `Del. Stacey Plaskett of the Virgin Islands`, `Tom Reyes of the Bronx`: where they are from.
            hi = of
        } else if hi - lo >= 4, let of = ((lo + 2)..<(hi - 1)).first(where: { t[$0].isWord && (t[$0].key == lexicon.of || ($0 == lo + 2 && t[$0].key == lexicon.for)) }),
                  isNameWord(t[of - 1]), isNameWord(t[of - 2]),
                  isGivenName(t[of - 2].key) || (of - 3 >= lo && (isRole(t[of - 3]) || lexicon.honorifics.contains(t[of - 3].key))),
                  ((of + 1)..<hi).allSatisfy({ t[$0].isCapitalized || (t[$0].isWord && lexicon.nameLinks.contains(t[$0].key))
                      || ($0 > of + 1 && t[$0].isWord && t[$0].isLowercase && isModifier(t[$0])) }) {
            // `Dave Wasserman of the Cook Political Report`, `economist Joan Alker of Georgetown
            // University's Center for Children and Families`, `Emily Crockett for Vox`: the body a
            // person speaks or writes for (not `Draft Ben Carson for President Committee`, a body).
            hi = of
        }
        // The personal name at the end of the phrase.
        var nameStart = hi
        var k = hi - 1
        var nameWords = 0
        while k >= lo {
            let w = t[k]
            // `Jim Jordan`, `Theresa May`, `Ms. May`: a place or a month ends a name when a name
            // word or a title precedes it.
            let endsName = k == hi - 1 && w.isCapitalized && !w.shape.contains(.allCaps) && !w.shape.contains(.possessive)
                && (lexicon.places.contains(w.key) || lexicon.capitalisedFunctionWords.contains(w.key))
                && !lexicon.organisationHeads.contains(w.key) && !isRole(w) && k > lo
                && (isNameWord(t[k - 1]) || lexicon.honorifics.contains(t[k - 1].key)) && !determined
            // `Jordan Stewart`, `Georgia Hale`: a place opening the phrase right before a lone
            // surname is a given name.
            let givenName = k == lo && k == hi - 2 && nameWords == 1 && w.isCapitalized && !w.shape.contains(.allCaps) && !w.shape.contains(.possessive)
                && lexicon.places.contains(w.key) && !lexicon.organisationHeads.contains(w.key) && !isRole(w) && !determined
            // `Robert Major`, `Tom Bishop`, `Sen. Angus King`, `lawyer Stan Brand`: a rank, an office
            // or a speech verb after a common given name, or after a name a title or a role in small
            // letters opens, is a surname (titles stand before names, not after them; a verb
            // capitalised in the middle of a name is no verb).
            let surnameRole = k == hi - 1 && k > lo && w.isCapitalized && !w.shape.contains(.allCaps) && !w.shape.contains(.possessive)
                && (isRole(w) || lexicon.speechVerbs.contains(w.key)) && !lexicon.organisationHeads.contains(w.key) && isNameWord(t[k - 1])
                && (isGivenName(t[k - 1].key) || (k - 2 >= lo && (isTitle(t[k - 2]) || (isRole(t[k - 2]) && t[k - 2].isLowercase))))
            if isNameWord(w) || endsName || givenName || surnameRole {
                nameStart = k; nameWords += 1; k -= 1
                continue
            }
            if w.isWord && !w.isCapitalized && lexicon.nameParticles.contains(w.key) && k > lo && isNameWord(t[k - 1]) && nameStart < hi {
                nameStart = k; k -= 1
                continue
            }
            if w.isWord && lexicon.nameSuffixes.contains(w.key) && k == hi - 1 {
                nameStart = k; k -= 1
                continue
            }
            break
        }
        // A sentence's opening word is no first name: `Ending ObamaCare`, `Like Clinton`,
        // `Washington-based Clinton`.
        while nameWords > 1, nameStart < hi, t[nameStart].isCapitalized, isOpeningWord(t[nameStart]) {
            if lo == nameStart { lo += 1 }
            nameStart += 1
            nameWords -= 1
        }
        // `Chinese President Xi Jinping and President Trump`: two speakers, none of them alone.
        if let and = (lo..<nameStart).first(where: { t[$0].isWord && t[$0].key == lexicon.and }), and - 1 >= lo, isNameWord(t[and - 1]),
           and - 2 >= lo, isNameWord(t[and - 2]) || isRole(t[and - 2]) || lexicon.honorifics.contains(t[and - 2].key) {
            var m = Mention(form: .role, tokens: consumed, name: string(text, t, lo..<hi))
            m.plural = true
            return m
        }
        // `Russians`, `Palestinians`: a people, not a person.
        if nameWords == 1, nameStart == hi - 1, hi - lo == 1, t[lo].end - t[lo].start > 3, text[t[lo].end - 1] == "s",
           lexicon.places.contains(WordKey(text, t[lo].start..<(t[lo].end - 1))) {
            var m = Mention(form: .role, tokens: consumed, name: string(text, t, lo..<hi))
            m.roleHead = t[lo].key
            m.plural = true
            return m
        }
        // `Director of National Intelligence James R. Clapper`, `House Majority Whip James Clyburn`,
        // `Businessman Donald Trump`: the last words of an office or an occupation run into the
        // name, which opens with its given name. Right after a title the name has begun
        // (`President Andres Manuel Lopez Obrador`, `Rep. Jimmie Don Aycock`).
        let afterTitle = nameStart > lo && (isRole(t[nameStart - 1]) || lexicon.honorifics.contains(t[nameStart - 1].key))
        if nameWords >= 3, !afterTitle, (nameStart > lo && (t[nameStart - 1].isCapitalized || t[nameStart - 1].key == lexicon.of)) || isOccupation(text, t[nameStart]),
           !isGivenName(t[nameStart].key),
           let given = ((nameStart + 1)..<(hi - 1)).first(where: { isGivenName(t[$0].key) }), given - nameStart <= 2 {
            nameWords -= given - nameStart
            nameStart = given
        }
        // A name after `of` or `for` names the body or office, not a person (`Institute for the Study of War`).
        // `Committee for a Responsible Federal Budget`: no person's title runs `for a` into a name.
        let inBodyName = (lo..<nameStart).contains { i in
            t[i].key != lexicon.the && isLinkedArticle(t, i, lower: lo) && ((i + 1)..<nameStart).allSatisfy { t[$0].isCapitalized }
        }
        // `a lawyer for Mr. McCabe`, `a spokesman for President Trump`: a title does not hide the link.
        var link = max(lo, nameStart - 1)
        while link > lo, t[link].isWord, t[link].isCapitalized,
              isTitle(t[link]) || lexicon.headsOfState.contains(t[link].key) { link -= 1 }
        let linked = link == nameStart - 1 ? lexicon.nameLinks.contains(t[link].key) : t[link].key == lexicon.of || t[link].key == lexicon.for
        let afterLink = nameStart > lo && t[link].isWord && (linked || inBodyName)
        if nameWords > 0 && nameWords <= 4 && !afterLink {
            let roleRange = lo..<nameStart
            // `the press secretary of the President of Ukraine Volodymyr Zelensky`: the name belongs
            // to the president; the speaker is the unnamed secretary.
            if let of = roleRange.first(where: { t[$0].isWord && t[$0].key == lexicon.of }),
               roleRange[(of + 1)...].contains(where: { t[$0].isWord && lexicon.headsOfState.contains(t[$0].key) }),
               roleRange[..<of].contains(where: { t[$0].isWord && isRole(t[$0]) }) {
                return role(text, t, lo..<hi, plural: false, consumed: consumed)
            }
            var m = Mention(form: .person, tokens: consumed, name: string(text, t, nameStart..<hi))
            var surname: Int?
            for i in nameStart..<hi where t[i].isWord && !lexicon.nameSuffixes.contains(t[i].key) && !lexicon.nameParticles.contains(t[i].key) {
                if surname == nil { m.nameKeys.reserveCapacity(hi - i) }
                m.nameKeys.append(t[i].key)
                surname = i
            }
            m.suffix = (nameStart..<hi).last.flatMap { lexicon.nameSuffixes.contains(t[$0].key) ? t[$0].key : nil }
            m.keyWord = surname.map { t[$0].start..<t[$0].end - (t[$0].shape.contains(.abbreviation) ? 1 : 0) }
            var roleStart = lo
            for i in roleRange where t[i].isWord && lexicon.honorifics.contains(t[i].key) {
                if let g = lexicon.gender(of: t[i].key) { m.gender = g }
                roleStart = max(roleStart, i + 1)
            }
            if roleStart < nameStart {
                let r = roleStart..<nameStart
                m.role = string(text, t, r)
                m.roleHead = r.reversed().first(where: { t[$0].isWord && isRole(t[$0]) }).map { t[$0].key }
                m.roleQualifiers = keys(t, r) { t[$0].isWord && t[$0].key != m.roleHead && !lexicon.nameLinks.contains(t[$0].key) }
                for i in r where t[i].isWord {
                    if let g = lexicon.gender(of: t[i].key) { m.gender = g }
                    if MentionParser.kin.contains(t[i].key) { m.relative = true }
                }
            }
            // `his daughter and senior adviser Ivanka Trump`: the kinship the role is joined to.
            let before = range.lowerBound
            if before >= 2, t[before - 1].isWord, t[before - 1].key == lexicon.and, t[before - 2].isWord,
               MentionParser.kin.contains(t[before - 2].key) {
                m.relative = true
                if m.gender == .unknown, let g = lexicon.gender(of: t[before - 2].key) { m.gender = g }
            }
            // `Wendy Golden`: a common first name tells `she` from `he` when no title does
            if m.gender == .unknown, m.nameKeys.count >= 2 {
                if lexicon.femaleFirstNames.contains(m.nameKeys[0]) { m.gender = .female }
                if lexicon.maleFirstNames.contains(m.nameKeys[0]) { m.gender = .male }
            }
            return m
        }
        // `spokeswoman for China's Foreign Ministry`, `President of Ukraine`: a role of a body.
        if let link = (lo..<hi).first(where: { t[$0].isWord && !t[$0].isCapitalized && ($0 > lo) && (t[$0].key == lexicon.of || t[$0].key == lexicon.for) }),
           let roleWord = (lo..<link).last(where: { t[$0].isWord && isRole(t[$0]) && !lexicon.organisationHeads.contains(t[$0].key) }),
           roleWord == link - 1, !lexicon.pluralRoles.contains(t[roleWord].key) {
            return role(text, t, lo..<hi, plural: false, consumed: consumed)
        }
        let head = t[hi - 1]
        let anyCapital = (lo..<hi).contains { t[$0].isCapitalized }
        let headIsRole = head.isWord && lexicon.roles.contains(head.key) && !lexicon.organisationHeads.contains(head.key)
        let namedBody = head.isCapitalized && (lo..<hi).contains { t[$0].isCapitalized && lexicon.organisationHeads.contains(t[$0].key) }
        let bodyHead = head.isWord && lexicon.organisationHeads.contains(head.key) && anyCapital
        let acronym1 = hi - lo == 1 && head.shape.contains(.allCaps)
        let placeOnly = head.isCapitalized && (lo..<hi).allSatisfy { t[$0].isCapitalized && lexicon.places.contains(t[$0].key) || (t[$0].isWord && lexicon.nameLinks.contains(t[$0].key)) }
        if !headIsRole && (namedBody || bodyHead || acronym1 || placeOnly) {
            var m = Mention(form: .organisation, tokens: consumed, name: string(text, t, lo..<hi))
            m.nameKeys = keys(t, lo..<hi) { t[$0].isWord && !lexicon.nameLinks.contains(t[$0].key) }
            m.acronym = acronym
            m.initials = initials(text, t, lo..<hi)
            m.plural = t[hi - 1].isWord && lexicon.pluralRoles.contains(t[hi - 1].key)
            // A place that is also a given name (`Jordan said`) may turn out to be a person.
            if placeOnly && hi - lo == 1 { m.keyWord = t[lo].start..<t[lo].end }
            return m
        }
        if (lo..<hi).contains(where: { t[$0].isWord && (isRole(t[$0]) || lexicon.organisationHeads.contains(t[$0].key)) }) {
            return role(text, t, lo..<hi, plural: plural, consumed: consumed)
        }
        return nil
    }

    func role(_ text: [Unicode.Scalar], _ t: [ProseToken], _ r: Range<Int>, plural: Bool, consumed: Range<Int>) -> Mention {
        var m = Mention(form: .role, tokens: consumed, name: string(text, t, r))
        let headIndex = r.first(where: { t[$0].isWord && t[$0].key == lexicon.of }) ?? r.upperBound
        let beforeOf = r.lowerBound..<headIndex
        let head = beforeOf.reversed().first(where: { t[$0].isWord && (isRole(t[$0]) || lexicon.organisationHeads.contains(t[$0].key)) })
            ?? r.reversed().first(where: { t[$0].isWord && (isRole(t[$0]) || lexicon.organisationHeads.contains(t[$0].key)) })
        m.roleHead = head.map { t[$0].key }
        m.keyWord = head.flatMap { t[$0].shape.contains(.possessive) ? nil : t[$0].start..<t[$0].end }
        m.roleQualifiers = keys(t, r) { t[$0].isWord && t[$0].key != m.roleHead && !lexicon.nameLinks.contains(t[$0].key) }
        m.plural = plural || m.roleHead.map { lexicon.pluralRoles.contains($0) } ?? false
        // The article may stand just before the phrase: `One` opening a sentence ends a name.
        let opensIndefinite = [consumed.lowerBound - 1, consumed.lowerBound, r.lowerBound].contains { k in
            k >= 0 && k < t.count && t[k].isWord && (lexicon.indefiniteArticles.contains(t[k].key) || t[k].key == MentionParser.one || t[k].key == MentionParser.another)
        }
        m.newcomer = opensIndefinite && !m.plural && m.roleHead.map { lexicon.sharedRoles.contains($0) } == true
        for i in r where t[i].isWord {
            if let g = lexicon.gender(of: t[i].key) { m.gender = g }
        }
        return m
    }

    func pronoun(_ text: [Unicode.Scalar], _ t: [ProseToken], _ k: Int) -> Mention {
        var m = Mention(form: .pronoun, tokens: k..<(k + 1), name: string(text, t, k..<(k + 1)))
        m.pronoun = t[k].key
        m.gender = t[k].key == lexicon.he ? .male : t[k].key == lexicon.she ? .female : .unknown
        m.plural = t[k].key == lexicon.they || t[k].key == lexicon.we
        return m
    }

    func initials(_ text: [Unicode.Scalar], _ t: [ProseToken], _ r: Range<Int>) -> String? {
        var i = r.lowerBound
        while i < r.upperBound - 1 && t[i].isCapitalized && lexicon.places.contains(t[i].key) { i += 1 }
        var out = String.UnicodeScalarView()
        for k in i..<r.upperBound where t[k].isCapitalized && !t[k].shape.contains(.allCaps) {
            out.append(text[t[k].start])
        }
        return out.count >= 2 ? String(out) : nil
    }

    // MARK: word classes

    /// A word that opens sentences rather than names: a participle (`Ending`), a word
    /// hyphenated to a small word (`Washington-based`), or a small word of the lexicon.
    func isOpeningWord(_ w: ProseToken) -> Bool {
        w.shape.contains(.participle) || w.shape.contains(.hyphenated) || lexicon.openingWords.contains(w.key)
    }

    func isGivenName(_ key: WordKey) -> Bool {
        lexicon.maleFirstNames.contains(key) || lexicon.femaleFirstNames.contains(key)
    }

    /// `Businessman`, `Anchorwoman`: a word for what someone does, shaped like one.
    func isOccupation(_ text: [Unicode.Scalar], _ w: ProseToken) -> Bool {
        w.end - w.start >= 8 && text[w.end - 3] == "m" && text[w.end - 2] == "a" && text[w.end - 1] == "n"
    }

    /// A capitalised word that can be part of a personal name.
    func isNameWord(_ w: ProseToken) -> Bool {
        // `Nugent-loving`, `Kremlin-backed`: an adjective made of a name, not a name
        guard w.isCapitalized, !w.shape.contains(.allCaps), !w.shape.contains(.possessive), !w.shape.isSuperset(of: [.hyphenated, .participle]),
              !w.shape.contains(.abbreviation) || w.end - w.start == 2 else { return false }
        // A middle initial (`Julie A. Diaz`), even one that spells a small word.
        if w.shape.contains(.abbreviation) { return true }
        let k = w.key
        return !isRole(w) && !lexicon.organisationHeads.contains(k) && !lexicon.places.contains(k)
            && !lexicon.honorifics.contains(k) && !lexicon.capitalisedFunctionWords.contains(k) && !lexicon.speechVerbs.contains(k)
    }

    /// Whether the words from `from` to `to` end in a role or organisation word, so that a
    /// lower-case word in front of them modifies it.
    func isModifiable(_ t: [ProseToken], _ from: Int, _ to: Int) -> Bool {
        guard from <= to, from < t.count else { return false }
        for i in from...min(to, t.count - 1) {
            guard t[i].isWord else { return false }
            // Only a role in small letters takes modifiers: before a title (`rally President
            // Trump`) a small word belongs to the reporter's sentence.
            if t[i].isCapitalized { return false }
            if isRole(t[i]) || lexicon.organisationHeads.contains(t[i].key) { return true }
        }
        return false
    }

    /// `Sen.`, `Rep.`, `Mr.`: a title printed before a name.
    func isTitle(_ w: ProseToken) -> Bool {
        w.isWord && w.isCapitalized && (lexicon.honorifics.contains(w.key) || (w.shape.contains(.abbreviation) && isRole(w)))
    }

    /// A role word of the lexicon, or a word shaped like a profession (`pediatrician`, `economist`).
    func isRole(_ w: ProseToken) -> Bool {
        w.isWord && (lexicon.roles.contains(w.key) || w.shape.contains(.profession))
    }

    /// A lower-case word that can qualify a role (`communications`, `former`), not a small word or a verb.
    func isModifier(_ w: ProseToken) -> Bool {
        let k = w.key
        if lexicon.roleModifiers.contains(k) { return true }
        return !w.shape.contains(.participle) && !lexicon.capitalisedFunctionWords.contains(k) && !lexicon.pronouns.contains(k) && !lexicon.verbAdjuncts.contains(k)
            && !lexicon.presentTense.contains(k) && !lexicon.pastTense.contains(k) && !lexicon.speechVerbs.contains(k)
            && !lexicon.firstAndSecondPerson.contains(k)
    }

    func isAdverb(_ text: [Unicode.Scalar], _ w: ProseToken) -> Bool {
        guard w.isLowercase, w.end - w.start > 4 else { return false }
        return text[w.end - 1] == "y" && text[w.end - 2] == "l"
    }

    func isClauseBreak(_ w: ProseToken) -> Bool {
        w.kind == .punctuation && (w.isPunctuation(";") || w.isPunctuation(":"))
    }

    /// The keys of the tokens in `r` that `include` takes, in one array made once.
    private func keys(_ t: [ProseToken], _ r: Range<Int>, where include: (Int) -> Bool) -> [WordKey] {
        var keys: [WordKey] = []
        for i in r where include(i) {
            if keys.isEmpty { keys.reserveCapacity(r.upperBound - i) }
            keys.append(t[i].key)
        }
        return keys
    }

    func string(_ text: [Unicode.Scalar], _ t: [ProseToken], _ r: Range<Int>) -> String {
        guard let first = r.first, let last = r.last else { return "" }
        return ProseScalar.string(capacity: (t[last].end - t[first].start) * 4 + r.count) { bytes in
            var n = 0
            for i in r {
                if i > r.lowerBound && t[i].kind == .word && !(t[i - 1].isPunctuation("(")) { bytes[n] = 0x20; n += 1 }
                n = ProseScalar.writeUTF8(text, t[i].start..<t[i].end, to: bytes, at: n)
            }
            return n
        }
    }

    /// `a source close to the White House`, `people familiar with Biden`, `aides to Senator Hale`:
    /// an unnamed source told by whom it is close to or works for. The source speaks, not the one
    /// named, so the mention is the source as printed, from its first word to the end of the name
    /// in `name`.
    func sourceCloseTo(_ text: [Unicode.Scalar], _ t: [ProseToken], name: Range<Int>, lower: Int) -> Mention? {
        var p = name.lowerBound - 1
        if p > lower, t[p].isWord, lexicon.determiners.contains(t[p].key) { p -= 1 }
        guard p - 1 >= lower, t[p].isWord, t[p - 1].isWord else { return nil }
        let close = p - 1 > lower && MentionParser.closeness.contains(t[p - 1].key) && (t[p].key == lexicon.to || t[p].key == MentionParser.with)
        let staff = MentionParser.staff.contains(t[p - 1].key) && (t[p].key == lexicon.to || t[p].key == lexicon.of)
        guard close || staff else { return nil }
        // `close` follows the source's own noun; `aides` is that noun
        let headIndex = close ? p - 2 : p - 1
        var s = headIndex
        while s - 1 >= lower, headIndex - s < 2, t[s].isLowercase, t[s - 1].isWord,
              t[s - 1].isLowercase || s - 1 == lower || !t[s - 2].isWord {
            s -= 1
        }
        guard !lexicon.pronouns.contains(t[headIndex].key), t[headIndex].isWord else { return nil }
        let head = t[headIndex]
        let plural = text[head.end - 1] == "s" || lexicon.pluralRoles.contains(head.key)
        return Mention(form: .organisation, tokens: s..<name.upperBound, name: string(text, t, s..<name.upperBound),
                       nameKeys: t[s..<name.upperBound].map(\.key), plural: plural)
    }

    /// The same after an inverted verb (`said a person close to Biden`), reading from `from`.
    func sourceCloseTo(_ text: [Unicode.Scalar], _ t: [ProseToken], from: Int, upper: Int) -> Mention? {
        var k = from
        while k < upper, k - from < 3, t[k].isWord, t[k].isLowercase, !MentionParser.closeness.contains(t[k].key), !MentionParser.staff.contains(t[k].key) { k += 1 }
        guard k + 2 < upper, MentionParser.closeness.contains(t[k].key) || MentionParser.staff.contains(t[k].key), t[k + 1].isWord,
              let named = phrase(text, t, startingAt: k + 2, upper: upper), named.form != .pronoun,
              let source = sourceCloseTo(text, t, name: named.tokens, lower: from), source.tokens.lowerBound == from else { return nil }
        return source
    }

    /// Who works for or backs someone, and so speaks as themselves, not as the one named.
    static let staff = WordKey.set("aide aides adviser advisers advisor advisors ally allies associate associates confidant confidants")
    static let closeness = WordKey.set("close closest familiar near")
}
