import ChorusCore

/// The side panel: *Who said what* in the article, or *Also reported by* for the selected quote.
enum SidePanelView {
    static func draw(_ model: ReaderModel, _ catalog: Catalog, _ rect: Rect, focused: Bool, prefix: String, on screen: Screen) {
        let content = rect.droppingTop(1)
        switch model.side.view {
        case .whoSaidWhat:
            Chrome.drawPaneTitle(prefix + "Who said what", right: "v: also reported", rect, focused: focused, on: screen)
            drawWho(model, catalog, content, focused: focused, on: screen)
        case .alsoReported:
            Chrome.drawPaneTitle(prefix + "Also reported by", right: "v: who said what", rect, focused: focused, on: screen)
            drawAlso(model, catalog, content, focused: focused, on: screen)
        }
    }

    // MARK: Who said what

    private static func drawWho(_ model: ReaderModel, _ catalog: Catalog, _ rect: Rect, focused: Bool, on screen: Screen) {
        guard let a = model.reading.article else { return }
        let groups = catalog.whoGroups(a)
        let quotes = catalog.index.quotesByArticle[a].count
        let named = groups.filter { $0.speaker != nil }.count
        let paraphrases = catalog.index.quotesByArticle[a].filter { catalog.index.quotes[$0].kind.isParaphrase }.count
        var summary = Plural.count(named, "speaker") + " · " + Plural.count(quotes, "quote")
        if paraphrases > 0 { summary += " · " + QuoteKind.paraphraseMark + " " + Plural.count(paraphrases, "paraphrase") }
        screen.putFitted(summary, row: rect.row, column: rect.column + 1, limit: rect.width - 1, style: .dim)
        guard quotes > 0 else {
            screen.putFitted("No quotes found in this article.", row: rect.row + 2, column: rect.column + 1, limit: rect.width - 1, style: .dim)
            return
        }
        let items = catalog.whoItems(a, expanded: model.side.expanded)
        let selected = model.side.whoSelected.flatMap { items.firstIndex(of: $0) }
        drawItems(count: items.count, top: model.side.whoTop, selected: selected, focused: focused, in: rect.droppingTop(1), on: screen) {
            whoLines(items[$0], article: a, catalog: catalog, expanded: model.side.expanded, width: rect.width)
        }
    }

    /// A row of *Who said what*: a speaker (name, count, roles) or one of their quotes (up to three
    /// lines), a paraphrase marked `≈` instead of quote marks.
    static func whoLines(_ item: WhoItem, article: Int, catalog: Catalog, expanded: Set<Int?>, width: Int) -> [StyledLine] {
        switch item {
        case .speaker(let s):
            let count = catalog.index.quotesByArticle[article].filter { catalog.index.quotes[$0].speaker == s }.count
            let marker = expanded.contains(s) ? "▾ " : "▸ "
            var line: StyledLine = [Span(marker), Span(catalog.speakerName(s), s == nil ? .dim : .speaker(tint: Style.tint(forSpeaker: s))),
                                    Span(" (\(count))")]
            let roles = catalog.roles(of: s)
            if !roles.isEmpty { line.append(Span(" · " + roles, .dim)) }
            return [line]
        case .quote(let q):
            let quote = catalog.index.quotes[q]
            let lines = StyledText.wrappedQuote(quote.text, kind: quote.kind, speaker: quote.speaker, width: max(1, width - 4), maxLines: 3)
            return lines.map { [Span("   ")] + $0 }
        }
    }

    // MARK: Also reported by

    private static func drawAlso(_ model: ReaderModel, _ catalog: Catalog, _ rect: Rect, focused: Bool, on screen: Screen) {
        guard let q = model.reading.selectedQuote else {
            let lines = TextWrapper.wrap("Select a quote with ] or [ to see which other outlets reported it.", width: max(1, rect.width - 2))
            for (i, line) in lines.enumerated() where i < rect.height {
                screen.put(line, row: rect.row + i, column: rect.column + 1, style: .dim)
            }
            return
        }
        let quote = catalog.index.quotes[q]
        let entries = model.cache.alsoEntries(catalog, quote: q)
        screen.draw([Span(catalog.speakerName(quote.speaker) + ": ", .bold)] + StyledText.quoteLine(quote.text, kind: quote.kind, speaker: quote.speaker),
                    row: rect.row, column: rect.column + 1, limit: rect.width - 1)
        let outlets = Set(entries.map { catalog.index.articles[$0.article].outletLabel }).count
        let summary = entries.isEmpty
            ? "No other article carries this quote."
            : "carried by " + Plural.count(entries.count, "other article") + " from " + Plural.count(outlets, "outlet")
        screen.putFitted(summary, row: rect.row + 1, column: rect.column + 1, limit: rect.width - 1, style: .dim)
        drawItems(count: entries.count, top: model.side.alsoTop, selected: model.side.alsoSelected, focused: focused,
                  highlightedLines: 1, in: rect.droppingTop(2), on: screen) {
            alsoLines(entries[$0], selectedQuote: q, catalog: catalog, cache: model.cache, width: rect.width)
        }
    }

    /// An entry of *Also reported by*: outlet, date and whether the outlet quoted or paraphrased,
    /// then its wording with the words that differ from the selected quote's marked.
    static func alsoLines(_ entry: AlsoEntry, selectedQuote: Int, catalog: Catalog, cache: ViewCache, width: Int) -> [StyledLine] {
        let article = catalog.index.articles[entry.article]
        let kind = catalog.index.quotes[entry.quote].kind
        // Whether an outlet printed the words or its own account of them matters before the
        // wording does: it says which outlets can be cited for the exact words.
        var lines: [StyledLine] = [[Span(article.outletLabel, .bold), Span(" · " + (article.date ?? "no date"), .dim),
                                    Span(" · " + kind.rendering, .normal)]]
        // Outlets sometimes credit a remark to someone else: say so where it happens.
        let speaker = catalog.index.quotes[entry.quote].speaker
        if speaker != catalog.index.quotes[selectedQuote].speaker {
            lines.append([Span("  " + (speaker == nil ? "not attributed here" : "credited to " + catalog.speakerName(speaker)), .warning)])
        }
        let other = catalog.wording(of: entry.member)
        let marks = cache.differing(catalog, quote: selectedQuote, entry: entry).map { Highlight(range: $0, style: .differ) }
        lines += StyledText.wrappedQuote(other, kind: kind, speaker: speaker, width: max(1, width - 4), highlights: marks, maxLines: 5)
            .map { [Span("  ")] + $0 }
        lines.append([])
        return lines
    }

    // MARK: Drawing rows of several lines

    /// Draws list rows from `top`, each as many lines as `lines` gives, the selected one highlighted
    /// (only its first `highlightedLines`, so marks in the rest stay visible).
    static func drawItems(count: Int, top: Int, selected: Int?, focused: Bool, highlightedLines: Int = Int.max, in rect: Rect,
                          on screen: Screen, lines: (Int) -> [StyledLine]) {
        var y = rect.row
        var i = max(0, top)
        while i < count, y < rect.bottom {
            let isSelected = i == selected
            let selection: Style? = isSelected ? (focused ? .selection : .selectionInactive) : nil
            for (n, line) in lines(i).enumerated() where y < rect.bottom {
                let override = n < highlightedLines ? selection : nil
                if let override, !line.isEmpty { screen.fill(row: y, column: rect.column, count: rect.width, style: override) }
                if let selection, n == 0 { screen.put("›", row: y, column: rect.column, style: selection) }
                screen.draw(line, row: y, column: rect.column + 1, limit: rect.width - 1, override: override)
                y += 1
            }
            i += 1
        }
    }
}
