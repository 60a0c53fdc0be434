import ChorusCore

/// How the article list is sorted.
enum ArticleOrder: Int, CaseIterable, Sendable {
    case date, outlet, title

    var label: String {
        switch self {
        case .date: return "by date"
        case .outlet: return "by outlet"
        case .title: return "by title"
        }
    }
}

/// The index and everything the reader derives from it once, when it arrives, so that no frame
/// and no key press walks the whole corpus: sorted orders, titles, counts per outlet and speaker.
struct Catalog: Sendable {
    let index: CorpusIndex
    /// The name shown in the title bar (the corpus folder or file).
    let name: String
    /// The title, or the first words of the body when the article has none: the one title the
    /// list, the reading pane and every other view show.
    let titles: [String]
    let hasTitle: [Bool]
    /// The widest outlet name the list shows, in columns, capped at `outletColumnCap`: the list's
    /// outlet column is no wider than the corpus needs, so the title keeps the rest.
    let widestOutlet: Int
    /// Article positions in each order.
    let orders: [[Int]]
    /// Outlets with their article counts, most articles first.
    let outlets: [(label: String, articles: Int)]
    /// Per speaker: how many outlets carried their quotes.
    let speakerOutlets: [Int]
    /// Speakers, most quoted first.
    let speakersByQuotes: [Int]
    /// Per speaker: the statements their quotes take part in, in order of first quote.
    let statementsBySpeaker: [[Int]]

    init(index: CorpusIndex) {
        self.index = index
        name = Catalog.displayName(of: index.root)
        var titles: [String] = []
        var hasTitle: [Bool] = []
        titles.reserveCapacity(index.articles.count)
        for article in index.articles {
            if let title = article.title, !title.isEmpty {
                titles.append(title)
                hasTitle.append(true)
            } else {
                titles.append(Catalog.openingWords(of: article))
                hasTitle.append(false)
            }
        }
        self.titles = titles
        self.hasTitle = hasTitle
        var widest = 0
        for article in index.articles where widest < Catalog.outletColumnCap {
            let outlet = article.outlet ?? ""
            widest = max(widest, DisplayWidth.columns(outlet.isEmpty ? Catalog.noOutlet : outlet))
        }
        widestOutlet = min(widest, Catalog.outletColumnCap)

        let articles = index.articles
        let byDate = articles.indices.sorted { a, b in
            // Newest first; undated articles last, in corpus order.
            switch (articles[a].date, articles[b].date) {
            case let (x?, y?): return x != y ? x > y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        let outletKeys = articles.map { $0.outletLabel.lowercased() }
        let byOutlet = articles.indices.sorted { a, b in
            outletKeys[a] != outletKeys[b] ? outletKeys[a] < outletKeys[b] : a < b
        }
        let titleKeys = titles.map { $0.lowercased() }
        let byTitle = articles.indices.sorted { a, b in
            titleKeys[a] != titleKeys[b] ? titleKeys[a] < titleKeys[b] : a < b
        }
        orders = [byDate, byOutlet, byTitle]

        var outletCounts: [String: Int] = [:]
        for article in articles { outletCounts[article.outletLabel, default: 0] += 1 }
        outlets = outletCounts.map { (label: $0.key, articles: $0.value) }
            .sorted { $0.articles != $1.articles ? $0.articles > $1.articles : $0.label < $1.label }

        var speakerOutlets: [Int] = []
        var statementsBySpeaker: [[Int]] = []
        for quotes in index.quotesBySpeaker {
            var seenOutlets = Set<String>()
            var seenStatements = Set<Int>()
            var statements: [Int] = []
            for q in quotes {
                seenOutlets.insert(articles[index.quotes[q].article].outletLabel)
                for s in index.statementsByQuote[q] where seenStatements.insert(s).inserted { statements.append(s) }
            }
            speakerOutlets.append(seenOutlets.count)
            statementsBySpeaker.append(statements)
        }
        self.speakerOutlets = speakerOutlets
        self.statementsBySpeaker = statementsBySpeaker
        let counts = index.quotesBySpeaker.map(\.count)
        speakersByQuotes = index.speakers.indices.sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : index.speakers[a].name < index.speakers[b].name
        }
    }

    var articleCount: Int { index.articles.count }

    func order(_ order: ArticleOrder) -> [Int] { orders[order.rawValue] }

    /// Outlet names longer than this are cut in the list: most outlets' names fit whole, and the
    /// title needs the room more than the tail of a long one.
    static let outletColumnCap = 20
    /// What is shown where an outlet would be when the corpus names none: said plainly, rather
    /// than the article's id shown as if it were an outlet.
    static let noOutlet = "no outlet"

    /// An article's outlet for display, or `noOutlet`.
    func outletName(_ article: Int) -> String {
        guard let outlet = index.articles[article].outlet, !outlet.isEmpty else { return Catalog.noOutlet }
        return outlet
    }

    /// The outlet and the date of an article, as one label; the id names an article without an
    /// outlet, which it would otherwise not tell apart from the others.
    func byline(_ article: Int) -> String {
        let a = index.articles[article]
        let date = a.date ?? "no date"
        guard let outlet = a.outlet, !outlet.isEmpty else { return Catalog.noOutlet + " · " + a.id + " · " + date }
        return outlet + " · " + date
    }

    func speakerName(_ speaker: Int?) -> String {
        speaker.map { index.speakers[$0].name } ?? "Speaker unknown"
    }

    /// The articles one speaker was quoted in.
    func articles(quoting speaker: Int) -> Set<Int> {
        Set(index.quotesBySpeaker[speaker].map { index.quotes[$0].article })
    }

    /// The corpus folder's or file's name, for the title bar.
    static func displayName(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.last == "/" { trimmed.removeLast() }
        return String(trimmed.split(separator: "/").last ?? trimmed)
    }

    /// The first line of the body, cut to a title's length, for articles without a title.
    private static func openingWords(of article: Article) -> String {
        var words = String.UnicodeScalarView()
        var count = 0
        var started = false
        var i = article.text.unicodeScalars.startIndex
        let scalars = article.text.unicodeScalars
        var skipped = 0
        while i < scalars.endIndex, skipped < article.bodyStart { i = scalars.index(after: i); skipped += 1 }
        while i < scalars.endIndex, count < 100 {
            let s = scalars[i]
            i = scalars.index(after: i)
            if s == "\n" || s == "\r" {
                if started { break } else { continue }
            }
            if !started && TextWrapper.isSpace(s) { continue }
            started = true
            words.append(s)
            count += 1
        }
        let text = String(words)
        return text.isEmpty ? article.id : text + (count >= 100 ? "…" : "")
    }
}
