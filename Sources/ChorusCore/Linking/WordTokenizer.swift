/// Splits text into words the way renderings of one remark are compared: case and accents
/// folded, curly and straight apostrophes alike (`Moscow’s` = `Moscow's`), hyphens and dashes
/// separating (`well-thought-out` = `well thought out`), dotted initials joined (`U.S.` = `US`).
///
/// Works on UTF-8 bytes and reports Unicode scalar offsets relative to the start of the bytes,
/// so callers can map words back onto article offsets. One tokenizer is reused for many texts,
/// so a scan allocates nothing once its buffers have grown.
struct WordTokenizer {
    struct Word {
        /// Scalar offsets relative to the scanned bytes; `end` exclusive.
        var start: Int
        var end: Int
        /// The folded word is `folded[foldedStart..<foldedEnd]`.
        var foldedStart: Int
        var foldedEnd: Int
        /// Starts with an upper-case letter (a name, or the first word of a sentence).
        var capitalised: Bool
        /// Two or more letters, all upper case (`US`, `NATO`, `ISW`): an acronym, not the word it spells.
        var acronym: Bool
    }

    /// The words of the last scan, in text order.
    private(set) var words: [Word] = []
    /// Their folded forms (lower case, no accents, straight apostrophes), back to back (the
    /// buffer is longer than what the words use).
    private(set) var folded: [UInt8] = []

    init() {
        words.reserveCapacity(64)
    }

    /// Calls `body` with each word and its key: `first`, the acronym flag, then the folded word
    /// (valid only during the call). Keys are built in place, without copying words.
    mutating func forEachKey(_ first: UInt8, _ body: (Word, UnsafeBufferPointer<UInt8>) -> Void) {
        let words = self.words
        folded.withUnsafeMutableBufferPointer { buffer in
            for word in words {
                buffer[word.foldedStart - 2] = first
                buffer[word.foldedStart - 1] = word.acronym ? 1 : 0
                body(word, UnsafeBufferPointer(rebasing: buffer[(word.foldedStart - 2)..<word.foldedEnd]))
            }
        }
    }

    func folded(_ word: Word) -> ArraySlice<UInt8> { folded[word.foldedStart..<word.foldedEnd] }

    func withFolded<R>(_ word: Word, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        folded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[word.foldedStart..<word.foldedEnd])) }
    }

    /// The words of a text (`words`, `folded`).
    mutating func scan(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { scan($0) }
    }

    /// The words of UTF-8 bytes (`words`, `folded`).
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Folding never more than doubles a word, and each word takes two bytes of key prefix.
        let needed = bytes.count * 4 + 8
        if folded.count < needed { folded = [UInt8](repeating: 0, count: max(needed, folded.count * 2)) }
        var found = words
        words = []
        found.removeAll(keepingCapacity: true)
        folded.withUnsafeMutableBufferPointer { out in
            Self.scan(bytes, into: &found, folded: out)
        }
        words = found
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout [Word], folded out: UnsafeMutableBufferPointer<UInt8>) {
        var n = 0
        var i = 0
        var scalar = 0
        var inWord = false
        var word = Word(start: 0, end: 0, foldedStart: 0, foldedEnd: 0, capitalised: false, acronym: false)
        var letters = 0
        var uppers = 0
        var segment = 0  // characters since the last joining dot, to tell `U.S.` from `end.Start`

        while i < bytes.count {
            let b = bytes[i]
            // Plain ASCII letters, the bulk of any text, take the short way.
            if (b | 0x20) &- 0x61 < 26 {
                if !inWord {
                    inWord = true
                    word = Word(start: scalar, end: scalar, foldedStart: n + 2, foldedEnd: 0, capitalised: b <= 0x5A, acronym: false)
                    n += 2  // room for the caller's key prefix (see `forEachKey`)
                    letters = 0
                    uppers = 0
                    segment = 0
                }
                // The whole run of them in a loop of its own.
                let run = i
                while i < bytes.count {
                    let c = bytes[i]
                    guard (c | 0x20) &- 0x61 < 26 else { break }
                    if c <= 0x5A { uppers += 1 }
                    out[n] = c | 0x20
                    n += 1
                    i += 1
                }
                letters += i - run
                segment += i - run
                scalar += i - run
                word.end = scalar
                continue
            }
            if b < 0x80 {
                if b >= 0x30, b <= 0x39 {
                    if !inWord {
                        inWord = true
                        word = Word(start: scalar, end: scalar, foldedStart: n + 2, foldedEnd: 0, capitalised: false, acronym: false)
                        n += 2  // room for the caller's key prefix (see `forEachKey`)
                        letters = 0
                        uppers = 0
                        segment = 0
                    }
                    out[n] = b
                    n += 1
                    segment += 1
                    word.end = scalar + 1
                } else if inWord {
                    if b == 0x27 || b == 0x60, letterFollows(bytes, i + 1) {
                        out[n] = UInt8(ascii: "'")
                        n += 1
                        segment = 0
                    } else if b == 0x2E, segment == 1, letterFollows(bytes, i + 1) {
                        segment = 0  // a dotted initial: keep reading the same word
                    } else {
                        inWord = false
                    word.acronym = letters >= 2 && uppers == letters && letters <= 6
                    word.foldedEnd = n
                    words.append(word)
                    }
                }
                i += 1
                scalar += 1
                continue
            }
            let (value, length) = decode(bytes, i)
            let role = ScalarFolding.role(of: Unicode.Scalar(value) ?? "\u{FFFD}")
            switch role {
            case .letter(let letter, let upper):
                if !inWord {
                    inWord = true
                    word = Word(start: scalar, end: scalar, foldedStart: n + 2, foldedEnd: 0, capitalised: upper, acronym: false)
                    n += 2  // room for the caller's key prefix (see `forEachKey`)
                    letters = 0
                    uppers = 0
                    segment = 0
                }
                letters += 1
                segment += 1
                if upper { uppers += 1 }
                switch letter {
                case .ascii(let a):
                    out[n] = a
                    n += 1
                case .asciiPair(let a, let c):
                    out[n] = a
                    out[n + 1] = c
                    n += 2
                case .scalar(let s):
                    n = ProseScalar.writeUTF8(s, to: out, at: n)
                }
                word.end = scalar + 1
            case .digit:
                if !inWord {
                    inWord = true
                    word = Word(start: scalar, end: scalar, foldedStart: n + 2, foldedEnd: 0, capitalised: false, acronym: false)
                    n += 2  // room for the caller's key prefix (see `forEachKey`)
                    letters = 0
                    uppers = 0
                    segment = 0
                }
                if value < 0x80 {
                    out[n] = UInt8(truncatingIfNeeded: value)
                    n += 1
                } else {
                    n = ProseScalar.writeUTF8(Unicode.Scalar(value) ?? "0", to: out, at: n)
                }
                segment += 1
                word.end = scalar + 1
            case .mark:
                if inWord { word.end = scalar + 1 }
            case .apostrophe:
                if inWord, letterFollows(bytes, i + length) {
                    out[n] = UInt8(ascii: "'")
                    n += 1
                    segment = 0
                } else if inWord {
                    inWord = false
                    word.acronym = letters >= 2 && uppers == letters && letters <= 6
                    word.foldedEnd = n
                    words.append(word)
                }
            case .separator:
                guard inWord else { break }
                if value == 0x2E, segment == 1, letterFollows(bytes, i + length) {
                    segment = 0  // a dotted initial: keep reading the same word
                } else {
                    inWord = false
                    word.acronym = letters >= 2 && uppers == letters && letters <= 6
                    word.foldedEnd = n
                    words.append(word)
                }
            }
            i += length
            scalar += 1
        }
        if inWord {
            word.acronym = letters >= 2 && uppers == letters && letters <= 6
            word.foldedEnd = n
            words.append(word)
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
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        let (value, _) = decode(bytes, i)
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
