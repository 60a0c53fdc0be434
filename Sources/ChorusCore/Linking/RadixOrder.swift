/// Orders values by 64-bit keys with a stable radix sort (16 bits a pass, passes where every
/// key has the same digit skipped): the searches order hundreds of thousands of sentences by
/// group and weight, which a comparison sort does several times slower.
enum RadixOrder {
    /// `values` in ascending order of `keys`; equal keys keep their order. Both are taken, not
    /// copied: the sort reorders them in place of the caller's, which are let go anyway.
    static func sorted(_ values: consuming [Int32], by keys: consuming [UInt64]) -> [Int32] {
        let n = values.count
        var nextKeys = [UInt64](repeating: 0, count: n), nextValues = [Int32](repeating: 0, count: n)
        var starts = [Int](repeating: 0, count: 1 << 16 + 1)
        for shift in stride(from: UInt64(0), to: 64, by: 16) {
            for i in starts.indices { starts[i] = 0 }
            for i in 0..<n { starts[Int(truncatingIfNeeded: keys[i] >> shift & 0xFFFF) + 1] += 1 }
            if starts.contains(n) { continue }
            for d in 1..<starts.count { starts[d] += starts[d - 1] }
            for i in 0..<n {
                let d = Int(truncatingIfNeeded: keys[i] >> shift & 0xFFFF)
                nextKeys[starts[d]] = keys[i]
                nextValues[starts[d]] = values[i]
                starts[d] += 1
            }
            swap(&keys, &nextKeys)
            swap(&values, &nextValues)
        }
        return values
    }
}
