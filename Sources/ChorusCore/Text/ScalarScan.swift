/// Forward scans over an article's scalars for the few that a pass stops at (line breaks, quote
/// marks, sentence stops), eight scalars at a time: these passes cross the whole corpus, and almost
/// every scalar they meet is one to pass over.
///
/// Lanes are tested with integer arithmetic (a lane is marked by its top bit, which no Unicode
/// scalar sets): the standard library's lane comparisons compile to a loop over the lanes.
enum ScalarScan {
    /// The first line break (`\n`, `\r`) in `from..<to`, or `to`.
    static func lineBreak(_ text: [Unicode.Scalar], from: Int, to: Int) -> Int {
        scan(LineBreak(), text, from, to)
    }

    /// The first scalar in `from..<to` that may be a quote mark or a dash: anything beyond ASCII,
    /// `"`, `'` and `-`; or `to`.
    static func markOrDash(_ text: [Unicode.Scalar], from: Int, to: Int) -> Int {
        scan(MarkOrDash(), text, from, to)
    }

    /// The first sentence stop (`.`, `!`, `?`, `…`) in `from..<to`, or `to`.
    static func stop(_ text: [Unicode.Scalar], from: Int, to: Int) -> Int {
        scan(Stop(), text, from, to)
    }

    /// The first of the given scalars (any of them may repeat another) in `from..<to`, or `to`.
    static func first(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, _ d: Unicode.Scalar,
                      in text: [Unicode.Scalar], from: Int, to: Int) -> Int {
        scan(AnyOf(a: a.value, b: b.value, c: c.value, d: d.value), text, from, to)
    }

    /// The first `i` in `from..<to` where `text[i]` and `text[i + 1]` are the ASCII letters `a` and
    /// `b` (small letters), capitals aside; or `to`. `to` must leave room for the second letter.
    /// A word's first two letters stop a scan far less often than its first.
    static func firstPair(_ a: Unicode.Scalar, _ b: Unicode.Scalar, in text: [Unicode.Scalar], from: Int, to: Int) -> Int {
        let end = min(to, text.count - 1)
        guard from < end else { return max(from, to) }
        let first = CaselessLetter(small: a.value), second = CaselessLetter(small: b.value)
        return text.withUnsafeBufferPointer { scalars in
            let raw = UnsafeRawPointer(scalars.baseAddress!)
            var i = from
            while i + 9 <= scalars.count && i + 8 <= end {
                let marked = first.marks(raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self))
                    & second.marks(raw.loadUnaligned(fromByteOffset: i * 4 + 4, as: SIMD8<UInt32>.self)) & SIMD8(repeating: 0x8000_0000)
                let words = unsafeBitCast(marked, to: (UInt64, UInt64, UInt64, UInt64).self)
                if words.0 | words.1 | words.2 | words.3 != 0 { break }
                i += 8
            }
            while i < end {
                if first.marks(SIMD8(repeating: scalars[i].value))[0] & second.marks(SIMD8(repeating: scalars[i + 1].value))[0] & 0x8000_0000 != 0 {
                    return i
                }
                i += 1
            }
            return to
        }
    }

    /// A generic parameter rather than a closure, so that the test is inlined into the loop.
    @inline(__always)
    private static func scan<T: Target>(_ target: T, _ text: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int {
        let end = min(to, text.count)
        guard from < end else { return from }
        return text.withUnsafeBufferPointer { scalars in
            let raw = UnsafeRawPointer(scalars.baseAddress!)
            var i = from
            while i + 8 <= end {
                let marked = target.marks(raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)) & SIMD8(repeating: 0x8000_0000)
                let words = unsafeBitCast(marked, to: (UInt64, UInt64, UInt64, UInt64).self)
                if words.0 | words.1 | words.2 | words.3 != 0 { break }
                i += 8
            }
            while i < end {
                if target.marks(SIMD8(repeating: scalars[i].value))[0] & 0x8000_0000 != 0 { return i }
                i += 1
            }
            return end
        }
    }

    /// Sets the top bit of the lanes equal to `value`.
    @inline(__always)
    fileprivate static func equal(_ lanes: SIMD8<UInt32>, _ value: UInt32) -> SIMD8<UInt32> {
        let x = lanes ^ SIMD8(repeating: value)
        return (x &- SIMD8(repeating: 1)) & ~x
    }

    /// Sets the top bit of the lanes beyond ASCII.
    @inline(__always)
    fileprivate static func beyondASCII(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        (lanes & SIMD8(repeating: 0xFFFF_FF80)) &+ SIMD8(repeating: 0x7FFF_FFFF)
    }
}

/// What a scan stops at: `marks` sets the top bit of those lanes (and may set other bits anywhere).
private protocol Target {
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32>
}

private struct LineBreak: Target {
    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes, 0x0A) | ScalarScan.equal(lanes, 0x0D)
    }
}

private struct MarkOrDash: Target {
    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes, 0x22) | ScalarScan.equal(lanes, 0x27) | ScalarScan.equal(lanes, 0x2D) | ScalarScan.beyondASCII(lanes)
    }
}

private struct Stop: Target {
    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes, 0x2E) | ScalarScan.equal(lanes, 0x21) | ScalarScan.equal(lanes, 0x3F) | ScalarScan.equal(lanes, 0x2026)
    }
}

private struct AnyOf: Target {
    let a, b, c, d: UInt32

    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes, a) | ScalarScan.equal(lanes, b) | ScalarScan.equal(lanes, c) | ScalarScan.equal(lanes, d)
    }
}

/// An ASCII letter in either case: setting the case bit of a lane makes its capital its small letter
/// (and leaves the small letter as it is); no other scalar becomes that small letter.
private struct CaselessLetter: Target {
    let small: UInt32

    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes | SIMD8(repeating: 0x20), small)
    }
}
