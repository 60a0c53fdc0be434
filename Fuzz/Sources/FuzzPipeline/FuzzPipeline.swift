import ChorusCore

/// Feeds arbitrary text through the whole pipeline (quotes → speakers → statements) as two articles
/// (the input split at its middle, so cross-article linking runs too), and checks what every later
/// stage and the reader rely on: spans inside their article, on scalar boundaries, in text order,
/// statements with members of different articles.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    let half = scalars.count / 2
    func string(_ part: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: part)
        return String(view)
    }
    let articles = [
        Article(id: "a", path: "a.txt", text: string(scalars[..<half]), date: "2024-01-01"),
        Article(id: "b", path: "b.txt", text: string(scalars[half...]), date: "2024-01-02"),
    ]
    let index = IndexBuilder().build(Corpus(root: "fuzz", articles: articles))
    for quote in index.quotes {
        let count = index.articles[quote.article].text.unicodeScalars.count
        precondition(quote.start >= 0 && quote.start <= quote.end && quote.end <= count, "quote span outside its article")
        precondition(quote.text == index.articles[quote.article].excerpt(quote.start, quote.end), "quote text differs from its span")
        for sentence in quote.sentences {
            precondition(sentence.lowerBound >= quote.start && sentence.upperBound <= quote.end, "sentence outside its quote")
        }
        if let s = quote.speaker { precondition(s < index.speakers.count, "speaker out of range") }
    }
    for statement in index.statements {
        let articleIDs = statement.members.map { index.quotes[$0.quote].article }
        precondition(Set(articleIDs).count == articleIDs.count && articleIDs.count >= 2, "statement without two articles")
        for m in statement.members {
            let q = index.quotes[m.quote]
            precondition(m.start >= q.start && m.end <= q.end && m.start <= m.end, "member span outside its quote")
        }
    }
    return 0
}
