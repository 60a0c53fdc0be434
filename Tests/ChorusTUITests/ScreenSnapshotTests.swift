@testable import ChorusCore
import Testing
@testable import ChorusTUI

/// Whole screens at the three sizes the reader is designed for, compared with stored text.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(160, 48), (100, 30), (60, 20)]

    /// Draws the fixture after a key sequence at every size and compares each screen.
    func check(_ name: String, _ keys: String, narrowKeys: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        for (w, h) in Self.sizes {
            var model = Fixture.model(width: w, height: h)
            model.press(keys)
            if w < Layout.mediumWidth { model.press(narrowKeys) }
            Snapshot.check(model.screen(), "\(name)-\(w)x\(h)", sourceLocation: sourceLocation)
        }
    }

    @Test func browseAtStart() { check("browse", "") }

    @Test func readingWithAQuoteSelected() { check("reading-quote", "j<Enter>]]") }

    @Test func whoSaidWhatExpanded() { check("who-said-what", "j<Enter>]<Tab>jjj<Enter>", narrowKeys: "") }

    @Test func alsoReportedBy() { check("also-reported", "j<Enter>]a") }

    @Test func followedToAnotherOutlet() { check("followed", "j<Enter>]a<Tab><Enter>") }

    @Test func sideBySide() { check("side-by-side", "j<Enter>]s]") }

    @Test func speakers() { check("speakers", "S<Enter>") }

    @Test func help() { check("help", "?") }

    @Test func filterPicker() { check("filter", "fo") }

    @Test func searchPromptAndResult() {
        check("search-prompt", "/no longer")
        check("search-result", "/no longer safe<Enter>n")
    }

    @Test func wideTextAndHostileBytes() { check("wire", "jjj<Enter>") }

    @Test func sortedByTitleAndFiltered() { check("sorted-filtered", "oofberg<Enter>") }

    @Test func tooSmall() {
        Snapshot.check(Fixture.model(width: 30, height: 8).screen(), "too-small-30x8")
    }

    @Test func indexing() {
        var model = ReaderModel(corpusPath: "/data/allsides.jsonl", width: 100, height: 30)
        model.progress = IndexProgress(stage: .quotes, completed: 21_000, total: 37_546)
        Snapshot.check(model.screen(), "indexing-100x30")
    }

    @Test func emptyCorpus() {
        var model = ReaderModel(corpusPath: "empty-folder", width: 100, height: 30)
        model.install(Catalog(index: .empty(root: "empty-folder")))
        Snapshot.check(model.screen(), "empty-100x30")
    }
}

/// What the snapshots cannot show: how cells are styled, and that nothing raw reaches the screen.
@Suite struct ScreenStyleTests {
    @Test func theSelectedQuoteIsEmphasisedAndOthersTintedBySpeaker() throws {
        var model = Fixture.model()
        model.press("j<Enter>]")
        let grid = model.screen()
        let reading = model.content(of: .reading)
        let selected = try #require(grid.find("The bridge is no longer safe for heavy", in: reading))
        #expect(grid.cell(row: selected.row, column: selected.column).style == .quoteSelected(tint: 0))
        let other = try #require(grid.find("We cannot wait another", in: reading))
        #expect(grid.cell(row: other.row, column: other.column).style == .quote(tint: 0))
        let berg = try #require(grid.find("disaster for", in: reading))
        #expect(grid.cell(row: berg.row, column: berg.column).style == .quote(tint: 1))
    }

    @Test func alsoReportedMarksTheWordsThatDiffer() throws {
        var model = Fixture.model()
        model.press("j<Enter>]]a")
        let grid = model.screen()
        let side = model.content(of: .side)
        let grid2 = grid
        let simply = try #require(grid2.find("simply", in: side))
        #expect(grid2.cell(row: simply.row, column: simply.column).style == .differ)
        let cannot = try #require(grid2.find("cannot wait another winter,", in: side))
        #expect(grid2.cell(row: cannot.row, column: cannot.column).style != .differ)
    }

    @Test func sideBySideHighlightsTheCurrentSharedStatementInBothColumns() throws {
        var model = Fixture.model()
        model.press("j<Enter>]s")
        let grid = model.screen()
        let left = try #require(grid.find("The bridge is no longer safe for heavy"))
        #expect(grid.cell(row: left.row, column: left.column).style == .sharedCurrent)
        let right = try #require(grid.find("no longer safe for", in: model.sideBySideColumns.right))
        #expect(right.column > left.column)
        #expect(grid.cell(row: right.row, column: right.column).style == .sharedCurrent)
        let next = try #require(grid.find("We cannot wait another"))
        #expect(grid.cell(row: next.row, column: next.column).style == .shared)
    }

    @Test func searchHitsAreMarked() throws {
        var model = Fixture.model()
        model.press("/ferries<Enter>")
        let grid = model.screen()
        let hit = try #require(grid.find("ferries"))
        #expect(grid.cell(row: hit.row, column: hit.column + 2).style == .match)
    }

    @Test func noControlCharacterEverReachesACell() {
        for (w, h) in ScreenSnapshotTests.sizes {
            for keys in ["jjj<Enter>", "jjj<Enter>]a", "/red<Enter>", "jjjm<Home>s"] {
                var model = Fixture.model(width: w, height: h)
                model.press(keys)
                let grid = model.screen()
                for cell in grid.cells {
                    for s in cell.text.unicodeScalars {
                        let v = s.value
                        #expect(!(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)),
                                "U+\(String(v, radix: 16)) reached the screen after \(keys) at \(w)×\(h)")
                    }
                }
            }
        }
    }

    @Test func theFocusedPaneTitleStandsOut() throws {
        var model = Fixture.model()
        let before = model.screen()
        let list = try #require(before.find("Articles 5"))
        #expect(before.cell(row: list.row, column: list.column).style == .paneTitleFocused)
        model.press("<Tab>")
        let after = model.screen()
        #expect(after.cell(row: list.row, column: list.column).style == .paneTitle)
    }
}

@Suite struct AttributionTests {
    @Test func anOutletCreditingSomeoneElseIsPointedOut() throws {
        let index = Fixture.index
        // The Ledger credits the bridge remark to the union leader instead of the minister.
        let quotes = index.quotes.map { q in
            q.id == 6 ? Quote(id: q.id, article: q.article, start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: 1, sentences: q.sentences) : q
        }
        let changed = CorpusIndex(root: index.root, articles: index.articles, quotes: quotes, speakers: index.speakers,
                                  statements: index.statements, warnings: [])
        var model = Fixture.model(catalog: Catalog(index: changed))
        model.press("j<Enter>]a")
        let grid = model.screen()
        let side = model.content(of: .side)
        let note = try #require(grid.find("credited to Tomas Berg", in: side))
        let ledger = try #require(grid.find("Evening Ledger", in: side))
        #expect(note.row == ledger.row + 1)
        let harbour = try #require(grid.find("Harbour Times", in: side))
        #expect(grid.text(row: harbour.row + 1).contains("is no longer safe"), "same speaker: no note")
    }
}
