/// Splits a passage into sentences: the units a statement is linked by, since one outlet may
/// print two remarks in one quote that another outlet prints apart.
///
/// A sentence ends at `.`, `!`, `?` or `…` (after any closing quote or bracket) followed by a
/// space and a capital, digit or opening quote, or at a line break; not after a title or an
/// initial (`Mr. Peskov`, `J. Biden`, `U.S. officials`).
public enum StatementSentences {
    /// Words after which a full stop does not end a sentence (`Mr. Peskov`, `Gen. Milley`).
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "adm", "maj", "cmdr",
        "pres", "rev", "hon", "mt", "ft", "approx", "dept", "univ", "jan", "feb", "mar", "apr",
        "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Sentence ranges as scalar offsets into `text`, trimmed of surrounding spaces; a text
    /// without a sentence break gives one range (none when it is blank).
    public static func split(_ text: String) -> [Range<Int>] {
        var text = text
        text.makeContiguousUTF8()
        var result: [Range<Int>] = []
        _ = text.utf8.withContiguousStorageIfAvailable { split(utf8: $0, into: &result) }
        return result
    }

    /// The same over UTF-8 bytes, appended to `result`; offsets still count scalars.
    static func split(utf8 s: UnsafeBufferPointer<UInt8>, into result: inout [Range<Int>]) {
        if let whole = unbroken(s) {
            if !whole.isEmpty { result.append(whole) }
            return
        }
        var cursor = Cursor(bytes: s)
        var sentence = Sentence()
        var wordStart = 0  // byte where the current run of letters and dots began
        var inWord = false
        while cursor.byte < s.count {
            let (c, length) = WordTokenizer.decode(s, cursor.byte)
            if c == 0x0A || c == 0x0D {
                sentence.close(into: &result)
                cursor.advance(length)
                inWord = false
                continue
            }
            let isTerminator = c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026
            if !isTerminator {
                let letter = isLetter(c)
                if letter && !inWord { wordStart = cursor.byte }
                inWord = letter || (inWord && c == 0x2E)
                sentence.take(c, at: cursor.scalar)
                cursor.advance(length)
                continue
            }
            let dot = cursor.byte
            let abbreviation = c == 0x2E && isAbbreviation(s, from: inWord ? wordStart : dot, to: dot)
            // The terminator run and any closing marks belong to this sentence.
            var run = 0
            while cursor.byte < s.count {
                let (t, l) = WordTokenizer.decode(s, cursor.byte)
                let terminator = t == 0x2E || t == 0x21 || t == 0x3F || t == 0x2026
                guard terminator || isCloser(t) else { break }
                if terminator { run += 1 }
                sentence.take(t, at: cursor.scalar)
                cursor.advance(l)
            }
            var next = cursor
            var spaced = false
            while next.byte < s.count {
                let (t, l) = WordTokenizer.decode(s, next.byte)
                guard t == 0x20 || t == 0xA0 || t == 0x09 else { break }
                spaced = true
                next.advance(l)
            }
            inWord = false
            guard spaced, next.byte < s.count, !(abbreviation && run == 1) else { continue }
            let (following, _) = WordTokenizer.decode(s, next.byte)
            if startsSentence(following) {
                sentence.close(into: &result)
                cursor = next
            }
        }
        sentence.close(into: &result)
    }

    /// Most quotes have no break inside: then the whole text, trimmed, in one quick pass (nil when
    /// a terminator or line break needs the full reading).
    private static func unbroken(_ s: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var scalars = 0
        var first = -1
        var end = 0
        var i = 0
        var hasWord = false
        let last = s.count - 1
        while i < s.count {
            let b = s[i]
            switch b {
            case 0x2E, 0x21, 0x3F:
                if i < last { return nil }
            case 0x0A, 0x0D:
                return nil
            case 0xE2:
                if i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0xA6 { return nil }
            default:
                break
            }
            if b & 0xC0 != 0x80 {
                // ASCII letters and digits, or the lead byte of a Latin, Greek, Cyrillic… letter.
                if !hasWord, (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0xC3 && b < 0xE0) {
                    hasWord = true
                }
                if b != 0x20, b != 0x09 {
                    if first < 0 { first = scalars }
                    end = scalars + 1
                }
                scalars += 1
            }
            i += 1
        }
        return hasWord ? first..<end : 0..<0
    }

    /// Byte position and scalar count while walking UTF-8.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var byte = 0
        var scalar = 0
        mutating func advance(_ length: Int) {
            byte += length
            scalar += 1
        }
    }

    /// The sentence being read: where its first and last non-space scalars are.
    private struct Sentence {
        var first = -1
        var end = 0
        var hasWord = false

        mutating func take(_ c: UInt32, at scalar: Int) {
            guard !isSpace(c) else { return }
            if first < 0 { first = scalar }
            end = scalar + 1
            if !hasWord, isLetter(c) || (c >= 0x30 && c <= 0x39) { hasWord = true }
        }

        /// Ends the sentence; one of only marks or dashes joins the sentence before it.
        mutating func close(into out: inout [Range<Int>]) {
            defer { self = Sentence() }
            guard first >= 0 else { return }
            if hasWord {
                out.append(first..<end)
            } else if let last = out.last, last.lowerBound <= end {
                out.removeLast()
                out.append(last.lowerBound..<end)
            }
        }
    }

    private static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        return Unicode.Scalar(c)?.properties.isWhitespace ?? false
    }

    private static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        guard c >= 0xC0, let scalar = Unicode.Scalar(c) else { return false }
        if case .letter = ScalarFolding.role(of: scalar) { return true }
        return false
    }

    private static func isCloser(_ c: UInt32) -> Bool {
        switch c {
        case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D: return true
        default: return false
        }
    }

    private static func startsSentence(_ c: UInt32) -> Bool {
        switch c {
        case 0x22, 0x27, 0x201C, 0x2018, 0xAB, 0x28, 0x5B, 0x2013, 0x2014: return true
        case 0x41...0x5A, 0x30...0x39: return true
        case 0..<0x80: return false
        default: return Unicode.Scalar(c)?.properties.isUppercase ?? false
        }
    }

    /// Whether the word in `from..<dot` is a title, an initial or a dotted acronym.
    private static func isAbbreviation(_ s: UnsafeBufferPointer<UInt8>, from: Int, to dot: Int) -> Bool {
        guard from < dot else { return false }
        let word = UnsafeBufferPointer(rebasing: s[from..<dot])
        if word.contains(0x2E) { return true }  // U.S., a.m.
        if word.count == 1 { return word[0] >= 0x41 && word[0] <= 0x5A }
        guard word.count <= 6 else { return false }
        var lowered = ""
        for b in word { lowered.unicodeScalars.append(Unicode.Scalar(b < 0x80 ? b | 0x20 : b)) }
        return abbreviations.contains(lowered)
    }
}
