/// Every key, drawn from the same table that binds them.
enum HelpView {
    static func draw(_ model: ReaderModel, _ body: Rect, on screen: Screen) {
        Chrome.drawPaneTitle("Keys", right: "q or ? closes", body, focused: true, on: screen)
        let content = body.droppingTop(1)
        let lines = KeyTable.helpLines()
        let keyWidth = min(24, max(10, content.width / 3))
        for i in 0..<content.height {
            let n = model.helpTop + i
            guard n < lines.count else { break }
            let line = lines[n]
            let y = content.row + i
            if line.heading {
                screen.putFitted(line.keys, row: y, column: content.column + 1, limit: content.width - 2, style: .bold)
            } else {
                screen.putFitted(line.keys, row: y, column: content.column + 3, limit: keyWidth - 1, style: .bold)
                screen.putFitted(line.summary, row: y, column: content.column + 3 + keyWidth, limit: max(1, content.width - keyWidth - 4), style: .normal)
            }
        }
    }
}
