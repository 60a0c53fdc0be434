/// One outlet however a corpus spells it: `Fox News`, `Fox Online News` and `Fox News (Online)`
/// are one outlet, counted once in a statement's coverage, while each is shown as the corpus
/// names it.
public enum OutletName {
    /// Words that name a channel or section of an outlet rather than the outlet.
    private static let channelWords: Set<String> = ["online", "web", "news", "digital", "editorial", "opinion", "the"]

    /// The outlet's name folded: case, punctuation, a parenthesised part and channel words dropped.
    public static func key(_ label: String) -> String {
        var kept = ""
        var depth = 0
        for scalar in label.lowercased().unicodeScalars {
            if scalar == "(" { depth += 1; continue }
            if scalar == ")" { depth = max(0, depth - 1); continue }
            guard depth == 0 else { continue }
            let alphanumeric = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            kept.unicodeScalars.append(alphanumeric ? scalar : " ")
        }
        let words = kept.split(separator: " ")
        let named = words.filter { !channelWords.contains(String($0)) }
        return (named.isEmpty ? words : named).joined(separator: " ")
    }
}
