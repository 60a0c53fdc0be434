/// Where the reader draws: a grid of cells. The real terminal is one implementation
/// (`TerminalScreen`, the only code that speaks ncurses); tests draw into `CellGrid`.
///
/// Implementations only place ready-made cells; sanitising and measuring text happens once, in
/// the extension below, so the terminal and the tests see exactly the same cells.
protocol Screen: AnyObject {
    var width: Int { get }
    var height: Int { get }
    func clear()
    /// Places one cell (a wide glyph also covers the cell to its right).
    func put(_ glyph: Glyph, row: Int, column: Int, style: Style)
    /// A run of the terminal's line-drawing characters.
    func line(_ direction: LineDirection, row: Int, column: Int, length: Int, style: Style)
    /// Where lines meet.
    func junction(_ junction: Junction, row: Int, column: Int, style: Style)
    func present()
}

enum LineDirection { case horizontal, vertical }

enum Junction: Int {
    case teeDown, teeUp, teeRight, teeLeft, cross

    var character: String { ["┬", "┴", "├", "┤", "┼"][rawValue] }
}

/// What a cell means; each screen decides how to show it (colour, or bold/underline/reverse).
enum Style: Hashable {
    case normal
    case dim
    case bold
    case titleBar
    case statusBar
    case statusKey
    case paneTitle
    case paneTitleFocused
    case border
    /// The selected row of the focused pane.
    case selection
    /// The selected row of a pane without focus.
    case selectionInactive
    /// A quote; `tint` picks the speaker's colour, nil when nobody was named.
    case quote(tint: Int?)
    case quoteSelected(tint: Int?)
    /// Reported speech (a paraphrase): the speaker's colour too, but told apart from their own
    /// words by an attribute, so nobody cites the outlet's wording as the speaker's.
    case paraphrase(tint: Int?)
    case paraphraseSelected(tint: Int?)
    /// Speaker names in lists, in their quote colour.
    case speaker(tint: Int?)
    /// A search hit.
    case match
    /// A statement both articles of a side-by-side carry.
    case shared
    case sharedCurrent
    /// Words another outlet worded differently.
    case differ
    case warning
    case error
    case progress

    /// Speaker colours cycle through this many tints.
    static let tintCount = 6
    static func tint(forSpeaker speaker: Int?) -> Int? { speaker.map { $0 % tintCount } }
}

/// A rectangle of cells.
struct Rect: Equatable {
    var row: Int
    var column: Int
    var width: Int
    var height: Int

    var bottom: Int { row + height }
    var right: Int { column + width }
    var isEmpty: Bool { width <= 0 || height <= 0 }

    func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < bottom && c >= column && c < right
    }

    /// The rectangle without its first `n` rows.
    func droppingTop(_ n: Int) -> Rect { Rect(row: row + n, column: column, width: width, height: max(0, height - n)) }
}

extension Screen {
    /// Draws sanitised text from a cell, cut at `limit` columns (and at the screen's edge);
    /// returns the columns used. A wide glyph that would straddle the limit becomes a space.
    @discardableResult
    func put(_ text: String, row: Int, column: Int, limit: Int = Int.max, style: Style) -> Int {
        putCells(Glyph.cells(text), row: row, column: column, limit: limit, style: style)
    }

    /// Like `put`, but text too long for `limit` ends in an ellipsis instead of being cut.
    @discardableResult
    func putFitted(_ text: String, row: Int, column: Int, limit: Int, style: Style) -> Int {
        putCells(Glyph.fitted(Glyph.cells(text), to: limit), row: row, column: column, limit: limit, style: style)
    }

    @discardableResult
    func putCells(_ cells: [Glyph], row: Int, column: Int, limit: Int = Int.max, style: Style) -> Int {
        guard row >= 0, row < height, column < width, limit > 0 else { return 0 }
        let end = limit >= width ? width : min(width, column + limit)
        var x = column
        for glyph in cells {
            if x + glyph.width > end {
                if x < end { put(.space, row: row, column: x, style: style); x += 1 }
                break
            }
            if x >= 0 { put(glyph, row: row, column: x, style: style) }
            x += glyph.width
        }
        return x - column
    }

    /// Paints `count` blank cells (selection bars, title bars).
    func fill(row: Int, column: Int, count: Int, style: Style) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<min(width, column + max(0, count)) {
            put(.space, row: row, column: x, style: style)
        }
    }

    func fill(_ rect: Rect, style: Style) {
        for r in rect.row..<rect.bottom { fill(row: r, column: rect.column, count: rect.width, style: style) }
    }
}
