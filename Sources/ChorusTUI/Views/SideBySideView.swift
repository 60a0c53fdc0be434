import ChorusCore

/// Two articles in two columns, the statements they share highlighted in both and the current one
/// emphasised, so the reader sees at a glance how each outlet worded the same remark.
enum SideBySideView {
    static func draw(_ model: ReaderModel, _ catalog: Catalog, on screen: Screen) {
        guard let state = model.sideBySide else { return }
        let columns = model.sideBySideColumns
        let size = model.sideBySideColumnSize
        if let left = columns.left, columns.right != nil {
            screen.junction(.teeDown, row: left.row, column: left.right, style: .border)
            screen.line(.vertical, row: left.row + 1, column: left.right, length: left.height - 1, style: .border)
        }
        let count = state.shared.count
        let sharedLabel = count == 0 ? "no shared statement"
            : state.current.map { "shared \($0 + 1) of \(count)" } ?? Plural.count(count, "shared statement")
        // A column whose outlet paraphrased the current statement says so in its title; quoting is
        // what a reader assumes, and the titles are too short to say it each time.
        func rendering(_ member: (SharedStatement) -> Statement.Member) -> String {
            guard let current = state.current, catalog.index.quotes[member(state.shared[current]).quote].kind.isParaphrase else { return "" }
            return " · " + QuoteKind.paraphraseMark + " paraphrased"
        }
        if let left = columns.left {
            drawColumn(model, catalog, article: state.left, top: state.leftTop, rect: left, width: size.width,
                       title: "◂ " + catalog.byline(state.left) + rendering(\.left), right: sharedLabel, focused: !state.focusRight,
                       members: state.shared.map(\.left), current: state.current, on: screen)
        }
        if let right = columns.right {
            let others = state.candidates.filter { $0 != state.left }
            let position = others.firstIndex(of: state.right).map { "r: outlet \($0 + 1) of \(others.count)" } ?? "r: other outlet"
            drawColumn(model, catalog, article: state.right, top: state.rightTop, rect: right, width: size.width,
                       title: "▸ " + catalog.byline(state.right) + rendering(\.right), right: position, focused: state.focusRight,
                       members: state.shared.map(\.right), current: state.current, on: screen)
        }
    }

    private static func drawColumn(_ model: ReaderModel, _ catalog: Catalog, article: Int, top: ReadingAnchor, rect: Rect, width: Int,
                                   title: String, right: String, focused: Bool, members: [Statement.Member], current: Int?, on screen: Screen) {
        Chrome.drawPaneTitle(title, right: right, rect, focused: focused, on: screen)
        let content = rect.droppingTop(1)
        let doc = model.cache.document(catalog, article: article, width: width)
        var highlights = ReadingView.quoteHighlights(catalog, article: article, selected: nil)
        for (i, m) in members.enumerated() {
            highlights.append(Highlight(range: m.start..<m.end, style: i == current ? .sharedCurrent : .shared))
        }
        highlights += model.searchHighlights(in: article)
        let topRow = min(doc.row(for: top), doc.lastTopRow(height: content.height))
        ReadingView.drawDocument(doc, highlights: highlights, top: topRow, in: content, on: screen)
    }
}
