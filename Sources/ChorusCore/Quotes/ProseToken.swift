/// One word, punctuation mark or whole quotation of a reporter's sentence.
struct ProseToken: Sendable {
    enum Kind: UInt8, Sendable { case word, punctuation, quote }

    struct Shape: OptionSet, Sendable {
        let rawValue: UInt8
        /// Begins with a capital letter.
        static let capitalized = Shape(rawValue: 1)
        /// Two or more letters, all capitals (`ISW`, `NATO`, `US`).
        static let allCaps = Shape(rawValue: 2)
        /// Ended with `’s`, which the key leaves out.
        static let possessive = Shape(rawValue: 4)
        /// Ends with a full stop that belongs to it (`Mr.`, `U.S.`).
        static let abbreviation = Shape(rawValue: 8)
        static let number = Shape(rawValue: 16)
        /// Shaped like a profession: `pediatrician`, `epidemiologist`, `economist`.
        static let profession = Shape(rawValue: 32)
        /// Ends in -ing: a participle more often than a modifier of a role.
        static let participle = Shape(rawValue: 64)
        /// Hyphenated to a word in small letters (`Washington-based`, `Would-be`).
        static let hyphenated = Shape(rawValue: 128)
    }

    // The two one-byte fields last: a token is then 40 bytes, not 48.
    var start: Int
    var end: Int
    /// Case-folded key of a word (without a possessive ending); the scalar of a punctuation mark.
    var key: WordKey
    /// Position in the article's marked quotations, for a quotation token.
    var quote: Int
    var kind: Kind
    var shape: Shape

    init(kind: Kind, start: Int, end: Int, key: WordKey, shape: Shape, quote: Int) {
        (self.kind, self.start, self.end, self.key, self.shape, self.quote) = (kind, start, end, key, shape, quote)
    }

    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { kind == .word && shape.contains(.capitalized) }
    var isLowercase: Bool { kind == .word && !shape.contains(.capitalized) && !shape.contains(.number) }

    func isPunctuation(_ s: Unicode.Scalar) -> Bool { kind == .punctuation && key.value == UInt64(s.value) }
    var isComma: Bool { isPunctuation(",") }

    /// Whether the word ends in -ed (`based`, `thanked`): a past form, when long enough to be one.
    func endsInEd(_ text: [Unicode.Scalar]) -> Bool {
        end - start >= 2 && text[end - 1] == "d" && text[end - 2] == "e"
    }
}

/// Cuts a stretch of prose into tokens, each marked quotation becoming a single token.
struct ProseTokenizer: Sendable {
    /// Held here rather than read from the static at every word that a full stop follows.
    private let abbreviations = SentenceSplitter.abbreviations

    /// Tokens of `range`; `quotes` are the article's marked quotations in text order, and
    /// `firstQuote` the first of them that may lie in the range (advanced past those used).
    func tokens(_ text: [Unicode.Scalar], _ range: Range<Int>, quotes: [MarkedQuote], firstQuote: inout Int, into out: inout [ProseToken]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(range.count / 5 + 4)
        var i = range.lowerBound
        let end = range.upperBound
        while firstQuote < quotes.count && quotes[firstQuote].outer.upperBound <= i { firstQuote += 1 }
        // The next quotation's start, or past the range: one comparison per token in the common case.
        var nextQuote = firstQuote < quotes.count ? quotes[firstQuote].outer.lowerBound : Int.max
        text.withUnsafeBufferPointer { text in
            while i < end {
                if nextQuote <= i {
                    let q = quotes[firstQuote]
                    if !q.namesWork {
                        out.append(ProseToken(kind: .quote, start: q.outer.lowerBound, end: q.outer.upperBound, key: WordKey(raw: 0), shape: [], quote: firstQuote))
                    } else if let mark = ((q.inner.upperBound - 1)..<q.outer.upperBound).last(where: { text[$0] == "," || text[$0] == ":" }) {
                        // A title is neither quotation nor anyone's name: the sentence reads on past
                        // it (`told NBC's “Meet the Press” that`), keeping a comma or colon inside its marks.
                        out.append(ProseToken(kind: .punctuation, start: mark, end: mark + 1, key: WordKey(raw: UInt64(text[mark].value)), shape: [], quote: -1))
                    }
                    i = max(i + 1, q.outer.upperBound)
                    firstQuote += 1
                    nextQuote = firstQuote < quotes.count ? quotes[firstQuote].outer.lowerBound : Int.max
                    continue
                }
                let c = text[i]
                if ProseScalar.isSpace(c) { i += 1; continue }
                if ProseScalar.isAlphanumeric(c) {
                    let token = plainWord(text, i, end) ?? word(text, i, end)
                    out.append(token)
                    i = token.end
                    continue
                }
                out.append(ProseToken(kind: .punctuation, start: i, end: i + 1, key: WordKey(raw: UInt64(c.value)), shape: [], quote: -1))
                i += 1
            }
        }
    }

    /// Most words: ASCII letters, not joined to more by an apostrophe, hyphen or full stop, and
    /// not followed by a stop that may be their own. Told without the states `word` keeps.
    @inline(__always)
    private func plainWord(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> ProseToken? {
        var upper = 0
        var h = WordKey.offsetBasis
        // Capitals matter only to a word that opens with one (`NATO`); most open in small letters.
        let capitalized = text[start].value < 0x61
        let i = capitalized ? asciiLetters(text, start, end, upper: &upper, key: &h)
            : asciiLetters(text, start, end, upper: &upper, key: &h, countingCapitals: false)
        let letters = i - start
        if i < end {
            let v = text[i].value
            guard letters > 0, v < 0x80, v &- 0x30 >= 10, v != 0x2E, v != 0x27, v != 0x2D, v != 0x26 else { return nil }
        }
        var shape: ProseToken.Shape = capitalized ? .capitalized : []
        if letters >= 2 && upper == letters { shape.insert(.allCaps) }
        if letters >= 5 { shape.formUnion(suffixShape(text, i, letters: letters)) }
        return ProseToken(kind: .word, start: start, end: i, key: WordKey(raw: h), shape: shape, quote: -1)
    }

    /// The end of the run of ASCII letters from `i`, hashing them into `key` and counting capitals
    /// (unless told not to).
    @inline(__always)
    private func asciiLetters(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int, upper: inout Int, key h: inout UInt64,
                              countingCapitals: Bool = true) -> Int {
        var i = i
        while i < end {
            let v = text[i].value, folded = v | 0x20
            guard folded &- 0x61 < 26 else { break }
            if countingCapitals && v < 0x61 { upper += 1 }
            h = (h ^ UInt64(folded)) &* WordKey.prime
            i += 1
        }
        return i
    }

    /// What the ending of a word of five letters or more says of it.
    @inline(__always)
    private func suffixShape(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, letters: Int) -> ProseToken.Shape {
        // Only the last letter is looked at for most words.
        switch text[i - 1].value | 0x20 {
        case 0x67: return endsWith(text, i, "ing") ? .participle : []
        // Not a surname in -quist (`Norquist`, `Lindquist`), which no profession ends in.
        case 0x74: return endsWith(text, i, "ologist") || (letters >= 8 && endsWith(text, i, "ist") && !endsWith(text, i, "quist")) ? .profession : []
        case 0x6E: return endsWith(text, i, "ician") ? .profession : []
        default: return []
        }
    }

    private func word(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> ProseToken {
        var i = start
        var dotted = true   // single letters separated by full stops, as in U.S.
        var letters = 0
        var upper = 0
        var digits = 0
        // The key leaves out full stops (so `U.S.` and `US` are one word) and, through `beforeApostrophe`,
        // a possessive ending.
        var h = WordKey.offsetBasis
        var beforeApostrophe = h
        var hyphenLower = false
        var lastHyphen = start
        var previousAlphanumeric = false
        while i < end {
            let c = text[i]
            let v = c.value
            // Plain ASCII letters and digits, the bulk of the corpus, without the general tests; a run
            // of letters in a loop of its own.
            if v < 0x80 {
                if (v | 0x20) &- 0x61 < 26 {
                    let run = i
                    i = asciiLetters(text, i, end, upper: &upper, key: &h)
                    letters += i - run
                    if previousAlphanumeric || i - run > 1 { dotted = false }
                    previousAlphanumeric = true
                    continue
                }
                if v >= 0x30 && v <= 0x39 {
                    digits += 1
                    if previousAlphanumeric { dotted = false }
                    previousAlphanumeric = true
                    h = (h ^ UInt64(v)) &* WordKey.prime
                    i += 1
                    continue
                }
            }
            if ProseScalar.isAlphanumeric(c) {
                if ProseScalar.isDigit(c) { digits += 1 } else {
                    letters += 1
                    if ProseScalar.isUpper(c) { upper += 1 }
                }
                if previousAlphanumeric { dotted = false }
                previousAlphanumeric = true
                h = WordKey.mix(h, c)
                i += 1
            } else if ProseScalar.isApostrophe(c) || c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == "." || c == "&",
                      i + 1 < end && ProseScalar.isAlphanumeric(text[i + 1]) && ProseScalar.isAlphanumeric(text[i - 1]) {
                if c != "." {
                    dotted = false
                    if c == "-" && ProseScalar.isLower(text[i + 1]) { hyphenLower = true; lastHyphen = i }
                    if ProseScalar.isApostrophe(c) { beforeApostrophe = h }
                    h = WordKey.mix(h, c)
                }
                previousAlphanumeric = false
                i += 1
            } else {
                break
            }
        }
        var shape: ProseToken.Shape = []
        if ProseScalar.isUpper(text[start]) || opensWithParticle(text, start, i) { shape.insert(.capitalized) }
        if letters >= 2 && upper == letters { shape.insert(.allCaps) }
        if digits > 0 && letters == 0 { shape.insert(.number) }
        if hyphenLower {
            shape.insert(.hyphenated)
            // `Nugent-loving`, `Republican-controlled`: an adjective, not `Chun-ying` of a name
            if ProseScalar.isUpper(text[start]), i - lastHyphen > 5, endsWith(text, i, "ing") || endsWith(text, i, "ed") { shape.insert(.participle) }
        }
        if letters == i - start && letters >= 5 { shape.formUnion(suffixShape(text, i, letters: letters)) }
        var key = WordKey(raw: h)
        if i - start >= 3, text[i - 1] == "s" || text[i - 1] == "S", ProseScalar.isApostrophe(text[i - 2]) {
            key = WordKey(raw: beforeApostrophe)
            shape.insert(.possessive)
        }
        var tokenEnd = i
        if i < end && text[i] == "." {
            let singleCapital = i - start == 1 && ProseScalar.isUpper(text[start])
            let hasDot = dotted && i - start >= 3
            if singleCapital || hasDot || abbreviations.contains(WordKey(raw: h)) {
                tokenEnd = i + 1
                shape.insert(.abbreviation)
            }
        }
        return ProseToken(kind: .word, start: start, end: tokenEnd, key: key, shape: shape, quote: -1)
    }

    /// `al-Tamimi`, `el-Sisi`, `bin-Laden`: a name after a particle in small letters and a hyphen.
    private func opensWithParticle(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 4, let hyphen = ((start + 2)..<min(end - 1, start + 4)).first(where: { text[$0] == "-" }),
              ProseScalar.isUpper(text[hyphen + 1]) else { return false }
        var h = WordKey.offsetBasis
        for k in start..<hyphen { h = WordKey.mix(h, text[k]) }
        return ProseTokenizer.particles.contains(WordKey(raw: h))
    }

    static let particles = WordKey.set("al el ad ash bin ibn abu")

    /// Whether the word ending at `end` ends with `suffix` (ASCII, small letters), capitals aside.
    private func endsWith(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ end: Int, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard end >= count else { return false }
        return suffix.withUTF8Buffer { letters in
            (0..<count).allSatisfy { (text[end - count + $0].value | 0x20) == UInt32(letters[$0]) }
        }
    }
}
