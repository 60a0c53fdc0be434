import Testing
@testable import ChorusCore

@Suite struct ExportTests {
    @Test func exportIsValidJSONShapeAndDeterministic() throws {
        let corpus = Corpus(root: "x", articles: [Article(id: "a", path: "a.txt", text: "He said “hello there.”")])
        let index = IndexBuilder().build(corpus)
        let first = IndexExport.json(index)
        #expect(first == IndexExport.json(IndexBuilder().build(corpus)))
        let object = try FlatJSON.parseObject(String(first))
        #expect(object["articles"] == .other)
        #expect(object["clusters"] != nil)
    }

    /// `chorus export` streams the document; the pieces must join to the very bytes it used to
    /// print whole, wherever the pieces are cut.
    @Test func streamedExportIsTheWholeDocumentCutIntoPieces() {
        let corpus = Corpus(root: "x", articles: [
            Article(id: "a", path: "a.txt", text: "Ann Lee said “the bridge will open in May.” Officials agreed.", outlet: "Daily"),
            Article(id: "b", path: "b.txt", text: "“The bridge will open in May,” Ann Lee told reporters.", outlet: "Weekly"),
        ])
        let index = IndexBuilder().build(corpus)
        for pretty in [true, false] {
            let whole = IndexExport.json(index, pretty: pretty)
            for threshold in [1, 7, 100] {
                var pieces: [[UInt8]] = []
                IndexExport.write(index, pretty: pretty, flushThreshold: threshold) { pieces.append($0) }
                #expect(pieces.count > 1, "the document was handed over whole, not streamed")
                #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
            }
        }
    }

    /// The layout of the published export, byte for byte: two-space indent, `": "`, empty arrays as
    /// `[]`, a final newline. Streaming must not change a byte of it.
    @Test func prettyLayoutIsPinned() {
        var pieces: [[UInt8]] = []
        var w = JSONWriter(pretty: true, flushThreshold: 3) { pieces.append($0) }
        w.beginObject()
        w.key("articles")
        w.beginArray()
        w.beginObject()
        w.field("id", "a")
        w.field("quotes", 2)
        w.field("url", nil as String?)
        w.field("aliases", strings: [])
        w.endObject()
        w.endArray()
        w.key("speakers")
        w.beginArray()
        w.endArray()
        w.endObject()
        w.finish()
        let expected = """
            {
              "articles": [
                {
                  "id": "a",
                  "quotes": 2,
                  "url": null,
                  "aliases": []
                }
              ],
              "speakers": []
            }

            """
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == expected)
    }

    @Test func stringsAreEscaped() {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("k", "a\"b\\c\n\u{1B}")
        w.endObject()
        #expect(w.output == #"{"k":"a\"b\\c\n\u001b"}"#)
    }
}
