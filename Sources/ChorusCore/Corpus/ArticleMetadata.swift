/// Metadata fields an article can carry, from whichever source gave them first.
struct ArticleMetadata: Equatable {
    var outlet: String?
    var title: String?
    var date: String?
    var url: String?
    var author: String?
    var language: String?

    /// Fills the fields still missing from a later (lower-priority) source.
    mutating func fillMissing(from other: ArticleMetadata) {
        outlet = outlet ?? other.outlet
        title = title ?? other.title
        date = date ?? other.date
        url = url ?? other.url
        author = author ?? other.author
        language = language ?? other.language
    }

    /// Sets a field by one of the names corpora use for it; false when the key is not metadata.
    @discardableResult
    mutating func set(key: String, value raw: String?) -> Bool {
        let value = raw.map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        switch key.lowercased() {
        case "outlet", "source", "publisher", "source_domain", "site", "site_name":
            if outlet == nil { outlet = value }
        case "title", "headline":
            if title == nil { title = value }
        case "date", "date_publish", "published", "publish_date", "pubdate", "date_published":
            if date == nil { date = value.flatMap(ISODate.normalise) }
        case "url", "link":
            if url == nil { url = value }
        case "author", "authors", "byline":
            if author == nil { author = value }
        case "language", "lang":
            if language == nil { language = value?.lowercased() }
        default:
            return false
        }
        return true
    }

    static func isKey(_ key: String) -> Bool {
        var probe = ArticleMetadata()
        return probe.set(key: key, value: nil)
    }
}

/// Dates as Chorus shows and compares them: `YYYY-MM-DD`.
enum ISODate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `2023-05-04`, `2023-05-04T10:00:00Z`, `2023/05/04`, `May 4, 2023`, `4 May 2023` → `2023-05-04`.
    static func normalise(_ raw: String) -> String? {
        let s = Array(raw.trimmingSpaces.utf8)
        if s.count >= 10, let y = digits(s, 0, 4), s[4] == 0x2D || s[4] == 0x2F,
           let m = digits(s, 5, 2), s[7] == s[4], let d = digits(s, 8, 2) {
            return format(y, m, d)
        }
        // Month-name forms.
        let words = raw.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var year: Int?, month: Int?, day: Int?
        for w in words {
            if let n = Int(w) {
                if n > 31, w.count == 4 { year = year ?? n } else if n >= 1, n <= 31 { day = day ?? n }
            } else if w.count >= 3, let i = months.firstIndex(of: String(w.prefix(3))) {
                month = month ?? i + 1
            }
        }
        if let year, let month, let day { return format(year, month, day) }
        return nil
    }

    private static func digits(_ s: [UInt8], _ at: Int, _ count: Int) -> Int? {
        var v = 0
        for i in at..<(at + count) {
            guard s[i] >= 0x30, s[i] <= 0x39 else { return nil }
            v = v * 10 + Int(s[i] - 0x30)
        }
        return v
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1...12).contains(m), (1...31).contains(d), (1000...9999).contains(y) else { return nil }
        let mm = m < 10 ? "0\(m)" : "\(m)"
        let dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }

    /// Days since 1970-01-01, for "within a few days" comparisons.
    static func dayNumber(_ iso: String) -> Int? {
        let s = Array(iso.utf8)
        guard s.count >= 10, let y = digits(s, 0, 4), let m = digits(s, 5, 2), let d = digits(s, 8, 2) else { return nil }
        // Days from civil (Howard Hinnant).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

extension String {
    /// Trimmed of spaces, tabs, line breaks, no-break spaces and a byte-order mark.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        // Most values have nothing to trim; they are returned as they are, not copied.
        guard let first = scalars.first, let last = scalars.last, first.isSpaceLike || last.isSpaceLike else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpaceLike { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isSpaceLike { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}

extension Unicode.Scalar {
    /// White space as a reader sees it, including no-break spaces and a stray byte-order mark.
    var isSpaceLike: Bool {
        properties.isWhitespace || value == 0xFEFF || value == 0x200B
    }
}
