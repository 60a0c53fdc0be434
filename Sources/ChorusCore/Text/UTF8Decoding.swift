/// Bytes decoded to text, with how many invalid sequences were replaced by U+FFFD.
struct DecodedText {
    let text: String
    let replacements: Int

    init(_ bytes: some Collection<UInt8>) {
        if let valid = String(validating: bytes, as: UTF8.self) {
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
