/// Where the reader draws: a grid of cells. The real terminal is one implementation
/// (`TerminalScreen`, the only code that speaks ncurses); tests draw into `CellGrid`.
public protocol Screen: AnyObject {
    var width: Int { get }
    var height: Int { get }
    func clear()
    /// Draws text starting at a cell; text past the right edge is cut.
    func put(_ text: String, row: Int, column: Int, style: CellStyle)
    func present()
}

/// How a cell is drawn.
public struct CellStyle: Hashable, Sendable {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = CellStyle()
}
