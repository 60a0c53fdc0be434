/// Splits text into words the way renderings of one remark are compared: case and accents
/// folded, curly and straight apostrophes alike (`Moscow’s` = `Moscow's`), hyphens and dashes
/// separating (`well-thought-out` = `well thought out`), dotted initials joined (`U.S.` = `US`).
///
/// Works on UTF-8 bytes and reports Unicode scalar offsets relative to the start of the bytes,
/// so callers can map words back onto article offsets.
struct WordTokenizer {
    struct Word {
        /// Scalar offsets relative to the scanned bytes; `end` exclusive.
        var start: Int
        var end: Int
        /// Starts with an upper-case letter (a name, or the first word of a sentence).
        var capitalised: Bool
        /// Two or more letters, all upper case (`US`, `NATO`, `ISW`): an acronym, not the word it spells.
        var acronym: Bool
    }

    private(set) var folded: [UInt8] = []

    init() { folded.reserveCapacity(64) }

    /// Calls `body` with each word and its folded UTF-8 bytes (valid only during the call).
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Word, UnsafeBufferPointer<UInt8>) -> Void) {
        var i = 0
        var scalar = 0
        var inWord = false
        var word = Word(start: 0, end: 0, capitalised: false, acronym: false)
        var letters = 0
        var uppers = 0
        var segment = 0  // letters since the last joining dot, to tell `U.S.` from `end.Start`

        func finish(_ word: inout Word, _ folded: inout [UInt8]) {
            word.acronym = letters >= 2 && uppers == letters && letters <= 6
            folded.withUnsafeBufferPointer { body(word, $0) }
            folded.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let (value, length) = Self.decode(bytes, i)
            let role: ScalarFolding.Role
            if value < 0x80 {
                role = Self.asciiRole(UInt8(value))
            } else {
                role = ScalarFolding.role(of: Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            switch role {
            case .letter(let letter, let upper):
                if !inWord {
                    inWord = true
                    word = Word(start: scalar, end: scalar, capitalised: upper, acronym: false)
                    letters = 0
                    uppers = 0
                    segment = 0
                }
                letters += 1
                segment += 1
                if upper { uppers += 1 }
                append(letter)
                word.end = scalar + 1
            case .digit:
                if !inWord {
                    inWord = true
                    word = Word(start: scalar, end: scalar, capitalised: false, acronym: false)
                    letters = 0
                    uppers = 0
                    segment = 0
                }
                if value < 0x80 {
                    folded.append(UInt8(truncatingIfNeeded: value))
                } else {
                    append(.scalar(Unicode.Scalar(value) ?? "0"))
                }
                segment += 1
                word.end = scalar + 1
            case .mark:
                if inWord { word.end = scalar + 1 }
            case .apostrophe:
                if inWord, Self.letterFollows(bytes, i + length) {
                    folded.append(UInt8(ascii: "'"))
                    segment = 0
                } else if inWord {
                    inWord = false
                    finish(&word, &folded)
                }
            case .separator:
                guard inWord else { break }
                if value == 0x2E, segment == 1, Self.letterFollows(bytes, i + length) {
                    segment = 0  // a dotted initial: keep reading the same word
                } else {
                    inWord = false
                    finish(&word, &folded)
                }
            }
            i += length
            scalar += 1
        }
        if inWord { finish(&word, &folded) }
    }

    private mutating func append(_ letter: ScalarFolding.FoldedLetters) {
        switch letter {
        case .ascii(let b): folded.append(b)
        case .asciiPair(let a, let b): folded.append(a); folded.append(b)
        case .scalar(let s): folded.append(contentsOf: String(s).utf8)
        }
    }

    @inline(__always)
    private static func asciiRole(_ b: UInt8) -> ScalarFolding.Role {
        switch b {
        case 0x61...0x7A: return .letter(folded: .ascii(b), upper: false)
        case 0x41...0x5A: return .letter(folded: .ascii(b | 0x20), upper: true)
        case 0x30...0x39: return .digit
        case 0x27, 0x60: return .apostrophe
        default: return .separator
        }
    }

    private static func letterFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let (value, _) = decode(bytes, i)
        if value < 0x80 {
            if case .letter = asciiRole(UInt8(value)) { return true }
            return false
        }
        if case .letter = ScalarFolding.role(of: Unicode.Scalar(value) ?? "\u{FFFD}") { return true }
        return false
    }

    /// The scalar at byte `i` and its length in bytes; malformed bytes count as one scalar each.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = bytes.count
        if b0 & 0xE0 == 0xC0, i + 1 < n {
            return (UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n {
            return (UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n {
            return (UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}
