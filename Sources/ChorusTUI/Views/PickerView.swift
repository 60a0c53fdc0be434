/// The filter picker: all articles, or one outlet's, or those quoting one speaker; typing narrows.
enum PickerView {
    static func draw(_ model: ReaderModel, _ body: Rect, on screen: Screen) {
        guard let picker = model.picker else { return }
        Chrome.drawPaneTitle("Filter articles", right: "\(picker.matches.count) of \(picker.items.count)", body, focused: true, on: screen)
        let content = body.droppingTop(1)
        let used = screen.putFitted("Filter: " + picker.query, row: content.row, column: content.column + 1, limit: content.width - 3, style: .bold)
        screen.put("█", row: content.row, column: content.column + 1 + used, style: .normal)
        let rows = content.droppingTop(2)
        guard !picker.matches.isEmpty else {
            screen.putFitted("Nothing matches “\(picker.query)”.", row: rows.row, column: rows.column + 1, limit: rows.width - 1, style: .dim)
            return
        }
        let top = ScrollList.top(keeping: picker.selected, top: picker.top, height: rows.height, count: picker.matches.count)
        for i in 0..<rows.height {
            let n = top + i
            guard n < picker.matches.count else { break }
            let item = picker.items[picker.matches[n]]
            let y = rows.row + i
            let selected = n == picker.selected
            if selected {
                screen.fill(row: y, column: rows.column, count: rows.width, style: .selection)
                screen.put("›", row: y, column: rows.column + 1, style: .selection)
            }
            let count = String(item.count)
            let countWidth = DisplayWidth.columns(count)
            screen.putFitted(item.label, row: y, column: rows.column + 2, limit: rows.width - countWidth - 5, style: selected ? .selection : .normal)
            screen.put(count, row: y, column: rows.right - countWidth - 2, style: selected ? .selection : .dim)
        }
    }
}
