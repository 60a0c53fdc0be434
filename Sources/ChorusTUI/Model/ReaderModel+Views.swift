import ChorusCore

/// The full-screen views: side by side, speakers, help; and the mouse.
extension ReaderModel {
    // MARK: Side by side

    /// The two columns (one when the terminal is too narrow for two, the focused one).
    var sideBySideColumns: (left: Rect?, right: Rect?) {
        let body = layout.body
        guard body.width >= 60 else {
            return sideBySide?.focusRight == true ? (nil, body) : (body, nil)
        }
        let leftWidth = (body.width - 1) / 2
        return (Rect(row: body.row, column: 0, width: leftWidth, height: body.height),
                Rect(row: body.row, column: leftWidth + 1, width: body.width - leftWidth - 1, height: body.height))
    }

    /// Text width and content height of a side-by-side column (both columns are the same size or hidden).
    var sideBySideColumnSize: (width: Int, height: Int) {
        let body = layout.body
        let width = body.width >= 60 ? (body.width - 1) / 2 : body.width
        return (max(1, width - 2), max(1, body.height - 1))
    }

    mutating func openSideBySide() {
        guard let catalog else { return }
        guard let current = reading.article ?? list.selectedArticle else { return }
        var left = current
        var right: Int?
        var statement: Int?
        if let marked = list.marked, marked != current {
            left = marked
            right = current
        } else if focus == .side, side.view == .alsoReported, alsoEntries.indices.contains(side.alsoSelected) {
            let entry = alsoEntries[side.alsoSelected]
            right = entry.article
            statement = entry.statement
        }
        var candidates = catalog.articlesSharingStatements(with: left, rowOf: list.rowOfArticle)
        if candidates.isEmpty { candidates = (list.rows.isEmpty ? catalog.order(list.order) : list.rows).filter { $0 != left } }
        if right == nil, statement == nil, let q = reading.selectedQuote, left == current {
            // Beside the outlet that first carried the selected quote's statement, when there is one.
            if let entry = cache.alsoEntries(catalog, quote: q).first {
                right = entry.article
                statement = entry.statement
            }
        }
        guard let chosen = right ?? candidates.first else {
            message = StatusMessage(text: "Side by side needs a second article.")
            return
        }
        list.marked = nil
        var state = SideBySideState(left: left, right: chosen, shared: catalog.sharedStatements(left, chosen), current: nil, candidates: candidates)
        state.current = state.shared.isEmpty ? nil : (state.shared.firstIndex { $0.statement == statement } ?? 0)
        sideBySide = state
        views.removeAll { $0 == .sideBySide }
        views.append(.sideBySide)
        revealShared()
        if state.shared.isEmpty { message = StatusMessage(text: "These two articles share no statement in the index; r shows another outlet.") }
    }

    mutating func sideBySideAction(_ action: Action) {
        guard var state = sideBySide else { return }
        let page = sideBySideColumnSize.height
        switch action {
        case .nextQuote, .previousQuote:
            guard !state.shared.isEmpty else {
                message = StatusMessage(text: "These two articles share no statement in the index.")
                return
            }
            let delta = action == .nextQuote ? 1 : -1
            let next = (state.current ?? -1) + delta
            guard state.shared.indices.contains(next) else {
                message = StatusMessage(text: delta > 0 ? "That was the last shared statement." : "That was the first shared statement.")
                return
            }
            sideBySide?.current = next
            revealShared()
        case .nextOutlet, .previousOutlet:
            let others = state.candidates.filter { $0 != state.left }
            guard !others.isEmpty, let catalog else { return }
            let i = others.firstIndex(of: state.right) ?? -1
            let step = action == .nextOutlet ? 1 : -1
            state.right = others[(i + step + others.count) % others.count]
            state.shared = catalog.sharedStatements(state.left, state.right)
            state.current = state.shared.isEmpty ? nil : 0
            state.rightTop = .top
            sideBySide = state
            revealShared()
            message = StatusMessage(text: "Right: " + catalog.byline(state.right) + " · " + Plural.count(state.shared.count, "shared statement") + ".")
        case .nextPane, .previousPane:
            sideBySide?.focusRight.toggle()
        case .down: scrollColumn(by: 1)
        case .up: scrollColumn(by: -1)
        case .pageDown: scrollColumn(by: max(1, page - 2))
        case .pageUp: scrollColumn(by: -max(1, page - 2))
        case .halfPageDown: scrollColumn(by: page / 2)
        case .halfPageUp: scrollColumn(by: -page / 2)
        case .top: scrollColumn(by: Int.min / 2)
        case .bottom: scrollColumn(by: Int.max / 2)
        case .open:
            // Read the focused column's article in the three panes.
            let article = state.focusRight ? state.right : state.left
            let member = state.current.map { state.focusRight ? state.shared[$0].right : state.shared[$0].left }
            pushPlace()
            views.removeAll { $0 == .sideBySide }
            sideBySide = nil
            open(article: article, quote: member?.quote, start: member?.start ?? 0, end: member?.end ?? 0)
            focus = .reading
        default: break
        }
    }

    /// Both columns to the current shared statement.
    mutating func revealShared() {
        guard let state = sideBySide, let i = state.current, let catalog else { return }
        let size = sideBySideColumnSize
        let shared = state.shared[i]
        let left = cache.document(catalog, article: state.left, width: size.width)
        let right = cache.document(catalog, article: state.right, width: size.width)
        sideBySide?.leftTop = Self.reveal(left, shared.left.start, shared.left.end, top: state.leftTop, height: size.height)
        sideBySide?.rightTop = Self.reveal(right, shared.right.start, shared.right.end, top: state.rightTop, height: size.height)
    }

    mutating func scrollColumn(by rows: Int) {
        guard let state = sideBySide, let catalog else { return }
        let size = sideBySideColumnSize
        let article = state.focusRight ? state.right : state.left
        let doc = cache.document(catalog, article: article, width: size.width)
        let top = state.focusRight ? state.rightTop : state.leftTop
        let target = max(0, min(doc.lastTopRow(height: size.height), doc.row(for: top) + rows))
        if state.focusRight { sideBySide?.rightTop = doc.anchor(forRow: target) } else { sideBySide?.leftTop = doc.anchor(forRow: target) }
    }

    // MARK: Speakers

    mutating func openSpeakers() {
        guard currentView != .speakers else { return }
        views.removeAll { $0 == .speakers || $0 == .help || $0 == .filter }
        picker = nil
        views.append(.speakers)
        keepSpeakerSelectionVisible()
    }

    /// The speakers list and the detail side by side when wide, one at a time when narrow.
    var speakerColumns: (list: Rect?, detail: Rect?) {
        let body = layout.body
        guard body.width >= 80 else { return speakers.detailFocused ? (nil, body) : (body, nil) }
        let listWidth = body.width * 2 / 5
        return (Rect(row: body.row, column: 0, width: listWidth, height: body.height),
                Rect(row: body.row, column: listWidth + 1, width: body.width - listWidth - 1, height: body.height))
    }

    var selectedSpeaker: Int? {
        guard let catalog, catalog.speakersByQuotes.indices.contains(speakers.selected) else { return nil }
        return catalog.speakersByQuotes[speakers.selected]
    }

    mutating func speakersAction(_ action: Action) {
        guard let catalog else { return }
        if action == .nextPane || action == .previousPane {
            speakers.detailFocused.toggle()
            return
        }
        let height = max(1, layout.body.height - 1)
        let delta: Int?
        switch action {
        case .down: delta = 1
        case .up: delta = -1
        case .top: delta = Int.min / 2
        case .bottom: delta = Int.max / 2
        case .pageDown: delta = height
        case .pageUp: delta = -height
        case .halfPageDown: delta = height / 2
        case .halfPageUp: delta = -height / 2
        default: delta = nil
        }
        if !speakers.detailFocused {
            if let delta {
                let count = catalog.speakersByQuotes.count
                speakers.selected = max(0, min(count - 1, speakers.selected + delta))
                speakers.detailSelected = 0
                speakers.detailTop = 0
            } else if action == .open, selectedSpeaker != nil {
                speakers.detailFocused = true
            }
        } else if let speaker = selectedSpeaker {
            let items = cache.speakerDetail(catalog, speaker: speaker)
            if let delta {
                speakers.detailSelected = max(0, min(items.count - 1, speakers.detailSelected + delta))
            } else if action == .open, items.indices.contains(speakers.detailSelected) {
                openDetail(items[speakers.detailSelected], speaker: speaker)
                return
            }
        }
        keepSpeakerSelectionVisible()
    }

    mutating func openDetail(_ item: SpeakerDetailItem, speaker: Int) {
        guard let catalog else { return }
        let quote: Int
        var start: Int, end: Int
        switch item {
        case .statement(let s):
            let members = catalog.index.statements[s].members
            let mine = members.first { catalog.index.quotes[$0.quote].speaker == speaker } ?? members[0]
            quote = mine.quote
            (start, end) = (mine.start, mine.end)
        case .quote(let q):
            quote = q
            (start, end) = (catalog.index.quotes[q].start, catalog.index.quotes[q].end)
        }
        pushPlace()
        views.removeAll()
        open(article: catalog.index.quotes[quote].article, quote: quote, start: start, end: end)
        focus = .reading
        message = StatusMessage(text: "Now reading " + catalog.byline(catalog.index.quotes[quote].article) + ". b goes back to the speakers.")
    }

    mutating func keepSpeakerSelectionVisible() {
        guard let catalog else { return }
        let columns = speakerColumns
        let listHeight = max(1, (columns.list ?? layout.body).height - 1)
        speakers.top = ScrollList.top(keeping: speakers.selected, top: speakers.top, height: listHeight, count: catalog.speakersByQuotes.count)
        guard let speaker = selectedSpeaker else { return }
        let detail = columns.detail ?? layout.body
        let items = cache.speakerDetail(catalog, speaker: speaker)
        let height = max(1, detail.height - 1 - SpeakersView.detailHeaderRows)
        speakers.detailTop = ScrollList.top(keeping: speakers.detailSelected, top: speakers.detailTop, height: height, count: items.count) {
            SpeakersView.detailLines(items[$0], speaker: speaker, catalog: catalog, cache: cache, width: detail.width).count
        }
    }

    // MARK: Help

    mutating func scrollHelp(_ action: Action) {
        let count = KeyTable.helpLines().count
        let height = max(1, layout.body.height - 1)
        switch action {
        case .down: helpTop += 1
        case .up: helpTop -= 1
        case .top: helpTop = 0
        case .bottom: helpTop = count
        case .pageDown, .halfPageDown: helpTop += action == .pageDown ? height : height / 2
        case .pageUp, .halfPageUp: helpTop -= action == .pageUp ? height : height / 2
        case .open: views.removeLast()
        default: break
        }
        helpTop = max(0, min(helpTop, count - height))
    }

    // MARK: Mouse

    mutating func handleMouse(_ event: MouseEvent) {
        let wheel = event.kind == .wheelDown ? 3 : event.kind == .wheelUp ? -3 : 0
        switch currentView {
        case .help?:
            if wheel != 0 { scrollHelp(wheel > 0 ? .pageDown : .pageUp) }
        case .sideBySide?:
            let columns = sideBySideColumns
            if let right = columns.right, right.contains(row: event.row, column: event.column) { sideBySide?.focusRight = true }
            if let left = columns.left, left.contains(row: event.row, column: event.column) { sideBySide?.focusRight = false }
            if wheel != 0 { scrollColumn(by: wheel) }
        case .speakers?, .filter?:
            if wheel != 0 { perform(mouseWheel: wheel) }
        case nil:
            guard let pane = layout.pane(at: event.row, column: event.column) else { return }
            focus = pane
            let rect = content(of: pane)
            if wheel != 0 {
                if pane == .reading { scrollReading(by: wheel) } else { perform(mouseWheel: wheel) }
                return
            }
            let line = event.row - rect.row
            guard line >= 0 else { return }
            switch pane {
            case .list: if list.top + line < list.rows.count { selectRow(list.top + line) }
            case .reading: break
            case .side: clickSide(line: line - sideHeaderRows, width: rect.width)
            }
        }
    }

    private mutating func perform(mouseWheel wheel: Int) {
        for _ in 0..<abs(wheel) { _ = handle(wheel > 0 ? .down : .up) }
    }

    private mutating func clickSide(line: Int, width: Int) {
        guard let catalog, line >= 0 else { return }
        switch side.view {
        case .whoSaidWhat:
            let items = whoItems
            let expanded = side.expanded
            guard let article = reading.article, let i = ScrollList.row(atLine: line, top: side.whoTop, count: items.count, heightOf: {
                SidePanelView.whoLines(items[$0], article: article, catalog: catalog, expanded: expanded, width: width).count
            }) else { return }
            selectWho(at: i, in: items)
        case .alsoReported:
            let entries = alsoEntries
            guard let q = reading.selectedQuote, let i = ScrollList.row(atLine: line, top: side.alsoTop, count: entries.count, heightOf: {
                SidePanelView.alsoLines(entries[$0], selectedQuote: q, catalog: catalog, cache: cache, width: width).count
            }) else { return }
            side.alsoSelected = i
        }
    }
}
