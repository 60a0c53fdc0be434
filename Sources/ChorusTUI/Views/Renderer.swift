/// Draws a whole frame of the model onto a screen. Only what is visible is laid out: the list draws
/// its visible rows, the reading pane its visible lines of an article wrapped once and cached.
enum Renderer {
    static func draw(_ model: ReaderModel, on screen: Screen) {
        screen.clear()
        let layout = model.layout
        if layout.mode == .tooSmall {
            drawTooSmall(layout, on: screen)
            screen.present()
            return
        }
        Chrome.drawTitleBar(model, layout.titleBar, on: screen)
        if let catalog = model.catalog {
            if catalog.articleCount == 0 {
                drawEmpty(model, layout.body, on: screen)
            } else {
                switch model.currentView {
                case .help?: HelpView.draw(model, layout.body, on: screen)
                case .filter?: PickerView.draw(model, layout.body, on: screen)
                case .sideBySide?: SideBySideView.draw(model, catalog, on: screen)
                case .speakers?: SpeakersView.draw(model, catalog, on: screen)
                case nil: drawBrowse(model, catalog, layout, on: screen)
                }
            }
        } else if model.currentView == .help {
            HelpView.draw(model, layout.body, on: screen)
        } else {
            drawLoading(model, layout.body, on: screen)
        }
        Chrome.drawStatusBar(model, layout.statusBar, on: screen)
        screen.present()
    }

    private static func drawBrowse(_ model: ReaderModel, _ catalog: Catalog, _ layout: Layout, on screen: Screen) {
        for divider in layout.dividers {
            screen.line(divider.direction, row: divider.row, column: divider.column, length: divider.length, style: .border)
        }
        for j in layout.junctions { screen.junction(j.junction, row: j.row, column: j.column, style: .border) }
        let narrow = layout.mode == .narrow
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let focused = model.focus == pane
            let position = narrow ? "[\(pane.rawValue + 1)/3] " : ""
            switch pane {
            case .list: ArticleListView.draw(model, catalog, rect, focused: focused, prefix: position, on: screen)
            case .reading: ReadingView.draw(model, catalog, rect, focused: focused, prefix: position, on: screen)
            case .side: SidePanelView.draw(model, catalog, rect, focused: focused, prefix: position, on: screen)
            }
        }
    }

    private static func drawTooSmall(_ layout: Layout, on screen: Screen) {
        let text = "Terminal too small (\(layout.width)×\(layout.height)). Chorus needs at least \(Layout.minimumWidth)×\(Layout.minimumHeight)."
        let lines = TextWrapper.wrap(text, width: max(1, layout.width - 2))
        let first = max(0, (layout.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (layout.width - DisplayWidth.columns(line)) / 2)
            screen.put(line, row: first + i, column: x, style: i == 0 ? .bold : .normal)
        }
    }

    private static func drawLoading(_ model: ReaderModel, _ body: Rect, on screen: Screen) {
        let row = body.row + body.height / 2 - 1
        let name = Catalog.displayName(of: model.corpusPath)
        let barWidth = max(10, min(50, body.width - 10))
        let column = (body.width - barWidth) / 2
        screen.putFitted("Indexing " + name + "…", row: row, column: column, limit: body.width - column, style: .bold)
        let fraction = model.progress?.fraction ?? 0
        Chrome.drawBar(fraction: fraction, row: row + 1, column: column, width: barWidth, on: screen)
        let stage = model.progress.map { $0.stage.rawValue } ?? "reading articles"
        screen.putFitted("\(Int(fraction * 100))% · " + stage + " · keys work meanwhile (q quits, ? help)",
                         row: row + 2, column: column, limit: body.width - column, style: .dim)
    }

    private static func drawEmpty(_ model: ReaderModel, _ body: Rect, on screen: Screen) {
        let lines = [
            ("No articles found in " + model.corpusPath + ".", Style.bold),
            ("Chorus reads folders of .txt and .md files and .jsonl files.", .normal),
            ("Press q to quit.", .dim),
        ]
        for (i, (text, style)) in lines.enumerated() {
            screen.putFitted(text, row: body.row + 1 + i, column: 2, limit: body.width - 3, style: style)
        }
    }
}
