/// Every speaker of the corpus (name, roles, quotes, outlets), and for the selected one their
/// statements with the outlets that carried each.
enum SpeakersView {
    static let detailHeaderRows = 2

    static func draw(_ model: ReaderModel, _ catalog: Catalog, on screen: Screen) {
        let columns = model.speakerColumns
        let state = model.speakers
        if let list = columns.list, let detail = columns.detail {
            screen.junction(.teeDown, row: list.row, column: detail.column - 1, style: .border)
            screen.line(.vertical, row: list.row + 1, column: detail.column - 1, length: list.height - 1, style: .border)
        }
        if let list = columns.list { drawList(model, catalog, list, focused: !state.detailFocused, on: screen) }
        if let detail = columns.detail { drawDetail(model, catalog, detail, focused: state.detailFocused, on: screen) }
    }

    private static func drawList(_ model: ReaderModel, _ catalog: Catalog, _ rect: Rect, focused: Bool, on screen: Screen) {
        let speakers = catalog.speakersByQuotes
        Chrome.drawPaneTitle("Speakers " + Plural.number(speakers.count), right: "most quoted first", rect, focused: focused, on: screen)
        let content = rect.droppingTop(1)
        guard !speakers.isEmpty else {
            let lines = TextWrapper.wrap("No speakers were identified in this corpus: quotes are not attributed yet.", width: max(1, content.width - 2))
            for (i, line) in lines.enumerated() where i < content.height {
                screen.put(line, row: content.row + 1 + i, column: content.column + 1, style: .dim)
            }
            return
        }
        let top = ScrollList.top(keeping: model.speakers.selected, top: model.speakers.top, height: content.height, count: speakers.count)
        for i in 0..<content.height {
            let row = top + i
            guard row < speakers.count else { break }
            let s = speakers[row]
            let y = content.row + i
            let override: Style? = row == model.speakers.selected ? (focused ? .selection : .selectionInactive) : nil
            if let override {
                screen.fill(row: y, column: content.column, count: content.width, style: override)
                screen.put("›", row: y, column: content.column, style: override)
            }
            let quotes = catalog.index.quotesBySpeaker[s].count, outlets = catalog.speakerOutlets[s]
            let counts = content.width >= 50
                ? Plural.count(quotes, "quote") + " · " + Plural.count(outlets, "outlet")
                : "\(quotes)q \(outlets)o"
            let countsWidth = DisplayWidth.columns(counts)
            let nameRoom = content.width - countsWidth - 3
            var line: StyledLine = [Span(catalog.index.speakers[s].name, .speaker(tint: Style.tint(forSpeaker: s)))]
            let roles = catalog.roles(of: s)
            if !roles.isEmpty { line.append(Span(" · " + roles, .dim)) }
            screen.draw(line, row: y, column: content.column + 1, limit: max(1, nameRoom), override: override)
            screen.put(counts, row: y, column: content.right - countsWidth - 1, style: override ?? .dim)
        }
    }

    private static func drawDetail(_ model: ReaderModel, _ catalog: Catalog, _ rect: Rect, focused: Bool, on screen: Screen) {
        guard let speaker = model.selectedSpeaker else {
            Chrome.drawPaneTitle("Statements", rect, focused: focused, on: screen)
            return
        }
        let name = catalog.index.speakers[speaker].name
        Chrome.drawPaneTitle(name, right: catalog.roles(of: speaker), rect, focused: focused, on: screen)
        let content = rect.droppingTop(1)
        let items = model.cache.speakerDetail(catalog, speaker: speaker)
        let statements = catalog.statementsBySpeaker[speaker].count
        let summary = Plural.count(catalog.index.quotesBySpeaker[speaker].count, "quote") + " in "
            + Plural.count(catalog.speakerOutlets[speaker], "outlet") + " · "
            + Plural.count(statements, "statement") + " carried by several articles"
        screen.putFitted(summary, row: content.row, column: content.column + 1, limit: content.width - 1, style: .dim)
        SidePanelView.drawItems(count: items.count, top: model.speakers.detailTop, selected: model.speakers.detailSelected,
                                focused: focused, in: content.droppingTop(detailHeaderRows), on: screen) {
            detailLines(items[$0], speaker: speaker, catalog: catalog, cache: model.cache, width: rect.width)
        }
    }

    /// A statement (its wording and every outlet that carried it) or a quote only one article has;
    /// `≈` marks what no outlet gave in the speaker's words.
    static func detailLines(_ item: SpeakerDetailItem, speaker: Int, catalog: Catalog, cache: ViewCache, width: Int) -> [StyledLine] {
        var lines: [StyledLine]
        switch item {
        case .statement(let s):
            let statement = catalog.index.statements[s]
            let paraphrasedByAll = statement.members.allSatisfy { catalog.index.quotes[$0.quote].kind.isParaphrase }
            lines = StyledText.wrappedQuote(statement.representative, kind: paraphrasedByAll ? .indirect : .direct, speaker: speaker,
                                            width: max(1, width - 2), maxLines: 4)
            let outlets = cache.outlets(catalog, statement: s)
            lines += StyledText.wrapped("carried by " + outlets.joined(separator: ", "), width: max(1, width - 4), base: .dim, maxLines: 3)
                .map { [Span("  ")] + $0 }
        case .quote(let q):
            let quote = catalog.index.quotes[q]
            lines = StyledText.wrappedQuote(quote.text, kind: quote.kind, speaker: speaker, width: max(1, width - 2), maxLines: 4)
            lines.append([Span("  only in " + catalog.byline(quote.article), .dim)])
        }
        lines.append([])
        return lines
    }
}
