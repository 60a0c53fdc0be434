/// A screen in memory, for tests and benchmarks: renders to plain text for snapshot comparison and
/// keeps each cell's style so tests can ask how a cell is shown.
final class CellGrid: Screen {
    struct Cell: Equatable {
        /// Nil for the right half of a wide glyph.
        var glyph: Glyph?
        var style: Style

        static let blank = Cell(glyph: .space, style: .normal)

        var text: String {
            guard let glyph else { return "" }
            var view = String.UnicodeScalarView()
            view.append(glyph.base)
            view.append(contentsOf: glyph.marks)
            return String(view)
        }
    }

    private(set) var width: Int
    private(set) var height: Int
    private(set) var cells: [Cell]
    private(set) var presentCount = 0

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: .blank, count: width * height)
    }

    func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: .blank, count: width * height)
    }

    func clear() {
        for i in cells.indices { cells[i] = .blank }
    }

    func put(_ glyph: Glyph, row: Int, column: Int, style: Style) {
        guard row >= 0, row < height, column >= 0, column + glyph.width <= width else { return }
        cells[row * width + column] = Cell(glyph: glyph, style: style)
        if glyph.width == 2 { cells[row * width + column + 1] = Cell(glyph: nil, style: style) }
    }

    func line(_ direction: LineDirection, row: Int, column: Int, length: Int, style: Style) {
        for i in 0..<max(0, length) {
            let (r, c) = direction == .horizontal ? (row, column + i) : (row + i, column)
            guard r >= 0, r < height, c >= 0, c < width else { continue }
            cells[r * width + c] = Cell(glyph: Glyph(direction == .horizontal ? "─" : "│"), style: style)
        }
    }

    func junction(_ junction: Junction, row: Int, column: Int, style: Style) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        cells[row * width + column] = Cell(glyph: Glyph(junction.character.unicodeScalars.first!), style: style)
    }

    func present() { presentCount += 1 }

    func cell(row: Int, column: Int) -> Cell { cells[row * width + column] }

    /// One row as text, trailing blanks removed.
    func text(row: Int) -> String {
        var line = ""
        for c in 0..<width { line += cells[row * width + c].text }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The whole screen as text, one line per row.
    func render() -> String {
        (0..<height).map { text(row: $0) }.joined(separator: "\n") + "\n"
    }

    /// Where a piece of text first appears on screen (or in a part of it), if it does.
    func find(_ needle: String, in rect: Rect? = nil) -> (row: Int, column: Int)? {
        let area = rect ?? Rect(row: 0, column: 0, width: width, height: height)
        for r in max(0, area.row)..<min(height, area.bottom) {
            var columns: [Int] = []
            var line = ""
            for c in max(0, area.column)..<min(width, area.right) where !cells[r * width + c].text.isEmpty {
                columns.append(c)
                line += cells[r * width + c].text
            }
            if let range = line.firstRange(of: needle) {
                return (r, columns[line.distance(from: line.startIndex, to: range.lowerBound)])
            }
        }
        return nil
    }
}
