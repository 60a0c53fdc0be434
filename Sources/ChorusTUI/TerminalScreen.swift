import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// The terminal, through ncurses. Everything curses is here and only here.
final class TerminalScreen: Screen {
    init() {
        setlocale(LC_ALL, "")
        initscr()
        cbreak()
        noecho()
        keypad(chorus_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
    }

    func end() { endwin() }

    var width: Int { Int(chorus_cols()) }
    var height: Int { Int(chorus_lines()) }

    func clear() { erase() }

    func put(_ text: String, row: Int, column: Int, style: CellStyle) {
        guard row >= 0, row < height else { return }
        var attrs: Int32 = 0
        if style.bold { attrs |= chorus_attr_bold() }
        if style.reverse { attrs |= chorus_attr_reverse() }
        if style.underline { attrs |= chorus_attr_underline() }
        if style.dim { attrs |= chorus_attr_dim() }
        var x = column
        for scalar in text.unicodeScalars {
            let w = Int(chorus_wcwidth(scalar.value))
            guard w > 0 else { continue }
            guard x + w <= width else { break }
            var value = scalar.value
            chorus_put_cell(Int32(row), Int32(x), &value, 1, attrs, 0)
            x += w
        }
    }

    func present() { refresh() }

    /// The next key, blocking.
    func readKey() -> Int32 {
        var ch: wint_t = 0
        let r = chorus_get_wch(&ch)
        return r == ERR ? -1 : Int32(bitPattern: ch)
    }
}
