/// Which statements a listing shows.
public struct StatementFilter: Sendable {
    /// Only statements of speakers whose name or alias contains this (case-insensitive).
    public var speaker: String?
    /// Only statements carried by at least this many outlets.
    public var minOutlets: Int

    public init(speaker: String? = nil, minOutlets: Int = 2) {
        self.speaker = speaker
        self.minOutlets = minOutlets
    }

    public func apply(to index: CorpusIndex) -> [Statement] {
        let needle = speaker?.lowercased()
        return index.statements.filter { statement in
            if let needle {
                // The statement's speaker, or any member's: outlets may attribute differently.
                let speakers = Set([statement.speaker].compactMap { $0 } + statement.members.compactMap { index.quotes[$0.quote].speaker })
                let named = speakers.contains { s in
                    ([index.speakers[s].name] + index.speakers[s].aliases).contains { $0.lowercased().contains(needle) }
                }
                guard named else { return false }
            }
            return index.outlets(of: statement).count >= minOutlets
        }
    }
}

/// Each statement with its speaker, the outlets that carried it in order of first report, and
/// each outlet's wording: as a table, CSV, JSON or Markdown.
public struct StatementListing {
    public enum Format: String, CaseIterable, Sendable { case table, csv, json, markdown }

    let index: CorpusIndex
    let statements: [Statement]

    public init(index: CorpusIndex, statements: [Statement]) {
        self.index = index
        self.statements = statements
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .table: return table()
        case .csv: return csv()
        case .json: return json()
        case .markdown: return markdown()
        }
    }

    /// One outlet's rendering of a statement.
    private struct Rendering {
        let member: Statement.Member
        let article: Article
        let quote: Quote
        var wording: String { article.excerpt(member.start, member.end) }
        var outlet: String { article.outletLabel }
        var date: String { article.date ?? "" }
    }

    private func renderings(_ statement: Statement) -> [Rendering] {
        statement.members.map { m in
            let quote = index.quotes[m.quote]
            return Rendering(member: m, article: index.articles[quote.article], quote: quote)
        }
    }

    private func speakerName(_ statement: Statement) -> String {
        statement.speaker.map { index.speakers[$0].name } ?? "(unknown)"
    }

    private func heading(_ statement: Statement) -> String {
        let outlets = index.outlets(of: statement).count
        return "\(IndexExport.statementID(statement.id))  \(speakerName(statement))  ·  \(outlets) outlet\(outlets == 1 ? "" : "s")"
    }

    private func table() -> String {
        var out = ""
        for statement in statements {
            out += heading(statement) + "\n"
            out += "  “" + TextTable.oneLine(statement.representative) + "”\n"
            var rows = [["OUTLET", "DATE", "WORDING"]]
            for r in renderings(statement) { rows.append([r.outlet, r.date, TextTable.oneLine(r.wording)]) }
            out += TextTable.render(rows, maxWidths: [28, 10, 110]).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            out += "\n"
        }
        return out + "\(statements.count) statement(s)\n"
    }

    private func csv() -> String {
        var out = "statement,speaker,outlet,date,article,quote,start,end,wording\n"
        for statement in statements {
            for r in renderings(statement) {
                let fields = [
                    IndexExport.statementID(statement.id), speakerName(statement), r.outlet, r.date, r.article.id,
                    IndexExport.quoteID(r.quote.id), "\(r.member.start)", "\(r.member.end)", r.wording,
                ]
                out += fields.map(TextTable.csvField).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    private func json() -> String {
        var w = JSONWriter()
        w.beginArray()
        for statement in statements {
            w.beginObject()
            w.field("id", IndexExport.statementID(statement.id))
            w.field("speaker", statement.speaker.map { index.speakers[$0].name })
            w.field("representative", statement.representative)
            w.field("outlets", strings: index.outlets(of: statement))
            w.key("renderings")
            w.beginArray()
            for r in renderings(statement) {
                w.beginObject()
                w.field("outlet", r.article.outlet)
                w.field("date", r.article.date)
                w.field("article", r.article.id)
                w.field("quote", IndexExport.quoteID(r.quote.id))
                w.field("start", r.member.start)
                w.field("end", r.member.end)
                w.field("text", r.wording)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        return w.output + "\n"
    }

    private func markdown() -> String {
        var out = ""
        for statement in statements {
            out += "## " + heading(statement).replacingAll("  ", with: " ") + "\n\n"
            out += "> " + TextTable.oneLine(statement.representative) + "\n\n"
            out += "| Outlet | Date | Wording |\n|---|---|---|\n"
            for r in renderings(statement) {
                out += "| \(Self.cell(r.outlet)) | \(r.date) | \(Self.cell(r.wording)) |\n"
            }
            out += "\n"
        }
        return out
    }

    /// A Markdown table cell: one line, pipes escaped.
    private static func cell(_ s: String) -> String {
        TextTable.oneLine(s).replacingAll("|", with: "\\|")
    }
}
