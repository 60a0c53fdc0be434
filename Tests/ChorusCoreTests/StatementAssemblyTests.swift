import Testing
@testable import ChorusCore

/// What a statement shows for its renderings: the wording it is listed under and whose remark it is.
@Suite struct StatementAssemblyTests {
    static let remark = "a reckless gamble with the region's economy and the jobs of thousands of families"

    /// One outlet quotes a fragment inside its own sentence, the others print the remark as a
    /// direct quote: the statement is listed under a direct rendering, whichever came first.
    @Test(arguments: [1, 3])
    func aStatementIsListedUnderADirectRendering(_ directOutlets: Int) throws {
        var articles = [("Post", "2024-05-06", "Opposition leader Mara Quist called the budget \"\(Self.remark)\" in a speech on Monday.")]
        for k in 0..<directOutlets {
            articles.append(("Outlet \(k)", "2024-05-07", "Mara Quist attacked the budget. \"The budget is \(Self.remark),\" Quist said."))
        }
        let index = StatementLinkingTests.index(articles)
        let statement = try #require(index.statements.first)
        let kinds = statement.members.map { index.quotes[$0.quote].kind }
        try #require(kinds.first == .partial && kinds.contains(.direct))
        #expect(statement.representative.hasPrefix("The budget is"))
    }

    /// A remark misattributed by one outlet stays the remark of the speaker most outlets name.
    @Test func aStatementBelongsToTheSpeakerMostOutletsName() throws {
        let quote = "\"We will rebuild every bridge the floods destroyed before the first snow falls,\""
        let index = StatementLinkingTests.index([
            ("Wire", "2024-05-06", "\(quote) said Transport Minister Lena Vogt."),
            ("Gazette", "2024-05-06", "\(quote) said opposition spokesman Tom Reyes."),
            ("Herald", "2024-05-07", "\(quote) said Transport Minister Lena Vogt."),
        ])
        let statement = try #require(index.statements.first)
        try #require(statement.members.count == 3)
        #expect(statement.speaker.map { index.speakers[$0].name } == "Lena Vogt")
    }
}
