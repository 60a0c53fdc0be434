import Dispatch

/// The articles of a corpus as loaded, with what was skipped or repaired on the way.
public struct Corpus: Sendable {
    /// The path the user gave.
    public let root: String
    public var articles: [Article]
    public var warnings: [LoadWarning]

    public init(root: String, articles: [Article], warnings: [LoadWarning] = []) {
        self.root = root
        self.articles = articles
        self.warnings = warnings
    }
}

/// Loads a corpus from a folder (walked recursively), one article file, or a JSON Lines file.
/// Never writes to the corpus; bad files are skipped with a warning, never fatal.
public struct CorpusLoader: Sendable {
    static let textExtensions: Set<String> = ["txt", "md"]
    static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public init() {}

    public func load(_ path: String) throws(LoadError) -> Corpus {
        guard let status = FileSystem.status(path) else {
            if FileSystem.isDanglingLink(path) { throw .unreadable(path, reason: "it is a broken symbolic link") }
            throw .missingPath(path)
        }
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
        switch status.kind {
        case .directory:
            var files: [String] = []
            var visited = Set<FileIdentity>()
            try walk(path, status: status, into: &files, visited: &visited, warnings: &warnings)
            var sidecars: [String: Sidecar] = [:]
            for folder in files.map(\.parentPath) where sidecars[folder] == nil {
                let sidecar = Sidecar(folder: folder)
                warnings += sidecar.warnings
                sidecars[folder] = sidecar
            }
            // Files are independent: read and decode them on every core, then keep the walk's order.
            let (paths, folderSidecars) = (files, sidecars)
            var loaded = [LoadedFile](repeating: LoadedFile(), count: paths.count)
            loaded.withUnsafeMutableBufferPointer { out in
                let slots = UnsafeSendableSlots(out)
                let chunk = 32
                DispatchQueue.concurrentPerform(iterations: (paths.count + chunk - 1) / chunk) { c in
                    for i in (c * chunk)..<min(paths.count, (c + 1) * chunk) {
                        slots[i] = Self.loadFile(paths[i], sidecar: folderSidecars[paths[i].parentPath] ?? Sidecar())
                    }
                }
            }
            for file in loaded {
                articles += file.articles
                warnings += file.warnings
            }
        case .file:
            let sidecar = Sidecar(folder: path.parentPath)
            warnings += sidecar.warnings
            let file = Self.loadFile(path, sidecar: sidecar)
            articles = file.articles
            warnings += file.warnings
            if articles.isEmpty, case .failure(let failure) = FileSystem.read(path) {
                throw .unreadable(path, reason: failure.reason)
            }
        case .other:
            throw .unreadable(path, reason: "it is neither a file nor a folder")
        }
        return Corpus(root: path, articles: ArticleIDs.makeUnique(articles, warnings: &warnings), warnings: warnings)
    }

    private struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private func walk(
        _ folder: String, status: FileSystem.Status, into files: inout [String],
        visited: inout Set<FileIdentity>, warnings: inout [LoadWarning]
    ) throws(LoadError) {
        // A folder reached twice (a symbolic link loop, or two links to one place) is read once.
        guard visited.insert(FileIdentity(device: status.device, inode: status.inode)).inserted else {
            warnings.append(LoadWarning(path: folder, message: "folder already read (symbolic link loop?); skipped"))
            return
        }
        let names: [String]
        switch FileSystem.list(folder) {
        case .success(let list): names = list
        case .failure(let failure):
            if visited.count == 1 { throw .unreadable(folder, reason: failure.reason) }
            warnings.append(LoadWarning(path: folder, message: "folder not read: \(failure.reason)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.appendingPath(name)
            guard let child = FileSystem.status(path) else {
                if FileSystem.isDanglingLink(path) {
                    warnings.append(LoadWarning(path: path, message: "broken symbolic link; skipped"))
                }
                continue
            }
            switch child.kind {
            case .directory:
                try walk(path, status: child, into: &files, visited: &visited, warnings: &warnings)
            case .file:
                let ext = name.fileExtension
                let isArticle = Self.textExtensions.contains(ext) || Self.jsonLinesExtensions.contains(ext)
                if isArticle && !Sidecar.fileNames.contains(name) { files.append(path) }
            case .other:
                continue
            }
        }
    }

    /// The articles of one file and what was wrong with it.
    struct LoadedFile {
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
    }

    static func loadFile(_ path: String, sidecar: Sidecar) -> LoadedFile {
        if jsonLinesExtensions.contains(path.fileExtension) {
            let file = JSONLinesFile(path: path)
            if let failure = file.failure {
                return LoadedFile(warnings: [LoadWarning(path: path, message: "not read: \(failure); skipped")])
            }
            return LoadedFile(articles: file.articles, warnings: file.warnings)
        }
        let bytes: [UInt8]
        switch FileSystem.read(path) {
        case .success(let b): bytes = b
        case .failure(let failure):
            return LoadedFile(warnings: [LoadWarning(path: path, message: "not read: \(failure.reason); skipped")])
        }
        if bytes.contains(0) {
            return LoadedFile(warnings: [LoadWarning(path: path, message: "binary file (it contains NUL bytes); skipped")])
        }
        let decoded = DecodedText(bytes)
        var result = LoadedFile()
        if decoded.replacements > 0 {
            result.warnings.append(LoadWarning(path: path, message: "\(decoded.replacements) invalid UTF-8 sequence(s) shown as \u{FFFD}"))
        }
        guard decoded.text.unicodeScalars.contains(where: { !$0.isSpaceLike }) else {
            result.warnings.append(LoadWarning(path: path, message: "empty file; skipped"))
            return result
        }
        result.articles.append(textArticle(path: path, text: decoded.text, sidecar: sidecar))
        return result
    }

    static func textArticle(path: String, text: String, sidecar: Sidecar) -> Article {
        let own = TextFileMetadata(text: text)
        var metadata = own.metadata
        // The text's own header wins; the sidecar fills the rest, but a title inferred from the text
        // yields to one the sidecar states.
        if let side = sidecar.metadata(forFile: path.fileName) {
            if own.titleIsInferred, side.title != nil { metadata.title = nil }
            metadata.fillMissing(from: side)
        }
        if metadata.outlet == nil, let url = metadata.url { metadata.outlet = URLHost.outlet(of: url) }
        return Article(
            id: path.fileStem, path: path, text: text, bodyStart: own.bodyStart,
            outlet: metadata.outlet, title: metadata.title, date: metadata.date,
            url: metadata.url, author: metadata.author, language: metadata.language
        )
    }
}

/// The outlet a URL names: its host without `www.`.
enum URLHost {
    static func outlet(of url: String) -> String? {
        let parts = url.split(separator: "://", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let stops: Set<Character> = ["/", "?", "#", ":"]
        let host = parts[1].prefix { !stops.contains($0) }.lowercased()
        let trimmed = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        return trimmed.contains(".") ? trimmed : nil
    }
}

/// Article ids are unique in an index: a repeated id gets a suffix and a warning.
enum ArticleIDs {
    static func makeUnique(_ articles: [Article], warnings: inout [LoadWarning]) -> [Article] {
        guard mayRepeat(articles) else { return articles }
        var seen: [String: Int] = [:]
        var result = articles
        for i in result.indices {
            let id = result[i].id
            let count = seen[id, default: 0] + 1
            seen[id] = count
            if count > 1 {
                let old = result[i]
                let newID = "\(id)~\(count)"
                warnings.append(LoadWarning(path: old.path, message: "article id \(id) is used twice; this one is \(newID)"))
                result[i] = Article(
                    id: newID, path: old.path, text: old.text, bodyStart: old.bodyStart, outlet: old.outlet,
                    title: old.title, date: old.date, url: old.url, author: old.author, language: old.language)
            }
        }
        return result
    }

    /// Whether two ids hash alike. Hashing each id is most of the cost of the check, and it is
    /// done on every core; only when two hashes match are the ids themselves compared.
    private static func mayRepeat(_ articles: [Article]) -> Bool {
        guard !articles.isEmpty else { return false }
        let hashes = [Int](unsafeUninitializedCapacity: articles.count) { buffer, count in
            let slots = UnsafeSendableSlots(buffer)
            let chunk = 1024
            DispatchQueue.concurrentPerform(iterations: (articles.count + chunk - 1) / chunk) { c in
                for i in (c * chunk)..<min(articles.count, (c + 1) * chunk) { slots.initialize(i, to: articles[i].id.hashValue) }
            }
            count = articles.count
        }
        var seen = Set<Int>(minimumCapacity: hashes.count)
        return !hashes.allSatisfy { seen.insert($0).inserted }
    }
}
