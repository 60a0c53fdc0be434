/// The index as the JSON document `chorus export` prints and `score.py` reads
/// (schema in the project README). Ids are `q1`, `s1`, `c1`, counted from one.
public enum IndexExport {
    public static func quoteID(_ i: Int) -> String { "q\(i + 1)" }
    public static func speakerID(_ i: Int) -> String { "s\(i + 1)" }
    public static func statementID(_ i: Int) -> String { "c\(i + 1)" }

    /// The whole document as one string (tests, small corpora).
    public static func json(_ index: CorpusIndex, pretty: Bool = true) -> String {
        var bytes: [UInt8] = []
        write(index, pretty: pretty) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The document handed to `sink` in pieces as it is written, so an export never holds it whole.
    public static func write(
        _ index: CorpusIndex, pretty: Bool = true, flushThreshold: Int = 1 << 16, to sink: @escaping ([UInt8]) -> Void
    ) {
        var w = JSONWriter(pretty: pretty, flushThreshold: flushThreshold, sink: sink)
        w.beginObject()
        w.key("articles")
        w.beginArray()
        for (i, a) in index.articles.enumerated() {
            w.beginObject()
            w.field("id", a.id)
            w.field("path", a.path)
            w.field("outlet", a.outlet)
            w.field("title", a.title)
            w.field("date", a.date)
            w.field("url", a.url)
            w.field("quotes", index.quotesByArticle[i].count)
            w.endObject()
        }
        w.endArray()

        w.key("speakers")
        w.beginArray()
        for s in index.speakers {
            w.beginObject()
            w.field("id", speakerID(s.id))
            w.field("name", s.name)
            w.field("aliases", strings: s.aliases)
            w.field("roles", strings: s.roles)
            w.field("kind", s.kind.rawValue)
            w.field("quotes", index.quotesBySpeaker[s.id].count)
            w.endObject()
        }
        w.endArray()

        w.key("quotes")
        w.beginArray()
        for q in index.quotes {
            w.beginObject()
            w.field("id", quoteID(q.id))
            w.field("article", index.articles[q.article].id)
            w.field("start", q.start)
            w.field("end", q.end)
            w.field("text", q.text)
            w.field("speaker", q.speaker.map(speakerID))
            w.field("kind", q.kind.rawValue)
            w.endObject()
        }
        w.endArray()

        w.key("clusters")
        w.beginArray()
        for c in index.statements {
            w.beginObject()
            w.field("id", statementID(c.id))
            w.field("speaker", c.speaker.map(speakerID))
            w.field("representative", c.representative)
            w.field("outlets", strings: index.outlets(of: c))
            w.key("members")
            w.beginArray()
            // Members in order of first report; each with the sub-span that renders the statement.
            for m in c.members {
                let article = index.articles[index.quotes[m.quote].article]
                w.beginObject()
                w.field("quote", quoteID(m.quote))
                w.field("article", article.id)
                w.field("outlet", article.outlet)
                w.field("date", article.date)
                w.field("start", m.start)
                w.field("end", m.end)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.finish()
    }
}
