/// Finds the quotations of one article and who the article says spoke them.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Quotes in order of their start offset.
    public func extract(from article: Article) -> [ExtractedQuote] {
        let scalars = Array(article.text.unicodeScalars)
        var result: [ExtractedQuote] = []
        var open: Int?
        for i in scalars.indices where i >= article.bodyStart {
            switch scalars[i] {
            case "\u{201C}", "\u{201D}", "\"", "\u{00AB}", "\u{00BB}", "\u{201E}":
                if let o = open {
                    if i - o > 1 { result.append(ExtractedQuote(start: o + 1, end: i, kind: .direct)) }
                    open = nil
                } else {
                    open = i
                }
            case "\n":
                open = nil
            default:
                continue
            }
        }
        return result
    }
}
