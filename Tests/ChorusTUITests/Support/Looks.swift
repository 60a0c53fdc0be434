@testable import ChorusTUI

extension CellGrid {
    /// A part of the screen as text, each row followed by a row of letters under the cells whose
    /// look `letter` names (rows without any are not doubled): what a plain text snapshot cannot
    /// show, stored the same way.
    func renderLooks(in rect: Rect, letter: (Style) -> Character?) -> String {
        var out = ""
        for r in max(0, rect.row)..<min(height, rect.bottom) {
            var text = "", marks = ""
            for c in max(0, rect.column)..<min(width, rect.right) {
                let cell = cell(row: r, column: c)
                guard cell.glyph != nil else { continue }  // the right half of a wide glyph
                text += cell.text
                let columns = cell.glyph!.width
                marks += String(repeating: letter(cell.style).map(String.init) ?? " ", count: columns)
            }
            out += text.trimmingTrailingSpaces() + "\n"
            let trimmed = marks.trimmingTrailingSpaces()
            if !trimmed.isEmpty { out += trimmed + "\n" }
        }
        return out
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
