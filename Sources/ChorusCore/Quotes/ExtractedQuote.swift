/// A quotation found in one article, before speakers are resolved across the corpus.
public struct ExtractedQuote: Sendable, Hashable {
    /// Unicode scalar offsets into the article's text; `end` is exclusive.
    public var start: Int
    public var end: Int
    public var kind: QuoteKind
    /// Sentence ranges inside the quote (scalar offsets into the article).
    public var sentences: [Range<Int>] {
        get { ownSentences.isEmpty ? [start..<end] : ownSentences }
        set { ownSentences = Self.own(newValue, start..<end) }
    }
    /// Who the article says spoke, as the article names them.
    public var mention: SpeakerMention?
    /// The claim of others that the speaker denies (`denied claims that ...`): see `Quote.isDeniedClaim`.
    public var isDeniedClaim: Bool
    /// Empty when the quote is one sentence spanning it, as most are: a corpus has hundreds of
    /// thousands of quotes, all held at once between extraction and the index, and no array is
    /// kept for those.
    private var ownSentences: [Range<Int>]

    public init(start: Int, end: Int, kind: QuoteKind, sentences: [Range<Int>] = [], mention: SpeakerMention? = nil, isDeniedClaim: Bool = false) {
        self.start = start
        self.isDeniedClaim = isDeniedClaim
        self.end = end
        self.kind = kind
        self.ownSentences = Self.own(sentences, start..<end)
        self.mention = mention
    }

    private static func own(_ sentences: [Range<Int>], _ span: Range<Int>) -> [Range<Int>] {
        sentences.count == 1 && sentences[0] == span ? [] : sentences
    }
}

/// How one article names a speaker at one quote, resolved within the article
/// (a pronoun or `the Kremlin spokesman` already replaced by the person it stands for).
public struct SpeakerMention: Sendable, Hashable {
    /// The name as written, fullest form in the article (`Dmitry Peskov`, `Institute for the Study of War`).
    public var name: String
    /// Other forms the article used for the same speaker.
    public var aliases: [String]
    /// Roles the article gives the speaker (`Kremlin spokesman`).
    public var roles: [String]
    public var kind: SpeakerKind
    /// False when the article gives only a role (`a Kremlin spokesman`); `name` is then the role,
    /// and the corpus-wide resolver may find the person who holds it.
    public var named: Bool
    /// For a role-only mention: the people the article names, among whom the corpus-wide resolver
    /// looks for the one who holds the role.
    public var candidates: [String]
    /// A role-only mention of someone the article brings in (`one GOP operative`), whom the
    /// resolver does not place on a named holder of the role.
    public var newcomer: Bool

    public init(name: String, aliases: [String] = [], roles: [String] = [], kind: SpeakerKind = .person, named: Bool = true, candidates: [String] = [], newcomer: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.kind = kind
        self.named = named
        self.candidates = candidates
        self.newcomer = newcomer
    }
}
