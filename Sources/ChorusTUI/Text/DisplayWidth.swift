import CNcursesw

/// How one scalar of corpus text is shown. Corpus text never reaches the terminal raw: control
/// characters become visible placeholders, bidi overrides a replacement mark, and invisible
/// joiners are dropped, so no article can move the cursor, recolour the screen or reorder lines.
enum ScalarDisplay: Equatable {
    /// Drawn as itself, taking 1 or 2 columns.
    case printable(Int)
    /// Drawn on top of the previous cell (combining accents).
    case combining
    /// Not drawn at all (zero-width joiners, variation selectors, byte-order marks).
    case invisible
    /// Drawn as another, harmless scalar one column wide.
    case placeholder(Unicode.Scalar)
    case tab
    case lineBreak
}

enum DisplayWidth {
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Classifies a scalar the way ncurses will draw it (its width comes from the C library's
    /// `wcwidth`, the same table curses uses to place cells).
    static func classify(_ scalar: Unicode.Scalar) -> ScalarDisplay {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return .printable(1) }
        switch v {
        case 0x09: return .tab
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return .lineBreak
        case 0x00..<0x20: return .placeholder(Unicode.Scalar(0x2400 + v)!)  // ␀ … ␟, ␛ for ESC
        case 0x7F: return .placeholder("\u{2421}")  // ␡
        case 0x80..<0xA0: return .placeholder(replacement)
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
            return .placeholder(replacement)  // bidi controls could reorder the rest of the line
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0xE0000...0xE007F, 0x180E:
            return .invisible
        default: break
        }
        _ = TerminalLocale.ready
        let w = Int(chorus_wcwidth(v))
        if w == 1 || w == 2 { return .printable(w) }
        if w == 0 {
            switch scalar.properties.generalCategory {
            case .format, .control, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
                return .placeholder(replacement)
            default:
                return .combining
            }
        }
        return .placeholder(replacement)
    }

    /// Columns a tab at `column` advances to (stops every 4 columns).
    static func tabWidth(at column: Int) -> Int { 4 - column % 4 }

    /// Columns a string takes on one line (line breaks and tabs count as one space each).
    static func columns<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var total = 0
        for s in scalars {
            switch classify(s) {
            case .printable(let w): total += w
            case .placeholder, .tab, .lineBreak: total += 1
            case .combining, .invisible: break
            }
        }
        return total
    }

    static func columns(_ text: String) -> Int { columns(text.unicodeScalars) }
}

/// One terminal cell's content: a base scalar and the combining marks drawn with it.
struct Glyph: Equatable {
    var base: Unicode.Scalar
    /// Usually empty, which costs no allocation: most cells are one scalar.
    var marks: [Unicode.Scalar] = []
    /// 1 or 2 columns.
    var width: Int

    init(_ base: Unicode.Scalar, width: Int = 1) {
        self.base = base
        self.width = width
    }

    var scalars: [Unicode.Scalar] { [base] + marks }

    static let space = Glyph(" ")

    /// Cells of single-line text, sanitised: a tab becomes spaces to the next tab stop (counting
    /// from `column`, the text's place on its line), a line break one space.
    static func cells(_ text: String, column: Int = 0) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(text.utf8.count)
        var x = column
        for s in text.unicodeScalars {
            if s == "\t" {
                for _ in 0..<DisplayWidth.tabWidth(at: x) { out.append(.space) }
                x += DisplayWidth.tabWidth(at: x)
                continue
            }
            let before = out.count
            append(s, to: &out)
            if out.count > before { x += out[out.count - 1].width }
        }
        return out
    }

    /// Cells cut to `limit` columns, ending in `…` when something was cut.
    static func fitted(_ cells: [Glyph], to limit: Int) -> [Glyph] {
        guard limit > 0 else { return [] }
        var total = 0
        for (i, g) in cells.enumerated() {
            if total + g.width > limit || (total + g.width == limit && i < cells.count - 1) {
                var out = Array(cells[..<i])
                var used = total
                while used + 1 > limit, let last = out.popLast() { used -= last.width }
                out.append(Glyph("…"))
                return out
            }
            total += g.width
        }
        return cells
    }

    /// Adds one scalar of text to a run of cells.
    static func append(_ s: Unicode.Scalar, to out: inout [Glyph]) {
        switch DisplayWidth.classify(s) {
        case .printable(let w): out.append(Glyph(s, width: w))
        case .placeholder(let p): out.append(Glyph(p))
        case .tab, .lineBreak: out.append(.space)
        case .invisible: break
        case .combining:
            // A cell holds at most five scalars; a mark with nothing to sit on gets a space.
            if let last = out.indices.last {
                if out[last].marks.count < 4 { out[last].marks.append(s) }
            } else {
                var g = Glyph(" ")
                g.marks = [s]
                out.append(g)
            }
        }
    }
}
