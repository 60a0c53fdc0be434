@testable import ChorusCore
import Testing
@testable import ChorusTUI

/// Paraphrase (reported speech) and the speaker's own words, told apart wherever the reader shows
/// quotes: the reading pane, *Who said what*, *Also reported by*, and the `}`/`{` keys.
@Suite struct ParaphraseTests {
    let nordic = 0, harbour = 1

    @Test func screensShowParaphraseAndVerbatimApart() {
        for (w, h) in ScreenSnapshotTests.sizes {
            var who = ParaphraseFixture.model(width: w, height: h)
            who.press("<Enter>]")
            if w < Layout.mediumWidth { who.press("<Tab>") }
            Snapshot.check(who.screen(), "paraphrase-who-\(w)x\(h)")
            var also = ParaphraseFixture.model(width: w, height: h)
            also.press("<Enter>]]a")
            Snapshot.check(also.screen(), "paraphrase-also-\(w)x\(h)")
        }
    }

    /// The reading pane with a letter under each quoted cell: q verbatim, p paraphrase (capital
    /// when selected); the speaker's colour is checked below.
    @Test func theReadingPaneLooksApart() {
        var model = ParaphraseFixture.model(width: 100, height: 30)
        model.press("<Enter>]]")
        let looks = model.screen().renderLooks(in: model.content(of: .reading)) { style in
            switch style {
            case .quote: return "q"
            case .quoteSelected: return "Q"
            case .paraphrase: return "p"
            case .paraphraseSelected: return "P"
            default: return nil
            }
        }
        Snapshot.check(text: looks, "paraphrase-looks-100x30")
    }

    @Test func theReadingPaneDrawsAParaphraseInTheSpeakersColourWithAnotherLook() throws {
        var model = ParaphraseFixture.model()
        model.press("<Enter>")
        let grid = model.screen()
        let reading = model.content(of: .reading)
        let paraphrase = try #require(grid.find("river dam must be inspected", in: reading))
        let verbatim = try #require(grid.find("We will not take chances", in: reading))
        #expect(grid.cell(row: paraphrase.row, column: paraphrase.column).style == .paraphrase(tint: 0))
        #expect(grid.cell(row: verbatim.row, column: verbatim.column).style == .quote(tint: 0))
        let dahl = try #require(grid.find("dismissed the warnings", in: reading))
        #expect(grid.cell(row: dahl.row, column: dahl.column).style == .paraphrase(tint: 1))

        model.press("]")
        let selected = model.screen()
        #expect(selected.cell(row: paraphrase.row, column: paraphrase.column).style == .paraphraseSelected(tint: 0))
        #expect(selected.find("quote 1 of 3, a paraphrase") != nil, "the pane title says what is selected")
    }

    @Test func whoSaidWhatMarksParaphrasesInsteadOfQuotingThem() throws {
        var model = ParaphraseFixture.model()
        model.press("<Enter>]")
        let grid = model.screen()
        let side = model.content(of: .side)
        #expect(grid.find("2 speakers · 3 quotes · ≈ 2 paraphrases", in: side) != nil)
        let paraphrase = try #require(grid.find("≈ The river dam", in: side))
        #expect(grid.find("“The river dam", in: side) == nil, "a paraphrase is not put between quote marks")
        let verbatim = try #require(grid.find("“We will not take chances", in: side))
        #expect(verbatim.row > paraphrase.row)
        // Unselected rows show their own look: the words as in the reading pane, the mark without
        // the paraphrase's attribute.
        #expect(grid.cell(row: verbatim.row, column: verbatim.column + 1).style == .quote(tint: 0))
        model.press("]")
        let after = model.screen()
        #expect(after.cell(row: paraphrase.row, column: paraphrase.column + 2).style == .paraphrase(tint: 0))
        #expect(after.cell(row: paraphrase.row, column: paraphrase.column).style == .quote(tint: 0))
    }

    @Test func alsoReportedBySaysWhetherEachOutletQuotedOrParaphrased() throws {
        var model = ParaphraseFixture.model(width: 100, height: 30)
        model.press("<Enter>]a")  // Nordic Post's paraphrase of the inspection
        var grid = model.screen()
        var side = model.content(of: .side)
        #expect(model.alsoEntries.map(\.article) == [harbour])
        #expect(grid.find("Anna Holm: ≈ The river dam", in: side) != nil)
        let quoted = try #require(grid.find("Harbour Times · 2024-04-01 · quoted", in: side))
        #expect(grid.text(row: quoted.row + 1).contains("“The dam must be inspected before the spring floods,”"))

        model.press("]")  // the minister's own words, which the Harbour Times paraphrased
        grid = model.screen()
        side = model.content(of: .side)
        let paraphrased = try #require(grid.find("Harbour Times · 2024-04-01 · paraphrased", in: side))
        let wording = try #require(grid.find("≈ she would not take chances with the dam", in: side))
        #expect(wording.row == paraphrased.row + 1)
        #expect(grid.find("“she would", in: side) == nil)
        #expect(grid.cell(row: wording.row, column: wording.column + 2).style == .differ, "“she” differs from “We”")
    }

    @Test func aVerbatimRenderingIsSaidToBeQuoted() {
        var model = Fixture.model()
        model.press("j<Enter>]a")
        let side = model.content(of: .side)
        #expect(model.screen().find("Harbour Times · 2024-03-01 · quoted", in: side) != nil)
    }

    @Test func sideBySideSaysWhichColumnParaphrasedTheCurrentStatement() throws {
        for (w, h) in [(160, 48), (100, 30)] {
            var model = ParaphraseFixture.model(width: w, height: h)
            model.press("<Enter>]s")
            var grid = model.screen()
            let columns = model.sideBySideColumns
            let left = try #require(columns.left), right = try #require(columns.right)
            #expect(grid.find("◂ Nordic Post · 2024-04-02 · ≈ paraphrased", in: left) != nil, "at \(w)×\(h)")
            #expect(grid.find("paraphrased", in: right) == nil, "the Harbour Times quoted it")
            model.press("]")
            grid = model.screen()
            #expect(grid.find("paraphrased", in: left) == nil, "at \(w)×\(h)")
            #expect(grid.find("▸ Harbour Times · 2024-04-01 · ≈ paraphrased", in: right) != nil, "at \(w)×\(h)")
        }
    }

    @Test func closingBracesStepThroughTheParaphrasesOnly() {
        var model = ParaphraseFixture.model()
        model.press("<Enter>}")
        #expect(model.reading.selectedQuote == 0)
        model.press("}")
        #expect(model.reading.selectedQuote == 2, "the verbatim quote between them is skipped")
        model.press("}")
        #expect(model.reading.selectedQuote == 2)
        #expect(model.message?.text == "That was the last paraphrase of this article.")
        model.press("{")
        #expect(model.reading.selectedQuote == 0)
        model.press("{")
        #expect(model.message?.text == "That was the first paraphrase of this article.")
    }

    @Test func bracesStartFromTheSelectedVerbatimQuote() {
        var model = ParaphraseFixture.model()
        model.press("<Enter>]]")
        #expect(model.reading.selectedQuote == 1)
        model.press("}")
        #expect(model.reading.selectedQuote == 2)
        model.press("[{")
        #expect(model.reading.selectedQuote == 0, "back from the verbatim quote to the paraphrase before it")
    }

    @Test func bracketsReachParaphrasesAsQuotes() {
        var model = ParaphraseFixture.model()
        model.press("<Enter>]")
        #expect(model.reading.selectedQuote == 0)
        model.press("]]")
        #expect(model.reading.selectedQuote == 2)
    }

    @Test func anArticleWithoutParaphrasesSaysSo() {
        var model = Fixture.model()
        model.press("j<Enter>}")
        #expect(model.reading.selectedQuote == nil)
        #expect(model.message?.text.hasPrefix("No paraphrases in this article") == true)
    }

    @Test func theHelpScreenExplainsTheMarks() {
        var model = Fixture.model()
        model.press("?G")
        let grid = model.screen()
        #expect(grid.find("“…”") != nil)
        #expect(grid.find("paraphrased: the same colour, underlined") != nil)
    }
}
