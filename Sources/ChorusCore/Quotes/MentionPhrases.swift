/// The noun phrases that name speakers, read leftwards from a speech verb or rightwards after one.
extension MentionParser {
    /// `9th`, `21st`: a number that ranks.
    func isOrdinal(_ text: [Unicode.Scalar], _ w: ProseToken) -> Bool {
        guard w.end - w.start >= 3, ProseScalar.isDigit(text[w.start]), ProseScalar.isDigit(text[w.end - 3]) else { return false }
        return MentionParser.ordinalEndings.contains(WordKey(text, (w.end - 2)..<w.end))
    }

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
        if lexicon.pronouns.contains(t[last].key) && t[last].key != lexicon.who {
            return pronoun(text, t, last)
        }
        // `Some have argued`, `Others say`: part of a group named elsewhere, no one by that name.
        if Self.bareQuantifiers.contains(t[last].key), last == lower || !t[last - 1].isWord || !t[last - 1].isCapitalized {
            var m = pronoun(text, t, last)
            m.plural = true
            return m
        }
        var first = last + 1
        var k = last
        var lowerRun = 0
        while k >= lower {
            let w = t[k]
            guard w.isWord else { break }
            if w.isCapitalized {
                if lexicon.capitalisedFunctionWords.contains(w.key) {
                    if lexicon.determiners.contains(w.key) || lexicon.numbers.contains(w.key) { first = k; break }
                    // `Theresa May`, `Ms. May`: a month or small word ends a name when a name word
                    // or a title precedes it.
                    if k == last, k - 1 >= lower, isNameWord(t[k - 1]) || lexicon.honorifics.contains(t[k - 1].key) { first = k; k -= 1; continue }
                    break
                }
                first = k; k -= 1; lowerRun = 0
                continue
            }
            if lexicon.pronouns.contains(w.key) { break }
            if isRole(w) || lexicon.organisationHeads.contains(w.key) {
                first = k; k -= 1; lowerRun = 0
                continue
            }
            // `the 9th Circuit`: the ordinal is part of the name (the 4th Circuit is another court)
            if k < last, t[k + 1].isCapitalized, isOrdinal(text, w) { first = k; k -= 1; continue }
            if lexicon.determiners.contains(w.key) || lexicon.numbers.contains(w.key) {
                if isLinkedArticle(t, k, lower: lower) {
                    first = k; k -= 1
                    continue
                }
                first = k
                break
            }
            if lexicon.nameLinks.contains(w.key) || lexicon.nameParticles.contains(w.key) {
                // `Secretary of State`, `Institute for the Study of War`, `Mohammed bin Salman`
                if k - 1 >= lower, t[k - 1].isCapitalized || (t[k - 1].isWord && isRole(t[k - 1])), k + 1 <= last {
                    first = k; k -= 1
                    continue
                }
                break
            }
            // Modifiers in front of a role word (`communications director`, `foreign policy chief`),
            // and of the body a person is of (`Brian Riedl of the conservative Manhattan Institute`).
            if lowerRun < 2, k + 1 <= last, first <= k + 2, isModifier(w), isModifiable(t, k + 1, last) || describesBodyOfPerson(t, k, lower: lower) {
                first = k; k -= 1; lowerRun += 1
                continue
            }
            break
        }
        guard first <= last else { return nil }
        // `The family of Michael Brown says`, `friends of the victim say`: the kin or circle of the
        // one named speaks, not the one named.
        if first - 2 >= lower, t[first - 1].isWord, t[first - 1].isLowercase, t[first - 1].key == lexicon.of || t[first - 1].key == lexicon.for,
           t[first - 2].isWord, t[first - 2].isLowercase, MentionParser.relations.contains(t[first - 2].key) {
            var from = first - 2
            if from - 1 >= lower, t[from - 1].isWord, lexicon.determiners.contains(t[from - 1].key) { from -= 1 }
            let plural = text[t[first - 2].end - 1] == "s" || t[first - 2].key == MentionParser.family
            return role(text, t, (first - 2)..<(last + 1), plural: plural, consumed: from..<(end + 1))
        }
        // `Two businesses that supply Magpul say`: a name inside a relative clause is its object;
        // the speaker is what the clause describes.
        if first - 3 >= lower, isRelativeClause(text, t, before: first) {
            var from = first - 3
            while from - 1 >= lower, from > first - 6, t[from - 1].isWord, !t[from - 1].isCapitalized || t[from - 1].shape.contains(.number) || from - 1 == 0,
                  !lexicon.speechVerbs.contains(t[from - 1].key) { from -= 1 }
            return role(text, t, from..<(last + 1), plural: text[t[first - 3].end - 1] == "s", consumed: from..<(end + 1))
        }
        // `The US Embassy in Harare`, `experts from the US Institute for the Study of War`,
        // `officials in Washington`: a body or role before a place or body.
        if first - 2 >= lower, t[first - 1].isWord, !t[first - 1].isCapitalized, lexicon.placePrepositions.contains(t[first - 1].key) || t[first - 1].key == MentionParser.with,
           t[first - 2].isWord, isRole(t[first - 2]) || lexicon.organisationHeads.contains(t[first - 2].key),
           let left = phrase(text, t, endingAt: first - 2, lower: lower), left.form == .role || left.form == .organisation {
            let right = interpret(text, t, first..<(last + 1), acronym: acronym, consumed: first..<(end + 1))
            let placeOnly = (first...last).allSatisfy { !t[$0].isWord || lexicon.places.contains(t[$0].key) || lexicon.nameLinks.contains(t[$0].key) }
            if left.plural, !placeOnly, let right, right.form == .organisation {
                var m = right
                m.tokens = left.tokens.lowerBound..<(end + 1)
                return m
            }
            // `Supporters in South Carolina`: a group of a place, not a person named after it
            if left.plural {
                return role(text, t, left.tokens.lowerBound..<(last + 1), plural: true, consumed: left.tokens.lowerBound..<(end + 1))
            }
            // `a career official in the White House security office`: a person known by role.
            if left.form == .role, !left.plural {
                return role(text, t, left.tokens.lowerBound..<(last + 1), plural: false, consumed: left.tokens.lowerBound..<(end + 1))
            }
            let whole = interpret(text, t, left.tokens.lowerBound..<(last + 1), acronym: acronym, consumed: left.tokens.lowerBound..<(end + 1))
            // `Stanford University in Palo Alto`: the body, not a person named after its town.
            if whole?.form == .person, left.form == .organisation {
                var m = left
                m.tokens = left.tokens.lowerBound..<(end + 1)
                return m
            }
            return whole
        }
        return interpret(text, t, first..<(last + 1), acronym: acronym, consumed: first..<(end + 1))
    }

    /// Whether the three words before `k` are a noun, `who` or `that`, and a verb. After `that`,
    /// only a plural noun and a verb that agrees with it (`businesses that supply`, `parties that
    /// opposed`) are read so: `that` is as often a determiner or a conjunction.
    private func isRelativeClause(_ text: [Unicode.Scalar], _ t: [ProseToken], before k: Int) -> Bool {
        let verb = t[k - 1], pronoun = t[k - 2], noun = t[k - 3]
        guard verb.isWord, verb.isLowercase, isPlainVerb(text, verb), pronoun.isWord, pronoun.isLowercase,
              noun.isWord, noun.isLowercase, !lexicon.speechVerbs.contains(noun.key), !lexicon.determiners.contains(noun.key),
              !lexicon.pronouns.contains(noun.key) else { return false }
        if pronoun.key == lexicon.who { return true }
        // the verb agrees with a plural noun: no -s (`findings that suggest`, `firms that supplied`)
        return pronoun.key == lexicon.that && text[noun.end - 1] == "s" && text[verb.end - 1] != "s"
    }

    /// A small word that may be a relative clause's verb (`that supply`): not a determiner,
    /// number, preposition, hyphenated modifier (`that then-Attorney General`) or speech verb.
    private func isPlainVerb(_ text: [Unicode.Scalar], _ w: ProseToken) -> Bool {
        !w.shape.contains(.hyphenated) && !w.shape.contains(.number) && !lexicon.determiners.contains(w.key) && !lexicon.numbers.contains(w.key)
            && !lexicon.nameLinks.contains(w.key) && !lexicon.placePrepositions.contains(w.key) && !lexicon.speechVerbs.contains(w.key)
            && !ArticleReader.quantifiers.contains(w.key) && !lexicon.pronouns.contains(w.key) && !text[w.start..<w.end].contains("-")
    }

    /// The noun phrase starting at token `start`, reading rightwards.
    func phrase(_ text: [Unicode.Scalar], _ t: [ProseToken], startingAt start: Int, upper: Int) -> Mention? {
        guard start < upper, t[start].isWord else { return nil }
        if lexicon.pronouns.contains(t[start].key) && t[start].key != lexicon.who {
            return pronoun(text, t, start)
        }
        var k = start
        // `said one senior administration official`
        if lexicon.determiners.contains(t[k].key) || lexicon.numbers.contains(t[k].key) || (t[k].isLowercase && t[k].key == MentionParser.one) { k += 1 }
        var end = k
        while k < upper {
            let w = t[k]
            // `the Meteorology, Climatology and Geophysics Agency`: a body whose name lists its fields.
            if w.isComma, end == k, end > start, t[k - 1].isCapitalized, let listed = listedNameEnd(t, from: k, upper: upper) {
                k = listed; end = listed
                continue
            }
            guard w.isWord else { break }
            if w.isCapitalized {
                // `Theresa May said`: a month or small word ends the name a name word opened,
                // unless a date goes on (`Washington May 5`).
                let endsName = k > start && end == k && isNameWord(t[k - 1]) && !w.shape.contains(.possessive)
                    && !(k + 1 < upper && (t[k + 1].isCapitalized || t[k + 1].shape.contains(.number)))
                if lexicon.capitalisedFunctionWords.contains(w.key) && !isNameWord(w), !(k > start && lexicon.honorifics.contains(t[k - 1].key)) {
                    if endsName { end = k + 1 }
                    break
                }
                k += 1; end = k
                if w.shape.contains(.possessive) && !(k < upper && (t[k].isCapitalized || isRole(t[k]) || lexicon.organisationHeads.contains(t[k].key))) { break }
                continue
            }
            if isRole(w) || lexicon.organisationHeads.contains(w.key) { k += 1; end = k; continue }
            // `New Hampshire state Rep. Daniel Tamburello`, `Texas former Gov. Rick Perry`: a place's
            // office between its name and the title (not a verb: `Romney dinged President Obama`).
            if end == k, k > start, t[k - 1].isCapitalized, w.key == MentionParser.state || lexicon.roleModifiers.contains(w.key),
               k + 1 < upper, t[k + 1].isCapitalized, isRole(t[k + 1]) {
                k += 1
                continue
            }
            if lexicon.nameLinks.contains(w.key) || lexicon.nameParticles.contains(w.key) {
                // `Cameron Easley for Morning Consult`: a person's name ends before the body they work for.
                if k - start >= 2, (start..<k).allSatisfy({ isNameWord(t[$0]) }), !lexicon.nameParticles.contains(w.key) { break }
                var n = k + 1
                if n + 1 < upper, t[n].isWord, t[n].key == lexicon.the || isLinkedArticle(t, n, lower: k) { n += 1 }
                if n < upper, t[n].isCapitalized, end > start { k = n; continue }
                break
            }
            // a modifier is kept only when a role word follows within two words; right after a
            // name, a past form is its verb (`Donald Hale thanked supporters`)
            let verbAfterName = end == k && k > start && isNameWord(t[k - 1]) && w.endsInEd(text)
            if isModifier(w), !verbAfterName, isModifiable(t, k + 1, min(upper - 1, k + 2)) || (k + 2 < upper && isModifiable(t, k + 2, min(upper - 1, k + 2))) {
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

    /// Whether the small word at `k` opens the name of the body a full name is of: `Brian Riedl of
    /// the conservative Manhattan Institute`.
    private func describesBodyOfPerson(_ t: [ProseToken], _ k: Int, lower: Int) -> Bool {
        k - 4 >= lower && k + 1 < t.count && t[k + 1].isCapitalized && t[k - 1].isWord && t[k - 1].key == lexicon.the
            && t[k - 2].isWord && t[k - 2].key == lexicon.of && isNameWord(t[k - 3]) && isNameWord(t[k - 4])
    }

    /// Whether the capitalised words of `segment`, set off by the comma at `comma`, name the state or
    /// country of a place a preposition or an article opened just before that comma (`from Boone,
    /// Iowa`, `of Ashton, Md.`, `a Columbus, Ohio, schoolteacher`): part of a place,
    /// neither a speaker nor their appositive.
    func isPlaceTail(_ t: [ProseToken], _ segment: Range<Int>, comma: Int, lower: Int) -> Bool {
        guard (1...3).contains(segment.count), segment.allSatisfy({ t[$0].isWord && t[$0].isCapitalized }),
              let last = segment.last, lexicon.namesPlace(t[last].key) else { return false }
        var p = comma - 1
        while p >= lower, comma - p <= 3, t[p].isWord, t[p].isCapitalized { p -= 1 }
        return p < comma - 1 && p >= lower && t[p].isWord && t[p].isLowercase
            && (lexicon.placePrepositions.contains(t[p].key) || t[p].key == lexicon.of || lexicon.indefiniteArticles.contains(t[p].key))
    }
}
