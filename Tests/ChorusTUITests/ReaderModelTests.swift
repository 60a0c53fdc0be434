@testable import ChorusCore
import Testing
@testable import ChorusTUI

@Suite struct BrowseTests {
    let nordic = Fixture.article("nordic-1")
    let harbour = Fixture.article("harbour-1")
    let ledger = Fixture.article("ledger-1")
    let wire = Fixture.article("wire-1")

    @Test func opensOnTheNewestArticleWithTheListFocused() {
        let model = Fixture.model()
        #expect(model.reading.article == ledger)
        #expect(model.focus == .list)
        #expect(model.list.rows.map { Fixture.articles[$0].id } == ["ledger-1", "nordic-1", "harbour-1", "wire-1", "untitled-7"])
    }

    @Test func theReadingPaneFollowsTheListAndEnterFocusesIt() {
        var model = Fixture.model()
        model.press("j")
        #expect(model.reading.article == nordic)
        model.press("<Enter>")
        #expect(model.focus == .reading)
        model.press("G")
        #expect(model.list.selected == 1, "G scrolls the reading pane, not the list, once it has focus")
    }

    @Test func bracketsStepThroughTheQuotesOfTheArticle() {
        var model = Fixture.model()
        model.press("j<Enter>]")
        #expect(model.reading.selectedQuote == 0)
        model.press("]")
        #expect(model.reading.selectedQuote == 1)
        model.press("]]")
        #expect(model.reading.selectedQuote == 2)
        #expect(model.message?.text.contains("last quote") == true)
        model.press("[")
        #expect(model.reading.selectedQuote == 1)
    }

    @Test func whoSaidWhatGroupsTheArticlesQuotesBySpeaker() {
        let groups = Fixture.catalog.whoGroups(nordic)
        #expect(groups.map(\.speaker) == [0, 1])
        #expect(groups.map(\.quotes.count) == [2, 1])
        #expect(Fixture.catalog.whoGroups(wire).map(\.speaker) == [nil])
    }

    @Test func selectingAQuoteInWhoSaidWhatMovesTheReadingPane() {
        var model = Fixture.model(width: 100, height: 30)
        model.press("j<Enter>]")
        model.press("<Tab>")
        #expect(model.focus == .side)
        #expect(model.side.whoSelected == .quote(0))
        model.press("j")
        #expect(model.reading.selectedQuote == 1)
        model.press("jj")
        #expect(model.side.whoSelected == .speaker(1))
        model.press("<Enter>")
        #expect(model.side.expanded.contains(1))
        model.press("j")
        #expect(model.reading.selectedQuote == 2)
        model.press("h")
        #expect(model.side.whoSelected == .speaker(1) && !model.side.expanded.contains(1))
    }

    @Test func alsoReportedListsTheOtherOutletsOfTheStatement() {
        var model = Fixture.model()
        model.press("j<Enter>]a")
        #expect(model.side.view == .alsoReported)
        #expect(Set(model.alsoEntries.map(\.article)) == [harbour, ledger])
        #expect(model.alsoEntries.first?.article == harbour, "first report first (the statement's member order)")
    }

    @Test func enterOnAnotherOutletOpensItAtTheQuoteAndBGoesBack() {
        var model = Fixture.model()
        model.press("j<Enter>]a<Tab>")
        #expect(model.focus == .side)
        model.press("<Enter>")
        #expect(model.reading.article == harbour)
        #expect(model.reading.selectedQuote == 3)
        #expect(model.list.selectedArticle == harbour)
        model.press("b")
        #expect(model.reading.article == nordic)
        #expect(model.reading.selectedQuote == 0)
        #expect(model.side.view == .alsoReported)
    }

    @Test func theReadingPositionIsKeptWhenComingBackToAnArticle() {
        var model = Fixture.model(width: 60, height: 12)
        model.press("j<Enter>jjj")
        let place = model.reading.top
        #expect(place != .top)
        model.press("<Tab><Tab>kj")  // to the list (narrow: one pane), away and back
        #expect(model.reading.article == nordic)
        #expect(model.reading.top == place)
    }

    @Test func resizingKeepsTheLineBeingRead() {
        var model = Fixture.model(width: 60, height: 14)
        model.press("j<Enter><C-d>j")
        guard case .offset(let offset) = model.reading.top else {
            Issue.record("expected to be in the body, not the header")
            return
        }
        for (w, h) in [(160, 48), (41, 10), (100, 30)] {
            model.press("")
            _ = model.handle(.resize(width: w, height: h))
            let doc = model.document(nordic, width: model.readingTextWidth)!
            let row = doc.row(for: model.reading.top) - doc.header.count
            let line = doc.body[row]
            #expect(line.start <= offset && offset <= max(line.end, line.start), "at \(w)×\(h) the top line no longer holds the text read")
        }
    }

    @Test func sortingCyclesDateOutletTitleKeepingTheSelection() {
        var model = Fixture.model()
        model.press("jo")
        #expect(model.list.order == .outlet)
        #expect(model.list.rows.map { Fixture.articles[$0].outletLabel } == ["Evening Ledger", "Harbour Times", "Nordic Post", "Tokyo Wire", "untitled-7"])
        #expect(model.list.selectedArticle == nordic)
        model.press("o")
        #expect(model.list.order == .title)
        #expect(model.list.rows.first == Fixture.article("untitled-7"), "untitled articles sort by their opening words")
    }

    @Test func qQuitsAtTheTopAndClosesViewsAbove() {
        var model = Fixture.model()
        model.press("?")
        #expect(model.currentView == .help)
        #expect(model.press("q") == [])
        #expect(model.currentView == nil)
        #expect(model.press("q").contains(.quit))
        var other = Fixture.model()
        other.press("S")
        #expect(other.press("Q").contains(.quit))
    }

    @Test func whenNarrowQReturnsToTheListBeforeQuitting() {
        var model = Fixture.model(width: 60, height: 20)
        model.press("j<Enter>")
        #expect(model.focus == .reading)
        #expect(model.press("q") == [])
        #expect(model.focus == .list)
        #expect(model.press("q").contains(.quit))
    }

    @Test func escapeClosesHelpAndCtrlLAsksForARepaint() {
        var model = Fixture.model()
        model.press("?<Esc>")
        #expect(model.currentView == nil)
        #expect(model.press("<C-l>").contains(.repaint))
    }

    @Test func tabCyclesThePanesAndShiftTabGoesBack() {
        var model = Fixture.model()
        model.press("<Tab>")
        #expect(model.focus == .reading)
        model.press("<Tab>")
        #expect(model.focus == .side)
        model.press("<Tab>")
        #expect(model.focus == .list)
        model.press("<S-Tab>")
        #expect(model.focus == .side)
    }

    @Test func theSidePanelHidesAtMediumWidthOnly() {
        var medium = Fixture.model(width: 100, height: 30)
        medium.press("p")
        #expect(!medium.sidePanelShown)
        #expect(medium.layout.panes[.side] == nil)
        medium.press("a")
        #expect(medium.sidePanelShown, "asking for a side view shows the panel again")
        var wide = Fixture.model()
        wide.press("p")
        #expect(wide.sidePanelShown)
        #expect(wide.message != nil)
    }

    @Test func theMouseSelectsRowsAndScrolls() {
        var model = Fixture.model()
        let list = model.content(of: .list)
        model.press("")
        _ = model.handle(.mouse(MouseEvent(kind: .press, row: list.row + 2, column: list.column + 3)))
        #expect(model.list.selected == 2)
        let reading = model.content(of: .reading)
        _ = model.handle(.mouse(MouseEvent(kind: .wheelDown, row: reading.row + 1, column: reading.column + 3)))
        #expect(model.focus == .reading)
        #expect(model.reading.top != .top || model.document(model.reading.article!, width: model.readingTextWidth)!.rowCount <= reading.height)
    }
}

@Suite struct SideBySideTests {
    let nordic = Fixture.article("nordic-1")
    let harbour = Fixture.article("harbour-1")
    let ledger = Fixture.article("ledger-1")

    @Test func opensBesideTheOutletThatCarriedTheSelectedQuote() throws {
        var model = Fixture.model()
        model.press("j<Enter>]s")
        #expect(model.currentView == .sideBySide)
        let state = try #require(model.sideBySide)
        #expect(state.left == nordic && state.right == harbour)
        #expect(state.shared.map(\.statement) == [0, 1])
        #expect(state.current == 0)
    }

    @Test func bracketsMoveBothColumnsToTheNextSharedStatement() throws {
        var model = Fixture.model(width: 60, height: 12)
        model.press("j<Enter>]s]")
        let state = try #require(model.sideBySide)
        #expect(state.current == 1)
        let size = model.sideBySideColumnSize
        for (article, top, member) in [(state.left, state.leftTop, state.shared[1].left), (state.right, state.rightTop, state.shared[1].right)] {
            let doc = model.document(article, width: size.width)!
            let row = doc.row(forOffset: member.start)
            let topRow = doc.row(for: top)
            #expect(row >= topRow && row < topRow + size.height, "the shared statement is on screen in both columns")
        }
    }

    @Test func rSwapsTheRightHandArticleAmongOtherOutlets() throws {
        var model = Fixture.model()
        model.press("j<Enter>]sr")
        let state = try #require(model.sideBySide)
        #expect(state.right == ledger)
        #expect(state.shared.map(\.statement) == [0, 2])
        model.press("r")
        #expect(model.sideBySide?.right == harbour)
    }

    @Test func anyTwoArticlesFromTheListWithAMark() throws {
        var model = Fixture.model()
        model.press("jjjmk")  // mark wire-1, then select harbour-1
        model.press("s")
        let state = try #require(model.sideBySide)
        #expect(state.left == Fixture.article("wire-1") && state.right == harbour)
        #expect(state.shared.isEmpty)
        #expect(model.list.marked == nil)
    }

    @Test func enterReadsTheFocusedColumnAndQCloses() {
        var model = Fixture.model()
        model.press("j<Enter>]s<Tab><Enter>")
        #expect(model.currentView == nil)
        #expect(model.reading.article == harbour)
        model.press("b")
        #expect(model.currentView == .sideBySide)
        model.press("q")
        #expect(model.currentView == nil)
    }
}

@Suite struct SearchAndFilterTests {
    @Test func searchFindsTextAndStepsWithNAndShiftN() throws {
        var model = Fixture.model()
        model.press("/no longer safe<Enter>")
        let search = try #require(model.search)
        #expect(search.hits.count == 3)
        #expect(model.reading.article == Fixture.article("ledger-1"))
        #expect(model.reading.selectedQuote == 6, "a hit inside a quote selects the quote")
        model.press("n")
        #expect(model.reading.article == Fixture.article("nordic-1"))
        model.press("nn")
        #expect(model.reading.article == Fixture.article("ledger-1"))
        #expect(model.message?.text.contains("wrapped") == true)
        model.press("N")
        #expect(model.reading.article == Fixture.article("harbour-1"))
    }

    @Test func searchFindsSpeakersAndTitlesIgnoringCase() throws {
        var model = Fixture.model()
        model.press("/TRANSPORT MINISTER<Enter>")
        let hits = try #require(model.search).hits
        // The role finds all five of Lindqvist's quotes; the text finds two mentions.
        #expect(Set(hits.map(\.article)) == [0, 1, 2])
        model.press("/港の橋<Enter>")
        #expect(model.search?.hits.contains { $0.start < 0 } == true, "title hit")
        #expect(model.reading.article == Fixture.article("wire-1"))
    }

    @Test func aSearchWithNoMatchSaysSo() {
        var model = Fixture.model()
        model.press("/zeppelin<Enter>")
        #expect(model.search == nil)
        #expect(model.message?.kind == .warning)
    }

    @Test func thePromptEditsAndCancels() {
        var model = Fixture.model()
        model.press("/bridgx<BS>e")
        #expect(model.prompt?.text == "bridge")
        model.press("<Esc>")
        #expect(model.prompt == nil && model.search == nil)
    }

    @Test func filterByOutletThenBySpeakerThenClear() {
        var model = Fixture.model()
        model.press("fharbour<Enter>")
        #expect(model.list.rows == [Fixture.article("harbour-1")])
        #expect(model.list.filter == .outlet("Harbour Times"))
        model.press("fberg<Enter>")
        #expect(Set(model.list.rows) == [Fixture.article("nordic-1"), Fixture.article("ledger-1")])
        model.press("f<Home><Enter>")
        #expect(model.list.rows.count == 5)
    }

    @Test func typingInTheFilterNarrowsAndEscapeCancels() {
        var model = Fixture.model()
        model.press("fqz")
        #expect(model.currentView == .filter, "q is typed, not a command, in the filter")
        #expect(model.picker?.matches.isEmpty == true)
        model.press("<BS><BS>")
        #expect(model.picker?.matches.count == model.picker?.items.count)
        model.press("<Esc>")
        #expect(model.currentView == nil && model.list.filter == nil)
    }
}

@Suite struct SpeakersViewTests {
    @Test func listsSpeakersMostQuotedFirstAndOpensTheirStatements() {
        var model = Fixture.model()
        model.press("S")
        #expect(model.currentView == .speakers)
        #expect(model.selectedSpeaker == 0)
        #expect(Fixture.catalog.speakerDetail(0) == [.statement(0), .statement(1)])
        #expect(Fixture.catalog.speakerOutlets[0] == 3)
        model.press("<Enter><Enter>")
        #expect(model.currentView == nil)
        #expect(model.reading.article == Fixture.article("nordic-1"))
        #expect(model.reading.selectedQuote == 0)
        model.press("b")
        #expect(model.currentView == .speakers)
        #expect(model.speakers.detailFocused)
    }
}

@Suite struct LifecycleTests {
    @Test func whileIndexingOnlyQuitHelpAndRedrawAct() {
        var model = ReaderModel(corpusPath: "big.jsonl", width: 100, height: 30)
        model.progress = IndexProgress(stage: .quotes, completed: 50, total: 100)
        #expect(model.press("j/fS") == [])
        #expect(model.prompt == nil && model.views.isEmpty)
        model.press("?")
        #expect(model.currentView == .help)
        model.press("q")
        #expect(model.press("q").contains(.quit))
    }

    @Test func anEmptyCorpusShowsAnEmptyStateAndQuits() {
        var model = ReaderModel(corpusPath: "nothing-here", width: 100, height: 30)
        model.install(Catalog(index: .empty(root: "nothing-here")))
        #expect(model.isEmptyCorpus)
        model.press("j]s/x<Enter>")
        #expect(model.screen().find("No articles found in nothing-here.") != nil)
        #expect(model.press("q").contains(.quit))
    }

    @Test func loadWarningsShowOnTheStatusLine() {
        let index = CorpusIndex(root: "w", articles: Fixture.articles, quotes: [], speakers: [], statements: [],
                                warnings: [LoadWarning(path: "w/bad.txt", message: "not UTF-8; decoded with replacements")])
        var model = ReaderModel(corpusPath: "w", width: 100, height: 30)
        model.install(Catalog(index: index))
        #expect(model.message?.kind == .warning)
        let grid = model.screen()
        #expect(grid.find("bad.txt") != nil)
        #expect(grid.find("1 warning") != nil)
    }
}

@Suite struct KeyTableTests {
    @Test func noKeyIsBoundTwiceInOneScope() {
        for scope in KeyScope.allCases {
            let keys = KeyTable.bindings.filter { $0.scope == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(scope) binds a key twice")
        }
    }

    @Test func theHelpScreenListsEveryBinding() {
        var model = Fixture.model(width: 160, height: 48)
        model.press("?")
        var seen = Set<String>()
        for _ in 0..<10 {
            let grid = model.screen()
            for binding in KeyTable.bindings where grid.find(binding.summary) != nil { seen.insert(binding.summary) }
            model.press("<PgDn>")
        }
        let missing = KeyTable.bindings.map(\.summary).filter { !seen.contains($0) }
        #expect(missing.isEmpty, "not on the help screen: \(missing)")
    }
}

@Suite struct ResizeTests {
    @Test func aSelectedQuoteInViewStaysInViewWhenTheTerminalShrinks() {
        var model = Fixture.model(width: 160, height: 48)
        model.press("j<Enter>]]]")
        #expect(model.selectedQuoteIsInView)
        for (w, h) in [(100, 30), (60, 20), (44, 10), (160, 48)] {
            _ = model.handle(.resize(width: w, height: h))
            #expect(model.selectedQuoteIsInView, "lost the selected quote at \(w)×\(h)")
        }
    }
}
