import ChorusCore

/// The three-pane browse view: the article list, the reading pane and the side panel.
extension ReaderModel {
    mutating func browseAction(_ action: Action) {
        switch action {
        case .nextPane: cyclePane(by: 1)
        case .previousPane: cyclePane(by: -1)
        case .nextQuote: stepQuote(by: 1)
        case .previousQuote: stepQuote(by: -1)
        case .nextParaphrase: stepQuote(by: 1, paraphrasesOnly: true)
        case .previousParaphrase: stepQuote(by: -1, paraphrasesOnly: true)
        case .showAlsoReported: showSide(.alsoReported)
        case .showWhoSaidWhat: showSide(.whoSaidWhat)
        case .toggleSideView: showSide(side.view == .whoSaidWhat ? .alsoReported : .whoSaidWhat)
        case .toggleSidePanel: toggleSidePanel()
        case .sideBySide: openSideBySide()
        case .back: goBack()
        case .cycleOrder: cycleOrder()
        case .mark: toggleMark()
        default:
            switch focus {
            case .list: listAction(action)
            case .reading: readingAction(action)
            case .side: sideAction(action)
            }
        }
    }

    var visiblePanes: [Pane] {
        layout.mode == .medium && !sidePanelShown ? [.list, .reading] : Pane.allCases
    }

    mutating func cyclePane(by delta: Int) {
        let panes = visiblePanes
        let i = panes.firstIndex(of: focus) ?? 0
        focus = panes[(i + delta + panes.count) % panes.count]
    }

    // MARK: Article list

    mutating func listAction(_ action: Action) {
        let page = max(1, content(of: .list).height)
        switch action {
        case .down: selectRow(list.selected + 1)
        case .up: selectRow(list.selected - 1)
        case .top: selectRow(0)
        case .bottom: selectRow(list.rows.count - 1)
        case .pageDown: selectRow(list.selected + page)
        case .pageUp: selectRow(list.selected - page)
        case .halfPageDown: selectRow(list.selected + page / 2)
        case .halfPageUp: selectRow(list.selected - page / 2)
        case .open: if list.selectedArticle != nil { focus = .reading }
        default: break
        }
    }

    /// Selects a row of the list; the reading pane follows the selection.
    mutating func selectRow(_ row: Int) {
        guard !list.rows.isEmpty else { return }
        list.selected = max(0, min(row, list.rows.count - 1))
        keepListSelectionVisible()
        if let a = list.selectedArticle { show(article: a) }
    }

    mutating func keepListSelectionVisible() {
        list.top = ScrollList.top(keeping: list.selected, top: list.top, height: content(of: .list).height, count: list.rows.count)
    }

    /// Puts an article's row under the selection, when the filter lets it be in the list.
    mutating func selectInList(_ article: Int) {
        guard list.rowOfArticle.indices.contains(article), list.rowOfArticle[article] >= 0 else { return }
        list.selected = list.rowOfArticle[article]
        keepListSelectionVisible()
    }

    mutating func cycleOrder() {
        let all = ArticleOrder.allCases
        list.order = all[(list.order.rawValue + 1) % all.count]
        rebuildRows(keeping: list.selectedArticle)
        message = StatusMessage(text: "Sorted " + list.order.label + ".")
    }

    mutating func toggleMark() {
        guard let a = list.selectedArticle else { return }
        list.marked = list.marked == a ? nil : a
        message = StatusMessage(text: list.marked == nil ? "Mark cleared." : "Marked. Select another article and press s to read both side by side.")
    }

    /// Recomputes the list's rows after the order or the filter changed, keeping an article selected.
    mutating func rebuildRows(keeping article: Int?) {
        guard let catalog else { return }
        let order = catalog.order(list.order)
        if let filter = list.filter {
            switch filter {
            case .outlet(let label):
                list.rows = order.filter { catalog.index.articles[$0].outletLabel == label }
            case .speaker(let s):
                let quoting = catalog.articles(quoting: s)
                list.rows = order.filter { quoting.contains($0) }
            }
        } else {
            list.rows = order
        }
        for i in list.rowOfArticle.indices { list.rowOfArticle[i] = -1 }
        for (row, a) in list.rows.enumerated() { list.rowOfArticle[a] = row }
        if let article, list.rowOfArticle[article] >= 0 {
            list.selected = list.rowOfArticle[article]
        } else {
            list.selected = 0
        }
        list.top = 0
        keepListSelectionVisible()
        if let a = list.selectedArticle { show(article: a) }
    }

    // MARK: Reading pane

    /// Changes the article of the reading pane, remembering where the user was in the old one.
    mutating func show(article: Int) {
        guard reading.article != article else { return }
        if let current = reading.article { positions[current] = reading }
        reading = positions[article] ?? ReadingState(article: article)
        side.whoTop = 0
        side.alsoSelected = 0
        side.alsoTop = 0
        syncSideToQuote()
    }

    mutating func readingAction(_ action: Action) {
        let page = max(1, content(of: .reading).height)
        switch action {
        case .down: scrollReading(by: 1)
        case .up: scrollReading(by: -1)
        case .top: reading.top = .top
        case .bottom: scrollReading(by: Int.max / 2)
        case .pageDown: scrollReading(by: max(1, page - 2))
        case .pageUp: scrollReading(by: -max(1, page - 2))
        case .halfPageDown: scrollReading(by: page / 2)
        case .halfPageUp: scrollReading(by: -page / 2)
        case .open:
            if reading.selectedQuote != nil { showSide(.alsoReported) } else { stepQuote(by: 1) }
        default: break
        }
    }

    mutating func scrollReading(by rows: Int) {
        guard let a = reading.article, let doc = document(a, width: readingTextWidth) else { return }
        let height = content(of: .reading).height
        let row = doc.row(for: reading.top)
        let target = max(0, min(doc.lastTopRow(height: height), row + rows))
        reading.top = doc.anchor(forRow: target)
    }

    /// Scrolls the reading pane so a span of the text is in view (a third of the way down when it moves).
    mutating func revealInReading(_ start: Int, _ end: Int) {
        guard let a = reading.article, let doc = document(a, width: readingTextWidth) else { return }
        reading.top = Self.reveal(doc, start, end, top: reading.top, height: content(of: .reading).height)
    }

    static func reveal(_ doc: ReadingDocument, _ start: Int, _ end: Int, top: ReadingAnchor, height: Int) -> ReadingAnchor {
        let first = doc.row(forOffset: start)
        let last = doc.row(forOffset: max(start, end - 1))
        let topRow = doc.row(for: top)
        if first >= topRow && last < topRow + height { return top }
        let target = max(0, min(doc.lastTopRow(height: height), first - height / 3))
        return doc.anchor(forRow: target)
    }

    /// Moves the quote selection to the next or previous quote (or paraphrase) of the article and
    /// brings it into view.
    mutating func stepQuote(by delta: Int, paraphrasesOnly: Bool = false) {
        guard let catalog, let a = reading.article else { return }
        let all = catalog.index.quotesByArticle[a]
        let quotes = paraphrasesOnly ? all.filter { catalog.index.quotes[$0].kind.isParaphrase } : all
        let noun = paraphrasesOnly ? "paraphrase" : "quote"
        guard !quotes.isEmpty else {
            message = StatusMessage(text: paraphrasesOnly ? "No paraphrases in this article; ] and [ step through its quotes."
                                                          : "No quotes found in this article.")
            return
        }
        var next: Int
        if let selected = reading.selectedQuote, let i = quotes.firstIndex(of: selected) {
            next = i + delta
        } else if let selected = reading.selectedQuote, let position = all.firstIndex(of: selected) {
            // A verbatim quote is selected: the paraphrases on either side of it. Quote positions
            // follow the text, so comparing them compares places in the article.
            let after = quotes.firstIndex { $0 > all[position] } ?? quotes.count
            next = delta > 0 ? after : after - 1
        } else {
            // Nothing selected: start from what is on screen.
            let offset = topOffset(a)
            let after = quotes.firstIndex { catalog.index.quotes[$0].start >= offset } ?? quotes.count
            next = delta > 0 ? after : after - 1
        }
        guard quotes.indices.contains(next) else {
            message = StatusMessage(text: "That was the " + (delta > 0 ? "last " : "first ") + noun + " of this article.")
            return
        }
        select(quote: quotes[next])
    }

    /// The text offset at the top of the reading pane.
    func topOffset(_ article: Int) -> Int {
        switch reading.top {
        case .header: return 0
        case .offset(let o): return o
        }
    }

    mutating func select(quote q: Int) {
        guard let catalog else { return }
        reading.selectedQuote = q
        let quote = catalog.index.quotes[q]
        revealInReading(quote.start, quote.end)
        side.alsoSelected = 0
        side.alsoTop = 0
        syncSideToQuote()
    }

    /// Points *Who said what* at the selected quote, opening its speaker.
    mutating func syncSideToQuote() {
        guard let catalog, let q = reading.selectedQuote else {
            side.whoSelected = nil
            return
        }
        side.expanded.insert(catalog.index.quotes[q].speaker)
        side.whoSelected = .quote(q)
        keepSideSelectionVisible()
    }

    // MARK: Side panel

    mutating func showSide(_ view: SideView) {
        side.view = view
        if layout.mode == .medium && !sidePanelShown { sidePanelShown = true }
        if layout.mode == .narrow { focus = .side }
        if view == .alsoReported && reading.selectedQuote == nil { stepQuote(by: 1) }
        keepSideSelectionVisible()
    }

    mutating func toggleSidePanel() {
        guard layout.mode == .medium else {
            message = StatusMessage(text: "The side panel hides only at medium widths; here it is " + (layout.mode == .wide ? "always shown." : "one Tab away."))
            return
        }
        sidePanelShown.toggle()
        if !sidePanelShown && focus == .side { focus = .reading }
    }

    var whoItems: [WhoItem] {
        guard let catalog, let a = reading.article else { return [] }
        return catalog.whoItems(a, expanded: side.expanded)
    }

    var alsoEntries: [AlsoEntry] {
        guard let catalog, let q = reading.selectedQuote else { return [] }
        return cache.alsoEntries(catalog, quote: q)
    }

    mutating func sideAction(_ action: Action) {
        let page = max(1, content(of: .side).height - 2)
        let step: Int?
        switch action {
        case .down: step = 1
        case .up: step = -1
        case .top: step = Int.min / 2
        case .bottom: step = Int.max / 2
        case .pageDown, .halfPageDown: step = action == .pageDown ? page : page / 2
        case .pageUp, .halfPageUp: step = -(action == .pageUp ? page : page / 2)
        default: step = nil
        }
        if let step {
            side.view == .whoSaidWhat ? moveWho(by: step) : moveAlso(by: step)
            return
        }
        switch (action, side.view) {
        case (.open, .whoSaidWhat):
            guard let item = side.whoSelected else { return }
            switch item {
            case .speaker(let s): toggleExpanded(s)
            case .quote: showSide(.alsoReported)
            }
        case (.expand, .whoSaidWhat):
            if case .speaker(let s)? = side.whoSelected { side.expanded.insert(s) }
        case (.collapse, .whoSaidWhat):
            collapseSelected()
        case (.open, .alsoReported):
            let entries = alsoEntries
            if entries.indices.contains(side.alsoSelected) { follow(entries[side.alsoSelected]) }
        default: break
        }
        keepSideSelectionVisible()
    }

    mutating func moveWho(by delta: Int) {
        let items = whoItems
        guard !items.isEmpty else { return }
        let current = side.whoSelected.flatMap { items.firstIndex(of: $0) } ?? -1
        selectWho(at: current < 0 && delta < 0 ? 0 : current + delta, in: items)
    }

    mutating func selectWho(at row: Int, in items: [WhoItem]) {
        guard !items.isEmpty else { return }
        let target = max(0, min(items.count - 1, row))
        side.whoSelected = items[target]
        // Selecting a quote here moves the reading pane to it.
        if case .quote(let q) = items[target], let catalog {
            reading.selectedQuote = q
            let quote = catalog.index.quotes[q]
            revealInReading(quote.start, quote.end)
        }
        keepSideSelectionVisible()
    }

    mutating func toggleExpanded(_ speaker: Int?) {
        if side.expanded.contains(speaker) { side.expanded.remove(speaker) } else { side.expanded.insert(speaker) }
    }

    mutating func collapseSelected() {
        guard let catalog, let item = side.whoSelected else { return }
        switch item {
        case .speaker(let s): side.expanded.remove(s)
        case .quote(let q):
            let s = catalog.index.quotes[q].speaker
            side.expanded.remove(s)
            side.whoSelected = .speaker(s)
        }
    }

    mutating func moveAlso(by delta: Int) {
        let count = alsoEntries.count
        guard count > 0 else { return }
        side.alsoSelected = max(0, min(count - 1, side.alsoSelected + delta))
    }

    /// Opens another outlet's article at its rendering of the statement; `b` comes back.
    mutating func follow(_ entry: AlsoEntry) {
        guard let catalog else { return }
        pushPlace()
        open(article: entry.article, quote: entry.quote, start: entry.member.start, end: entry.member.end)
        focus = layout.mode == .narrow ? .reading : focus
        message = StatusMessage(text: "Now reading " + catalog.byline(entry.article) + ". b goes back.")
    }

    /// Shows an article in the reading pane with a quote selected and a span in view.
    mutating func open(article: Int, quote: Int?, start: Int, end: Int) {
        selectInList(article)
        show(article: article)
        reading.selectedQuote = quote
        revealInReading(start, end)
        side.alsoSelected = 0
        side.alsoTop = 0
        syncSideToQuote()
    }

    /// Rows the side panel's header takes above its list.
    var sideHeaderRows: Int { side.view == .whoSaidWhat ? 1 : 2 }

    mutating func keepSideSelectionVisible() {
        guard let catalog else { return }
        let rect = content(of: .side)
        let height = rect.height - sideHeaderRows
        let width = rect.width
        switch side.view {
        case .whoSaidWhat:
            let items = whoItems
            guard let article = reading.article, let selected = side.whoSelected, let i = items.firstIndex(of: selected) else { return }
            let expanded = side.expanded
            side.whoTop = ScrollList.top(keeping: i, top: side.whoTop, height: height, count: items.count) {
                SidePanelView.whoLines(items[$0], article: article, catalog: catalog, expanded: expanded, width: width).count
            }
        case .alsoReported:
            let entries = alsoEntries
            guard let q = reading.selectedQuote, !entries.isEmpty else { return }
            side.alsoTop = ScrollList.top(keeping: side.alsoSelected, top: side.alsoTop, height: height, count: entries.count) {
                SidePanelView.alsoLines(entries[$0], selectedQuote: q, catalog: catalog, cache: cache, width: width).count
            }
        }
    }
}
