import PropertyBased
import Testing
@testable import ChorusCore

/// Properties of the whole index that hold for any text: what every later stage and the reader rely on.
@Suite struct IndexPropertyTests {
    /// Words, marks and spacing that make quote-like text, including the awkward cases.
    static let token = Gen<String?>.element(of: [
        "He", "she", "said", "told", "reporters", "that", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "—", "–",
        ",", ".", ":", "?", "\n\n", "\n", "\r\n", " ", "\u{A0}", "Minister", "Anna", "Berg", "Mr.", "Ms.", "the",
        "ministry", "according", "to", "we", "will", "not", "accept", "this", "ridiculous", "added", "é", "字",
        "😀", "e\u{301}", "\u{202E}", "\u{1B}[2J", "\t", "(", ")", "don’t", "Kyiv", "Kiev", "stated", "warned",
    ])
    static let text = token.array(of: 0...90).map { $0.compactMap { $0 }.joined(separator: " ") }

    static func index(_ texts: [String]) -> CorpusIndex {
        let articles = texts.enumerated().map { i, text in
            Article(id: "a\(i)", path: "a\(i).txt", text: text, date: "2024-01-0\(i % 9 + 1)")
        }
        return IndexBuilder().build(Corpus(root: "gen", articles: articles))
    }

    @Test func quoteSpansLieInsideTheirArticleOnScalarBoundaries() async {
        await propertyCheck(count: 150, input: Self.text, Self.text) { a, b in
            let index = Self.index([a, b])
            for quote in index.quotes {
                let article = index.articles[quote.article]
                let count = article.text.unicodeScalars.count
                #expect(quote.start >= 0 && quote.start <= quote.end && quote.end <= count)
                #expect(quote.text == article.excerpt(quote.start, quote.end))
                for sentence in quote.sentences {
                    #expect(sentence.lowerBound >= quote.start && sentence.upperBound <= quote.end)
                }
            }
        }
    }

    @Test func exportIsDeterministic() async {
        await propertyCheck(count: 60, input: Self.text, Self.text, Self.text) { a, b, c in
            #expect(IndexExport.json(Self.index([a, b, c])) == IndexExport.json(Self.index([a, b, c])))
        }
    }

    @Test func everyStatementHasMembersFromAtLeastTwoArticles() async {
        // Repeating material across articles makes links likely, so the property is really exercised.
        await propertyCheck(count: 100, input: Self.text, Self.text) { a, b in
            let index = Self.index([a + " " + b, b + " " + a, b])
            for statement in index.statements {
                let articles = statement.members.map { index.quotes[$0.quote].article }
                #expect(Set(articles).count >= 2)
                #expect(Set(articles).count == articles.count)
            }
        }
    }

    /// Pairs of linked renderings, by article id and span, so they compare across two indexes.
    static func links(_ index: CorpusIndex) -> Set<[String]> {
        var pairs = Set<[String]>()
        for statement in index.statements {
            let members = statement.members.map { m in "\(index.articles[index.quotes[m.quote].article].id):\(m.start)-\(m.end)" }
            for x in members { for y in members where x < y { pairs.insert([x, y]) } }
        }
        return pairs
    }

    @Test func addingAnUnrelatedArticleNeverRemovesALink() async {
        let unrelated = "The harvest festival drew record crowds, organisers of the regional fair reported on Sunday."
        await propertyCheck(count: 80, input: Self.text, Self.text) { a, b in
            let before = Self.links(Self.index([a + " " + b, b + " " + a]))
            let after = Self.links(Self.index([a + " " + b, b + " " + a, unrelated]))
            #expect(before.isSubset(of: after))
        }
    }
}
