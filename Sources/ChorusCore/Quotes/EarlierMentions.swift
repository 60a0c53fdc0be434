/// People an article introduced in sentences that are not about speech (`Union leader Omar
/// Haddad arrived on Friday.`), found only when a later speech cue needs them: a bare surname
/// (`Haddad said`) takes the full name, a role (`the union leader said`) the person who held it.
extension ArticleReader {
    /// Resolves a cue's speaker, looking back through the article for a full name or the holder of
    /// a role when the speakers met so far do not supply one.
    mutating func resolveSpeaker(_ mention: Mention, at position: Int) -> Int? {
        // Copied only to be completed: most mentions are resolved as they are.
        if mention.form == .person, mention.nameKeys.count == 1, let surname = mention.nameKeys.last, !speakers.knowsPerson(surname: surname),
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
        if mention.form == .role, !mention.plural, let head = mention.roleHead, !speakers.knowsHolder(of: mention),
           searched.insert(head.value &+ 1).inserted, let holder = earlierHolder(of: mention, before: position) {
            speakers.mentioned(holder)
        }
        return speakers.resolve(mention)
    }

    /// Records the person a sentence without speech opens with (`Opposition leader Tom Baker
    /// disagreed.`), so that a later `he` can find them.
    mutating func noteSubject(_ s: ReadSentence) {
        guard let m = cueFinder.sentenceSubject(text, s.tokens, before: s.tokens.count) else { return }
        // `Northwind Air cancelled 40 flights.`: a later `the company said` is theirs.
        if m.form == .organisation, m.roleHead == nil, m.nameKeys.count >= 2 || m.acronym != nil {
            speakers.mentioned(m)
            return
        }
        guard m.form == .person else { return }
        // A lone capitalised word opening a sentence is as often an adverb (`Perhaps`, `Back in
        // June`) as a name: only a full name, a name with its role, or one already met counts.
        guard m.nameKeys.count >= 2 || m.role != nil || m.nameKeys.last.map({ speakers.knowsPerson(surname: $0) }) == true else { return }
        speakers.mentioned(m)
    }

    private func earlierFullName(_ surname: WordKey, word: Range<Int>?, before position: Int, givenName: Bool = false) -> Mention? {
        guard let word else { return nil }
        var found: Mention?
        // `Kim` after `North Korean leader Kim Jong Un`: the name it opens, when no name ends with it.
        var opening: Mention?
        eachEarlierWord(matching: surname, printed: word, before: position) { tokens, k in
            if opening == nil, let m = parser.phrase(text, tokens, startingAt: k, upper: tokens.count), m.form == .person,
               m.nameKeys.count >= 2, m.nameKeys.first == surname, m.tokens.lowerBound == k {
                // with the role printed before it, if any (`North Korean leader Kim Jong-un`)
                let full = parser.phrase(text, tokens, endingAt: m.tokens.upperBound - 1, lower: 0).flatMap { $0.nameKeys == m.nameKeys ? $0 : nil } ?? m
                if givenName || speakers.opensName(full.nameKeys, role: full.role != nil) { opening = full }
            }
            guard let m = parser.phrase(text, tokens, endingAt: k, lower: 0), m.form == .person, m.nameKeys.count >= 2, m.nameKeys.last == surname else { return false }
            found = m
            return true
        }
        return found ?? opening
    }

    private func earlierHolder(of role: Mention, before position: Int) -> Mention? {
        guard let head = role.roleHead, let word = role.keyWord else { return nil }
        var found: Mention?
        eachEarlierWord(matching: head, printed: word, before: position) { tokens, k in
            var last = k
            while last + 1 < tokens.count && parser.isNameWord(tokens[last + 1]) && last - k < 4 { last += 1 }
            guard last > k, let m = parser.phrase(text, tokens, endingAt: last, lower: 0), m.form == .person,
                  let given = m.roleHead, let wanted = role.roleHead,
                  speakers.fits(ArticleSpeakers.RoleKey(head: wanted, qualifiers: role.roleQualifiers),
                                ArticleSpeakers.RoleKey(head: given, qualifiers: m.roleQualifiers)) else { return false }
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
