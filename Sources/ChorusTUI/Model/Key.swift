/// A key press, a mouse event or a resize, as the app model sees it (terminal-independent).
enum Key: Hashable {
    case char(Character)
    /// Ctrl with a letter, lower case (`.ctrl("d")`).
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)

    /// How the help screen names the key.
    var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .resize: return "resize"
        case .mouse: return "mouse"
        }
    }
}

struct MouseEvent: Hashable {
    enum Kind: Hashable { case press, wheelUp, wheelDown }
    var kind: Kind
    var row: Int
    var column: Int
}
