/// One news article as loaded from the corpus, with its metadata and its text exactly as stored.
///
/// Offsets into `text` everywhere in Chorus are Unicode scalar offsets, so that they agree with
/// what any other tool counts in the same file (a header block included, `\r\n` counting two).
public struct Article: Sendable, Hashable {
    /// File name without extension, or the JSON Lines record's `id`.
    public let id: String
    /// Where the article came from: a file path, or `FILE:LINE` for a JSON Lines record.
    public let path: String
    public var outlet: String?
    public var title: String?
    /// ISO date (`YYYY-MM-DD`) when the source gives one.
    public var date: String?
    public var url: String?
    public var author: String?
    public var language: String?
    /// The text exactly as stored (for JSON Lines, the record's text).
    public let text: String
    /// Scalar offset where the article body begins, after a header block or a loose date line.
    public var bodyStart: Int

    public init(
        id: String, path: String, text: String, bodyStart: Int = 0,
        outlet: String? = nil, title: String? = nil, date: String? = nil,
        url: String? = nil, author: String? = nil, language: String? = nil
    ) {
        self.id = id
        self.path = path
        self.text = text
        self.bodyStart = bodyStart
        self.outlet = outlet
        self.title = title
        self.date = date
        self.url = url
        self.author = author
        self.language = language
    }

    /// The outlet's name, or the article id when the outlet is unknown (never an invented outlet).
    public var outletLabel: String { outlet ?? id }

    /// The text between two scalar offsets (clamped to the text).
    public func excerpt(_ start: Int, _ end: Int) -> String {
        text.scalarSlice(start, end)
    }
}

extension String {
    /// The substring between two Unicode scalar offsets, clamped to the string.
    public func scalarSlice(_ start: Int, _ end: Int) -> String {
        let scalars = unicodeScalars
        let lower = max(0, start)
        guard end > lower else { return "" }
        guard let from = scalars.index(scalars.startIndex, offsetBy: lower, limitedBy: scalars.endIndex) else { return "" }
        let to = scalars.index(from, offsetBy: end - lower, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[from..<to])
    }
}
