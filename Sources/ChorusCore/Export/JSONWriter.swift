/// Writes JSON text by hand so that output is byte-for-byte deterministic and keys keep the
/// order of the published schema.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma = [false]
    private let indentUnit: String
    private var pretty: Bool { !indentUnit.isEmpty }

    public init(pretty: Bool = true) {
        indentUnit = pretty ? "  " : ""
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 {
            output += "\n" + String(repeating: indentUnit, count: needsComma.count - 1)
        }
    }

    private mutating func open(_ bracket: String) {
        output += bracket
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { output += "\n" + String(repeating: indentUnit, count: needsComma.count - 1) }
        output += bracket
    }

    public mutating func key(_ name: String) {
        separator()
        Self.appendString(name, to: &output)
        output += pretty ? ": " : ":"
        needsComma[needsComma.count - 1] = false
        // The value that follows must not add a comma of its own.
        pendingKey = true
    }

    private var pendingKey = false

    private mutating func beginValue() {
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
        if let value { Self.appendString(value, to: &output) } else { output += "null" }
    }

    public mutating func number(_ value: Int?) {
        beginValue()
        output += value.map(String.init) ?? "null"
    }

    public mutating func double(_ value: Double) {
        beginValue()
        output += value.isFinite ? String(value) : "null"
    }

    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int?) { key(name); number(value) }
    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }

    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
