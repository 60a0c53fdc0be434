import ChorusCore
@testable import ChorusTUI

/// A second small corpus, for telling paraphrase from verbatim words: two outlets on one story,
/// each paraphrasing (reported speech, kind `.indirect`) a remark the other printed in the
/// minister's words, and a farmer whose remark only one outlet paraphrased.
enum ParaphraseFixture {
    static let articles: [Article] = [
        Article(id: "dam-nordic", path: "fixture/dam-nordic.txt", text: """
            The river dam must be inspected before the spring floods, the environment minister said on Monday.

            "We will not take chances with the dam," Anna Holm told reporters.

            Farmer Erik Dahl dismissed the warnings as absolutely ridiculous.
            """, outlet: "Nordic Post", title: "Dam to be inspected before the floods", date: "2024-04-02"),
        Article(id: "dam-harbour", path: "fixture/dam-harbour.txt", text: """
            Environment minister Anna Holm said she would not take chances with the dam.

            "The dam must be inspected before the spring floods," she said.
            """, outlet: "Harbour Times", title: "Minister orders dam inspection", date: "2024-04-01"),
    ]

    static let speakers: [Speaker] = [
        Speaker(id: 0, name: "Anna Holm", aliases: ["Holm"], roles: ["environment minister"], kind: .person),
        Speaker(id: 1, name: "Erik Dahl", aliases: ["Dahl"], roles: ["farmer"], kind: .person),
    ]

    static let quoteSpecs: [Fixture.QuoteSpec] = [
        .init(article: 0, text: "The river dam must be inspected before the spring floods", speaker: 0, kind: .indirect),
        .init(article: 0, text: "We will not take chances with the dam,", speaker: 0),
        .init(article: 0, text: "dismissed the warnings as absolutely ridiculous", speaker: 1, kind: .indirect),
        .init(article: 1, text: "she would not take chances with the dam", speaker: 0, kind: .indirect),
        .init(article: 1, text: "The dam must be inspected before the spring floods,", speaker: 0),
    ]

    /// The Harbour Times reported first (a day earlier), so its renderings lead each statement.
    static let statementSpecs: [[Int]] = [[4, 0], [3, 1]]

    static let index = Fixture.makeIndex(articles: articles, speakers: speakers, quotes: quoteSpecs, statements: statementSpecs)
    static let catalog = Catalog(index: index)

    /// A model of this corpus; the list opens on the Nordic Post's article (the newest).
    static func model(width: Int = 160, height: Int = 48) -> ReaderModel {
        Fixture.model(width: width, height: height, catalog: catalog)
    }
}
