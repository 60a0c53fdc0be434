/// People an article introduced in sentences that are not about speech (`Union leader Omar
/// Haddad arrived on Friday.`), found only when a later speech cue needs them: a bare surname
/// (`Haddad said`) takes the full name, a role (`the union leader said`) the person who held it.
extension ArticleReader {
    /// Resolves a cue's speaker, looking back through the article for a full name or the holder of
    /// a role when the speakers met so far do not supply one.
    mutating func resolveSpeaker(_ mention: Mention, at position: Int) -> Int? {
        // Copied only to be completed: most mentions are resolved as they are.
        if mention.form == .person, mention.nameKeys.count == 1, mention.suffix == nil, let surname = mention.nameKeys.last, !speakers.knowsPerson(surname: surname),
           searched.insert(surname.value).inserted, let full = earlierFullName(surname, word: mention.keyWord, before: position) {
            var m = mention
            m.name = full.name
            m.nameKeys = full.nameKeys
            if m.role == nil {
                m.role = full.role
                m.roleHead = full.roleHead
                m.roleQualifiers = full.roleQualifiers
            }
            return speakers.resolve(m)
        }
        // `Jordan said` after `the team captain, Jordan Stewart,`: a place that names a person of
        // the article is that person, not the country.
        if mention.form == .organisation, mention.nameKeys.count == 1, let word = mention.keyWord, let key = mention.nameKeys.first {
            var m = mention
            m.form = .person
            if let known = speakers.personNamed(key) {
                m.name = known.name
                m.nameKeys = known.keys
                return speakers.resolve(m)
            }
            if searched.insert(key.value &+ 2).inserted, let full = earlierFullName(key, word: word, before: position, givenName: true) {
                m.name = full.name
                m.nameKeys = full.nameKeys
                m.gender = full.gender
                return speakers.resolve(m)
            }
        }
        // `Major said` after `Robert Major`: a lone capitalised rank that is the surname of someone
        // the article named is that person.
        if mention.form == .role, mention.tokens.count == 1 || mention.roleQualifiers.isEmpty, let head = mention.roleHead,
           mention.name.unicodeScalars.first.map(ProseScalar.isUpper) == true, !mention.name.contains(" "), let word = mention.keyWord {
            var m = mention
            m.form = .person
            m.role = nil
            m.roleHead = nil
            if let known = speakers.personNamed(head), known.keys.last == head {
                m.name = known.name
                m.nameKeys = known.keys
                return speakers.resolve(m)
            }
            if searched.insert(head.value &+ 3).inserted, let full = earlierFullName(head, word: word, before: position) {
                m.name = full.name
                m.nameKeys = full.nameKeys
                m.gender = full.gender
                return speakers.resolve(m)
            }
        }
        // `IRCC said` after `a letter from Immigration, Refugees and Citizenship Canada`: the body
        // is known by the name the article spelled out.
        if mention.form == .organisation, mention.acronym == nil, let key = mention.nameKeys.last, mention.nameKeys.count == 1,
           isAcronym(mention.name), !speakers.knowsAcronym(mention.name), searched.insert(key.value &+ 4).inserted,
           var full = earlierExpansion(of: mention.name, before: position) {
            full.tokens = mention.tokens
            return speakers.resolve(full)
        }
        if mention.form == .role, !mention.plural, let head = mention.roleHead, !speakers.knowsHolder(of: mention),
           searched.insert(head.value &+ 1).inserted, let holder = earlierHolder(of: mention, before: position) {
            speakers.mentioned(holder)
        }
        return speakers.resolve(mention)
    }

    /// Records the person a sentence without speech opens with (`Opposition leader Tom Baker
    /// disagreed.`), so that a later `he` can find them.
    /// `othersBefore`: the people the sentence names besides its subject before that token are
    /// noted too (all of a sentence of the reporter's that quotes nobody).
    mutating func noteSubject(_ s: ReadSentence, othersBefore: Int = 0) {
        let found = cueFinder.subjectAndPredicate(text, s.tokens, before: s.tokens.count)
        var subject = found?.subject
        // `Durning did not need coaxing.`: a surname in -ing the article met is no participle.
        if subject == nil, let first = s.tokens.first, first.isCapitalized, first.shape.contains(.participle), isVerbal(s.tokens, 1),
           var m = parser.phrase(text, s.tokens, startingAt: 0, upper: s.tokens.count), m.form == .person {
            m.keyWord = first.start..<first.end
            if speakers.knowsPerson(surname: first.key) || earlierFullName(first.key, word: m.keyWord, before: s.range.lowerBound) != nil { subject = m }
        }
        // People the sentence names elsewhere come before its subject, which stays the likeliest
        // antecedent: `Yet only recently did Foster see it. “...,” he says.`
        if othersBefore > 0 {
            // `Unlike Al Mnajer, he's been unable to find work`: whom the pronoun subject stands for
            // stays the likeliest antecedent, ahead of the others the sentence names; but in `After
            // Ms. Ray was moved, she wrote`, the one the opening clause names is whom `she` stands for.
            let opensWithClause = s.tokens.first.map { $0.isWord && ArticleReader.subordinators.contains($0.key) } ?? false
            let holder = subject.flatMap { $0.form == .pronoun && !opensWithClause ? speakers.antecedent(of: $0) : nil }
            noteOthers(s.tokens, before: othersBefore, besides: subject?.tokens, at: s.range.lowerBound)
            if let holder { speakers.keepSalient(holder) }
        }
        guard var m = subject else { return }
        // `Northwind Air cancelled 40 flights.`: a later `the company said` is theirs.
        if m.form == .organisation, m.roleHead == nil, m.nameKeys.count >= 2 || m.acronym != nil {
            speakers.mentioned(m)
            return
        }
        // `Some Democrats envision a scenario ... Those changes might come too late, they say`: the
        // group the sentence is about is who a later `they` is.
        if m.form == .role, m.plural, !m.speakingDocument {
            speakers.mentioned(m)
            return
        }
        guard m.form == .person else { return }
        // A lone capitalised word opening a sentence is as often an adverb (`Perhaps`, `Back in
        // June`) as a name: only a full name, a name with its role, or one already met counts; so
        // does one after an opening phrase (`When asked, Mulder didn't hesitate.`), where no adverb
        // stands before a verb, and a surname the article printed in full before.
        if m.nameKeys.count == 1, m.role == nil, let surname = m.nameKeys.last, !speakers.knowsPerson(surname: surname) {
            let start = m.tokens.lowerBound
            let afterOpening = start > 0 && s.tokens[start - 1].isComma && !parser.isOpeningWord(s.tokens[start]) && isVerbal(s.tokens, m.tokens.upperBound)
            // `And Trump has cast doubt on it`: after `And` a capitalised word is no sentence's
            // opening word, and before an auxiliary it is the subject. (Opening a sentence it may
            // be a common noun, `Governments have`, or the first word of unmarked speech.)
            let next = m.tokens.upperBound
            let beforeAuxiliary = start == 1 && s.tokens[0].isWord && CueFinder.openingConjunctions.contains(s.tokens[0].key)
                && next < s.tokens.count && s.tokens[next].isWord && MentionParser.auxiliaries.contains(s.tokens[next].key)
                && !parser.isOpeningAdverb(text, s.tokens[start]) && !parser.isOpeningWord(s.tokens[start])
            if searched.insert(surname.value).inserted, let full = earlierFullName(surname, word: m.keyWord, before: s.range.lowerBound) {
                m.name = full.name
                m.nameKeys = full.nameKeys
                if m.gender == .unknown { m.gender = full.gender }
            } else if !afterOpening && !beforeAuxiliary && !(m.tokens.count == 1 && describedAsSomeone(s.tokens, m.tokens.upperBound, before: found?.predicate ?? 0)) {
                return
            }
        }
        speakers.mentioned(m)
    }

    /// Records the people a sentence names besides its subject (`results for accountant Ben Okafor,
    /// 50.`), as antecedents of a later `he` but not as the reporter's turn to someone new: a full
    /// name, or a surname of someone the article met.
    private mutating func noteOthers(_ t: [ProseToken], before end: Int, besides subject: Range<Int>?, at position: Int) {
        var k = 1
        while k < end {
            guard parser.isNameWord(t[k]) else { k += 1; continue }
            var e = k
            while e + 1 < t.count, parser.isNameWord(t[e + 1]) || (t[e + 1].isWord && !t[e + 1].isCapitalized && lexicon.nameParticles.contains(t[e + 1].key)) { e += 1 }
            defer { k = e + 1 }
            if let subject, subject.contains(k) || subject.contains(e) { continue }
            // `the death was in Nova Scotia`: a name after a preposition of place is a place; one
            // after `like` or `including` an example in a list (`cities like New York`).
            if t[k - 1].isWord, t[k - 1].isLowercase, lexicon.placePrepositions.contains(t[k - 1].key) || Self.listOpeners.contains(t[k - 1].key) { continue }
            guard var m = parser.phrase(text, t, endingAt: e, lower: 0), m.form == .person, let surname = m.nameKeys.last else { continue }
            // `her father, Daniel Okafor,` of an Okafor the article already quotes: a relative named
            // in passing would take the surname they share. A relative of another name (`His wife,
            // Katherine Codekas,`) may well speak next.
            if isKin(t, m), speakers.knowsPerson(surname: surname) { continue }
            // Capitalised words are as often places and bodies (`Nova Scotia`, `Diamond Resorts`):
            // a name counts with a role, a common first name, a description, or as a surname the
            // article met or printed in full before (`After Wilson-Raybould was shuffled, she ...`).
            if m.nameKeys.count == 1, !speakers.knowsPerson(surname: surname) {
                // Only a word that acts (`After Wilson-Raybould was shuffled`) is looked for among
                // earlier full names: most lone capitalised words are places and bodies, and the
                // search reads back a dozen paragraphs.
                guard isVerbal(t, e + 1), searched.insert(surname.value).inserted,
                      let full = earlierFullName(surname, word: m.keyWord, before: position) else { continue }
                m.name = full.name
                m.nameKeys = full.nameKeys
                if m.gender == .unknown { m.gender = full.gender }
            } else if !(m.role != nil || m.gender != .unknown || speakers.knowsPerson(surname: surname) || (m.nameKeys.count >= 2 && isDescribed(t, k))) {
                continue
            }
            speakers.mentioned(m, introducing: false)
        }
    }

    /// `Yuni, a resident of Lampung, was watching`: a lone word a description with `a` and a
    /// role sets off is someone's name, not an opening adverb (`The Kansan, a member of` is a
    /// description itself, and the word alone is asked for).
    private func describedAsSomeone(_ t: [ProseToken], _ k: Int, before predicate: Int) -> Bool {
        guard k + 2 < predicate, t[k].isComma, t[k + 1].isWord, lexicon.indefiniteArticles.contains(t[k + 1].key) else { return false }
        return ((k + 2)..<min(predicate, k + 5)).contains { parser.isRole(t[$0]) }
    }

    static let listOpeners = WordKey.set("like including unlike near outside")

    /// Whether a word of description the lexicon does not know as a role stands before the name at
    /// `k` (`Mississauga accountant Ben Okafor`), not a verb (`visited Ben Okafor`).
    private func isDescribed(_ t: [ProseToken], _ k: Int) -> Bool {
        let w = t[k - 1]
        guard w.isWord, w.isLowercase, parser.isModifier(w), w.end - w.start >= 4 else { return false }
        return !(text[w.end - 2] == "e" && text[w.end - 1] == "d")
    }

    /// Whether the word at `k` reads as a verb after a subject (`didn't`, `was`, `walked`), not a
    /// noun the capitalised word before it qualifies (`Black porters`).
    private func isVerbal(_ t: [ProseToken], _ k: Int) -> Bool {
        guard k < t.count, t[k].isWord, t[k].isLowercase else { return false }
        if lexicon.verbAdjuncts.contains(t[k].key) || MentionParser.auxiliaries.contains(t[k].key) || lexicon.pastTense.contains(t[k].key) { return true }
        let w = t[k]
        let last = text[w.end - 1], before = text[w.end - 2]
        return (before == "e" && last == "d") || (ProseScalar.isApostrophe(before) && last == "t")
    }

    private func earlierFullName(_ surname: WordKey, word: Range<Int>?, before position: Int, givenName: Bool = false) -> Mention? {
        guard let word else { return nil }
        var found: Mention?
        // `Kim` after `North Korean leader Kim Jong Un`: the name it opens, when no name ends with it.
        var opening: Mention?
        // `Paul said` after `his father Ron Paul's campaigns` and `Rand Paul`: a relative named in
        // passing has the surname only when nobody else of the article has it.
        var relative: Mention?
        eachEarlierWord(matching: surname, printed: word, before: position) { tokens, k in
            if opening == nil, let m = parser.phrase(text, tokens, startingAt: k, upper: tokens.count), m.form == .person,
               m.nameKeys.count >= 2, m.nameKeys.first == surname, m.tokens.lowerBound == k {
                // with the role printed before it, if any (`North Korean leader Kim Jong-un`)
                let full = parser.phrase(text, tokens, endingAt: m.tokens.upperBound - 1, lower: 0).flatMap { $0.nameKeys == m.nameKeys ? $0 : nil } ?? m
                if givenName || speakers.opensName(full.nameKeys, role: full.role != nil) { opening = full }
            }
            guard let m = possessiveName(tokens, k) ?? parser.phrase(text, tokens, endingAt: k, lower: 0).flatMap({
                $0.form == .person && $0.nameKeys.count >= 2 && $0.nameKeys.last == surname ? $0 : nil
            }) else { return false }
            if isKin(tokens, m) {
                if relative == nil { relative = m }
                return false
            }
            found = m
            return true
        }
        return found ?? relative ?? opening
    }

    /// `his father, Frederick Trump,`, `his father Ron Paul's`: someone named for who they are to
    /// someone else.
    private func isKin(_ t: [ProseToken], _ m: Mention) -> Bool {
        if let head = m.roleHead, MentionParser.relations.contains(head) { return true }
        let k = m.tokens.lowerBound
        if k >= 1, t[k - 1].isWord, t[k - 1].isLowercase, MentionParser.relations.contains(t[k - 1].key) { return true }
        return k >= 2 && t[k - 1].isComma && t[k - 2].isWord && MentionParser.relations.contains(t[k - 2].key)
    }

    /// `choreographer Jeanine Durning’s new work`: a full name printed only in the possessive.
    private func possessiveName(_ t: [ProseToken], _ k: Int) -> Mention? {
        let w = t[k]
        guard k >= 1, w.shape.contains(.possessive), w.isCapitalized, parser.isNameWord(t[k - 1]), k < 2 || !parser.isNameWord(t[k - 2]),
              let apostrophe = (w.start..<w.end).last(where: { ProseScalar.isApostrophe(text[$0]) }), apostrophe > w.start else { return nil }
        var m = Mention(form: .person, tokens: (k - 1)..<(k + 1), name: parser.string(text, t, (k - 1)..<k) + " " + ProseScalar.string(text, w.start..<apostrophe))
        m.nameKeys = [t[k - 1].key, w.key]
        if parser.isGivenName(t[k - 1].key) { m.gender = lexicon.femaleFirstNames.contains(t[k - 1].key) ? .female : .male }
        return m
    }

    private func isAcronym(_ s: String) -> Bool {
        let scalars = s.unicodeScalars
        return scalars.count >= 3 && scalars.count <= 6 && scalars.allSatisfy { ProseScalar.isUpper($0) }
    }

    /// The name printed earlier whose capitalised words' initials spell the acronym, as an
    /// organisation that goes by both. Small linking words and commas inside the name count for
    /// nothing (`Immigration, Refugees and Citizenship Canada`).
    private func earlierExpansion(of acronym: String, before position: Int) -> Mention? {
        let letters = Array(acronym.unicodeScalars)
        var found: Mention?
        let pattern = Array(acronym.unicodeScalars.prefix(1))
        let earlier = blocks.lazy.filter { $0.lowerBound < position }.suffix(12)
        for block in earlier.reversed() where found == nil {
            var tokens: [ProseToken] = []
            var cursor = 0
            tokenizer.tokens(text, block.lowerBound..<min(block.upperBound, position), quotes: marked, firstQuote: &cursor, into: &tokens)
            for k in tokens.indices.reversed() where tokens[k].isCapitalized && !tokens[k].shape.contains(.allCaps) && text[tokens[k].start] == pattern[0] {
                var matched = 0, j = k, last = k
                while j < tokens.count, matched < letters.count {
                    let w = tokens[j]
                    if w.isWord, w.isCapitalized, !w.shape.contains(.allCaps) {
                        guard text[w.start] == letters[matched] else { break }
                        matched += 1; last = j
                    } else if !(w.isWord && w.isLowercase && lexicon.nameLinks.contains(w.key)) && !(w.isComma && matched > 0) {
                        break
                    }
                    j += 1
                }
                // The whole name, not the start of a longer one.
                guard matched == letters.count, last + 1 >= tokens.count || !tokens[last + 1].isCapitalized else { continue }
                // Named with its acronym too: the article goes on to call it by that.
                var m = Mention(form: .organisation, tokens: k..<(last + 1), name: parser.string(text, tokens, k..<(last + 1)) + " (" + acronym + ")")
                m.nameKeys = (k...last).filter { tokens[$0].isCapitalized }.map { tokens[$0].key }
                m.acronym = acronym
                found = m
                break
            }
        }
        return found
    }

    private func earlierHolder(of role: Mention, before position: Int) -> Mention? {
        guard let head = role.roleHead, let word = role.keyWord else { return nil }
        var found: Mention?
        eachEarlierWord(matching: head, printed: word, before: position) { tokens, k in
            var last = k
            while last + 1 < tokens.count && parser.isNameWord(tokens[last + 1]) && last - k < 4 { last += 1 }
            guard last > k, let m = parser.phrase(text, tokens, endingAt: last, lower: 0), m.form == .person,
                  let given = m.roleHead, let wanted = role.roleHead,
                  RoleForm(head: wanted, qualifiers: role.roleQualifiers).fits(RoleForm(head: given, qualifiers: m.roleQualifiers), lexicon) else { return false }
            found = m
            return true
        }
        return found
    }

    /// Calls `body` with the tokens of the paragraph and the position of each earlier occurrence of
    /// a word, latest first, until it returns true. Only a handful of occurrences are tried.
    private func eachEarlierWord(matching key: WordKey, printed word: Range<Int>, before position: Int, _ body: ([ProseToken], Int) -> Bool) {
        var tries = 0
        let pattern = Array(text[word])
        // People are introduced near where they speak: a dozen paragraphs back is far enough.
        let earlier = blocks.lazy.filter { $0.lowerBound < position }.suffix(12)
        for block in earlier.reversed() where occurs(pattern, in: block.lowerBound..<min(block.upperBound, position)) {
            var tokens: [ProseToken] = []
            var cursor = 0
            tokenizer.tokens(text, block.lowerBound..<min(block.upperBound, position), quotes: marked, firstQuote: &cursor, into: &tokens)
            for k in tokens.indices.reversed() where tokens[k].isWord && tokens[k].key == key {
                if body(tokens, k) { return }
                tries += 1
                if tries >= 4 { return }
            }
        }
    }

    /// Whether the word occurs in the range, capitals aside: a plain scan that builds no tokens.
    private func occurs(_ pattern: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard let first = pattern.first, range.count >= pattern.count else { return false }
        let head = WordKey.fold(first)
        // Names and roles open with two letters, mostly ASCII ones: their pair is scanned for.
        // Otherwise, any scalar that folds to the first one: itself, its capital (folding adds 32
        // to a capital), and for an apostrophe the typographic ones.
        let pair = pattern.count >= 2 && Self.isASCIILetter(first) && Self.isASCIILetter(pattern[1])
        let folded = Unicode.Scalar(head) ?? first
        var capital = folded
        if head >= 32, let c = Unicode.Scalar(head - 32), WordKey.fold(c) == head { capital = c }
        let typographic: (Unicode.Scalar, Unicode.Scalar) = head == 0x27 ? ("\u{2018}", "\u{2019}") : (folded, folded)
        var i = range.lowerBound
        let end = range.upperBound - pattern.count + 1
        while true {
            i = pair ? ScalarScan.firstPair(folded, Unicode.Scalar(UInt8(truncatingIfNeeded: pattern[1].value | 0x20)), in: text, from: i, to: end)
                : ScalarScan.first(folded, capital, typographic.0, typographic.1, in: text, from: i, to: end)
            guard i < end else { return false }
            if i == 0 || !ProseScalar.isLetter(text[i - 1]) {
                var k = 1
                while k < pattern.count && WordKey.fold(text[i + k]) == WordKey.fold(pattern[k]) { k += 1 }
                if k == pattern.count { return true }
            }
            i += 1
        }
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { s.value < 0x80 && ProseScalar.isLetter(s) }
}
