/// A run of text in one style.
struct Span: Equatable {
    var text: String
    var style: Style

    init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// One screen line made of styled runs.
typealias StyledLine = [Span]

/// A part of a text to draw in another style, by scalar offsets.
struct Highlight: Equatable {
    var range: Range<Int>
    var style: Style
}

enum StyledText {
    /// The spans of `scalars[line]`, styled by the last highlight covering each scalar.
    static func spans(_ scalars: [Unicode.Scalar], _ line: TextLine, base: Style, highlights: [Highlight]) -> StyledLine {
        let relevant = highlights.filter { $0.range.lowerBound < line.end && $0.range.upperBound > line.start }
        var out: StyledLine = []
        var run = String.UnicodeScalarView()
        var runStyle = base
        for i in line.start..<line.end {
            var style = base
            for h in relevant where h.range.contains(i) { style = h.style }
            if style != runStyle && !run.isEmpty {
                out.append(Span(String(run), runStyle))
                run = String.UnicodeScalarView()
            }
            runStyle = style
            run.append(scalars[i])
        }
        if !run.isEmpty { out.append(Span(String(run), runStyle)) }
        return out
    }

    /// A short text wrapped to a width with highlights, at most `maxLines` lines (the last ends in
    /// `…` when text was left out).
    static func wrapped(_ text: String, width: Int, base: Style, highlights: [Highlight] = [], maxLines: Int = Int.max) -> [StyledLine] {
        let scalars = Array(text.unicodeScalars)
        let lines = TextWrapper.wrap(scalars, width: max(1, width))
        var out = lines.prefix(maxLines).map { spans(scalars, $0, base: base, highlights: highlights) }
        if lines.count > maxLines, !out.isEmpty {
            out[out.count - 1].append(Span("…", base))
        }
        return out
    }

    static func columns(_ line: StyledLine) -> Int { line.reduce(0) { $0 + DisplayWidth.columns($1.text) } }

    /// Draws one wrapped line of a text straight from its scalars (the reading pane's hot path:
    /// no strings are built), styled by the last highlight covering each scalar.
    static func draw(_ scalars: [Unicode.Scalar], _ line: TextLine, base: Style, highlights: [Highlight],
                     on screen: Screen, row: Int, column: Int, limit: Int) {
        let relevant = highlights.filter { $0.range.lowerBound < line.end && $0.range.upperBound > line.start }
        var cells: [Glyph] = []
        cells.reserveCapacity(line.end - line.start)
        var styles: [Style] = []
        styles.reserveCapacity(line.end - line.start)
        var x = 0
        for i in line.start..<line.end {
            var style = base
            for h in relevant where h.range.contains(i) { style = h.style }
            let s = scalars[i]
            if s == "\t" {
                for _ in 0..<DisplayWidth.tabWidth(at: x) {
                    cells.append(.space)
                    styles.append(style)
                }
                x += DisplayWidth.tabWidth(at: x)
                continue
            }
            let before = cells.count
            Glyph.append(s, to: &cells)
            if cells.count > before {
                styles.append(style)
                x += cells[cells.count - 1].width
            }
        }
        screen.place(cells, styles: styles, row: row, column: column, limit: limit)
    }
}

extension Screen {
    /// Draws a styled line from a cell, cut at `limit` columns with an ellipsis. With `override`,
    /// every span takes that style (a selected row).
    @discardableResult
    func draw(_ line: StyledLine, row: Int, column: Int, limit: Int, override: Style? = nil) -> Int {
        var cells: [Glyph] = []
        var styles: [Style] = []
        var lineColumn = 0
        for span in line {
            let c = Glyph.cells(span.text, column: lineColumn)
            lineColumn += c.reduce(0) { $0 + $1.width }
            cells += c
            styles += Array(repeating: override ?? span.style, count: c.count)
        }
        return place(cells, styles: styles, row: row, column: column, limit: limit)
    }

    /// Places cells with a style each, cut at `limit` columns with an ellipsis.
    @discardableResult
    func place(_ cells: [Glyph], styles: [Style], row: Int, column: Int, limit: Int) -> Int {
        guard row >= 0, row < height, limit > 0 else { return 0 }
        let total = cells.reduce(0) { $0 + $1.width }
        let shown = total > limit ? Glyph.fitted(cells, to: limit) : cells
        let end = min(width, column + limit)
        var x = column
        for (i, glyph) in shown.enumerated() {
            guard x + glyph.width <= end else { break }
            let style = i < styles.count ? styles[i] : (styles.last ?? .normal)
            if x >= 0 { put(glyph, row: row, column: x, style: style) }
            x += glyph.width
        }
        return x - column
    }
}
