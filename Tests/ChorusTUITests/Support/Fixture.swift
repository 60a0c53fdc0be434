import ChorusCore
@testable import ChorusTUI

/// A small corpus built by hand: three outlets reporting one story (with speakers and statements
/// linking their quotes), an article in Japanese with text that must be drawn carefully, and an
/// article with neither outlet nor title nor quotes.
enum Fixture {
    struct QuoteSpec {
        let article: Int
        let text: String
        let speaker: Int?
        var kind: QuoteKind = .direct
    }

    static let articles: [Article] = [
        Article(id: "nordic-1", path: "fixture/nordic-1.txt", text: """
            The harbour bridge will close for six weeks, the transport minister said on Friday.

            "The bridge is no longer safe for heavy traffic," Maria Lindqvist told reporters. "We cannot wait another winter."

            Union leader Tomas Berg called the plan "a disaster for commuters".


            The closure begins in April, and ferries will run every twenty minutes while engineers replace the cables that hold the deck.
            """, outlet: "Nordic Post", title: "Bridge to close for repairs", date: "2024-03-02", url: "https://nordic.example/bridge"),
        Article(id: "harbour-1", path: "fixture/harbour-1.txt", text: """
            Transport minister Maria Lindqvist said the bridge "is no longer safe for heavy lorries" and would shut in April.

            "We simply cannot wait another winter," she added.

            Others were less sure.
            """, outlet: "Harbour Times", title: "Minister shuts harbour bridge", date: "2024-03-01"),
        Article(id: "ledger-1", path: "fixture/ledger-1.txt", text: """
            Commuters face weeks of detours. Tomas Berg, who leads the transport union, said the closure was "a disaster for every commuter".

            Lindqvist said: "The bridge is no longer safe."
            """, outlet: "Evening Ledger", title: "Commuters face six weeks of detours", date: "2024-03-03"),
        Article(id: "wire-1", path: "fixture/wire-1.txt", text: """
            港の橋が六週間閉鎖される。大臣は「橋は安全ではない」と述べた。 🚧 Café con leche.
            Injected: \u{1B}[31mred\u{1B}[0m and \u{9B}2J and \u{202E}reversed\u{202C} and a\u{7}bell.
            Tabbed:\tcolumn\tend.
            """, outlet: "Tokyo Wire", title: "港の橋が閉鎖"),
        Article(id: "untitled-7", path: "fixture/untitled-7.txt", text: "A short note with nobody quoted in it.\n"),
    ]

    static let speakers: [Speaker] = [
        Speaker(id: 0, name: "Maria Lindqvist", aliases: ["Lindqvist"], roles: ["transport minister"], kind: .person),
        Speaker(id: 1, name: "Tomas Berg", aliases: ["Berg"], roles: ["union leader"], kind: .person),
    ]

    static let quoteSpecs: [QuoteSpec] = [
        QuoteSpec(article: 0, text: "The bridge is no longer safe for heavy traffic,", speaker: 0),
        QuoteSpec(article: 0, text: "We cannot wait another winter.", speaker: 0),
        QuoteSpec(article: 0, text: "a disaster for commuters", speaker: 1),
        QuoteSpec(article: 1, text: "is no longer safe for heavy lorries", speaker: 0),
        QuoteSpec(article: 1, text: "We simply cannot wait another winter,", speaker: 0),
        QuoteSpec(article: 2, text: "a disaster for every commuter", speaker: 1),
        QuoteSpec(article: 2, text: "The bridge is no longer safe.", speaker: 0),
        QuoteSpec(article: 3, text: "橋は安全ではない", speaker: nil),
    ]

    /// Statements as lists of quote positions.
    static let statementSpecs: [[Int]] = [[0, 3, 6], [1, 4], [2, 5]]

    static let index = makeIndex(articles: articles, speakers: speakers, quotes: quoteSpecs, statements: statementSpecs)

    /// An index of hand-made quotes (given in text order within each article, as the index keeps
    /// them) and statements (lists of quote positions, first report first).
    static func makeIndex(articles: [Article], speakers: [Speaker], quotes quoteSpecs: [QuoteSpec], statements statementSpecs: [[Int]]) -> CorpusIndex {
        let quotes = quoteSpecs.enumerated().map { i, spec -> Quote in
            let range = scalarRange(of: spec.text, in: articles[spec.article].text)
            return Quote(id: i, article: spec.article, start: range.lowerBound, end: range.upperBound, text: Substring(spec.text),
                         kind: spec.kind, speaker: spec.speaker, sentences: [])
        }
        let statements = statementSpecs.enumerated().map { i, members in
            Statement(id: i, members: members.map { Statement.Member(quote: $0, start: quotes[$0].start, end: quotes[$0].end) },
                      representative: String(quotes[members[0]].text), speaker: quotes[members[0]].speaker)
        }
        return CorpusIndex(root: "fixture", articles: articles, quotes: quotes, speakers: speakers, statements: statements, warnings: [])
    }

    static let catalog = Catalog(index: index)

    /// The scalar offsets of the first occurrence of a piece of text.
    static func scalarRange(of needle: String, in text: String) -> Range<Int> {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        for i in 0...(hay.count - n.count) where Array(hay[i..<(i + n.count)]) == n {
            return i..<(i + n.count)
        }
        fatalError("fixture text not found: \(needle)")
    }

    /// A model of the fixture at a terminal size, index installed.
    static func model(width: Int = 160, height: Int = 48, catalog: Catalog = catalog) -> ReaderModel {
        var model = ReaderModel(corpusPath: "fixture", width: width, height: height)
        model.install(catalog)
        return model
    }

    /// Article positions by id, so tests read as the user sees the list.
    static func article(_ id: String) -> Int { articles.firstIndex { $0.id == id }! }
}
