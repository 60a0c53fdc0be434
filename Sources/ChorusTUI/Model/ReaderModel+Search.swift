import ChorusCore

/// Search (`/`, `n`, `N`) and the filter picker (`f`).
extension ReaderModel {
    mutating func handlePrompt(_ key: Key) -> Effects {
        switch key {
        case .enter:
            let text = prompt?.text ?? ""
            prompt = nil
            if !text.isEmpty { runSearch(text) }
        case .escape: prompt = nil
        case .backspace: _ = prompt?.text.popLast()
        case .ctrl("u"): prompt?.text = ""
        case .ctrl("c"), .ctrl("g"): prompt = nil
        case .char(let c): prompt?.text.append(c)
        default: break
        }
        return []
    }

    mutating func runSearch(_ query: String) {
        guard let catalog else { return }
        var found = CorpusSearch.run(query, catalog: catalog, rows: list.rows)
        guard !found.hits.isEmpty else {
            search = nil
            message = StatusMessage(text: "No match for “\(query)”" + (list.filter != nil ? " in the filtered list." : "."), kind: .warning)
            return
        }
        // Start at the first match at or after what the user is reading.
        let here = list.selected
        let offset = reading.article.map { topOffset($0) } ?? 0
        let first = found.hits.firstIndex { hit in
            let row = list.rowOfArticle[hit.article]
            return row > here || (row == here && hit.start >= offset)
        } ?? 0
        found.current = nil
        search = found
        goToHit(first)
    }

    mutating func stepSearch(by delta: Int) {
        guard let s = search, !s.hits.isEmpty else {
            message = StatusMessage(text: "No search yet: press / to search.")
            return
        }
        let count = s.hits.count
        let next = ((s.current ?? -1) + delta + count) % count
        let wrapped = s.current.map { delta > 0 ? next < $0 : next > $0 } ?? false
        goToHit(next)
        if wrapped { message?.text += delta > 0 ? " Search wrapped to the top." : " Search wrapped to the bottom." }
    }

    mutating func goToHit(_ i: Int) {
        guard let catalog, var s = search, s.hits.indices.contains(i) else { return }
        s.current = i
        search = s
        let hit = s.hits[i]
        if views.contains(.sideBySide) || views.contains(.speakers) { views.removeAll() ; sideBySide = nil }
        if hit.start < 0 {
            selectInList(hit.article)
            show(article: hit.article)
            reading.top = .top
        } else {
            let quote = catalog.index.quotesByArticle[hit.article].first { q in
                let quote = catalog.index.quotes[q]
                return quote.start <= hit.start && hit.start < quote.end
            }
            open(article: hit.article, quote: quote ?? reading.selectedQuote.flatMap { catalog.index.quotes[$0].article == hit.article ? $0 : nil },
                 start: hit.start, end: hit.end)
        }
        let total = "\(s.hits.count)" + (s.truncated ? "+" : "")
        message = StatusMessage(text: "Match \(i + 1) of \(total) for “\(s.query)”.")
    }

    /// Search hits in one article, to draw highlighted.
    func searchHighlights(in article: Int) -> [Highlight] {
        guard let s = search, let range = s.hitsOfArticle[article] else { return [] }
        return s.hits[range].filter { $0.start >= 0 }.map { Highlight(range: $0.start..<$0.end, style: .match) }
    }

    func titleMatches(_ article: Int) -> Bool {
        guard let s = search, let range = s.hitsOfArticle[article] else { return false }
        return s.hits[range].contains { $0.start < 0 }
    }

    // MARK: Filter

    mutating func openPicker() {
        guard let catalog else { return }
        if currentView == .filter { return }
        var items = [PickerState.Item(label: "All articles", count: catalog.articleCount, filter: nil)]
        items += catalog.outlets.map { PickerState.Item(label: "Outlet: " + $0.label, count: $0.articles, filter: .outlet($0.label)) }
        items += catalog.speakersByQuotes.map { s in
            PickerState.Item(label: "Speaker: " + catalog.index.speakers[s].name, count: catalog.index.quotesBySpeaker[s].count, filter: .speaker(s))
        }
        var state = PickerState(items: items, matches: Array(items.indices))
        state.keys = items.map { $0.label.lowercased() }
        state.selected = items.firstIndex { $0.filter == list.filter } ?? 0
        picker = state
        views.append(.filter)
        keepPickerSelectionVisible()
    }

    mutating func typeInPicker(_ c: Character) {
        picker?.query.append(c)
        refilterPicker()
    }

    mutating func refilterPicker() {
        guard var p = picker else { return }
        let words = p.query.lowercased().split(separator: " ")
        let keys = p.keys
        p.matches = p.items.indices.filter { i in words.allSatisfy { keys[i].contains($0) } }
        p.selected = 0
        p.top = 0
        picker = p
    }

    mutating func pickerAction(_ action: Action) {
        guard var p = picker else { return }
        let page = max(1, layout.body.height - 3)
        switch action {
        case .down: p.selected += 1
        case .up: p.selected -= 1
        case .top: p.selected = 0
        case .bottom: p.selected = p.matches.count - 1
        case .pageDown, .halfPageDown: p.selected += page
        case .pageUp: p.selected -= page
        case .halfPageUp:
            // Ctrl-U clears the query, as in the search prompt.
            picker = p
            picker?.query = ""
            refilterPicker()
            return
        case .open:
            if p.matches.indices.contains(p.selected) { applyFilter(p.items[p.matches[p.selected]]) }
            return
        default: return
        }
        p.selected = max(0, min(p.selected, p.matches.count - 1))
        picker = p
        keepPickerSelectionVisible()
    }

    mutating func deleteInPicker() {
        guard picker?.query.isEmpty == false else { return }
        _ = picker?.query.popLast()
        refilterPicker()
    }

    mutating func keepPickerSelectionVisible() {
        guard let p = picker else { return }
        let height = max(1, layout.body.height - 3)
        picker?.top = ScrollList.top(keeping: p.selected, top: p.top, height: height, count: p.matches.count)
    }

    mutating func applyFilter(_ item: PickerState.Item) {
        views.removeAll { $0 == .filter }
        picker = nil
        list.filter = item.filter
        search = nil
        rebuildRows(keeping: reading.article)
        message = StatusMessage(text: item.filter == nil ? "Showing all articles." : "Showing \(Plural.count(list.rows.count, "article")): \(item.label).")
    }
}
