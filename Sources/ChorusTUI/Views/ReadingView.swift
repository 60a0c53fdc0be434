/// The reading pane: the article's header, then its text wrapped to the pane, every quote in its
/// speaker's colour and the selected quote emphasised.
enum ReadingView {
    static func draw(_ model: ReaderModel, _ catalog: Catalog, _ rect: Rect, focused: Bool, prefix: String, on screen: Screen) {
        let content = rect.droppingTop(1)
        guard let a = model.reading.article else {
            Chrome.drawPaneTitle(prefix + "Reading", rect, focused: focused, on: screen)
            return
        }
        let doc = model.cache.document(catalog, article: a, width: max(1, content.width - 2))
        let quotes = catalog.index.quotesByArticle[a]
        var title = prefix + catalog.outletName(a)
        if let q = model.reading.selectedQuote, let i = quotes.firstIndex(of: q) {
            title += " · quote \(i + 1) of \(quotes.count)"
            if catalog.index.quotes[q].kind.isParaphrase { title += ", a paraphrase" }
        } else {
            title += " · " + Plural.count(quotes.count, "quote")
        }
        let top = min(doc.row(for: model.reading.top), doc.lastTopRow(height: content.height))
        Chrome.drawPaneTitle(title, right: position(top: top, height: content.height, rows: doc.rowCount), rect, focused: focused, on: screen)
        var highlights = quoteHighlights(catalog, article: a, selected: model.reading.selectedQuote)
        highlights += model.searchHighlights(in: a)
        drawDocument(doc, highlights: highlights, titleMatch: model.titleMatches(a), top: top, in: content, on: screen)
    }

    /// Every quote of an article in its speaker's colour, paraphrases apart from verbatim words,
    /// the selected one emphasised.
    static func quoteHighlights(_ catalog: Catalog, article: Int, selected: Int?) -> [Highlight] {
        let quotes = catalog.index.quotesByArticle[article]
        var out = quotes.map { q -> Highlight in
            let quote = catalog.index.quotes[q]
            return Highlight(range: quote.start..<quote.end, style: .words(quote.kind, speaker: quote.speaker))
        }
        // The selected quote is drawn last so it wins over a quote nested around it.
        if let q = selected, quotes.contains(q) {
            let quote = catalog.index.quotes[q]
            out.append(Highlight(range: quote.start..<quote.end, style: .words(quote.kind, speaker: quote.speaker, selected: true)))
        }
        return out
    }

    /// Draws the rows of a laid-out article from a top row, one column of margin each side.
    static func drawDocument(_ doc: ReadingDocument, highlights: [Highlight], titleMatch: Bool = false, top: Int, in rect: Rect, on screen: Screen) {
        let width = max(1, rect.width - 2)
        for i in 0..<rect.height {
            let r = top + i
            guard r < doc.rowCount else { break }
            let y = rect.row + i
            if r < doc.header.count {
                switch doc.header[r] {
                case .text(let text, let style):
                    let isTitle = style == .bold
                    screen.putFitted(text, row: y, column: rect.column + 1, limit: width, style: isTitle && titleMatch ? .match : style)
                case .rule:
                    screen.line(.horizontal, row: y, column: rect.column + 1, length: width, style: .border)
                }
            } else {
                let line = doc.body[r - doc.header.count]
                guard line.end > line.start else { continue }
                StyledText.draw(doc.scalars, line, base: .normal, highlights: highlights, on: screen, row: y, column: rect.column + 1, limit: width)
            }
        }
    }

    /// Where the view is in the article: Top, End, All, or a percentage.
    static func position(top: Int, height: Int, rows: Int) -> String {
        if rows <= height { return "All" }
        if top == 0 { return "Top" }
        if top + height >= rows { return "End" }
        return "\(top * 100 / max(1, rows - height))%"
    }
}
