/// A case-folded 64-bit hash of a word, so that looking a word up in a lexicon costs no allocation.
///
/// Folding maps ASCII and Latin-1 capitals to small letters and both typographic apostrophes to `'`,
/// so `Russia’s` and `russia's` share a key.
public struct WordKey: Hashable, Sendable {
    public let value: UInt64

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    public init(_ word: String) {
        var h = WordKey.offsetBasis
        for s in word.unicodeScalars { h = WordKey.mix(h, s) }
        value = h
    }

    /// The key of `text[range]`.
    public init(_ text: [Unicode.Scalar], _ range: Range<Int>) {
        var h = WordKey.offsetBasis
        for i in range { h = WordKey.mix(h, text[i]) }
        value = h
    }

    init(raw: UInt64) { value = raw }


    @inline(__always)
    static func mix(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(fold(s))) &* prime
    }

    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v >= 65 && v <= 90 { return v + 32 }
        if v < 128 { return v }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 32 }
        if v == 0x2019 || v == 0x2018 { return 39 }
        return v
    }

    /// Keys of a list of words, for building lexicons.
    public static func set(_ words: String) -> WordSet {
        WordSet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordKey(String($0)) })
    }
}

/// A fixed set of word keys with a membership test that costs a multiply and a probe or two:
/// keys are hashes already, so no further hashing is needed.
///
/// Lexicons are built once and live as long as the program, and they are consulted for nearly
/// every word of the corpus: the table is a plain buffer, so that a look-up involves no reference
/// counting (the buffer is never freed).
public struct WordSet: @unchecked Sendable {
    private let slots: UnsafePointer<UInt64>
    private let mask: Int
    private let shift: UInt64

    public init(_ keys: [WordKey]) {
        var bits: UInt64 = 4
        while (1 << bits) < max(16, keys.count * 3) { bits += 1 }
        let count = 1 << Int(bits)
        let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
        buffer.initialize(repeating: 0, count: count)
        let shift = 64 - bits
        for k in keys where k.value != 0 {
            var i = Int(truncatingIfNeeded: (k.value &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while buffer[i] != 0 && buffer[i] != k.value { i = (i + 1) & (count - 1) }
            buffer[i] = k.value
        }
        slots = UnsafePointer(buffer)
        mask = count - 1
        self.shift = shift
    }

    @inline(__always)
    public func contains(_ key: WordKey) -> Bool {
        var i = Int(truncatingIfNeeded: (key.value &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let s = slots[i]
            if s == key.value { return key.value != 0 }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// The three-letter openings (ASCII letters, capitals aside) of a set of words, as a bitmap: a word
/// whose opening is not among them is none of the words, which a scan can tell without hashing it.
struct WordOpenings: @unchecked Sendable {
    private let bits: UnsafePointer<UInt64>

    /// Built once per lexicon and kept for the program's life, like `WordSet`'s table.
    init(_ words: String) {
        let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: 26 * 26 * 26 / 64 + 1)
        buffer.initialize(repeating: 0, count: 26 * 26 * 26 / 64 + 1)
        for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let letters = Array(word.unicodeScalars.prefix(3))
            precondition(letters.count == 3, "a word of fewer than three letters: \(word)")
            let i = Self.index(letters[0].value, letters[1].value, letters[2].value)
            precondition(i >= 0, "not a plain ASCII word: \(word)")
            buffer[i >> 6] |= 1 << UInt64(i & 63)
        }
        bits = UnsafePointer(buffer)
    }

    /// The bit of three scalars, or -1 unless all three are ASCII letters.
    @inline(__always)
    static func index(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> Int {
        let x = (a | 0x20) &- 0x61, y = (b | 0x20) &- 0x61, z = (c | 0x20) &- 0x61
        guard x < 26 && y < 26 && z < 26 && a < 0x80 && b < 0x80 && c < 0x80 else { return -1 }
        return Int(x) * 676 + Int(y) * 26 + Int(z)
    }

    /// Whether some word opens with these three scalars; false too when they are not all ASCII
    /// letters, which the caller checks for itself.
    @inline(__always)
    func contains(_ i: Int) -> Bool { bits[i >> 6] & (1 << UInt64(i & 63)) != 0 }
}
