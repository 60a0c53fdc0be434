/// Whether a speaker is a person or a body that speaks as one (a ministry, a think tank).
public enum SpeakerKind: String, Sendable, Codable {
    case person
    case organisation
}

/// One person or organisation across the whole corpus, however each outlet names them.
public struct Speaker: Sendable, Hashable, Identifiable {
    /// Position in `CorpusIndex.speakers`.
    public let id: Int
    /// The fullest form of the name seen (`Dmitry Peskov`).
    public let name: String
    /// Other forms seen (`Peskov`, `Mr. Peskov`, `Kremlin spokesman Dmitry Peskov`).
    public let aliases: [String]
    /// Roles seen with the name (`Kremlin spokesman`).
    public let roles: [String]
    public let kind: SpeakerKind

    public init(id: Int, name: String, aliases: [String], roles: [String], kind: SpeakerKind) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.kind = kind
    }
}
