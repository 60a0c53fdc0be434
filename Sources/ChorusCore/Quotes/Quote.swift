/// How a quotation is printed in its article.
public enum QuoteKind: String, Sendable, CaseIterable, Codable {
    /// Between quote marks (or introduced by a dash, as in Slavic typesetting).
    case direct
    /// A direct quote printed without quote marks.
    case reported
    /// Reported speech: `X said that ...`, `According to X, ...`.
    case indirect
    /// A fragment or scare quote inside the reporter's own sentence.
    case partial
}

/// One quotation in one article, attributed to a speaker when one could be found.
public struct Quote: Sendable, Hashable, Identifiable {
    /// Position in `CorpusIndex.quotes`.
    public let id: Int
    /// Position of its article in `CorpusIndex.articles`.
    public let article: Int
    /// Unicode scalar offsets into the article's text; `end` is exclusive.
    public let start: Int
    public let end: Int
    /// The quote as printed: a slice of the article's text, sharing its storage (a corpus has
    /// hundreds of thousands of quotes).
    public let text: Substring
    public let kind: QuoteKind
    /// Position in `CorpusIndex.speakers`, or nil when nobody could be named.
    public internal(set) var speaker: Int?
    /// The sentences of the quote (scalar ranges into the article), the units that are linked
    /// across outlets; a one-sentence quote has one.
    public var sentences: [Range<Int>] { ownSentences.isEmpty ? [start..<end] : ownSentences }
    /// Whether the quote was split into several sentences.
    public var hasSeveralSentences: Bool { ownSentences.count > 1 }
    /// Empty when the quote is one sentence spanning it, as most are: a corpus has hundreds of
    /// thousands of quotes, and no array is kept for those.
    private let ownSentences: [Range<Int>]

    public init(id: Int, article: Int, start: Int, end: Int, text: Substring, kind: QuoteKind, speaker: Int?, sentences: [Range<Int>]) {
        self.id = id
        self.article = article
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.ownSentences = sentences == [start..<end] ? [] : sentences
    }
}
