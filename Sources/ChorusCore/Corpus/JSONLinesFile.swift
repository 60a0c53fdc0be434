/// The articles of a JSON Lines file, one record a line, as news-please and similar scrapers write them.
struct JSONLinesFile {
    static let textFields = ["maintext", "text", "body", "content", "article"]

    private(set) var articles: [Article] = []
    private(set) var warnings: [LoadWarning] = []

    init(path: String, bytes: [UInt8]) {
        let stem = path.fileStem
        var replaced = 0
        var lineNumber = 0
        var noText = 0
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            while lineStart < buffer.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd])
                lineStart = lineEnd + 1
                guard line.contains(where: { $0 > 0x20 }) else { continue }
                switch Self.record(line, number: lineNumber, stem: stem, path: path) {
                case .article(let article, let replacements):
                    replaced += replacements
                    articles.append(article)
                case .noText:
                    noText += 1
                    if noText <= 3 {
                        warnings.append(LoadWarning(path: path, line: lineNumber, message: "record has no text; skipped"))
                    }
                case .malformed(let reason):
                    warnings.append(LoadWarning(path: path, line: lineNumber, message: "malformed JSON line (\(reason)); skipped"))
                }
            }
        }
        if noText > 3 {
            warnings.append(LoadWarning(path: path, message: "\(noText) records have no text; skipped"))
        }
        if replaced > 0 {
            warnings.append(LoadWarning(path: path, message: "\(replaced) invalid UTF-8 sequence(s) shown as \u{FFFD}"))
        }
    }

    enum Record {
        case article(Article, replacements: Int)
        case noText
        case malformed(String)
    }

    /// One line's record: its text field under any of the names scrapers use, and its metadata.
    static func record(_ line: UnsafeBufferPointer<UInt8>, number: Int, stem: String, path: String) -> Record {
        let object: [String: FlatJSON.Value]
        var replacements = 0
        do {
            if String(validating: line, as: UTF8.self) != nil {
                object = try FlatJSON.parseObject(line)
            } else {
                let decoded = DecodedText(line)
                replacements = decoded.replacements
                object = try FlatJSON.parseObject(Array(decoded.text.utf8))
            }
        } catch {
            return .malformed(error.message)
        }
        guard let text = textFields.lazy.compactMap({ object[$0]?.text }).first(where: { !$0.isEmpty }) else {
            return .noText
        }
        var metadata = ArticleMetadata()
        for key in object.keys.sorted() where !textFields.contains(key) {
            metadata.set(key: key, value: object[key]?.text)
        }
        if metadata.outlet == nil, let url = metadata.url { metadata.outlet = URLHost.outlet(of: url) }
        let id = object["id"]?.text.flatMap { $0.isEmpty ? nil : $0 } ?? "\(stem):\(number)"
        let article = Article(
            id: id, path: "\(path):\(number)", text: text, outlet: metadata.outlet, title: metadata.title,
            date: metadata.date, url: metadata.url, author: metadata.author, language: metadata.language)
        return .article(article, replacements: replacements)
    }
}
