@testable import ChorusCore

/// A quote as a reader sees it: its words, who said it (as the index names them) and its kind.
struct SeenQuote: Equatable, CustomStringConvertible {
    let text: String
    let speaker: String?
    let kind: QuoteKind

    var description: String { "\(kind.rawValue) [\(speaker ?? "-")] \(text)" }
}

/// Runs the whole pipeline (extraction, speakers across the corpus) on articles given as texts.
func readQuotes(_ texts: String..., titles: [String?] = []) -> [[SeenQuote]] {
    let articles = texts.enumerated().map { i, text in
        Article(id: "a\(i)", path: "a\(i).txt", text: text, title: i < titles.count ? titles[i] : nil)
    }
    let index = IndexBuilder().build(Corpus(root: "test", articles: articles))
    return index.quotesByArticle.map { ids in
        ids.map { id in
            let q = index.quotes[id]
            return SeenQuote(text: String(q.text), speaker: q.speaker.map { index.speakers[$0].name }, kind: q.kind)
        }
    }
}

/// The quotes of one article.
func readQuotes(_ text: String) -> [SeenQuote] {
    readQuotes(text, titles: [])[0]
}

/// The index built from articles given as texts, for tests about speakers.
func buildIndex(_ texts: [String]) -> CorpusIndex {
    let articles = texts.enumerated().map { i, text in Article(id: "a\(i)", path: "a\(i).txt", text: text) }
    return IndexBuilder().build(Corpus(root: "test", articles: articles))
}

/// The reported statements of an article that marks its quotations, after one opening quotation.
func reportedStatements(_ text: String) -> [SeenQuote] {
    readQuotes("“We will look at every option,” the minister said on Monday.\n\n" + text).filter { $0.kind == .indirect }
}
