/// Bytes decoded to text, with how many invalid sequences were replaced by U+FFFD.
struct DecodedText {
    let text: String
    let replacements: Int

    init(_ bytes: some Collection<UInt8>) {
        // nil when the bytes are not contiguous, and only then checked again, byte by byte; an
        // invalid buffer (`.some(nil)`) goes straight to the repair below.
        let checked: String?? = bytes.withContiguousStorageIfAvailable { buffer in
            UTF8Validation.isValid(buffer) ? String(copying: unsafe UTF8Span(unchecked: buffer.span)) : nil
        }
        if let valid = checked ?? String(validating: bytes, as: UTF8.self) {
            text = valid
            replacements = 0
            return
        }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        var bad = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error:
                bad += 1
                scalars.append("\u{FFFD}")
            }
        }
        text = String(scalars)
        replacements = bad
    }
}

/// Whether bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates,
/// nothing past U+10FFFF). The standard library's check goes byte by byte; articles are mostly
/// ASCII, which this one passes over eight bytes at a time.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var i = 0
        while i < count {
            if i + 8 <= count && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            // The allowed range of the second byte depends on the lead; later ones are 80...BF.
            let width: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (width, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (width, low, high) = (3, 0xA0, 0xBF)
            case 0xED: (width, low, high) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (width, low, high) = (3, 0x80, 0xBF)
            case 0xF0: (width, low, high) = (4, 0x90, 0xBF)
            case 0xF4: (width, low, high) = (4, 0x80, 0x8F)
            case 0xF1...0xF3: (width, low, high) = (4, 0x80, 0xBF)
            default: return false
            }
            guard i + width <= count, base[i + 1] >= low, base[i + 1] <= high else { return false }
            for k in 2..<width where base[i + k] & 0xC0 != 0x80 { return false }
            i += width
        }
        return true
    }
}
