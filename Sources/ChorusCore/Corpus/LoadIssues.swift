/// Why a corpus could not be loaded at all. Each case reads as one sentence for the user.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingPath(String)
    case unreadable(String, reason: String)
    case emptyCorpus(String)

    public var description: String {
        switch self {
        case .missingPath(let path): return "No file or folder at \(path)."
        case .unreadable(let path, let reason): return "Cannot read \(path): \(reason)."
        case .emptyCorpus(let path): return "No articles found in \(path) (Chorus reads .txt, .md and .jsonl files)."
        }
    }
}

/// Something in the corpus that was skipped or repaired while loading; loading goes on.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    /// 1-based line of a JSON Lines file, when the warning is about one record.
    public let line: Int?
    public let message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
