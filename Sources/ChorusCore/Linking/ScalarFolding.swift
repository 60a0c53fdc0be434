/// How one character counts when two renderings of a remark are compared: outlets differ in
/// case, accents (`Zelenskyy`/`Zelenskyy`, `Erdoğan`/`Erdogan`), curly or straight apostrophes,
/// and dashes, none of which changes what was said.
enum ScalarFolding {
    /// What a scalar is for word matching.
    enum Role {
        /// Part of a word; `folded` is what it contributes (lower case, accents dropped).
        case letter(folded: FoldedLetters, upper: Bool)
        case digit
        /// Joins two letters into one word (`don't`, `Moscow’s`); otherwise a separator.
        case apostrophe
        /// A combining accent: belongs to the word it follows and contributes nothing.
        case mark
        case separator
    }

    /// One to two ASCII letters, or a lowercased non-Latin scalar.
    enum FoldedLetters {
        case ascii(UInt8)
        case asciiPair(UInt8, UInt8)
        case scalar(Unicode.Scalar)
    }

    /// Latin-1 Supplement and Latin Extended-A/B (U+00C0...U+024F): the base letter each folds
    /// to, `*` for the few that fold to two letters, `.` for those that are not letters.
    private static let latinBase: [UInt8] = Array((
        "aaaaaa*ceeeeiiiidnooooo.ouuuuy**aaaaaa*ceeeeiiiidnooooo.ouuuuy*yaaaaaaccccccccdd"
        + "ddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssss"
        + "sstttt..uuuuuuuuuuuuwwyyyzzzzzzs................................oo.............u"
        + "u............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...."
        + "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................"
    ).utf8)
    private static let latinUpper: [UInt8] = Array((
        "UUUUUUUUUUUUUUUUUUUUUUUlUUUUUUUlllllllllllllllllllllllllllllllllUlUlUlUlUlUlUlUl"
        + "UlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUllUlUlUlUlUlUlUlUllUlUlUlUlUlUlUlUlUlUlUl"
        + "UlUlUlUlUlUlUlUlUlUlUlUlUUlUlUlllUUlUlUUlUUUllUUUUlUUlUUUlllUUlUUlUlUlUUlUllUlUU"
        + "lUUUlUlUUlllUlllllllUllUllUllUlUlUlUlUlUlUlUllUlUlUlUlUlUlUlUlUllUllUlUUUlUlUlUl"
        + "UlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlllllllUUlUUllUlUUUUlUlUlUlUl"
    ).utf8)

    /// The role of a non-ASCII scalar (ASCII is handled inline by the tokenizer).
    static func role(of scalar: Unicode.Scalar) -> Role {
        let v = scalar.value
        switch v {
        case 0x2019, 0x2018, 0x02BC, 0x2032, 0x00B4, 0x02BB:
            return .apostrophe
        case 0x0300...0x036F:
            return .mark
        case 0x0080...0x00BF, 0x2000...0x206F, 0x3000...0x303F:
            // Spaces, quotation marks, dashes and other punctuation: the common non-ASCII characters of news text.
            return .separator
        case 0x00C0...0x024F:
            let i = Int(v - 0x00C0)
            let upper = latinUpper[i] == UInt8(ascii: "U")
            let base = latinBase[i]
            if base == UInt8(ascii: "*") { return .letter(folded: pair(v), upper: upper) }
            if base == UInt8(ascii: ".") { return .separator }
            return .letter(folded: .ascii(base), upper: upper)
        default:
            let properties = scalar.properties
            if properties.isAlphabetic {
                let lower = properties.lowercaseMapping.unicodeScalars.first ?? scalar
                return .letter(folded: .scalar(lower), upper: properties.isUppercase)
            }
            if properties.numericType == .decimal { return .digit }
            if properties.generalCategory == .nonspacingMark { return .mark }
            return .separator
        }
    }

    private static func pair(_ v: UInt32) -> FoldedLetters {
        switch v {
        case 0xC6, 0xE6: return .asciiPair(UInt8(ascii: "a"), UInt8(ascii: "e"))
        case 0xDE, 0xFE: return .asciiPair(UInt8(ascii: "t"), UInt8(ascii: "h"))
        case 0xDF: return .asciiPair(UInt8(ascii: "s"), UInt8(ascii: "s"))
        case 0x132, 0x133: return .asciiPair(UInt8(ascii: "i"), UInt8(ascii: "j"))
        default: return .asciiPair(UInt8(ascii: "o"), UInt8(ascii: "e"))
        }
    }
}
