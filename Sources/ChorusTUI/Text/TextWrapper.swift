/// One wrapped line: the scalars `start..<end` of the text it shows. A blank line between
/// paragraphs has `start == end`.
struct TextLine: Equatable {
    var start: Int
    var end: Int
}

/// Word-wraps text to a number of columns, measuring every scalar as the terminal draws it and
/// keeping paragraphs: a line break in the text ends a line, runs of blank lines become one.
/// Lines keep their scalar offsets so quotes, search hits and the reading position can be found
/// in any wrapping.
enum TextWrapper {
    static func wrap(_ text: [Unicode.Scalar], from start: Int = 0, to end: Int? = nil, width: Int) -> [TextLine] {
        let end = min(end ?? text.count, text.count)
        let width = max(1, width)
        var lines: [TextLine] = []
        var i = max(0, start)
        var pendingBlank = false
        while i < end {
            var paragraphEnd = i
            while paragraphEnd < end, DisplayWidth.classify(text[paragraphEnd]) != .lineBreak { paragraphEnd += 1 }
            if isBlank(text, i, paragraphEnd) {
                pendingBlank = !lines.isEmpty
            } else {
                if pendingBlank, let last = lines.last { lines.append(TextLine(start: last.end, end: last.end)) }
                pendingBlank = false
                wrapParagraph(text, i, paragraphEnd, width: width, into: &lines)
            }
            // A CR LF pair is one break.
            i = paragraphEnd + 1
            if paragraphEnd < end, text[paragraphEnd] == "\r", i < end, text[i] == "\n" { i += 1 }
        }
        return lines
    }

    /// Wraps a short piece of text (a title, a quote) and returns its lines as strings.
    static func wrap(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return wrap(scalars, width: width).map { line in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[line.start..<line.end])
            return String(view)
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x3000, 0x2000...0x200A, 0x205F: return true
        default: return false
        }
    }

    private static func isBlank(_ text: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        for k in from..<to {
            switch DisplayWidth.classify(text[k]) {
            case .invisible: continue
            default: if !isSpace(text[k]) { return false }
            }
        }
        return true
    }

    /// Greedy wrapping of one paragraph; a word wider than the line is cut where it overflows.
    private static func wrapParagraph(_ text: [Unicode.Scalar], _ from: Int, _ to: Int, width: Int, into lines: inout [TextLine]) {
        var lineStart = from
        var column = 0
        var i = from
        var breakAt = -1       // first scalar of the word after the last space run on this line
        var breakLineEnd = -1  // where that space run began
        var spaceStart = -1
        while i < to {
            let s = text[i]
            let w: Int
            switch DisplayWidth.classify(s) {
            case .printable(let n): w = n
            case .placeholder, .lineBreak: w = 1
            case .tab: w = DisplayWidth.tabWidth(at: column)
            case .combining, .invisible: w = 0
            }
            if column + w > width && column > 0 {
                let runStart = spaceStart >= 0 ? spaceStart : (isSpace(s) ? i : -1)
                if runStart > lineStart {
                    // The line is full at a space, or just after one: break in that space.
                    lines.append(TextLine(start: lineStart, end: runStart))
                    while i < to, isSpace(text[i]) { i += 1 }
                    lineStart = i
                } else if breakAt > lineStart {
                    lines.append(TextLine(start: lineStart, end: breakLineEnd))
                    lineStart = breakAt
                    i = breakAt
                } else {
                    lines.append(TextLine(start: lineStart, end: i))
                    lineStart = i
                    // Spaces at the cut would start the next line: skip them.
                    while i < to, isSpace(text[i]) { i += 1 }
                    lineStart = i
                }
                column = 0
                breakAt = -1
                spaceStart = -1
                continue
            }
            column += w
            if isSpace(s) {
                if spaceStart < 0 { spaceStart = i }
            } else if spaceStart >= 0 {
                if spaceStart > lineStart {
                    breakAt = i
                    breakLineEnd = spaceStart
                }
                spaceStart = -1
            }
            i += 1
        }
        if lineStart < to {
            var lineEnd = to
            while lineEnd > lineStart, isSpace(text[lineEnd - 1]) { lineEnd -= 1 }
            lines.append(TextLine(start: lineStart, end: max(lineEnd, lineStart)))
        }
    }
}
