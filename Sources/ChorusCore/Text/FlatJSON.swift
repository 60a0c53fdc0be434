/// A small, fast reader for the flat JSON objects that news scrapers write one per line.
///
/// Top-level strings, numbers, booleans and arrays of strings are kept; nested objects are
/// validated and skipped. Foundation's JSON decoder is avoided because a corpus line is read
/// once and most of its fields are thrown away; this reads the bytes in a single pass.
enum FlatJSON {
    enum Value: Equatable {
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case strings([String])
        case other

        /// The value as text, when it reads as one (numbers too, so that numeric ids work).
        var text: String? {
            switch self {
            case .string(let s), .number(let s): return s
            case .strings(let list): return list.isEmpty ? nil : list.joined(separator: ", ")
            default: return nil
            }
        }
    }

    struct SyntaxError: Error {
        let offset: Int
        let message: String
    }

    /// The object of a line already checked as UTF-8: its strings are copied out without being
    /// checked again. `scratch` is where strings with escapes are unescaped: handed from line to
    /// line, it spares an allocation per article body (freed between the bodies that stay, those
    /// would leave the loaded corpus's heap full of holes).
    static func parseObject(_ line: UTF8Span, scratch: inout [UInt8]) throws(SyntaxError) -> [String: Value] {
        try line.span.withUnsafeBufferPointer { bytes throws(SyntaxError) in
            var parser = Parser(bytes: bytes)
            swap(&parser.scratch, &scratch)
            defer { swap(&parser.scratch, &scratch) }
            return try parser.wholeObject()
        }
    }

    static func parseObject(_ text: String) throws(SyntaxError) -> [String: Value] {
        var text = text
        var scratch: [UInt8] = []
        return try text.withUTF8 { bytes in
            Result { () throws(SyntaxError) in try parseObject(unsafe UTF8Span(unchecked: bytes.span), scratch: &scratch) }
        }.get()
    }

    /// Reads valid UTF-8 (its callers see to that), so the strings it cuts need no checking.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var pos = 0
        var depth = 0
        var scratch: [UInt8] = []

        func fail(_ message: String) -> SyntaxError { SyntaxError(offset: pos, message: message) }

        mutating func wholeObject() throws(SyntaxError) -> [String: Value] {
            skipSpace()
            let object = try object()
            skipSpace()
            guard pos == bytes.count else { throw fail("unexpected text after the object") }
            return object
        }

        /// A string of bytes cut from valid UTF-8 at ASCII boundaries, or unescaped from them.
        static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(copying: unsafe UTF8Span(unchecked: bytes.span))
        }

        mutating func skipSpace() {
            while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 || bytes[pos] == 0x0A || bytes[pos] == 0x0D {
                pos += 1
            }
        }

        mutating func expect(_ byte: UInt8) throws(SyntaxError) {
            skipSpace()
            guard pos < bytes.count, bytes[pos] == byte else {
                throw fail("expected '\(Character(Unicode.Scalar(byte)))'")
            }
            pos += 1
        }

        mutating func object() throws(SyntaxError) -> [String: Value] {
            try expect(UInt8(ascii: "{"))
            var result: [String: Value] = [:]
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return result }
            while true {
                skipSpace()
                let key = try string()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                result[key] = try value()
                skipSpace()
                guard pos < bytes.count else { throw fail("unterminated object") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "}") { pos += 1; return result }
                throw fail("expected ',' or '}'")
            }
        }

        mutating func value() throws(SyntaxError) -> Value {
            guard pos < bytes.count else { throw fail("missing value") }
            switch bytes[pos] {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "{"):
                depth += 1
                defer { depth -= 1 }
                guard depth < 64 else { throw fail("nesting too deep") }
                _ = try object()
                return .other
            case UInt8(ascii: "["):
                depth += 1
                defer { depth -= 1 }
                guard depth < 64 else { throw fail("nesting too deep") }
                return try array()
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .number(try number())
            }
        }

        mutating func array() throws(SyntaxError) -> Value {
            pos += 1
            var strings: [String] = []
            var allStrings = true
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .strings([]) }
            while true {
                skipSpace()
                let item = try value()
                if case .string(let s) = item { strings.append(s) } else { allStrings = false }
                skipSpace()
                guard pos < bytes.count else { throw fail("unterminated array") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "]") { pos += 1; break }
                throw fail("expected ',' or ']'")
            }
            return allStrings ? .strings(strings) : .other
        }

        mutating func literal(_ word: StaticString) throws(SyntaxError) {
            let count = word.utf8CodeUnitCount
            guard pos + count <= bytes.count else { throw fail("invalid literal") }
            for i in 0..<count where bytes[pos + i] != word.utf8Start[i] { throw fail("invalid literal") }
            pos += count
        }

        mutating func number() throws(SyntaxError) -> String {
            let start = pos
            while pos < bytes.count {
                let b = bytes[pos]
                let isNumberByte = (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
                    || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
                guard isNumberByte else { break }
                pos += 1
            }
            guard pos > start else { throw fail("unexpected character") }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        }

        /// The position of the first `"`, `\` or NUL at or after `start`, or the end of the input.
        /// Article bodies are most of a corpus's bytes, so they are scanned eight bytes at a time:
        /// a byte equal to one sought makes a zero byte in the word XORed with it, and the lowest
        /// zero byte is found exactly (the words are read little-endian, as on every platform
        /// Chorus builds for).
        func nextSpecial(from start: Int) -> Int {
            var i = start
            if let base = bytes.baseAddress {
                @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 {
                    (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                }
                while i + 8 <= bytes.count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    let hits = zeroBytes(word) | zeroBytes(word ^ 0x2222_2222_2222_2222) | zeroBytes(word ^ 0x5C5C_5C5C_5C5C_5C5C)
                    if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
                    i += 8
                }
            }
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") && bytes[i] != UInt8(ascii: "\\") && bytes[i] != 0 { i += 1 }
            return min(i, bytes.count)
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard pos + 4 <= bytes.count else { throw fail("short \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[pos]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x41...0x46: d = UInt32(b - 0x41 + 10)
                case 0x61...0x66: d = UInt32(b - 0x61 + 10)
                default: throw fail("bad \\u escape")
                }
                v = v << 4 | d
                pos += 1
            }
            return v
        }

        mutating func string() throws(SyntaxError) -> String {
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected a string") }
            pos += 1
            let start = pos
            // Fast path: no escapes.
            pos = nextSpecial(from: pos)
            if pos < bytes.count {
                if bytes[pos] == 0 { throw fail("NUL byte in a string") }
                if bytes[pos] == UInt8(ascii: "\"") {
                    let s = Self.string(UnsafeBufferPointer(rebasing: bytes[start..<pos]))
                    pos += 1
                    return s
                }
            }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos]))
            while pos < bytes.count {
                let run = pos
                pos = nextSpecial(from: pos)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<pos]))
                guard pos < bytes.count else { break }
                let b = bytes[pos]
                if b == UInt8(ascii: "\"") {
                    pos += 1
                    return scratch.withUnsafeBufferPointer { Self.string($0) }
                }
                if b == 0 { throw fail("NUL byte in a string") }
                pos += 1
                guard pos < bytes.count else { break }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"): scratch.append(contentsOf: try unicodeEscape().utf8)
                default: throw fail("bad escape")
                }
            }
            throw fail("unterminated string")
        }

        /// The scalar of a `\u` escape, read after the `\u`; a surrogate without its other half
        /// becomes U+FFFD.
        mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
                guard pos + 6 <= bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else { return "\u{FFFD}" }
                pos += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { return "\u{FFFD}" }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            // A lone low surrogate is no scalar either.
            return Unicode.Scalar(code) ?? "\u{FFFD}"
        }
    }
}
