import ChorusCore

/// Where a reading pane's view begins: a header row, or the body line holding a scalar offset.
/// An offset survives re-wrapping, so a resize keeps the reader's place.
enum ReadingAnchor: Equatable {
    case header(Int)
    case offset(Int)

    static let top = ReadingAnchor.header(0)
}

/// One article laid out for a column width: header rows (title, byline, url, a rule), then the
/// body word-wrapped with scalar offsets kept.
struct ReadingDocument {
    enum HeaderRow: Equatable {
        case text(String, Style)
        case rule
    }

    let article: Int
    let width: Int
    let scalars: [Unicode.Scalar]
    let header: [HeaderRow]
    let body: [TextLine]

    init(catalog: Catalog, article: Int, width: Int, scalars: [Unicode.Scalar]) {
        let a = catalog.index.articles[article]
        self.article = article
        self.width = width
        self.scalars = scalars
        var header: [HeaderRow] = []
        // The list's title, inferred or not, so an article is called the same everywhere; an
        // inferred one is dim, as in the list.
        let titleStyle: Style = catalog.hasTitle[article] ? .bold : .dim
        header += TextWrapper.wrap(catalog.titles[article], width: width).map { .text($0, titleStyle) }
        let quotes = catalog.index.quotesByArticle[article].count
        header.append(.text(catalog.byline(article) + " · " + Plural.count(quotes, "quote"), .normal))
        if let url = a.url, !url.isEmpty { header.append(.text(url, .dim)) }
        header.append(.rule)
        self.header = header
        body = TextWrapper.wrap(scalars, from: min(a.bodyStart, scalars.count), width: width)
    }

    var rowCount: Int { header.count + body.count }

    /// The row showing a scalar offset of the text (the header's last row when it lies before the body).
    func row(forOffset offset: Int) -> Int {
        guard !body.isEmpty, offset >= body[0].start else { return max(0, header.count - 1) }
        var lo = 0, hi = body.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if body[mid].start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return header.count + lo
    }

    func row(for anchor: ReadingAnchor) -> Int {
        switch anchor {
        case .header(let i): return max(0, min(i, header.count - 1))
        case .offset(let o): return row(forOffset: o)
        }
    }

    func anchor(forRow row: Int) -> ReadingAnchor {
        let row = max(0, min(row, rowCount - 1))
        return row < header.count ? .header(row) : .offset(body[row - header.count].start)
    }

    /// The last row that can be at the top with the pane still full.
    func lastTopRow(height: Int) -> Int { max(0, rowCount - height) }
}

enum Plural {
    static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        number(n) + " " + (n == 1 ? noun : plural ?? noun + "s")
    }

    /// A count with thousands grouped (37,546), as analysts read large numbers.
    static func number(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
