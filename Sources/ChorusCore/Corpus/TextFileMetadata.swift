/// Reads the metadata a plain-text article carries in its own text: a `key: value` header block,
/// a loose date line, and a title line that stands alone at the top.
struct TextFileMetadata {
    var metadata = ArticleMetadata()
    /// Scalar offset of the first character after the header block or date line.
    var bodyStart = 0
    /// The title came from the layout of the text, not from a header line.
    var titleIsInferred = false

    init(text: String) {
        let lines = Self.lines(of: text)
        var index = 0
        // A byte-order mark is part of the text as stored; keyValue skips it before the first key.
        if let headerEnd = headerBlock(lines) {
            index = headerEnd
            bodyStart = index < lines.count ? lines[index].start : text.unicodeScalars.count
        }
        // Skip blank lines, then look for a loose date line (` date 2023-05-04 `).
        var probe = index
        while probe < lines.count, lines[probe].isBlank { probe += 1 }
        if probe < lines.count, let date = Self.looseDate(lines[probe].text) {
            if metadata.date == nil { metadata.date = date }
            index = probe + 1
            bodyStart = index < lines.count ? lines[index].start : text.unicodeScalars.count
            probe = index
            while probe < lines.count, lines[probe].isBlank { probe += 1 }
        }
        if metadata.title == nil, let title = Self.standaloneTitle(lines, at: probe) {
            metadata.title = title
            titleIsInferred = true
        }
    }

    struct Line {
        let text: String
        let start: Int
        var isBlank: Bool { text.unicodeScalars.allSatisfy(\.isSpaceLike) }
    }

    /// Lines with their scalar offsets; only the first few dozen are ever needed. Works on UTF-8
    /// bytes, counting scalars as it goes, because this runs on every file of a large corpus.
    static func lines(of text: String, limit: Int = 64) -> [Line] {
        var result: [Line] = []
        var copy = text
        copy.withUTF8 { buf in
            var lineStart = 0
            var lineScalarStart = 0
            var scalars = 0
            func addLine(endingAt end: Int) {
                var stop = end
                if stop > lineStart, buf[stop - 1] == 0x0D { stop -= 1 }
                // A line this long is body text, never metadata: keep only its beginning.
                stop = min(stop, lineStart + 16_384)
                result.append(Line(text: String(decoding: UnsafeBufferPointer(rebasing: buf[lineStart..<stop]), as: UTF8.self), start: lineScalarStart))
            }
            for i in 0..<buf.count {
                let byte = buf[i]
                if byte == 0x0A {
                    addLine(endingAt: i)
                    if result.count >= limit { return }
                    lineStart = i + 1
                    lineScalarStart = scalars + 1
                }
                if byte & 0xC0 != 0x80 { scalars += 1 }
            }
            if lineStart < buf.count { addLine(endingAt: buf.count) }
        }
        return result
    }

    /// Parses a header block at the top; returns the index of the first line after its blank line.
    private mutating func headerBlock(_ lines: [Line]) -> Int? {
        var parsed = ArticleMetadata()
        var i = 0
        while i < lines.count, !lines[i].isBlank {
            guard let (key, value) = Self.keyValue(lines[i].text) else { return nil }
            let known = parsed.set(key: key, value: value)
            if i == 0, !known { return nil }
            i += 1
        }
        guard i > 0 else { return nil }
        metadata = parsed
        return i < lines.count ? i + 1 : i
    }

    private static func keyValue(_ line: String) -> (String, String)? {
        let scalars = Array(line.unicodeScalars.drop { $0.isSpaceLike })
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, colon <= 32 else { return nil }
        let key = scalars[..<colon]
        guard key.first.map({ $0.properties.isAlphabetic }) == true,
              key.allSatisfy({ $0.properties.isAlphabetic || $0 == "_" || $0 == "-" })
        else { return nil }
        var value = String.UnicodeScalarView()
        value.append(contentsOf: scalars[(colon + 1)...])
        return (String(String.UnicodeScalarView(key)), String(value).trimmingSpaces)
    }

    /// ` date 2023-05-04 ` (also `Date: May 4, 2023` when no header block claimed it).
    static func looseDate(_ line: String) -> String? {
        let trimmed = line.trimmingSpaces
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("date"), trimmed.count <= 40 else { return nil }
        var rest = lower.dropFirst(4)
        guard let first = rest.first, first == " " || first == ":" || first == "\u{A0}" else { return nil }
        rest = rest.drop { $0 == " " || $0 == ":" || $0 == "\u{A0}" }
        return ISODate.normalise(String(rest))
    }

    /// A short first line without a final period that is repeated or stands alone as a paragraph.
    private static func standaloneTitle(_ lines: [Line], at index: Int) -> String? {
        guard index < lines.count else { return nil }
        let candidate = lines[index].text.trimmingSpaces
        let words = candidate.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard !candidate.isEmpty, candidate.unicodeScalars.count <= 200, words.count <= 25 else { return nil }
        guard let last = candidate.last, !".,;:".contains(last) else { return nil }
        let next = index + 1 < lines.count ? lines[index + 1] : nil
        let standsAlone = next?.isBlank ?? false
        let repeated = lines[(index + 1)...].prefix(4).contains { $0.text.trimmingSpaces == candidate }
        // The title must be followed by a body, or it is a one-line note rather than an article title.
        let hasBody = lines[(index + 1)...].contains { !$0.isBlank && $0.text.trimmingSpaces != candidate }
        return (standsAlone || repeated) && hasBody ? candidate : nil
    }
}
