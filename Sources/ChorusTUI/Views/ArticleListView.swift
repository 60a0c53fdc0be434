/// The article list: outlet, date, title and number of quotes, one article a row.
enum ArticleListView {
    static func draw(_ model: ReaderModel, _ catalog: Catalog, _ rect: Rect, focused: Bool, prefix: String, on screen: Screen) {
        let list = model.list
        var title = prefix + "Articles " + Plural.number(list.rows.count)
        if let filter = list.filter {
            title += " of " + Plural.number(catalog.articleCount) + " · " + label(filter, catalog)
        }
        Chrome.drawPaneTitle(title, right: list.order.label, rect, focused: focused, on: screen)
        let content = rect.droppingTop(1)
        guard !list.rows.isEmpty else {
            screen.putFitted("No articles match the filter (f changes it).", row: content.row, column: content.column + 1,
                             limit: content.width - 1, style: .dim)
            return
        }
        let top = ScrollList.top(keeping: list.selected, top: list.top, height: content.height, count: list.rows.count)
        let columns = Columns(width: content.width, widestOutlet: catalog.widestOutlet)
        for i in 0..<content.height {
            let row = top + i
            guard row < list.rows.count else { break }
            let selected = row == list.selected
            let override: Style? = selected ? (focused ? .selection : .selectionInactive) : nil
            let y = content.row + i
            if let override { screen.fill(row: y, column: content.column, count: content.width, style: override) }
            drawRow(catalog, list.rows[row], selected: selected, marked: list.marked == list.rows[row], columns: columns,
                    row: y, x: content.column, override: override, on: screen)
        }
    }

    /// Column widths for a pane width. The outlet is the analyst's main dimension, so it is served
    /// before the title: whole up to the corpus's widest name, within three fifths of the room the
    /// outlet and title share; the title takes what is left.
    struct Columns {
        let outlet: Int
        let date: Int
        let count: Int
        let title: Int

        init(width: Int, widestOutlet: Int) {
            date = width >= 50 ? 10 : 0
            count = 4
            // Pointer, the gap after the outlet, the date and its gap, the count and a margin.
            let fixed = 1 + 1 + (date > 0 ? date + 1 : 0) + count + 1
            let shared = max(0, width - fixed)
            outlet = max(6, min(widestOutlet, shared * 3 / 5))
            title = max(1, shared - outlet)
        }
    }

    static func drawRow(_ catalog: Catalog, _ a: Int, selected: Bool, marked: Bool, columns: Columns, row: Int, x: Int, override: Style?, on screen: Screen) {
        let article = catalog.index.articles[a]
        var x = x
        // A visible pointer as well as the highlight, for monochrome screens and text captures.
        screen.put(selected ? "›" : marked ? "•" : " ", row: row, column: x, style: override ?? .bold)
        x += 1
        let known = !(article.outlet ?? "").isEmpty
        screen.putFitted(catalog.outletName(a), row: row, column: x, limit: columns.outlet, style: override ?? (known ? .bold : .dim))
        x += columns.outlet + 1
        if columns.date > 0 {
            screen.putFitted(article.date ?? "—", row: row, column: x, limit: columns.date, style: override ?? .dim)
            x += columns.date + 1
        }
        screen.putFitted(catalog.titles[a], row: row, column: x, limit: columns.title, style: override ?? (catalog.hasTitle[a] ? .normal : .dim))
        x += columns.title
        let quotes = catalog.index.quotesByArticle[a].count
        let count = String(quotes)
        let countWidth = DisplayWidth.columns(count)
        screen.put(count, row: row, column: x + columns.count - countWidth, style: override ?? (quotes == 0 ? .dim : .normal))
    }

    static func label(_ filter: ArticleFilter, _ catalog: Catalog) -> String {
        switch filter {
        case .outlet(let label): return label
        case .speaker(let s): return "quoting " + catalog.index.speakers[s].name
        }
    }
}
