/// Which quotes a listing shows.
public struct QuoteFilter: Sendable {
    public var speaker: String?
    public var outlet: String?
    /// Only quotes of these kinds; empty for every kind.
    public var kinds: Set<QuoteKind>

    public init(speaker: String? = nil, outlet: String? = nil, kinds: Set<QuoteKind> = []) {
        self.speaker = speaker
        self.outlet = outlet
        self.kinds = kinds
    }

    public func apply(to index: CorpusIndex) -> [Quote] {
        let speakerNeedle = speaker?.lowercased()
        let outletNeedle = outlet?.lowercased()
        return index.quotes.filter { quote in
            guard kinds.isEmpty || kinds.contains(quote.kind) else { return false }
            if let needle = speakerNeedle {
                guard let s = quote.speaker else { return false }
                let speaker = index.speakers[s]
                let names = [speaker.name] + speaker.aliases
                guard names.contains(where: { $0.lowercased().contains(needle) }) else { return false }
            }
            if let needle = outletNeedle {
                guard index.articles[quote.article].outletLabel.lowercased().contains(needle) else { return false }
            }
            return true
        }
    }
}

/// Who said what as a table, CSV or JSON, for scripts and reports.
public struct QuoteListing {
    public enum Format: String, CaseIterable, Sendable { case table, csv, json }

    let index: CorpusIndex
    let quotes: [Quote]

    public init(index: CorpusIndex, quotes: [Quote]) {
        self.index = index
        self.quotes = quotes
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .table: return table()
        case .csv: return csv()
        case .json: return json()
        }
    }

    private func speakerName(_ quote: Quote) -> String {
        quote.speaker.map { index.speakers[$0].name } ?? "(unknown)"
    }

    private func table() -> String {
        var rows = [["OUTLET", "DATE", "SPEAKER", "KIND", "QUOTE"]]
        for q in quotes {
            let article = index.articles[q.article]
            rows.append([article.outletLabel, article.date ?? "", speakerName(q), q.kind.rawValue, TextTable.oneLine(String(q.text))])
        }
        return TextTable.render(rows, maxWidths: [28, 10, 30, 8, 100]) + "\(quotes.count) quote(s)\n"
    }

    private func csv() -> String {
        var out = "article,outlet,date,speaker,kind,start,end,text\n"
        for q in quotes {
            let a = index.articles[q.article]
            let fields = [a.id, a.outletLabel, a.date ?? "", speakerName(q), q.kind.rawValue, "\(q.start)", "\(q.end)", String(q.text)]
            out += fields.map(TextTable.csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    private func json() -> String {
        var w = JSONWriter()
        w.beginArray()
        for q in quotes {
            let a = index.articles[q.article]
            w.beginObject()
            w.field("id", IndexExport.quoteID(q.id))
            w.field("article", a.id)
            w.field("outlet", a.outlet)
            w.field("date", a.date)
            w.field("speaker", q.speaker.map { index.speakers[$0].name })
            w.field("kind", q.kind.rawValue)
            w.field("start", q.start)
            w.field("end", q.end)
            w.field("text", q.text)
            w.endObject()
        }
        w.endArray()
        return w.output + "\n"
    }
}

/// Plain-text tables and CSV fields for command output.
public enum TextTable {
    /// Collapses line breaks and runs of spaces so a field stays on one line.
    public static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Left-aligned columns; cells longer than their column's maximum are cut with an ellipsis.
    public static func render(_ rows: [[String]], maxWidths: [Int]) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        let cut = rows.map { row in
            row.enumerated().map { i, cell -> String in
                let limit = i < maxWidths.count ? maxWidths[i] : 40
                return cell.count > limit ? String(cell.prefix(limit - 1)) + "…" : cell
            }
        }
        for row in cut { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in cut {
            let line = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
            out += line + "\n"
        }
        return out
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
