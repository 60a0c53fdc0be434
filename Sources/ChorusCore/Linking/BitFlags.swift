/// One flag per entry, packed 64 to a word: the link table keeps a flag for each of its millions
/// of ranks, and an array of `Bool` would take a byte for each.
struct BitFlags {
    private var words: [UInt64] = []
    private(set) var count = 0

    init() {}

    subscript(i: Int) -> Bool { words[i >> 6] >> UInt64(i & 63) & 1 == 1 }

    mutating func reserveCapacity(_ n: Int) { words.reserveCapacity((n + 63) >> 6) }

    mutating func append(_ flag: Bool) {
        if count & 63 == 0 { words.append(0) }
        if flag { words[count >> 6] |= 1 << UInt64(count & 63) }
        count += 1
    }

    /// Appends the flags of `other` in `range`.
    mutating func append(_ other: BitFlags, _ range: Range<Int>) {
        for i in range { append(other[i]) }
    }
}
