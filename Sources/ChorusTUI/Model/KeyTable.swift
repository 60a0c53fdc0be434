import ChorusCore

/// What a key asks for; the model decides what it means where the user is.
enum Action: Hashable {
    case down, up, top, bottom, pageDown, pageUp, halfPageDown, halfPageUp
    case open, nextPane, previousPane
    case close, quit, cancel, help, redraw
    case search, searchNext, searchPrevious, filter
    case nextQuote, previousQuote, nextParaphrase, previousParaphrase
    case sideBySide, speakers, cycleOrder
    case toggleSideView, showWhoSaidWhat, showAlsoReported, toggleSidePanel
    case expand, collapse
    case back, mark
    case nextOutlet, previousOutlet
}

/// Where a binding applies; the help screen has one section per scope.
enum KeyScope: Int, CaseIterable {
    case everywhere, browse, list, reading, side, sideBySide, speakers, prompt

    var title: String {
        switch self {
        case .everywhere: return "Everywhere"
        case .browse: return "Browsing (list, reading pane, side panel)"
        case .list: return "Article list"
        case .reading: return "Reading pane"
        case .side: return "Side panel"
        case .sideBySide: return "Side by side"
        case .speakers: return "Speakers"
        case .prompt: return "Search and filter prompts"
        }
    }
}

struct KeyBinding {
    let keys: [Key]
    let action: Action
    let scope: KeyScope
    let summary: String
}

/// The one table that binds keys; the help screen is drawn from it, so it cannot fall out of date.
enum KeyTable {
    static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.char("j"), .down], action: .down, scope: .everywhere, summary: "move down / scroll"),
        KeyBinding(keys: [.char("k"), .up], action: .up, scope: .everywhere, summary: "move up / scroll"),
        KeyBinding(keys: [.char("g"), .home], action: .top, scope: .everywhere, summary: "go to the top"),
        KeyBinding(keys: [.char("G"), .end], action: .bottom, scope: .everywhere, summary: "go to the bottom"),
        KeyBinding(keys: [.pageDown, .char(" ")], action: .pageDown, scope: .everywhere, summary: "page down"),
        KeyBinding(keys: [.pageUp], action: .pageUp, scope: .everywhere, summary: "page up"),
        KeyBinding(keys: [.ctrl("d")], action: .halfPageDown, scope: .everywhere, summary: "half a page down"),
        KeyBinding(keys: [.ctrl("u")], action: .halfPageUp, scope: .everywhere, summary: "half a page up"),
        KeyBinding(keys: [.enter], action: .open, scope: .everywhere, summary: "open the selection"),
        KeyBinding(keys: [.tab], action: .nextPane, scope: .everywhere, summary: "next pane (column)"),
        KeyBinding(keys: [.backTab], action: .previousPane, scope: .everywhere, summary: "previous pane (column)"),
        KeyBinding(keys: [.char("/")], action: .search, scope: .everywhere, summary: "search titles, text, quotes, speakers"),
        KeyBinding(keys: [.char("n")], action: .searchNext, scope: .everywhere, summary: "next search match"),
        KeyBinding(keys: [.char("N")], action: .searchPrevious, scope: .everywhere, summary: "previous search match"),
        KeyBinding(keys: [.char("f")], action: .filter, scope: .everywhere, summary: "filter articles by outlet or speaker"),
        KeyBinding(keys: [.char("S")], action: .speakers, scope: .everywhere, summary: "every speaker in the corpus"),
        KeyBinding(keys: [.char("?")], action: .help, scope: .everywhere, summary: "this help"),
        KeyBinding(keys: [.ctrl("l")], action: .redraw, scope: .everywhere, summary: "redraw the screen"),
        KeyBinding(keys: [.escape], action: .cancel, scope: .everywhere, summary: "cancel; clear the message"),
        KeyBinding(keys: [.char("q")], action: .close, scope: .everywhere, summary: "close the view (narrow: back to the list); quit at the top"),
        KeyBinding(keys: [.char("Q")], action: .quit, scope: .everywhere, summary: "quit at once"),

        KeyBinding(keys: [.char("]")], action: .nextQuote, scope: .browse, summary: "next quote in the article"),
        KeyBinding(keys: [.char("[")], action: .previousQuote, scope: .browse, summary: "previous quote in the article"),
        // ] and [ already step through every quote (paraphrases too); their shifted pair skips
        // to paraphrases only.
        KeyBinding(keys: [.char("}")], action: .nextParaphrase, scope: .browse, summary: "next paraphrase (≈) in the article"),
        KeyBinding(keys: [.char("{")], action: .previousParaphrase, scope: .browse, summary: "previous paraphrase (≈) in the article"),
        KeyBinding(keys: [.char("a")], action: .showAlsoReported, scope: .browse, summary: "side panel: Also reported by"),
        KeyBinding(keys: [.char("w")], action: .showWhoSaidWhat, scope: .browse, summary: "side panel: Who said what"),
        KeyBinding(keys: [.char("v")], action: .toggleSideView, scope: .browse, summary: "switch the side panel's view"),
        KeyBinding(keys: [.char("p")], action: .toggleSidePanel, scope: .browse, summary: "hide or show the side panel (medium width)"),
        KeyBinding(keys: [.char("s")], action: .sideBySide, scope: .browse, summary: "side by side with another outlet (or the marked article)"),
        KeyBinding(keys: [.char("b"), .backspace], action: .back, scope: .browse, summary: "back to where you were"),

        KeyBinding(keys: [.char("o")], action: .cycleOrder, scope: .list, summary: "sort by date / outlet / title"),
        KeyBinding(keys: [.char("m")], action: .mark, scope: .list, summary: "mark an article to read beside another (s)"),

        KeyBinding(keys: [.char("l"), .right], action: .expand, scope: .side, summary: "expand a speaker"),
        KeyBinding(keys: [.char("h"), .left], action: .collapse, scope: .side, summary: "collapse a speaker"),

        KeyBinding(keys: [.char("]")], action: .nextQuote, scope: .sideBySide, summary: "both columns to the next shared statement"),
        KeyBinding(keys: [.char("[")], action: .previousQuote, scope: .sideBySide, summary: "both columns to the previous shared statement"),
        KeyBinding(keys: [.char("r")], action: .nextOutlet, scope: .sideBySide, summary: "right column: next other outlet"),
        KeyBinding(keys: [.char("R")], action: .previousOutlet, scope: .sideBySide, summary: "right column: previous other outlet"),

        KeyBinding(keys: [.enter], action: .open, scope: .speakers, summary: "a speaker's statements; a statement's article"),

        KeyBinding(keys: [.enter], action: .open, scope: .prompt, summary: "accept"),
        KeyBinding(keys: [.escape], action: .cancel, scope: .prompt, summary: "cancel"),
        KeyBinding(keys: [.ctrl("u")], action: .halfPageUp, scope: .prompt, summary: "clear what was typed"),
    ]

    private static let lookup: [KeyScope: [Key: Action]] = {
        var table: [KeyScope: [Key: Action]] = [:]
        for binding in bindings {
            for key in binding.keys where table[binding.scope]?[key] == nil {
                table[binding.scope, default: [:]][key] = binding.action
            }
        }
        return table
    }()

    /// The action of a key, trying the most specific scope first.
    static func action(for key: Key, in scopes: [KeyScope]) -> Action? {
        for scope in scopes {
            if let action = lookup[scope]?[key] { return action }
        }
        return nil
    }

    /// The help screen's lines: a heading per scope, then each binding's keys and summary.
    static func helpLines() -> [(keys: String, summary: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for scope in KeyScope.allCases {
            let inScope = bindings.filter { $0.scope == scope }
            guard !inScope.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((scope.title, "", true))
            for b in inScope { lines.append((b.keys.map(\.label).joined(separator: " "), b.summary, false)) }
        }
        lines.append(("", "", false))
        lines.append(("Quoted words and paraphrase (reported speech)", "", true))
        lines.append(("“…”", "quoted: the speaker's own words, in their colour", false))
        lines.append((QuoteKind.paraphraseMark, "paraphrased: the same colour, underlined (or dim)", false))
        lines.append(("", "", false))
        lines.append(("Mouse", "", true))
        lines.append(("wheel", "scrolls the pane under the pointer", false))
        lines.append(("click", "focuses a pane and selects the row", false))
        return lines
    }
}
