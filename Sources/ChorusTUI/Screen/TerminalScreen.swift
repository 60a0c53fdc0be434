import CNcursesw
import CTerminalSignals
#if canImport(Glibc)
import Glibc
#endif

/// The terminal, through ncurses. Everything curses is here and only here; it must only be used
/// from the thread that created it.
final class TerminalScreen: Screen {
    /// Colours, or bold/underline/reverse only (`NO_COLOR`, or a monochrome terminal).
    private var colour = false

    /// Nil when curses cannot drive this terminal (an unknown `TERM`): unlike `initscr`, which
    /// would print its own message and exit.
    init?() {
        _ = TerminalLocale.ready
        // Before curses starts, so it keeps its hands off SIGINT/SIGTERM and we restore on our terms.
        chorus_install_signal_handlers()
        guard chorus_start_curses() != 0 else { return nil }
        cbreak()
        noecho()
        nonl()
        keypad(chorus_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        chorus_enable_mouse()
        let noColour = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if has_colors() && !noColour {
            start_color()
            use_default_colors()
            colour = true
            definePairs()
        }
    }

    func end() { endwin() }

    var width: Int { Int(chorus_cols()) }
    var height: Int { Int(chorus_lines()) }

    func clear() { erase() }

    /// Makes the next `present` repaint every cell (Ctrl-L, after a suspend).
    func invalidate() { clearok(chorus_stdscr(), true) }

    func put(_ glyph: Glyph, row: Int, column: Int, style: Style) {
        let (attrs, pair) = look(style)
        if TerminalLocale.isUTF8 {
            if glyph.marks.isEmpty {
                var value = glyph.base.value
                chorus_put_cell(Int32(row), Int32(column), &value, 1, attrs, pair)
            } else {
                var values = glyph.scalars.map(\.value)
                chorus_put_cell(Int32(row), Int32(column), &values, Int32(values.count), attrs, pair)
            }
        } else {
            let base = glyph.base.value
            var value: UInt32 = base < 0x80 ? base : UInt32(UInt8(ascii: "?"))
            chorus_put_cell(Int32(row), Int32(column), &value, 1, attrs, pair)
            if glyph.width == 2 {
                var space: UInt32 = 0x20
                chorus_put_cell(Int32(row), Int32(column + 1), &space, 1, attrs, pair)
            }
        }
    }

    func line(_ direction: LineDirection, row: Int, column: Int, length: Int, style: Style) {
        guard length > 0 else { return }
        let (attrs, pair) = look(style)
        chorus_draw_line(direction == .horizontal ? 0 : 1, Int32(row), Int32(column), Int32(length), attrs, pair)
    }

    func junction(_ junction: Junction, row: Int, column: Int, style: Style) {
        let (attrs, pair) = look(style)
        chorus_draw_junction(Int32(junction.rawValue), Int32(row), Int32(column), attrs, pair)
    }

    func present() { refresh() }

    /// A signal that arrived since the last call: the handlers only note it, the UI thread acts.
    enum Signal { case quit, suspend, resumed }

    func takeSignal() -> Signal? {
        switch chorus_take_signal() {
        case chorus_signal_int(), chorus_signal_term(), chorus_signal_hup(): return .quit
        case chorus_signal_tstp(): return .suspend
        case chorus_signal_cont(): return .resumed
        default: return nil
        }
    }

    /// Leaves curses, stops the process (Ctrl-Z), and comes back on `fg`.
    func suspend() {
        endwin()
        chorus_suspend_self()
        invalidate()
        refresh()
    }

    /// Whether the terminal is gone (nobody will ever press a key again).
    var isHungUp: Bool { chorus_terminal_hung_up() != 0 }

    /// The next key, waiting at most `milliseconds`; nil when none came (or a signal arrived).
    func readKey(milliseconds: Int) -> Key? {
        chorus_timeout(Int32(milliseconds))
        var ch: wint_t = 0
        let r = chorus_get_wch(&ch)
        if r == ERR { return nil }
        let code = Int32(bitPattern: ch)
        if r == KEY_CODE_YES {
            switch code {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BTAB: return .backTab
            case KEY_BACKSPACE, KEY_DC: return .backspace
            case chorus_key_resize(): return .resize(width: width, height: height)
            case chorus_key_mouse(): return mouse()
            default: return nil
            }
        }
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 96)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
            return .char(Character(scalar))
        }
    }

    private func mouse() -> Key? {
        var y: Int32 = 0, x: Int32 = 0
        switch chorus_read_mouse(&y, &x) {
        case 1: return .mouse(MouseEvent(kind: .press, row: Int(y), column: Int(x)))
        case 4: return .mouse(MouseEvent(kind: .wheelUp, row: Int(y), column: Int(x)))
        case 5: return .mouse(MouseEvent(kind: .wheelDown, row: Int(y), column: Int(x)))
        default: return nil
        }
    }

    // MARK: Looks

    private enum Pair: Int16 {
        case titleBar = 1, selection, selectionInactive, paneTitleFocused, match, shared, sharedCurrent
        case differ, warning, error, border
        case tintBase = 20  // 20..<26 speaker foregrounds, 30..<36 speaker backgrounds
    }

    private var tints: [Int16] = []

    private func definePairs() {
        let rich = chorus_colors() >= 256
        tints = rich ? [214, 114, 176, 81, 203, 111] : [Int16(COLOR_YELLOW), Int16(COLOR_GREEN), Int16(COLOR_MAGENTA), Int16(COLOR_CYAN), Int16(COLOR_RED), Int16(COLOR_BLUE)]
        let black = Int16(COLOR_BLACK), white = Int16(COLOR_WHITE)
        init_pair(Pair.titleBar.rawValue, white, Int16(COLOR_BLUE))
        init_pair(Pair.selection.rawValue, black, Int16(COLOR_CYAN))
        init_pair(Pair.selectionInactive.rawValue, black, white)
        init_pair(Pair.paneTitleFocused.rawValue, Int16(COLOR_CYAN), -1)
        init_pair(Pair.match.rawValue, black, Int16(COLOR_YELLOW))
        init_pair(Pair.shared.rawValue, Int16(COLOR_GREEN), -1)
        init_pair(Pair.sharedCurrent.rawValue, black, Int16(COLOR_GREEN))
        init_pair(Pair.differ.rawValue, Int16(COLOR_RED), -1)
        init_pair(Pair.warning.rawValue, Int16(COLOR_YELLOW), -1)
        init_pair(Pair.error.rawValue, Int16(COLOR_RED), -1)
        init_pair(Pair.border.rawValue, Int16(COLOR_BLUE), -1)
        for (i, c) in tints.enumerated() {
            init_pair(20 + Int16(i), c, -1)
            init_pair(30 + Int16(i), black, c)
        }
    }

    private func look(_ style: Style) -> (Int32, Int16) {
        let bold = chorus_attr_bold(), reverse = chorus_attr_reverse(), underline = chorus_attr_underline(), dim = chorus_attr_dim()
        if !colour {
            switch style {
            case .normal, .border: return (0, 0)
            case .dim: return (dim, 0)
            case .bold, .paneTitle, .statusKey, .speaker, .warning, .error: return (bold, 0)
            case .titleBar, .statusBar, .selection: return (reverse, 0)
            case .progress: return (bold, 0)
            case .paneTitleFocused: return (bold | reverse, 0)
            case .selectionInactive: return (bold | underline, 0)
            case .quote, .shared: return (underline, 0)
            case .quoteSelected, .sharedCurrent: return (reverse | bold, 0)
            // Quotes are underlined here, so a paraphrase takes the other attribute.
            case .paraphrase: return (dim, 0)
            case .paraphraseSelected: return (reverse, 0)
            case .match: return (reverse | underline, 0)
            case .differ: return (bold | underline, 0)
            }
        }
        switch style {
        case .normal: return (0, 0)
        case .dim: return (dim, 0)
        case .bold, .paneTitle: return (bold, 0)
        case .titleBar: return (bold, Pair.titleBar.rawValue)
        case .statusBar: return (reverse, 0)
        case .statusKey: return (reverse | bold, 0)
        case .paneTitleFocused: return (bold, Pair.paneTitleFocused.rawValue)
        case .border: return (0, Pair.border.rawValue)
        case .selection: return (0, Pair.selection.rawValue)
        case .progress: return (bold, Pair.paneTitleFocused.rawValue)
        case .selectionInactive: return (0, Pair.selectionInactive.rawValue)
        case .quote(let tint): return tint.map { (0, 20 + Int16($0)) } ?? (bold, 0)
        case .quoteSelected(let tint): return tint.map { (bold, 30 + Int16($0)) } ?? (reverse | bold, 0)
        // Underline: every terminal has it, with 8 colours or 256, unlike dim or italic.
        case .paraphrase(let tint): return tint.map { (underline, 20 + Int16($0)) } ?? (underline, 0)
        case .paraphraseSelected(let tint): return tint.map { (bold | underline, 30 + Int16($0)) } ?? (reverse | bold | underline, 0)
        case .speaker(let tint): return tint.map { (bold, 20 + Int16($0)) } ?? (bold, 0)
        case .match: return (0, Pair.match.rawValue)
        case .shared: return (bold, Pair.shared.rawValue)
        case .sharedCurrent: return (bold, Pair.sharedCurrent.rawValue)
        case .differ: return (bold | underline, Pair.differ.rawValue)
        case .warning: return (0, Pair.warning.rawValue)
        case .error: return (bold, Pair.error.rawValue)
        }
    }
}
