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
    public var id: Int { Int(position) }
    /// Position of its article in `CorpusIndex.articles`.
    public var article: Int { Int(articlePosition) }
    /// Unicode scalar offsets into the article's text; `end` is exclusive.
    public var start: Int { Int(startOffset) }
    public var end: Int { Int(endOffset) }
    /// The quote as printed: a slice of the article's text, sharing its storage (a corpus has
    /// hundreds of thousands of quotes).
    public let text: Substring
    /// Position in `CorpusIndex.speakers`, or nil when nobody could be named.
    public internal(set) var speaker: Int? {
        get { speakerPosition < 0 ? nil : Int(speakerPosition) }
        set { speakerPosition = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// The sentences of the quote (scalar ranges into the article), the units that are linked
    /// across outlets; a one-sentence quote has one.
    public var sentences: [Range<Int>] { ownSentences.isEmpty ? [start..<end] : ownSentences }
    /// Whether the quote was split into several sentences.
    public var hasSeveralSentences: Bool { ownSentences.count > 1 }
    /// Empty when the quote is one sentence spanning it, as most are: a corpus has hundreds of
    /// thousands of quotes, and no array is kept for those.
    private let ownSentences: [Range<Int>]
    // Stored as 32-bit numbers for the same reason; article texts are far below 2 G scalars.
    private let position: Int32
    private let articlePosition: Int32
    private let startOffset: Int32
    private let endOffset: Int32
    private var speakerPosition: Int32
    public let kind: QuoteKind
    /// A claim of others that the speaker denies (`Zelensky denied claims that Kyiv had ...`): the
    /// speaker's reported speech, but in the claim's words, so it renders no remark of the speaker's
    /// own and joins no statement (it would join the very claim it denies).
    public let isDeniedClaim: Bool

    public init(id: Int, article: Int, start: Int, end: Int, text: Substring, kind: QuoteKind, speaker: Int?, sentences: [Range<Int>], isDeniedClaim: Bool = false) {
        self.position = Int32(clamping: id)
        self.articlePosition = Int32(clamping: article)
        self.startOffset = Int32(clamping: start)
        self.endOffset = Int32(clamping: end)
        self.text = text
        self.kind = kind
        self.isDeniedClaim = isDeniedClaim
        self.speakerPosition = speaker.map { Int32(clamping: $0) } ?? -1
        self.ownSentences = sentences.count == 1 && sentences[0] == start..<end ? [] : sentences
    }
}
