/// The title bar, the status bar and pane titles.
enum Chrome {
    static func drawTitleBar(_ model: ReaderModel, _ rect: Rect, on screen: Screen) {
        screen.fill(row: rect.row, column: 0, count: rect.width, style: .titleBar)
        let name = model.catalog?.name ?? Catalog.displayName(of: model.corpusPath)
        var left = " Chorus · " + name
        switch model.currentView {
        case .sideBySide?: left += " · side by side"
        case .speakers?: left += " · speakers"
        case .help?: left += " · keys"
        case .filter?: left += " · filter"
        case nil: break
        }
        var right = "indexing…"
        if let catalog = model.catalog {
            let index = catalog.index
            right = [Plural.count(index.articles.count, "article"), Plural.count(index.quotes.count, "quote"),
                     Plural.count(index.speakers.count, "speaker"), Plural.count(index.statements.count, "statement")].joined(separator: " · ")
        }
        right += " "
        let rightWidth = DisplayWidth.columns(right)
        let leftWidth = screen.putFitted(left, row: rect.row, column: 0, limit: rect.width, style: .titleBar)
        if leftWidth + rightWidth + 2 <= rect.width {
            screen.put(right, row: rect.row, column: rect.width - rightWidth, style: .titleBar)
        }
    }

    static func drawStatusBar(_ model: ReaderModel, _ rect: Rect, on screen: Screen) {
        screen.fill(row: rect.row, column: 0, count: rect.width, style: .statusBar)
        if let prompt = model.prompt {
            let hint = "Enter search · Esc cancel "
            let hintWidth = DisplayWidth.columns(hint)
            let room = rect.width - 3 - (rect.width >= 60 ? hintWidth : 0)
            let used = screen.putFitted("/" + prompt.text, row: rect.row, column: 1, limit: room, style: .statusBar)
            screen.put("█", row: rect.row, column: 1 + used, style: .statusBar)
            if rect.width >= 60 { screen.put(hint, row: rect.row, column: rect.width - hintWidth, style: .statusBar) }
            return
        }
        var right = ""
        if let progress = model.progress, model.catalog == nil {
            right = "indexing \(Int(progress.fraction * 100))% "
        } else if let catalog = model.catalog, !catalog.index.warnings.isEmpty {
            right = Plural.count(catalog.index.warnings.count, "warning") + " "
        }
        let rightWidth = DisplayWidth.columns(right)
        let room = max(0, rect.width - rightWidth - 2)
        if let message = model.message {
            let prefix = message.kind == .warning ? "! " : ""
            screen.putFitted(prefix + message.text, row: rect.row, column: 1, limit: room, style: .statusBar)
        } else {
            drawHints(hints(for: model), row: rect.row, column: 1, limit: room, on: screen)
        }
        if !right.isEmpty, rightWidth < rect.width {
            screen.put(right, row: rect.row, column: rect.width - rightWidth, style: .statusBar)
        }
    }

    /// Key hints: the key in bold, what it does plain; as many as fit.
    private static func drawHints(_ hints: [(String, String)], row: Int, column: Int, limit: Int, on screen: Screen) {
        var x = column
        for (key, what) in hints {
            let width = DisplayWidth.columns(key) + 1 + DisplayWidth.columns(what) + 2
            guard x - column + width <= limit else { break }
            x += screen.put(key, row: row, column: x, style: .statusKey)
            x += screen.put(" " + what + "  ", row: row, column: x, style: .statusBar)
        }
    }

    static func hints(for model: ReaderModel) -> [(String, String)] {
        guard let catalog = model.catalog else { return [("q", "quit"), ("?", "help")] }
        if catalog.articleCount == 0 { return [("q", "quit")] }
        switch model.currentView {
        case .help?: return [("j/k", "scroll"), ("q", "close")]
        case .filter?: return [("type", "to narrow"), ("↑↓", "choose"), ("Enter", "apply"), ("Esc", "cancel")]
        case .sideBySide?:
            return [("] [", "shared statements"), ("r R", "other outlet"), ("Tab", "column"), ("Enter", "read"), ("q", "close"), ("?", "help")]
        case .speakers?: return [("j/k", "move"), ("Enter", "open"), ("Tab", "list/detail"), ("q", "close"), ("?", "help")]
        case nil: break
        }
        switch model.focus {
        case .list:
            return [("Enter", "read"), ("j/k", "move"), ("/", "search"), ("f", "filter"), ("o", "sort"), ("s", "side by side"),
                    ("S", "speakers"), ("?", "help"), ("q", "quit")]
        case .reading:
            return [("] [", "quotes"), ("Enter", "also reported"), ("a/w", "side panel"), ("s", "side by side"), ("b", "back"),
                    ("Tab", "pane"), ("?", "help"), ("q", "quit")]
        case .side where model.side.view == .whoSaidWhat:
            return [("j/k", "select"), ("Enter", "open"), ("v", "also reported by"), ("s", "side by side"), ("Tab", "pane"), ("?", "help")]
        case .side:
            return [("j/k", "select"), ("Enter", "read it there"), ("s", "side by side"), ("v", "who said what"), ("b", "back"), ("?", "help")]
        }
    }

    /// A pane's title row: a line across with the title on it, highlighted when the pane has focus.
    static func drawPaneTitle(_ title: String, right: String = "", _ rect: Rect, focused: Bool, on screen: Screen) {
        screen.line(.horizontal, row: rect.row, column: rect.column, length: rect.width, style: focused ? .paneTitleFocused : .border)
        let rightText = right.isEmpty ? "" : " " + right + " "
        let rightWidth = DisplayWidth.columns(rightText)
        let used = screen.putFitted(" " + title + " ", row: rect.row, column: rect.column + 1, limit: max(0, rect.width - 2),
                                    style: focused ? .paneTitleFocused : .paneTitle)
        if !rightText.isEmpty, used + rightWidth + 3 <= rect.width {
            screen.put(rightText, row: rect.row, column: rect.right - rightWidth - 1, style: .dim)
        }
    }

    static func drawBar(fraction: Double, row: Int, column: Int, width: Int, on screen: Screen) {
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded(.down))))
        screen.put(String(repeating: "█", count: filled), row: row, column: column, style: .progress)
        screen.put(String(repeating: "·", count: width - filled), row: row, column: column + filled, style: .dim)
    }
}
