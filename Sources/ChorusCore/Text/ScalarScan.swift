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
    /// `b` (small letters), capitals aside; or `to`. A word's first two letters stop a scan far less
    /// often than its first.
    static func firstPair(_ a: Unicode.Scalar, _ b: Unicode.Scalar, in text: [Unicode.Scalar], from: Int, to: Int) -> Int {
        scan(PairOf(first: CaselessLetter(small: a.value), second: CaselessLetter(small: b.value)), text, from, to)
    }

    /// A generic parameter rather than a closure, so that the test is inlined into the loop. A
    /// target that reads the scalar after each lane (`T.reach` 1) stops one short of the text's end.
    @inline(__always)
    private static func scan<T: Target>(_ target: T, _ text: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int {
        let end = min(to, text.count - T.reach)
        guard from < end else { return from }
        return text.withUnsafeBufferPointer { scalars in
            let raw = UnsafeRawPointer(scalars.baseAddress!)
            var i = from
            while i + 8 <= end {
                let lanes = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
                let next = T.reach == 0 ? lanes : raw.loadUnaligned(fromByteOffset: i * 4 + 4, as: SIMD8<UInt32>.self)
                let marked = target.marks(lanes, next: next) & SIMD8(repeating: 0x8000_0000)
                let words = unsafeBitCast(marked, to: (UInt64, UInt64, UInt64, UInt64).self)
                if words.0 | words.1 | words.2 | words.3 != 0 { break }
                i += 8
            }
            while i < end {
                let next = T.reach == 0 ? scalars[i].value : scalars[i + 1].value
                if target.marks(SIMD8(repeating: scalars[i].value), next: SIMD8(repeating: next))[0] & 0x8000_0000 != 0 { return i }
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
/// Most targets look at a lane alone; one that also reads the scalar after it has a `reach` of 1.
private protocol Target {
    static var reach: Int { get }
    func marks(_ lanes: SIMD8<UInt32>, next: SIMD8<UInt32>) -> SIMD8<UInt32>
}

/// A target that looks at a lane alone.
private protocol LaneTarget: Target {
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32>
}

extension LaneTarget {
    static var reach: Int { 0 }

    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>, next: SIMD8<UInt32>) -> SIMD8<UInt32> { marks(lanes) }
}

private struct LineBreak: LaneTarget {
    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes, 0x0A) | ScalarScan.equal(lanes, 0x0D)
    }
}

private struct MarkOrDash: LaneTarget {
    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes, 0x22) | ScalarScan.equal(lanes, 0x27) | ScalarScan.equal(lanes, 0x2D) | ScalarScan.beyondASCII(lanes)
    }
}

private struct Stop: LaneTarget {
    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes, 0x2E) | ScalarScan.equal(lanes, 0x21) | ScalarScan.equal(lanes, 0x3F) | ScalarScan.equal(lanes, 0x2026)
    }
}

private struct AnyOf: LaneTarget {
    let a, b, c, d: UInt32

    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes, a) | ScalarScan.equal(lanes, b) | ScalarScan.equal(lanes, c) | ScalarScan.equal(lanes, d)
    }
}

/// An ASCII letter in either case: setting the case bit of a lane makes its capital its small letter
/// (and leaves the small letter as it is); no other scalar becomes that small letter.
private struct CaselessLetter: LaneTarget {
    let small: UInt32

    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>) -> SIMD8<UInt32> {
        ScalarScan.equal(lanes | SIMD8(repeating: 0x20), small)
    }
}

/// A lane and the scalar after it.
private struct PairOf: Target {
    static var reach: Int { 1 }
    let first, second: CaselessLetter

    @inline(__always)
    func marks(_ lanes: SIMD8<UInt32>, next: SIMD8<UInt32>) -> SIMD8<UInt32> {
        first.marks(lanes) & second.marks(next)
    }
}
