/// Finds the quotes of different articles that render one remark.
public struct StatementLinker: Sendable {
    public init() {}

    public func link(quotes: [Quote], articles: [Article], speakers: [Speaker]) -> [Statement] {
        []
    }
}
