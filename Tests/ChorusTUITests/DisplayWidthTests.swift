import Testing
@testable import ChorusTUI

@Suite struct DisplayWidthTests {
    @Test func asciiTakesOneColumnWideTextTwo() {
        #expect(DisplayWidth.columns("Peskov") == 6)
        #expect(DisplayWidth.columns("港の橋") == 6)
        #expect(DisplayWidth.columns("🚧") == 2)
    }

    @Test func combiningMarksShareTheirBaseCell() {
        let cells = Glyph.cells("Cafe\u{301}")
        #expect(cells.count == 4)
        #expect(cells[3].scalars == ["e", "\u{301}"])
        #expect(DisplayWidth.columns("Cafe\u{301}") == 4)
    }

    @Test func escapeSequencesAreShownNotObeyed() {
        let cells = Glyph.cells("\u{1B}[31mred")
        #expect(cells.map { String(String.UnicodeScalarView($0.scalars)) }.joined() == "␛[31mred")
        #expect(cells.allSatisfy { $0.scalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } })
    }

    @Test func c1ControlsBidiOverridesAndDeleteAreReplaced() {
        for raw in ["\u{9B}", "\u{85}x", "\u{202E}", "\u{2066}", "\u{7F}", "\u{7}"] {
            let cells = Glyph.cells(raw)
            let drawn = cells.flatMap(\.scalars)
            #expect(!drawn.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) },
                    "\(raw.unicodeScalars.map { String($0.value, radix: 16) }) drawn raw")
        }
    }

    @Test func invisibleJoinersAreDropped() {
        #expect(Glyph.cells("a\u{200D}b\u{FEFF}c").count == 3)
    }

    @Test func tabsExpandToTheNextStop() {
        let cells = Glyph.cells("ab\tc")
        #expect(cells.count == 5)
        #expect(cells[2].scalars == [" "] && cells[3].scalars == [" "])
    }

    @Test func fittingEndsInAnEllipsisWithinTheLimit() {
        let fitted = Glyph.fitted(Glyph.cells("港の橋が閉鎖"), to: 7)
        #expect(fitted.reduce(0) { $0 + $1.width } <= 7)
        #expect(fitted.last?.scalars == ["…"])
        #expect(Glyph.fitted(Glyph.cells("short"), to: 5).count == 5)
    }

    @Test func aWideGlyphCutAtTheEdgeLeavesABlank() {
        let grid = CellGrid(width: 5, height: 1)
        grid.put("ab港c", row: 0, column: 2, style: .normal)
        #expect(grid.text(row: 0) == "  ab")
        grid.clear()
        grid.put("abc港", row: 0, column: 0, limit: 4, style: .normal)
        #expect(grid.text(row: 0) == "abc")
    }
}
