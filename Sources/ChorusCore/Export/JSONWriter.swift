/// Writes JSON text by hand so that output is byte-for-byte deterministic and keys keep the
/// order of the published schema.
///
/// With a sink, the text is handed over in pieces as it is written: an export runs to hundreds of
/// megabytes, and holding it whole (then again as a String) once took more memory than the index.
public struct JSONWriter {
    private var bytes: [UInt8] = []
    /// The text so far; only whole with no sink.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    private var needsComma = [false]
    private let indentUnit: String
    private var pretty: Bool { !indentUnit.isEmpty }
    private let sink: (([UInt8]) -> Void)?
    private let flushThreshold: Int

    public init(pretty: Bool = true) {
        indentUnit = pretty ? "  " : ""
        sink = nil
        flushThreshold = .max
    }

    /// Hands the text to `sink` whenever at least `flushThreshold` bytes are waiting, and the rest
    /// at `finish()`. The pieces joined are exactly the text a writer without a sink would hold.
    public init(pretty: Bool = true, flushThreshold: Int = 1 << 16, sink: @escaping ([UInt8]) -> Void) {
        indentUnit = pretty ? "  " : ""
        self.sink = sink
        self.flushThreshold = max(1, flushThreshold)
    }

    /// Ends the document with a newline (as a text file ends) and hands over what is left.
    public mutating func finish() {
        bytes.append(0x0A)
        flush()
    }

    private mutating func flushIfFull() {
        if bytes.count >= flushThreshold { flush() }
    }

    private mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 {
            newline(depth: needsComma.count - 1)
        }
    }

    private mutating func newline(depth: Int) {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(contentsOf: indentUnit.utf8) }
    }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func open(_ bracket: String) {
        raw(bracket)
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { newline(depth: needsComma.count - 1) }
        raw(bracket)
    }

    public mutating func key(_ name: String) {
        separator()
        Self.appendString(name, to: &bytes)
        raw(pretty ? ": " : ":")
        needsComma[needsComma.count - 1] = false
        // The value that follows must not add a comma of its own.
        pendingKey = true
    }

    private var pendingKey = false

    private mutating func beginValue() {
        flushIfFull()
        if pendingKey {
            pendingKey = false
            needsComma[needsComma.count - 1] = true
        } else {
            separator()
        }
    }

    public mutating func beginObject() { beginValue(); open("{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { beginValue(); open("[") }
    public mutating func endArray() { close("]") }

    public mutating func string(_ value: String?) {
        beginValue()
        if let value { Self.appendString(value, to: &bytes) } else { raw("null") }
    }

    public mutating func number(_ value: Int?) {
        beginValue()
        raw(value.map(String.init) ?? "null")
    }

    public mutating func double(_ value: Double) {
        beginValue()
        raw(value.isFinite ? String(value) : "null")
    }

    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int?) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Substring) {
        key(name)
        beginValue()
        Self.appendString(value, to: &bytes)
    }
    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }

    /// Appends a JSON string literal; works on UTF-8 bytes because exports run to hundreds of megabytes.
    static func appendString(_ s: some StringProtocol, to out: inout [UInt8]) {
        out.append(0x22)
        var utf8 = Array(s.utf8)
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0x00..<0x20, 0x7F: appendEscape(UInt32(b), to: &out)
            case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                // U+2028 and U+2029 end lines in JavaScript; escape them so the output is safe there too.
                appendEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        utf8.removeAll()
        out.append(0x22)
    }

    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        let hex = Array(String(value, radix: 16).utf8)
        out.append(contentsOf: Array("\\u".utf8))
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.count))
        out.append(contentsOf: hex)
    }
}
