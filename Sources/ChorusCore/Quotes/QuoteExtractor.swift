/// Finds the quotations of one article and who the article says spoke them.
///
/// The article is read once, in order: its reporting is told from the outlet's boilerplate, the
/// quotations printed with marks are found, then each sentence is read for speech cues
/// (`said`, `according to`, ...) whose speakers the article's own names, pronouns and roles
/// resolve, and for quotations printed without marks. Linear in the text.
public struct QuoteExtractor: Sendable {
    private let boilerplate = Boilerplate()
    private let finder = MarkedQuoteFinder()

    public init() {}

    /// Quotes in order of their start offset.
    public func extract(from article: Article) -> [ExtractedQuote] {
        quotes(in: ProseScalar.scalars(of: article.text), of: article)
    }

    /// Quotes in order of their start offset, each with where its text lies in the article's UTF-8
    /// (spans clamped to the text): `QuotedText.text(in:)` cuts it. Offsets rather than slices are
    /// handed on, as a corpus's quotes are all held at once before the index is made.
    public func extractWithUTF8Spans(from article: Article) -> [(quote: ExtractedQuote, utf8: QuotedText)] {
        let text = ProseScalar.scalars(of: article.text)
        var bytes = article.text
        var found = quotes(in: text, of: article)
        // Scalar offsets to UTF-8 offsets in one forward walk (quotes come in order of start).
        let spans = bytes.withUTF8 { utf8 in
            var scalarOffset = 0, utf8Offset = 0
            return found.indices.map { i -> QuotedText in
                found[i].start = min(max(0, found[i].start), text.count)
                found[i].end = min(max(found[i].start, found[i].end), text.count)
                utf8Offset = ProseScalar.utf8Offset(utf8, from: utf8Offset, advancing: found[i].start - scalarOffset)
                scalarOffset = found[i].start
                return QuotedText(utf8Offset..<ProseScalar.utf8Offset(utf8, from: utf8Offset, advancing: found[i].end - found[i].start))
            }
        }
        // Taken from the end, each quote is moved into its own slot of the result: neither copied
        // nor moved again by a reversal.
        let count = found.count
        // An empty result is the shared empty array, whose header the initializer below would
        // write from every core at once (ThreadSanitizer reports it).
        guard count > 0 else { return [] }
        return [(quote: ExtractedQuote, utf8: QuotedText)](unsafeUninitializedCapacity: count) { slots, initialized in
            while let quote = found.popLast() { (slots.baseAddress! + found.count).initialize(to: (quote, spans[found.count])) }
            initialized = count
        }
    }

    private func quotes(in printed: [Unicode.Scalar], of article: Article) -> [ExtractedQuote] {
        let (text, tooltips) = LinkTooltips.blanked(printed)
        let lines = paragraphs(text, from: article.bodyStart)
        let (kept, heading) = boilerplate.reporting(text, paragraphs: lines, title: article.title)
        let reporting = kept.indices.filter { !heading[$0] }.map { kept[$0] }
        let marked = QuotedTitles().marking(finder.find(in: text, paragraphs: reporting), in: text)
        var reader = ArticleReader(text: text, marked: marked, quotesMarked: printsQuotesWithMarks(marked, reporting))
        reader.read(blocks(reporting, marked))
        var quotes = reader.extracted()
        if !tooltips.isEmpty { quotes = quotes.compactMap { LinkTooltips.cleared($0, of: tooltips, in: text) } }
        quotes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return quotes
    }

    /// Whether the article prints its quotations between marks. Double marks and dashes say so;
    /// single marks also enclose titles, scare quotes and quotations inside quotations whose outer
    /// marks were lost, so they count only when they open a paragraph, as in the house style of
    /// outlets that quote with them.
    func printsQuotesWithMarks(_ marked: [MarkedQuote], _ paragraphs: [Range<Int>]) -> Bool {
        let starts = Set(paragraphs.map(\.lowerBound))
        return marked.contains { !$0.namesWork && (!$0.single || starts.contains($0.outer.lowerBound)) }
    }

    /// Non-empty lines, trimmed: news text puts one paragraph on a line.
    func paragraphs(_ text: [Unicode.Scalar], from start: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = max(0, min(start, text.count))
        while i < text.count {
            let e = ScalarScan.lineBreak(text, from: i, to: text.count)
            var s = i
            while s < e && ProseScalar.isSpace(text[s]) { s += 1 }
            var t = e
            while t > s && ProseScalar.isSpace(text[t - 1]) { t -= 1 }
            if t > s { result.append(s..<t) }
            i = e + 1
        }
        return result
    }

    /// Paragraphs, joined where a quotation runs from one into the next.
    func blocks(_ paragraphs: [Range<Int>], _ marked: [MarkedQuote]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var q = 0
        for p in paragraphs {
            if let last = result.last, last.upperBound > p.lowerBound || spansInto(last, p, marked, &q) {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, p.upperBound)
            } else {
                result.append(p)
            }
        }
        return result
    }

    private func spansInto(_ block: Range<Int>, _ next: Range<Int>, _ marked: [MarkedQuote], _ q: inout Int) -> Bool {
        while q < marked.count && marked[q].outer.upperBound <= block.upperBound { q += 1 }
        return q < marked.count && marked[q].outer.lowerBound < block.upperBound && marked[q].outer.upperBound > next.lowerBound
    }
}

/// Where a quote's text lies in its article's UTF-8, in eight bytes rather than a slice's 32.
public struct QuotedText: Sendable, Hashable {
    let start: Int32
    let end: Int32

    init(_ range: Range<Int>) {
        start = Int32(clamping: range.lowerBound)
        end = Int32(clamping: range.upperBound)
    }

    /// The quote as printed: a slice of the article's text, sharing its storage.
    public func text(in printed: String) -> Substring {
        let from = printed.utf8.index(printed.utf8.startIndex, offsetBy: Int(start))
        return printed[from..<printed.utf8.index(from, offsetBy: Int(end - start))]
    }
}
