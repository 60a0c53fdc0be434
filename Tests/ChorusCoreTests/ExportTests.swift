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

    @Test func stringsAreEscaped() {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("k", "a\"b\\c\n\u{1B}")
        w.endObject()
        #expect(w.output == #"{"k":"a\"b\\c\n\u001b"}"#)
    }
}
