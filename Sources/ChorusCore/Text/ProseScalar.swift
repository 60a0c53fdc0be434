/// Character classes of news prose, with an ASCII fast path (most of the corpus is ASCII).
public enum ProseScalar {
    /// Spaces of any kind, line breaks included (news text carries no-break and thin spaces).
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v | 0x20) >= 97 && (v | 0x20) <= 122 }
        return isAlphabeticBeyondASCII(s)
    }

    // Properties of scalars outside ASCII, out of line: inlined, reading the properties sets up
    // their type on entry to every caller, which costs the ASCII words that never need it. The
    // scalars news text uses most beyond ASCII (typographic quotes, dashes and spaces; accented
    // Latin letters) are answered without the Unicode tables, which cost hundreds of instructions.
    @inline(never) static func isAlphabeticBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        if let latin = latin1Case(s) { return latin != .neither }
        return !isGeneralPunctuation(s) && s.properties.isAlphabetic
    }

    @inline(never) static func isUppercaseBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        if let latin = latin1Case(s) { return latin == .upper }
        return !isGeneralPunctuation(s) && s.properties.isUppercase
    }

    @inline(never) static func isLowercaseBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        if let latin = latin1Case(s) { return latin == .lower }
        return !isGeneralPunctuation(s) && s.properties.isLowercase
    }

    private enum LatinCase { case upper, lower, neither }

    /// The case of the letters of Latin-1 (`À` to `ÿ`, where only `×` and `÷` are not letters).
    @inline(__always)
    private static func latin1Case(_ s: Unicode.Scalar) -> LatinCase? {
        switch s.value {
        case 0xD7, 0xF7: return .neither
        case 0xC0...0xDE: return .upper
        case 0xDF...0xFF: return .lower
        default: return nil
        }
    }

    /// U+2000 to U+206F: spaces, dashes, quotes and other punctuation, none of them a letter.
    @inline(__always)
    private static func isGeneralPunctuation(_ s: Unicode.Scalar) -> Bool { s.value >= 0x2000 && s.value <= 0x206F }

    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always)
    public static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isLetter(s) }

    @inline(__always)
    public static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        return isUppercaseBeyondASCII(s)
    }

    @inline(__always)
    public static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 97 && v <= 122 }
        return isLowercaseBeyondASCII(s)
    }

    /// Apostrophes and single quote marks, which are one or the other by context.
    @inline(__always)
    public static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x27 || s.value == 0x2019 || s.value == 0x2018 || s.value == 0x02BC
    }

    /// Quote marks that open or close a quotation in some typesetting tradition.
    @inline(__always)
    public static func isDoubleMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0x301D, 0x301E: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isDash(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2013 || s.value == 0x2014 || s.value == 0x2015 || s.value == 0x2212
    }

    /// Marks that may follow a sentence's final stop: closing quotes and brackets.
    @inline(__always)
    public static func isCloser(_ s: Unicode.Scalar) -> Bool {
        isDoubleMark(s) || s.value == 0x2019 || s.value == 0x27 || s.value == 0x29 || s.value == 0x5D || s.value == 0x203A
    }

    @inline(__always)
    public static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2E || s.value == 0x21 || s.value == 0x3F || s.value == 0x2026
    }

    /// The Unicode scalars of a text, decoded in one pass over its UTF-8 (the offsets every
    /// range in Chorus counts in).
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var copy = text
        return copy.withUTF8 { bytes in
            guard !bytes.isEmpty else { return [] }
            // Never more scalars than bytes: written in place, without a capacity check per scalar.
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                var i = 0, k = 0
                let n = bytes.count
                let raw = UnsafeRawPointer(bytes.baseAddress!), written = UnsafeMutableRawPointer(out.baseAddress!)
                while i < n {
                    // Eight ASCII bytes at once: most of the text.
                    if i + 8 <= n {
                        let eight = raw.loadUnaligned(fromByteOffset: i, as: SIMD8<UInt8>.self)
                        if eight & 0x80 == SIMD8(repeating: 0) {
                            written.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: eight), toByteOffset: k * 4, as: SIMD8<UInt32>.self)
                            i += 8
                            k += 8
                            continue
                        }
                    }
                    let b = UInt32(bytes[i])
                    let scalar: Unicode.Scalar
                    if b < 0x80 {
                        scalar = Unicode.Scalar(UInt8(b))
                        i += 1
                    } else if b < 0xE0, i + 1 < n {
                        scalar = Unicode.Scalar(((b & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)) ?? "\u{FFFD}"
                        i += 2
                    } else if b < 0xF0, i + 2 < n {
                        scalar = Unicode.Scalar(((b & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)) ?? "\u{FFFD}"
                        i += 3
                    } else if i + 3 < n {
                        scalar = Unicode.Scalar(((b & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)) ?? "\u{FFFD}"
                        i += 4
                    } else {
                        scalar = "\u{FFFD}"
                        i += 1
                    }
                    (out.baseAddress! + k).initialize(to: scalar)
                    k += 1
                }
                count = k
            }
        }
    }

    /// Where in `utf8` the scalar `count` scalars on from the one at byte `from` starts. Sixteen
    /// bytes are passed at a time while they cannot hold that many scalars; a byte starts a scalar
    /// unless it is a continuation byte (`10xxxxxx`), which a lane's top bit marks here.
    static func utf8Offset(_ utf8: UnsafeBufferPointer<UInt8>, from: Int, advancing count: Int) -> Int {
        var b = from, left = count
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while left >= 16 && b + 16 <= utf8.count {
                let x = (raw.loadUnaligned(fromByteOffset: b, as: SIMD16<UInt8>.self) & 0xC0) ^ 0x80
                let continuations = (((x &- 1) & ~x) &>> 7).wrappedSum()
                left -= 16 - Int(continuations)
                b += 16
            }
        }
        // The rest of a scalar that the last block cut through, then one scalar at a time.
        while b < utf8.count && utf8[b] & 0xC0 == 0x80 { b += 1 }
        while left > 0 && b < utf8.count {
            b += 1
            while b < utf8.count && utf8[b] & 0xC0 == 0x80 { b += 1 }
            left -= 1
        }
        return b
    }

    /// Writes the UTF-8 of `text[range]` at `out[n...]` (room for four bytes a scalar) and returns
    /// where it ended; building a `String` from bytes is much cheaper than appending scalars one by one.
    static func writeUTF8(_ text: [Unicode.Scalar], _ range: Range<Int>, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        var n = n
        for i in range { n = writeUTF8(text[i], to: out, at: n) }
        return n
    }

    /// Writes the UTF-8 of `s` at `out[n...]` (room for four bytes) and returns where it ended.
    @inline(__always)
    static func writeUTF8(_ s: Unicode.Scalar, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        let v = s.value
        if v < 0x80 {
            out[n] = UInt8(v)
            return n + 1
        }
        if v < 0x800 {
            out[n] = UInt8(0xC0 | (v >> 6)); out[n + 1] = UInt8(0x80 | (v & 0x3F))
            return n + 2
        }
        if v < 0x10000 {
            out[n] = UInt8(0xE0 | (v >> 12)); out[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[n + 2] = UInt8(0x80 | (v & 0x3F))
            return n + 3
        }
        out[n] = UInt8(0xF0 | (v >> 18)); out[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
        out[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (v & 0x3F))
        return n + 4
    }

    /// A string of the UTF-8 that `write` puts into a scratch buffer of `capacity` bytes (on the
    /// stack when small) and counts: the string is then the only allocation.
    static func string(capacity: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[..<write(buffer)]), as: UTF8.self)
        }
    }

    /// The text of `text[range]`.
    public static func string(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        string(capacity: range.count * 4) { writeUTF8(text, range, to: $0, at: 0) }
    }

    /// A web address standing alone (`http://v.politico.com/images/...jpg`): no space in it, and a
    /// scheme or `www.`, as an embedded video's markup leaves between marks.
    public static func isAddress(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count >= 8, !range.contains(where: { isSpace(text[$0]) }) else { return false }
        let head = String(String.UnicodeScalarView(text[range.lowerBound..<(range.lowerBound + 8)])).lowercased()
        return head.hasPrefix("http") || head.hasPrefix("www.") || head.hasPrefix("pic.")
    }

    /// Words (runs of letters and digits) in `text[range]`.
    public static func wordCount(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        for i in range {
            let letter = isAlphanumeric(text[i])
            if letter && !inWord { count += 1 }
            inWord = letter
        }
        return count
    }
}
