import Testing
@testable import ChorusCore

@Suite struct CorpusLoaderMetadataTests {
    func loadOne(_ text: String, name: String = "story.txt", sidecar: (String, String)? = nil) throws -> Article {
        let folder = TempFolder()
        folder.write(name, text)
        if let (file, content) = sidecar { folder.write(file, content) }
        let corpus = try CorpusLoader().load(folder.path)
        try #require(corpus.articles.count == 1)
        return corpus.articles[0]
    }

    @Test func headerBlockGivesMetadataAndBodyStart() throws {
        let text = "title: Ministers meet\noutlet: The Daily Example\ndate: 2024-03-02\nurl: https://example.org/a\nauthor: A. Writer\nlanguage: EN\n\nBody starts here."
        let article = try loadOne(text)
        #expect(article.title == "Ministers meet")
        #expect(article.outlet == "The Daily Example")
        #expect(article.date == "2024-03-02")
        #expect(article.url == "https://example.org/a")
        #expect(article.author == "A. Writer")
        #expect(article.language == "en")
        #expect(article.id == "story")
        let bodyOffset = Array(text.unicodeScalars).firstIndex(of: "B")!
        #expect(article.bodyStart == bodyOffset)
        // Offsets count into the text as stored, header included.
        #expect(article.excerpt(bodyOffset, bodyOffset + 4) == "Body")
    }

    @Test func sourceAndPublisherNameTheOutlet() throws {
        #expect(try loadOne("source: Wire Service\n\nText of the story.").outlet == "Wire Service")
        #expect(try loadOne("publisher: Evening Paper\n\nText of the story.").outlet == "Evening Paper")
    }

    @Test func ordinaryFirstLineWithColonIsNotAHeader() throws {
        let article = try loadOne("Note: the minister spoke at length.\n\nMore text.")
        #expect(article.bodyStart == 0)
        #expect(article.outlet == nil)
    }

    @Test func looseDateLine() throws {
        let article = try loadOne(" date 2023-05-04 \n\n\n\nThe story begins on a Thursday.")
        #expect(article.date == "2023-05-04")
        #expect(article.title == nil)
    }

    @Test func standaloneShortFirstLineIsTheTitle() throws {
        let repeated = try loadOne("Storm Hits Coast\n\nStorm Hits Coast\n\nThe storm arrived at dawn.")
        #expect(repeated.title == "Storm Hits Coast")
        let alone = try loadOne("Storm Hits Coast\n\nThe storm arrived at dawn.")
        #expect(alone.title == "Storm Hits Coast")
        let sentence = try loadOne("The storm arrived at dawn, officials said.\n\nMore.")
        #expect(sentence.title == nil)
    }

    @Test func sidecarJSONLinesFillsWhatTheTextLacks() throws {
        let sidecar = #"{"file": "story.txt", "outlet": "Harbour News", "date": "2022-01-09", "title": "From sidecar"}"#
        let article = try loadOne("Storm Hits Coast\n\nThe storm arrived.", sidecar: ("metadata.jsonl", sidecar))
        #expect(article.outlet == "Harbour News")
        #expect(article.date == "2022-01-09")
        // A title stated by the sidecar beats one guessed from the layout.
        #expect(article.title == "From sidecar")
    }

    @Test func headerBeatsSidecar() throws {
        let sidecar = #"{"file": "story", "outlet": "Sidecar Outlet"}"#
        let article = try loadOne("outlet: Header Outlet\n\nText.", sidecar: ("metadata.jsonl", sidecar))
        #expect(article.outlet == "Header Outlet")
    }

    @Test func sidecarCSVWithQuotedFields() throws {
        let csv = "file,outlet,title,date\nstory.txt,\"Paper, The\",\"He said \"\"no\"\"\",2021-12-31\n"
        let article = try loadOne("Just text.", sidecar: ("metadata.csv", csv))
        #expect(article.outlet == "Paper, The")
        #expect(article.title == "He said \"no\"")
        #expect(article.date == "2021-12-31")
    }

    @Test func outletFromURLDomainElseUnknown() throws {
        let fromURL = try loadOne("url: https://www.example-news.com/world/1\n\nText.")
        #expect(fromURL.outlet == "example-news.com")
        let unknown = try loadOne("Plain text with no clues at all, none.")
        #expect(unknown.outlet == nil)
        #expect(unknown.outletLabel == "story")
    }

    @Test func foldersAreWalkedRecursivelySkippingHiddenAndOtherFiles() throws {
        let folder = TempFolder()
        folder.write("a.txt", "One.")
        folder.write("sub/b.md", "Two.")
        folder.write(".hidden.txt", "Hidden.")
        folder.write(".git/c.txt", "Hidden folder.")
        folder.write("notes.pdf", "Not an article.")
        let ids = try CorpusLoader().load(folder.path).articles.map(\.id)
        #expect(ids == ["a", "b"])
    }

    @Test func datesInOtherShapesAreNormalised() {
        #expect(ISODate.normalise("2023-05-04T10:31:00Z") == "2023-05-04")
        #expect(ISODate.normalise("May 4, 2023") == "2023-05-04")
        #expect(ISODate.normalise("4 May 2023") == "2023-05-04")
        #expect(ISODate.normalise("yesterday") == nil)
        #expect(ISODate.dayNumber("1970-01-02") == 1)
        #expect(ISODate.dayNumber("2023-05-04")! - ISODate.dayNumber("2023-04-30")! == 4)
    }
}
