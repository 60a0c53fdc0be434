/// One remark as reported by several outlets: the quotes of different articles that render it.
public struct Statement: Sendable, Hashable, Identifiable {
    /// One outlet's rendering: a quote and the part of it that renders this statement.
    public struct Member: Sendable, Hashable {
        /// Position in `CorpusIndex.quotes`.
        public let quote: Int
        /// Scalar offsets into the quote's article; inside the quote.
        public let start: Int
        public let end: Int

        public init(quote: Int, start: Int, end: Int) {
            self.quote = quote
            self.start = start
            self.end = end
        }
    }

    /// Position in `CorpusIndex.statements`.
    public let id: Int
    /// In order of first report (article date, then corpus order).
    public let members: [Member]
    /// The wording that stands for the statement in lists.
    public let representative: String
    /// The speaker most members are attributed to, if any.
    public let speaker: Int?

    public init(id: Int, members: [Member], representative: String, speaker: Int?) {
        self.id = id
        self.members = members
        self.representative = representative
        self.speaker = speaker
    }
}
