/// Scrolling arithmetic for lists whose rows may be several lines tall. Only the rows between the
/// top and the selection are measured, so a long list costs nothing it does not show.
enum ScrollList {
    /// The top row that keeps `selected` fully visible, moving as little as possible from `top`.
    static func top(keeping selected: Int, top: Int, height: Int, count: Int, heightOf: (Int) -> Int) -> Int {
        guard count > 0, height > 0 else { return 0 }
        let selected = max(0, min(selected, count - 1))
        var top = max(0, min(top, count - 1))
        if selected < top { return selected }
        var used = 0
        for i in top...selected { used += heightOf(i) }
        while used > height && top < selected {
            used -= heightOf(top)
            top += 1
        }
        return top
    }

    /// The top for single-line rows, clamped so the list does not end above the bottom of the pane.
    static func top(keeping selected: Int, top: Int, height: Int, count: Int) -> Int {
        guard count > 0, height > 0 else { return 0 }
        var top = top
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        return max(0, min(top, count - height))
    }

    /// The row of a list under a line of the pane, or nil.
    static func row(atLine line: Int, top: Int, count: Int, heightOf: (Int) -> Int) -> Int? {
        var y = 0
        var i = top
        while i < count {
            let h = heightOf(i)
            if line < y + h { return i }
            y += h
            i += 1
        }
        return nil
    }
}
