/// Metadata kept beside the texts (`metadata.jsonl` or `metadata.csv` in a folder), keyed by file
/// name, so that the article files themselves can stay byte-identical to what was collected.
struct Sidecar {
    static let fileNames = ["metadata.jsonl", "metadata.csv"]
    private static let keyFields = ["file", "filename", "file_name", "path", "id", "name"]

    private(set) var entries: [String: ArticleMetadata] = [:]
    private(set) var warnings: [LoadWarning] = []

    /// Metadata for a file, by its name with or without extension.
    func metadata(forFile name: String) -> ArticleMetadata? {
        entries[name] ?? entries[name.fileStem]
    }

    init() {}

    init(folder: String) {
        for name in Self.fileNames {
            let path = folder.appendingPath(name)
            guard FileSystem.status(path)?.kind == .file else { continue }
            switch FileSystem.read(path) {
            case .failure(let failure):
                warnings.append(LoadWarning(path: path, message: "metadata not read: \(failure.reason)"))
            case .success(let bytes):
                let text = DecodedText(bytes).text
                if name.hasSuffix(".jsonl") { readJSONLines(text, path: path) } else { readCSV(text, path: path) }
            }
        }
    }

    private mutating func add(_ fields: [(String, String?)], path: String, line: Int) {
        var metadata = ArticleMetadata()
        var key: String?
        for (name, value) in fields {
            if Self.keyFields.contains(name.lowercased()), key == nil, let value, !value.isEmpty {
                key = value.fileName
            } else {
                metadata.set(key: name, value: value)
            }
        }
        guard let key else {
            warnings.append(LoadWarning(path: path, line: line, message: "metadata row names no file; skipped"))
            return
        }
        entries[key] = metadata
    }

    private mutating func readJSONLines(_ text: String, path: String) {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.utf8.contains(where: { $0 > 0x20 }) else { continue }
            do {
                let object = try FlatJSON.parseObject(String(line))
                add(object.map { ($0.key, $0.value.text) }.sorted { $0.0 < $1.0 }, path: path, line: i + 1)
            } catch {
                warnings.append(LoadWarning(path: path, line: i + 1, message: "malformed JSON (\(error.message)); skipped"))
            }
        }
    }

    private mutating func readCSV(_ text: String, path: String) {
        let rows = CSV.rows(text)
        guard let header = rows.first else { return }
        for (i, row) in rows.dropFirst().enumerated() where row.contains(where: { !$0.isEmpty }) {
            let fields = header.indices.map { (header[$0], $0 < row.count ? row[$0] : nil) }
            add(fields, path: path, line: i + 2)
        }
    }
}

/// RFC 4180 comma-separated values: quoted fields, doubled quotes, line breaks inside quotes.
enum CSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field.trimmingSpaces)
                field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(field.trimmingSpaces)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field.trimmingSpaces)
            rows.append(row)
        }
        return rows
    }
}
