import ChorusCore

/// Everything the reader shows and where the user is in it. Keys change it through `handle`,
/// which draws nothing and talks to no terminal, so tests drive it key by key without waiting.
struct ReaderModel {
    let corpusPath: String
    private(set) var width: Int
    private(set) var height: Int

    /// Nil while the index is being built.
    private(set) var catalog: Catalog?
    var progress: IndexProgress?

    var views: [FullView] = []
    var focus: Pane = .list
    var sidePanelShown = true
    var list = ListState()
    var reading = ReadingState()
    var side = SideState()
    var sideBySide: SideBySideState?
    var speakers = SpeakersState()
    var helpTop = 0
    var picker: PickerState?
    var prompt: PromptState?
    var search: SearchState?
    var backStack: [Place] = []
    var message: StatusMessage?
    /// Where the user was in each article they left, to come back to it.
    var positions: [Int: ReadingState] = [:]

    let cache = ViewCache()

    init(corpusPath: String, width: Int, height: Int) {
        self.corpusPath = corpusPath
        self.width = width
        self.height = height
    }

    var layout: Layout { Layout(width: width, height: height, focus: focus, sidePanelShown: sidePanelShown) }
    var currentView: FullView? { views.last }
    var isEmptyCorpus: Bool { catalog.map { $0.articleCount == 0 } ?? false }

    /// Takes the finished index: the list fills in and the first article opens.
    mutating func install(_ catalog: Catalog) {
        self.catalog = catalog
        progress = nil
        list.rowOfArticle = Array(repeating: -1, count: catalog.articleCount)
        rebuildRows(keeping: nil)
        if let first = list.selectedArticle { show(article: first) }
        if let warning = catalog.index.warnings.first {
            let more = catalog.index.warnings.count > 1 ? " (and \(catalog.index.warnings.count - 1) more)" : ""
            message = StatusMessage(text: warning.description + more, kind: .warning)
        }
    }

    // MARK: Keys

    mutating func handle(_ key: Key) -> Effects {
        if case .resize(let w, let h) = key {
            resize(width: w, height: h)
            return []
        }
        if case .mouse(let event) = key {
            if catalog != nil, prompt == nil { handleMouse(event) }
            return []
        }
        message = nil
        if prompt != nil { return handlePrompt(key) }
        if currentView == .filter {
            if case .char(let c) = key {
                typeInPicker(c)
                return []
            }
            if key == .backspace {
                deleteInPicker()
                return []
            }
        }
        guard let action = KeyTable.action(for: key, in: scopes) else { return [] }
        return perform(action)
    }

    /// The key scopes in force, most specific first.
    var scopes: [KeyScope] {
        switch currentView {
        case .help?: return [.everywhere]
        case .filter?: return [.prompt, .everywhere]
        case .sideBySide?: return [.sideBySide, .everywhere]
        case .speakers?: return [.speakers, .everywhere]
        case nil:
            let pane: KeyScope = focus == .list ? .list : focus == .reading ? .reading : .side
            return [pane, .browse, .everywhere]
        }
    }

    private mutating func perform(_ action: Action) -> Effects {
        switch action {
        case .quit: return .quit
        case .redraw: return .repaint
        case .help:
            if currentView == .help { views.removeLast() } else { helpTop = 0; views.append(.help) }
            return []
        case .close:
            if !views.isEmpty {
                closeView()
                return []
            }
            // One pane at a time: the reading pane and the side panel close back to the list.
            if layout.mode == .narrow && focus != .list && catalog != nil {
                focus = .list
                return []
            }
            return .quit
        case .cancel:
            if let view = currentView, view == .help || view == .filter { closeView() }
            return []
        default: break
        }
        guard catalog != nil else { return [] }
        switch action {
        case .search: prompt = PromptState()
        case .searchNext: stepSearch(by: 1)
        case .searchPrevious: stepSearch(by: -1)
        case .filter: openPicker()
        case .speakers: openSpeakers()
        default:
            switch currentView {
            case .help?: scrollHelp(action)
            case .filter?: pickerAction(action)
            case .sideBySide?: sideBySideAction(action)
            case .speakers?: speakersAction(action)
            case nil: browseAction(action)
            }
        }
        return []
    }

    private mutating func closeView() {
        let closing = views.removeLast()
        switch closing {
        case .filter: picker = nil
        case .sideBySide: sideBySide = nil
        case .help, .speakers: break
        }
    }

    mutating func resize(width: Int, height: Int) {
        let quoteWasInView = selectedQuoteIsInView
        self.width = max(1, width)
        self.height = max(1, height)
        // The reading position is an offset into the text, so re-wrapping keeps it; a selected
        // quote that was in view stays in view, and lists bring their selection back into view.
        if quoteWasInView, let catalog, let q = reading.selectedQuote {
            revealInReading(catalog.index.quotes[q].start, catalog.index.quotes[q].end)
        }
        keepListSelectionVisible()
        keepSideSelectionVisible()
    }

    /// Whether the selected quote starts within the reading pane's rows.
    var selectedQuoteIsInView: Bool {
        guard let catalog, let a = reading.article, let q = reading.selectedQuote,
              let doc = document(a, width: readingTextWidth) else { return false }
        let height = content(of: .reading).height
        let top = min(doc.row(for: reading.top), doc.lastTopRow(height: height))
        let row = doc.row(forOffset: catalog.index.quotes[q].start)
        return row >= top && row < top + height
    }

    // MARK: Places

    var place: Place {
        Place(views: views.filter { $0 == .sideBySide || $0 == .speakers }, focus: focus, article: reading.article,
              reading: reading, side: side, sideBySide: sideBySide, speakers: speakers)
    }

    mutating func pushPlace() {
        backStack.append(place)
        if backStack.count > 100 { backStack.removeFirst() }
    }

    mutating func goBack() {
        guard let place = backStack.popLast() else {
            message = StatusMessage(text: "Nowhere to go back to.")
            return
        }
        views = place.views
        focus = place.focus
        sideBySide = place.sideBySide
        speakers = place.speakers
        if let article = place.article {
            selectInList(article)
            reading = place.reading
        }
        side = place.side
    }

    // MARK: Geometry the keys need

    /// A pane's content rectangle as it is (or would be, when hidden) on screen.
    func content(of pane: Pane) -> Rect {
        let l = Layout(width: width, height: height, focus: pane, sidePanelShown: true)
        return l.content(of: pane) ?? l.body.droppingTop(1)
    }

    /// Columns the reading pane wraps text to (one column of margin each side).
    var readingTextWidth: Int { max(1, content(of: .reading).width - 2) }

    func document(_ article: Int, width: Int) -> ReadingDocument? {
        guard let catalog else { return nil }
        return cache.document(catalog, article: article, width: width)
    }
}
