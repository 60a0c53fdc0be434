/// A speaker as one sentence names them: `US Secretary of State Antony Blinken`, `Peskov`, `he`,
/// `the Russian Foreign Ministry`, `a Kremlin spokesman`.
struct Mention: Sendable {
    enum Form: Sendable { case person, organisation, role, pronoun }
    enum Gender: Sendable { case unknown, male, female }

    var form: Form
    /// Token positions in the sentence.
    var tokens: Range<Int>
    /// The person's or organisation's name as printed, the role for a role mention, the pronoun.
    var name: String
    /// Keys of the name's words; for a person the last is the surname.
    var nameKeys: [WordKey] = []
    /// The role printed with a name (`Kremlin spokesman`), or the role of a role mention.
    var role: String?
    var roleHead: WordKey?
    var roleQualifiers: [WordKey] = []
    /// An acronym printed after an organisation's name: `Institute for War Studies (ISW)`.
    var acronym: String?
    /// Initials of an organisation's capitalised words after any leading country
    /// (`US Institute for the Study of War` gives `ISW`).
    var initials: String?
    var gender: Gender = .unknown
    var plural = false
    var pronoun: WordKey?
    /// Where the word that identifies the speaker is printed: the surname, or the role's head word
    /// (for finding where the article introduced them).
    var keyWord: Range<Int>?
}

/// Reads the noun phrase that names a speaker next to a speech verb, in either direction.
struct MentionParser: Sendable {
    typealias L = QuoteLexicon

    /// The subject of the verb at `verb`, reading leftwards no further than `lower`: skips adverbs and
    /// time phrases (`Peskov on Thursday derided`), appositives (`Zelensky, the president of Ukraine,
    /// said`) and relative `who`.
    func subject(_ text: [Unicode.Scalar], _ t: [ProseToken], verb: Int, lower: Int) -> Mention? {
        var k = verb - 1
        var skipped = 0
        while k >= lower && skipped < 5 {
            let w = t[k]
            guard w.isWord, !w.isCapitalized || L.verbAdjuncts.contains(w.key) else { break }
            if L.verbAdjuncts.contains(w.key) || isAdverb(text, w) {
                k -= 1; skipped += 1
                if k >= lower && t[k].isWord && L.timePrepositions.contains(t[k].key) && !t[k].isCapitalized { k -= 1 }
                continue
            }
            break
        }
        guard k >= lower else { return nil }
        if t[k].isWord && t[k].key == L.who {
            k -= 1
            if k >= lower && t[k].isComma { k -= 1 }
            guard k >= lower else { return nil }
            return phrase(text, t, endingAt: k, lower: lower)
        }
        // Appositives and asides between the speaker and the verb: `Dmitry Peskov, the Kremlin
        // spokesman, said`, `Rep. Trey Gowdy, R-South Carolina, chairman of the panel, said`,
        // `Sen. Susan Collins (R-Maine) said`.
        var role: Mention?
        var rounds = 0
        while k > lower && rounds < 3 {
            if t[k].isPunctuation(")"), let open = (max(lower, k - 10)..<k).last(where: { t[$0].isPunctuation("(") }),
               !(open == k - 2 && t[k - 1].shape.contains(.allCaps)) {
                k = open - 1; rounds += 1
                continue
            }
            guard t[k].isComma else { break }
            var c = k - 1
            while c > lower && !t[c].isComma && t[c].kind != .quote && !isClauseBreak(t[c]) { c -= 1 }
            guard c > lower, t[c].isComma, c < k - 1 else { return nil }
            if role == nil, let a = phrase(text, t, startingAt: c + 1, upper: k), a.tokens.upperBound == k, a.form == .role || a.form == .organisation {
                role = a
            }
            k = c - 1
            rounds += 1
        }
        guard k >= lower, !(t[k].isWord && t[k].shape.contains(.possessive)) else { return nil }
        guard var head = phrase(text, t, endingAt: k, lower: lower) else { return nil }
        // `Peskov, the Kremlin spokesman said`: a role right after a name and a comma is the name's.
        if head.form == .role, head.tokens.lowerBound - 2 >= lower, t[head.tokens.lowerBound - 1].isComma,
           let person = phrase(text, t, endingAt: head.tokens.lowerBound - 2, lower: lower), person.form == .person {
            role = head
            head = person
        }
        if rounds > 0 && head.form == .pronoun { return nil }
        if let role, head.form == .person, head.role == nil {
            head.role = role.name
            head.roleHead = role.roleHead
            head.roleQualifiers = role.roleQualifiers
            if head.gender == .unknown { head.gender = role.gender }
        }
        head.tokens = head.tokens.lowerBound..<verb
        return head
    }

    /// The speaker named right after `from` (`said the Kremlin secretary`, `according to ISW`).
    func object(_ text: [Unicode.Scalar], _ t: [ProseToken], from: Int, upper: Int) -> Mention? {
        guard var m = phrase(text, t, startingAt: from, upper: upper) else { return nil }
        // `Dmitry Peskov, the Kremlin spokesman,` after an inverted verb.
        let after = m.tokens.upperBound
        if m.form == .person, m.role == nil, after < upper, t[after].isComma,
           let appositive = phrase(text, t, startingAt: after + 1, upper: upper), appositive.form == .role || appositive.form == .organisation {
            m.role = appositive.name
            m.roleHead = appositive.roleHead
            m.roleQualifiers = appositive.roleQualifiers
            m.tokens = m.tokens.lowerBound..<appositive.tokens.upperBound
        }
        // `said the club’s chairman, Peter Hale.`
        if m.form == .role, after < upper, t[after].isComma, var person = phrase(text, t, startingAt: after + 1, upper: upper),
           person.form == .person, person.tokens.upperBound >= upper || !t[person.tokens.upperBound].isWord {
            person.role = m.name
            person.roleHead = m.roleHead
            person.roleQualifiers = m.roleQualifiers
            person.tokens = m.tokens.lowerBound..<person.tokens.upperBound
            return person
        }
        return m
    }

    // MARK: phrases

    /// The noun phrase ending at token `end`, reading leftwards.
    func phrase(_ text: [Unicode.Scalar], _ t: [ProseToken], endingAt end: Int, lower: Int) -> Mention? {
        var acronym: String?
        var last = end
        // `Institute for War Studies (ISW)`
        if last - 2 >= lower, t[last].isPunctuation(")"), t[last - 1].shape.contains(.allCaps), t[last - 2].isPunctuation("(") {
            acronym = string(text, t, (last - 1)..<last)
            last -= 3
        }
        guard last >= lower, t[last].isWord else { return nil }
        if L.pronouns.contains(t[last].key) && t[last].key != L.who {
            return pronoun(text, t, last)
        }
        var first = last + 1
        var k = last
        var lowerRun = 0
        while k >= lower {
            let w = t[k]
            guard w.isWord else { break }
            if w.isCapitalized {
                if L.capitalisedFunctionWords.contains(w.key) {
                    if L.determiners.contains(w.key) || L.numbers.contains(w.key) { first = k; break }
                    // `Theresa May`: a month or small word ends a name when a name word precedes it.
                    if k == last, k - 1 >= lower, isNameWord(t[k - 1]) { first = k; k -= 1; continue }
                    break
                }
                first = k; k -= 1; lowerRun = 0
                continue
            }
            if L.pronouns.contains(w.key) { break }
            if isRole(w) || L.organisationHeads.contains(w.key) {
                first = k; k -= 1; lowerRun = 0
                continue
            }
            if L.determiners.contains(w.key) || L.numbers.contains(w.key) {
                if w.key == L.the, k - 1 >= lower, t[k - 1].isWord, t[k - 1].key == L.of || t[k - 1].key == L.for {
                    first = k; k -= 1
                    continue
                }
                first = k
                break
            }
            if L.nameLinks.contains(w.key) || L.nameParticles.contains(w.key) {
                // `Secretary of State`, `Institute for the Study of War`, `Mohammed bin Salman`
                if k - 1 >= lower, t[k - 1].isCapitalized || (t[k - 1].isWord && isRole(t[k - 1])), k + 1 <= last {
                    first = k; k -= 1
                    continue
                }
                break
            }
            // Modifiers in front of a role word (`communications director`, `foreign policy chief`).
            if lowerRun < 2, k + 1 <= last, first <= k + 2, isModifier(w), isModifiable(t, k + 1, last) {
                first = k; k -= 1; lowerRun += 1
                continue
            }
            break
        }
        guard first <= last else { return nil }
        // `The US Embassy in Harare`, `experts from the US Institute for the Study of War`,
        // `officials in Washington`: a body or role before a place or body.
        if first - 2 >= lower, t[first - 1].isWord, !t[first - 1].isCapitalized, L.placePrepositions.contains(t[first - 1].key),
           t[first - 2].isWord, isRole(t[first - 2]) || L.organisationHeads.contains(t[first - 2].key),
           let left = phrase(text, t, endingAt: first - 2, lower: lower), left.form == .role || left.form == .organisation {
            let right = interpret(text, t, first..<(last + 1), acronym: acronym, consumed: first..<(end + 1))
            if left.plural, let right, right.form == .organisation {
                var m = right
                m.tokens = left.tokens.lowerBound..<(end + 1)
                return m
            }
            return interpret(text, t, left.tokens.lowerBound..<(last + 1), acronym: acronym, consumed: left.tokens.lowerBound..<(end + 1))
        }
        return interpret(text, t, first..<(last + 1), acronym: acronym, consumed: first..<(end + 1))
    }

    /// The noun phrase starting at token `start`, reading rightwards.
    func phrase(_ text: [Unicode.Scalar], _ t: [ProseToken], startingAt start: Int, upper: Int) -> Mention? {
        guard start < upper, t[start].isWord else { return nil }
        if L.pronouns.contains(t[start].key) && t[start].key != L.who {
            return pronoun(text, t, start)
        }
        var k = start
        if L.determiners.contains(t[k].key) || L.numbers.contains(t[k].key) { k += 1 }
        var end = k
        while k < upper {
            let w = t[k]
            guard w.isWord else { break }
            if w.isCapitalized {
                if L.capitalisedFunctionWords.contains(w.key) && !isNameWord(w) { break }
                k += 1; end = k
                if w.shape.contains(.possessive) && !(k < upper && (t[k].isCapitalized || isRole(t[k]) || L.organisationHeads.contains(t[k].key))) { break }
                continue
            }
            if isRole(w) || L.organisationHeads.contains(w.key) { k += 1; end = k; continue }
            if L.nameLinks.contains(w.key) || L.nameParticles.contains(w.key) {
                var n = k + 1
                if n < upper, t[n].isWord, t[n].key == L.the { n += 1 }
                if n < upper, t[n].isCapitalized, end > start { k = n; continue }
                break
            }
            // a modifier is kept only when a role word follows within two words
            if isModifier(w), isModifiable(t, k + 1, min(upper - 1, k + 2)) || (k + 2 < upper && isModifiable(t, k + 2, min(upper - 1, k + 2))) {
                k += 1
                continue
            }
            break
        }
        guard end > start else { return nil }
        var acronym: String?
        var consumedEnd = end
        if end + 2 < upper, t[end].isPunctuation("("), t[end + 1].shape.contains(.allCaps), t[end + 2].isPunctuation(")") {
            acronym = string(text, t, (end + 1)..<(end + 2))
            consumedEnd = end + 3
        }
        return interpret(text, t, start..<end, acronym: acronym, consumed: start..<consumedEnd)
    }

    // MARK: interpretation

    private func interpret(_ text: [Unicode.Scalar], _ t: [ProseToken], _ range: Range<Int>, acronym: String?, consumed: Range<Int>) -> Mention? {
        var lo = range.lowerBound
        var plural = false
        var indefinite = false
        while lo < range.upperBound, t[lo].isWord, L.determiners.contains(t[lo].key) || L.numbers.contains(t[lo].key) {
            if L.numbers.contains(t[lo].key) { plural = true }
            if t[lo].key == L.a || t[lo].key == L.an { indefinite = true }
            lo += 1
        }
        var hi = range.upperBound
        guard lo < hi else { return nil }
        let determined = lo > range.lowerBound
        _ = indefinite
        // `Rep. John Conyers of Michigan`: the place after a name qualifies it.
        if hi - lo >= 4, t[hi - 2].isWord, t[hi - 2].key == L.of, t[hi - 1].isCapitalized, isNameWord(t[hi - 3]), isNameWord(t[hi - 4]) || isRole(t[hi - 4]) || L.honorifics.contains(t[hi - 4].key) {
            hi -= 2
        }
        // The personal name at the end of the phrase.
        var nameStart = hi
        var k = hi - 1
        var nameWords = 0
        while k >= lo {
            let w = t[k]
            // `Jim Jordan`, `Theresa May`: a place or a month ends a name when a name word precedes it.
            let endsName = k == hi - 1 && w.isCapitalized && !w.shape.contains(.allCaps) && !w.shape.contains(.possessive)
                && (L.places.contains(w.key) || L.capitalisedFunctionWords.contains(w.key))
                && !L.organisationHeads.contains(w.key) && !isRole(w) && k > lo && isNameWord(t[k - 1]) && !determined
            if isNameWord(w) || endsName {
                nameStart = k; nameWords += 1; k -= 1
                continue
            }
            if w.isWord && !w.isCapitalized && L.nameParticles.contains(w.key) && k > lo && isNameWord(t[k - 1]) && nameStart < hi {
                nameStart = k; k -= 1
                continue
            }
            if w.isWord && L.nameSuffixes.contains(w.key) && k == hi - 1 {
                nameStart = k; k -= 1
                continue
            }
            break
        }
        // `Russians`, `Palestinians`: a people, not a person.
        if nameWords == 1, nameStart == hi - 1, hi - lo == 1, t[lo].end - t[lo].start > 3, text[t[lo].end - 1] == "s",
           L.places.contains(WordKey(text, t[lo].start..<(t[lo].end - 1))) {
            var m = Mention(form: .role, tokens: consumed, name: string(text, t, lo..<hi))
            m.roleHead = t[lo].key
            m.plural = true
            return m
        }
        // A name after `of` or `for` names the body or office, not a person (`Institute for the Study of War`).
        let afterLink = nameStart > lo && t[nameStart - 1].isWord && L.nameLinks.contains(t[nameStart - 1].key)
        if nameWords > 0 && nameWords <= 4 && !afterLink {
            let roleRange = lo..<nameStart
            // `the press secretary of the President of Ukraine Volodymyr Zelensky`: the name belongs
            // to the president; the speaker is the unnamed secretary.
            if let of = roleRange.first(where: { t[$0].isWord && t[$0].key == L.of }),
               roleRange[(of + 1)...].contains(where: { t[$0].isWord && L.headsOfState.contains(t[$0].key) }),
               roleRange[..<of].contains(where: { t[$0].isWord && isRole(t[$0]) }) {
                return role(text, t, lo..<hi, plural: false, consumed: consumed)
            }
            var m = Mention(form: .person, tokens: consumed, name: string(text, t, nameStart..<hi))
            let nameWords = (nameStart..<hi).filter { t[$0].isWord && !L.nameSuffixes.contains(t[$0].key) && !L.nameParticles.contains(t[$0].key) }
            m.nameKeys = nameWords.map { t[$0].key }
            m.keyWord = nameWords.last.map { t[$0].start..<t[$0].end - (t[$0].shape.contains(.abbreviation) ? 1 : 0) }
            var roleStart = lo
            for i in roleRange where t[i].isWord && L.honorifics.contains(t[i].key) {
                if L.maleWords.contains(t[i].key) { m.gender = .male }
                if L.femaleWords.contains(t[i].key) { m.gender = .female }
                roleStart = max(roleStart, i + 1)
            }
            if roleStart < nameStart {
                let r = roleStart..<nameStart
                m.role = string(text, t, r)
                m.roleHead = r.reversed().first(where: { t[$0].isWord && isRole(t[$0]) }).map { t[$0].key }
                m.roleQualifiers = r.filter { t[$0].isWord && t[$0].key != m.roleHead && !L.nameLinks.contains(t[$0].key) }.map { t[$0].key }
                for i in r where t[i].isWord {
                    if L.maleWords.contains(t[i].key) { m.gender = .male }
                    if L.femaleWords.contains(t[i].key) { m.gender = .female }
                }
            }
            return m
        }
        // `spokeswoman for China's Foreign Ministry`, `President of Ukraine`: a role of a body.
        if let link = (lo..<hi).first(where: { t[$0].isWord && !t[$0].isCapitalized && ($0 > lo) && (t[$0].key == L.of || t[$0].key == L.for) }),
           let roleWord = (lo..<link).last(where: { t[$0].isWord && isRole(t[$0]) && !L.organisationHeads.contains(t[$0].key) }),
           roleWord == link - 1, !L.pluralRoles.contains(t[roleWord].key) {
            return role(text, t, lo..<hi, plural: false, consumed: consumed)
        }
        let head = t[hi - 1]
        let anyCapital = (lo..<hi).contains { t[$0].isCapitalized }
        let headIsRole = head.isWord && L.roles.contains(head.key) && !L.organisationHeads.contains(head.key)
        let namedBody = head.isCapitalized && (lo..<hi).contains { t[$0].isCapitalized && L.organisationHeads.contains(t[$0].key) }
        let bodyHead = head.isWord && L.organisationHeads.contains(head.key) && anyCapital
        let acronym1 = hi - lo == 1 && head.shape.contains(.allCaps)
        let placeOnly = head.isCapitalized && (lo..<hi).allSatisfy { t[$0].isCapitalized && L.places.contains(t[$0].key) || (t[$0].isWord && L.nameLinks.contains(t[$0].key)) }
        if !headIsRole && (namedBody || bodyHead || acronym1 || placeOnly) {
            var m = Mention(form: .organisation, tokens: consumed, name: string(text, t, lo..<hi))
            m.nameKeys = (lo..<hi).filter { t[$0].isWord && !L.nameLinks.contains(t[$0].key) }.map { t[$0].key }
            m.acronym = acronym
            m.initials = initials(text, t, lo..<hi)
            m.plural = t[hi - 1].isWord && L.pluralRoles.contains(t[hi - 1].key)
            return m
        }
        if (lo..<hi).contains(where: { t[$0].isWord && (isRole(t[$0]) || L.organisationHeads.contains(t[$0].key)) }) {
            return role(text, t, lo..<hi, plural: plural, consumed: consumed)
        }
        return nil
    }

    private func role(_ text: [Unicode.Scalar], _ t: [ProseToken], _ r: Range<Int>, plural: Bool, consumed: Range<Int>) -> Mention {
        var m = Mention(form: .role, tokens: consumed, name: string(text, t, r))
        let headIndex = r.first(where: { t[$0].isWord && t[$0].key == L.of }) ?? r.upperBound
        let beforeOf = r.lowerBound..<headIndex
        let head = beforeOf.reversed().first(where: { t[$0].isWord && (isRole(t[$0]) || L.organisationHeads.contains(t[$0].key)) })
            ?? r.reversed().first(where: { t[$0].isWord && (isRole(t[$0]) || L.organisationHeads.contains(t[$0].key)) })
        m.roleHead = head.map { t[$0].key }
        m.keyWord = head.flatMap { t[$0].shape.contains(.possessive) ? nil : t[$0].start..<t[$0].end }
        m.roleQualifiers = r.filter { t[$0].isWord && t[$0].key != m.roleHead && !L.nameLinks.contains(t[$0].key) }.map { t[$0].key }
        m.plural = plural || m.roleHead.map { L.pluralRoles.contains($0) } ?? false
        for i in r where t[i].isWord {
            if L.maleWords.contains(t[i].key) { m.gender = .male }
            if L.femaleWords.contains(t[i].key) { m.gender = .female }
        }
        return m
    }

    private func pronoun(_ text: [Unicode.Scalar], _ t: [ProseToken], _ k: Int) -> Mention {
        var m = Mention(form: .pronoun, tokens: k..<(k + 1), name: string(text, t, k..<(k + 1)))
        m.pronoun = t[k].key
        m.gender = t[k].key == L.he ? .male : t[k].key == L.she ? .female : .unknown
        m.plural = t[k].key == L.they || t[k].key == L.we
        return m
    }

    private func initials(_ text: [Unicode.Scalar], _ t: [ProseToken], _ r: Range<Int>) -> String? {
        var i = r.lowerBound
        while i < r.upperBound - 1 && t[i].isCapitalized && L.places.contains(t[i].key) { i += 1 }
        var out = String.UnicodeScalarView()
        for k in i..<r.upperBound where t[k].isCapitalized && !t[k].shape.contains(.allCaps) {
            out.append(text[t[k].start])
        }
        return out.count >= 2 ? String(out) : nil
    }

    // MARK: word classes

    /// A capitalised word that can be part of a personal name.
    func isNameWord(_ w: ProseToken) -> Bool {
        guard w.isCapitalized, !w.shape.contains(.allCaps), !w.shape.contains(.possessive), !w.shape.contains(.abbreviation) || w.end - w.start == 2 else { return false }
        let k = w.key
        return !isRole(w) && !L.organisationHeads.contains(k) && !L.places.contains(k)
            && !L.honorifics.contains(k) && !L.capitalisedFunctionWords.contains(k) && !L.speechVerbs.contains(k)
    }

    /// Whether the words from `from` to `to` end in a role or organisation word, so that a
    /// lower-case word in front of them modifies it.
    private func isModifiable(_ t: [ProseToken], _ from: Int, _ to: Int) -> Bool {
        guard from <= to, from < t.count else { return false }
        for i in from...min(to, t.count - 1) {
            guard t[i].isWord else { return false }
            // Only a role in small letters takes modifiers: before a title (`rally President
            // Trump`) a small word belongs to the reporter's sentence.
            if t[i].isCapitalized { return false }
            if isRole(t[i]) || L.organisationHeads.contains(t[i].key) { return true }
        }
        return false
    }

    /// A role word of the lexicon, or a word shaped like a profession (`pediatrician`, `economist`).
    func isRole(_ w: ProseToken) -> Bool {
        w.isWord && (L.roles.contains(w.key) || w.shape.contains(.profession))
    }

    /// A lower-case word that can qualify a role (`communications`, `former`), not a small word or a verb.
    private func isModifier(_ w: ProseToken) -> Bool {
        let k = w.key
        if L.roleModifiers.contains(k) { return true }
        return !w.shape.contains(.participle) && !L.capitalisedFunctionWords.contains(k) && !L.pronouns.contains(k) && !L.verbAdjuncts.contains(k)
            && !L.presentTense.contains(k) && !L.pastTense.contains(k) && !L.speechVerbs.contains(k)
            && !L.firstAndSecondPerson.contains(k)
    }

    private func isAdverb(_ text: [Unicode.Scalar], _ w: ProseToken) -> Bool {
        guard w.isLowercase, w.end - w.start > 4 else { return false }
        return text[w.end - 1] == "y" && text[w.end - 2] == "l"
    }

    private func isClauseBreak(_ w: ProseToken) -> Bool {
        w.kind == .punctuation && (w.isPunctuation(";") || w.isPunctuation(":") || w.isPunctuation("."))
    }

    func string(_ text: [Unicode.Scalar], _ t: [ProseToken], _ r: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for i in r {
            if i > r.lowerBound && t[i].kind == .word && !(t[i - 1].isPunctuation("(")) { bytes.append(0x20) }
            ProseScalar.appendUTF8(text, t[i].start..<t[i].end, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
