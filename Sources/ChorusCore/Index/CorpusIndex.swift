/// Everything Chorus knows about a corpus: its articles, who said what in them, and which quotes of
/// different outlets render the same statement. Built once at launch, then only read.
public struct CorpusIndex: Sendable {
    /// The path the corpus was loaded from.
    public let root: String
    public let articles: [Article]
    /// All quotes, grouped by article and in text order within an article.
    public let quotes: [Quote]
    public let speakers: [Speaker]
    public let statements: [Statement]
    public let warnings: [LoadWarning]

    /// Quote ids of each article, in text order.
    public let quotesByArticle: [[Int]]
    /// Quote ids of each speaker, in corpus order.
    public let quotesBySpeaker: [[Int]]
    /// Statement ids each quote takes part in.
    public let statementsByQuote: [[Int]]

    public init(root: String, articles: [Article], quotes: [Quote], speakers: [Speaker], statements: [Statement], warnings: [LoadWarning]) {
        self.root = root
        self.articles = articles
        self.quotes = quotes
        self.speakers = speakers
        self.statements = statements
        self.warnings = warnings
        var byArticle = [[Int]](repeating: [], count: articles.count)
        var bySpeaker = [[Int]](repeating: [], count: speakers.count)
        // By index: a quote copied out of the array to read two numbers would retain its text.
        for q in quotes.indices {
            byArticle[quotes[q].article].append(q)
            if let s = quotes[q].speaker { bySpeaker[s].append(q) }
        }
        var byQuote = [[Int]](repeating: [], count: quotes.count)
        for statement in statements {
            for member in statement.members where byQuote[member.quote].last != statement.id {
                byQuote[member.quote].append(statement.id)
            }
        }
        quotesByArticle = byArticle
        quotesBySpeaker = bySpeaker
        statementsByQuote = byQuote
    }

    /// An index with no articles, for the reader's empty state.
    public static func empty(root: String, warnings: [LoadWarning] = []) -> CorpusIndex {
        CorpusIndex(root: root, articles: [], quotes: [], speakers: [], statements: [], warnings: warnings)
    }

    /// The outlets whose articles carry a statement, in order of first report: each by the label
    /// of its first report, and spellings of one outlet (`OutletName`) counted once.
    public func outlets(of statement: Statement) -> [String] {
        var seen = Set<String>()
        return statement.members.compactMap { member in
            let label = articles[quotes[member.quote].article].outletLabel
            return seen.insert(OutletName.key(label)).inserted ? label : nil
        }
    }
}
