import Testing
@testable import ChorusCore

@Suite struct JSONLinesLoaderTests {
    @Test(arguments: ["maintext", "text", "body"])
    func textFieldNames(field: String) throws {
        let folder = TempFolder()
        let file = folder.write("feed.jsonl", #"{"id": "r1", "\#(field)": "Story text."}"# + "\n")
        let corpus = try CorpusLoader().load(file)
        #expect(corpus.articles.map(\.text) == ["Story text."])
    }

    @Test(arguments: ["source_domain", "outlet", "source"])
    func outletFieldNames(field: String) throws {
        let folder = TempFolder()
        let file = folder.write("feed.jsonl", #"{"text": "T.", "\#(field)": "paper.example"}"# + "\n")
        #expect(try CorpusLoader().load(file).articles.first?.outlet == "paper.example")
    }

    @Test(arguments: ["date_publish", "date", "published"])
    func dateFieldNames(field: String) throws {
        let folder = TempFolder()
        let file = folder.write("feed.jsonl", #"{"text": "T.", "\#(field)": "2020-02-29 08:00:00"}"# + "\n")
        #expect(try CorpusLoader().load(file).articles.first?.date == "2020-02-29")
    }

    @Test func titleURLAndIdsWithFallbackToFileAndLine() throws {
        let folder = TempFolder()
        let lines = [
            #"{"id": 42, "title": "Numbers", "text": "One.", "url": "https://www.wire.example/x"}"#,
            #"{"title": "No id", "text": "Two.\u2014with \"escapes\" and \ud83d\ude00"}"#,
        ]
        let file = folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let articles = try CorpusLoader().load(file).articles
        #expect(articles.map(\.id) == ["42", "feed:2"])
        #expect(articles[0].title == "Numbers")
        #expect(articles[0].outlet == "wire.example")
        #expect(articles[1].text == "Two.\u{2014}with \"escapes\" and \u{1F600}")
    }

    @Test func escapesAtEveryPlaceOfABodyDecodeExactly() throws {
        // Bodies are copied in runs between escapes: an escape first, last, doubled, or next to
        // non-ASCII text must not shift or drop a byte.
        let folder = TempFolder()
        let body = #"\nFirst para.\n\nSecond \"para\" – é\\\u00e9\t\/end\n"#
        let file = folder.write("feed.jsonl", #"{"text": ""# + body + #""}"# + "\n")
        #expect(try CorpusLoader().load(file).articles.first?.text == "\nFirst para.\n\nSecond \"para\" – é\\\u{E9}\t/end\n")
    }

    @Test func anEscapeOrNULIsFoundWhereverItFallsInTheBody() throws {
        // Bodies are scanned several bytes at a time: a mark at any offset, after non-ASCII
        // text or not, must be found at its own place.
        let folder = TempFolder()
        var lines: [String] = [], expected: [String] = []
        for offset in 0..<20 {
            for lead in [String(repeating: "a", count: offset), "é" + String(repeating: "a", count: offset)] {
                lines.append(#"{"text": ""# + lead + #"\"q\" \\ \u00e9 “x”"}"#)
                expected.append(lead + "\"q\" \\ \u{E9} “x”")
                lines.append(#"{"text": "x"# + lead + #""}"#)
                expected.append("x" + lead)
                lines.append(#"{"text": ""# + lead + "\u{0}" + #"x"}"#)
            }
        }
        let corpus = try CorpusLoader().load(folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n"))
        #expect(corpus.articles.map(\.text) == expected)
        #expect(corpus.warnings.contains { $0.message.contains("40 malformed") })
    }

    @Test func aSurrogateWithoutItsOtherHalfBecomesAReplacementCharacter() throws {
        let folder = TempFolder()
        let body = #"high \ud83d alone, low \ude00 alone, high then \ud83d\u0041, at the end \ud83d"#
        let lines = [#"{"text": ""# + body + #""}"#, #"{"text": "escaped \"but never closed}"#]
        let corpus = try CorpusLoader().load(folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n"))
        #expect(corpus.articles.map(\.text) == ["high \u{FFFD} alone, low \u{FFFD} alone, high then \u{FFFD}, at the end \u{FFFD}"])
        #expect(corpus.warnings.contains { $0.line == 2 && $0.message.contains("malformed") })
    }

    @Test func malformedLinesAreSkippedNamingTheLine() throws {
        let folder = TempFolder()
        let file = folder.write("feed.jsonl", "{\"text\": \"Good.\"}\n{\"text\": \"broken\n\n{\"no_text\": 1}\n{\"text\": \"Also good.\"}\n")
        let corpus = try CorpusLoader().load(file)
        #expect(corpus.articles.map(\.text) == ["Good.", "Also good."])
        #expect(corpus.warnings.contains { $0.line == 2 && $0.message.contains("malformed") })
        #expect(corpus.warnings.contains { $0.line == 4 && $0.message.contains("no text") })
    }

    @Test func invalidUTF8InsideARecordIsReplaced() throws {
        let folder = TempFolder()
        let bytes = Array(#"{"text": "ab"#.utf8) + [0xC3] + Array("\"}\n".utf8)
        let corpus = try CorpusLoader().load(folder.write("feed.jsonl", bytes: bytes))
        #expect(corpus.articles.first?.text == "ab\u{FFFD}")
        #expect(corpus.warnings.count == 1)
    }

    @Test func duplicateIdsAreMadeDistinct() throws {
        let folder = TempFolder()
        let file = folder.write("feed.jsonl", "{\"id\":\"x\",\"text\":\"A.\"}\n{\"id\":\"x\",\"text\":\"B.\"}\n")
        let corpus = try CorpusLoader().load(file)
        #expect(corpus.articles.map(\.id) == ["x", "x~2"])
        #expect(corpus.warnings.contains { $0.message.contains("used twice") })
    }

    @Test func readingInSmallBlocksGivesTheSameArticlesAndLineNumbers() throws {
        let folder = TempFolder()
        let text = "{\"text\": \"First story.\"}\n\n{\"text\": \"Second, a longer story.\"}\n{broken\n{\"text\": \"Third.\"}"
        let file = folder.write("feed.jsonl", text)
        for blockSize in [5, 16, 33, 1 << 20] {
            let loaded = JSONLinesFile(path: file, blockSize: blockSize)
            #expect(loaded.articles.map(\.text) == ["First story.", "Second, a longer story.", "Third."])
            #expect(loaded.articles.map(\.id) == ["feed:1", "feed:3", "feed:5"])
            #expect(loaded.warnings.map(\.line) == [4])
        }
    }

    @Test func aNULByteMakesTheLineMalformed() throws {
        let folder = TempFolder()
        let bytes = Array("{\"text\": \"a".utf8) + [0] + Array("b\"}\n{\"text\": \"ok\"}\n".utf8)
        let corpus = try CorpusLoader().load(folder.write("feed.jsonl", bytes: bytes))
        #expect(corpus.articles.map(\.text) == ["ok"])
        #expect(corpus.warnings.first?.line == 1)
    }
}
