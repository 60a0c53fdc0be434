/// The three panes of the browse view.
enum Pane: Int, CaseIterable, Hashable {
    case list, reading, side
}

/// Where everything goes for a terminal size: three columns when wide, the side panel under the
/// reading pane (and hideable) when medium, one pane at a time when narrow, and a message when the
/// terminal is too small to be useful.
struct Layout: Equatable {
    enum Mode: Equatable { case wide, medium, narrow, tooSmall }

    static let minimumWidth = 40
    static let minimumHeight = 10
    static let wideWidth = 120
    static let mediumWidth = 80

    let width: Int
    let height: Int
    let mode: Mode
    /// Row 0: corpus name and counts.
    let titleBar: Rect
    /// Last row: hints, messages, prompts, progress.
    let statusBar: Rect
    /// Everything between; full-screen views (side by side, speakers, help, filter) use all of it.
    let body: Rect
    /// Each visible pane's rectangle; its first row is the pane's title.
    let panes: [Pane: Rect]
    /// Divider lines between panes, and where they meet the panes' title lines.
    let dividers: [(direction: LineDirection, row: Int, column: Int, length: Int)]
    let junctions: [(junction: Junction, row: Int, column: Int)]

    init(width: Int, height: Int, focus: Pane = .list, sidePanelShown: Bool = true) {
        self.width = width
        self.height = height
        titleBar = Rect(row: 0, column: 0, width: width, height: 1)
        statusBar = Rect(row: max(0, height - 1), column: 0, width: width, height: 1)
        body = Rect(row: 1, column: 0, width: width, height: max(0, height - 2))
        var panes: [Pane: Rect] = [:]
        var dividers: [(LineDirection, Int, Int, Int)] = []
        var junctions: [(Junction, Int, Int)] = []
        let b = body
        if width < Layout.minimumWidth || height < Layout.minimumHeight {
            mode = .tooSmall
        } else if width >= Layout.wideWidth {
            mode = .wide
            let listWidth = width * 33 / 100
            let sideWidth = width * 27 / 100
            let readingWidth = width - listWidth - sideWidth - 2
            panes[.list] = Rect(row: b.row, column: 0, width: listWidth, height: b.height)
            panes[.reading] = Rect(row: b.row, column: listWidth + 1, width: readingWidth, height: b.height)
            panes[.side] = Rect(row: b.row, column: listWidth + readingWidth + 2, width: sideWidth, height: b.height)
            for column in [listWidth, listWidth + readingWidth + 1] {
                junctions.append((.teeDown, b.row, column))
                dividers.append((.vertical, b.row + 1, column, b.height - 1))
            }
        } else if width >= Layout.mediumWidth {
            mode = .medium
            let listWidth = width * 36 / 100
            let rightColumn = listWidth + 1
            let rightWidth = width - rightColumn
            panes[.list] = Rect(row: b.row, column: 0, width: listWidth, height: b.height)
            junctions.append((.teeDown, b.row, listWidth))
            dividers.append((.vertical, b.row + 1, listWidth, b.height - 1))
            if sidePanelShown {
                let sideHeight = max(4, b.height * 2 / 5)
                let readingHeight = b.height - sideHeight
                junctions.append((.teeRight, b.row + readingHeight, listWidth))
                panes[.reading] = Rect(row: b.row, column: rightColumn, width: rightWidth, height: readingHeight)
                panes[.side] = Rect(row: b.row + readingHeight, column: rightColumn, width: rightWidth, height: sideHeight)
            } else {
                panes[.reading] = Rect(row: b.row, column: rightColumn, width: rightWidth, height: b.height)
            }
        } else {
            mode = .narrow
            panes[focus] = b
        }
        self.panes = panes
        self.dividers = dividers
        self.junctions = junctions
    }

    static func == (a: Layout, b: Layout) -> Bool {
        a.width == b.width && a.height == b.height && a.mode == b.mode && a.panes == b.panes
    }

    /// The rows a pane shows content in (below its title), or nil when it is not on screen.
    func content(of pane: Pane) -> Rect? { panes[pane].map { $0.droppingTop(1) } }

    /// The pane under a screen position.
    func pane(at row: Int, column: Int) -> Pane? {
        panes.first { $0.value.contains(row: row, column: column) }?.key
    }
}
