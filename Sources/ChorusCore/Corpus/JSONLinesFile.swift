import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The articles of a JSON Lines file, one record a line, as news-please and similar scrapers write them.
struct JSONLinesFile {
    static let textFields = ["maintext", "text", "body", "content", "article"]

    private(set) var articles: [Article] = []
    private(set) var warnings: [LoadWarning] = []

    /// Why the file itself could not be read, if it could not.
    private(set) var failure: String?

    private var replaced = 0
    private var noText = 0
    private var malformed = 0
    private var linesBefore = 0

    /// Reads the file block by block, so memory holds the articles and one block, not the file.
    init(path: String, blockSize: Int = 16 << 20) {
        if let failure = FileSystem.readLineBlocks(path, blockSize: blockSize, { block, count in add(block: block, count: count, path: path) }) {
            self.failure = failure.reason
        }
        finish(path: path)
    }

    /// Adds the records of the first `count` bytes of `bytes`.
    private mutating func add(block bytes: [UInt8], count: Int, path: String) {
        let stem = path.fileStem
        let base = linesBefore
        // Records are independent: find the lines, then parse them on every core, keeping file order.
        let (lines, lineCount) = Self.lineRanges(bytes, count: count)
        linesBefore += lineCount
        var records = [Record](repeating: .noText, count: lines.count)
        records.withUnsafeMutableBufferPointer { out in
            let slots = UnsafeSendableSlots(out)
            let chunk = 64
            DispatchQueue.concurrentPerform(iterations: (lines.count + chunk - 1) / chunk) { c in
                bytes.withUnsafeBufferPointer { buffer in
                    var scratch: [UInt8] = []
                    for i in (c * chunk)..<min(lines.count, (c + 1) * chunk) {
                        let line = UnsafeBufferPointer(rebasing: buffer[lines[i].range])
                        slots[i] = Self.record(line, number: base + lines[i].number, stem: stem, path: path, scratch: &scratch)
                    }
                }
            }
        }
        for i in records.indices {
            // Taken out of the array, not copied: a copy would retain every string of the article.
            var record = Record.noText
            swap(&record, &records[i])
            let lineNumber = base + lines[i].number
            switch record {
            case .article(let article, let replacements):
                replaced += replacements
                articles.append(article)
            case .noText:
                noText += 1
                if noText <= 3 {
                    warnings.append(LoadWarning(path: path, line: lineNumber, message: "record has no text; skipped"))
                }
            case .malformed(let reason):
                malformed += 1
                if malformed <= 10 {
                    warnings.append(LoadWarning(path: path, line: lineNumber, message: "malformed JSON line (\(reason)); skipped"))
                }
            }
        }
    }

    private mutating func finish(path: String) {
        if noText > 3 {
            warnings.append(LoadWarning(path: path, message: "\(noText) records have no text; skipped"))
        }
        if malformed > 10 {
            warnings.append(LoadWarning(path: path, message: "\(malformed) malformed JSON lines in all; skipped"))
        }
        if replaced > 0 {
            warnings.append(LoadWarning(path: path, message: "\(replaced) invalid UTF-8 sequence(s) shown as \u{FFFD}"))
        }
    }

    /// The non-blank lines among the first `count` bytes, with their 1-based numbers.
    private static func lineRanges(_ bytes: [UInt8], count: Int) -> (lines: [(range: Range<Int>, number: Int)], count: Int) {
        var result: [(range: Range<Int>, number: Int)] = []
        var start = 0
        var number = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while start < count {
                number += 1
                let end = memchr(base + start, 0x0A, count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? count
                if buffer[start..<end].contains(where: { $0 > 0x20 }) { result.append((start..<end, number)) }
                start = end + 1
            }
        }
        return (result, number)
    }

    enum Record {
        case article(Article, replacements: Int)
        case noText
        case malformed(String)
    }

    /// One line's record: its text field under any of the names scrapers use, and its metadata.
    static func record(_ line: UnsafeBufferPointer<UInt8>, number: Int, stem: String, path: String, scratch: inout [UInt8]) -> Record {
        let object: [String: FlatJSON.Value]
        var replacements = 0
        do {
            // Checked in place, once: a String made only to be checked would copy every line once
            // more, and the parser's strings are then copied out without checking them again.
            if UTF8Validation.isValid(line) {
                object = try FlatJSON.parseObject(unsafe UTF8Span(unchecked: line.span), scratch: &scratch)
            } else {
                let decoded = DecodedText(line)
                replacements = decoded.replacements
                object = try FlatJSON.parseObject(decoded.text)
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
