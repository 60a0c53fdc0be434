/// Splits a passage into sentences: the units a statement is linked by, since one outlet may
/// print two remarks in one quote that another outlet prints apart.
public enum SentenceSplitter {
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
        split(Array(text.unicodeScalars))
    }

    public static func split(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" || c == "\r" {
                append(s, start, i, &result)
                start = i + 1
                i += 1
                continue
            }
            guard c == "." || c == "!" || c == "?" || c == "\u{2026}" else { i += 1; continue }
            var end = i + 1
            while end < s.count, s[end] == "." || s[end] == "!" || s[end] == "?" || s[end] == "\u{2026}" { end += 1 }
            while end < s.count, isCloser(s[end]) { end += 1 }
            var next = end
            while next < s.count, s[next] == " " || s[next] == "\u{00A0}" || s[next] == "\t" { next += 1 }
            let breaks = next < s.count && next > end && startsSentence(s[next])
                && !(c == "." && end == i + 1 && isAbbreviation(s, before: i))
            if breaks {
                append(s, start, end, &result)
                start = next
                i = next
            } else {
                i = end
            }
        }
        append(s, start, s.count, &result)
        return result
    }

    private static func append(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ out: inout [Range<Int>]) {
        var a = start, b = end
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        guard b > a else { return }
        // A stray closing mark or dash is not a sentence of its own.
        guard s[a..<b].contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            if let last = out.popLast() { out.append(last.lowerBound..<b) }
            return
        }
        out.append(a..<b)
    }

    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]": return true
        default: return false
        }
    }

    private static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "(", "[", "\u{2013}", "\u{2014}": return true
        default:
            return c.properties.isUppercase || c.properties.numericType == .decimal
        }
    }

    /// Whether the word ending just before `dot` is a title, an initial or a dotted acronym.
    private static func isAbbreviation(_ s: [Unicode.Scalar], before dot: Int) -> Bool {
        var a = dot
        while a > 0, s[a - 1].properties.isAlphabetic || s[a - 1] == "." { a -= 1 }
        let word = s[a..<dot]
        if word.isEmpty { return false }
        if word.contains(".") { return true }  // U.S., a.m.
        if word.count == 1, let first = word.first, first.properties.isUppercase { return true }
        var lowered = ""
        for c in word { lowered.unicodeScalars.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars) }
        return abbreviations.contains(lowered)
    }
}
