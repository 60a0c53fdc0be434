import ChorusCore

/// A view that takes the whole body of the screen, over the three-pane browse view.
enum FullView: Equatable {
    case sideBySide, speakers, help, filter
}

/// The article list: which articles (sorted, filtered), which is selected, which is at the top.
struct ListState: Equatable {
    var order: ArticleOrder = .date
    var filter: ArticleFilter?
    /// Article positions in list order.
    var rows: [Int] = []
    /// For each article, its row, or -1 when filtered out.
    var rowOfArticle: [Int] = []
    var selected = 0
    var top = 0
    /// An article marked to be read beside another.
    var marked: Int?

    var selectedArticle: Int? { rows.indices.contains(selected) ? rows[selected] : nil }
}

enum ArticleFilter: Equatable {
    case outlet(String)
    case speaker(Int)
}

/// The reading pane.
struct ReadingState: Equatable {
    var article: Int?
    var top: ReadingAnchor = .top
    var selectedQuote: Int?
}

enum SideView: Equatable { case whoSaidWhat, alsoReported }

/// A row of the *Who said what* panel.
enum WhoItem: Hashable {
    case speaker(Int?)
    case quote(Int)
}

struct SideState: Equatable {
    var view: SideView = .whoSaidWhat
    var whoSelected: WhoItem?
    var whoTop = 0
    /// Expanded speakers; `nil` stands for quotes nobody was named for.
    var expanded: Set<Int?> = []
    var alsoSelected = 0
    var alsoTop = 0
}

/// Two articles in two columns.
struct SideBySideState: Equatable {
    var left: Int
    var right: Int
    /// Statements both carry, in the left article's order.
    var shared: [SharedStatement]
    var current: Int?
    var leftTop: ReadingAnchor = .top
    var rightTop: ReadingAnchor = .top
    var focusRight = false
    /// The right-hand articles `r`/`R` step through.
    var candidates: [Int]
}

struct SharedStatement: Equatable {
    let statement: Int
    let left: Statement.Member
    let right: Statement.Member
}

struct SpeakersState: Equatable {
    /// Row in `Catalog.speakersByQuotes`.
    var selected = 0
    var top = 0
    var detailFocused = false
    var detailSelected = 0
    var detailTop = 0
}

/// A row of a speaker's detail: a statement several outlets carried, or a quote only one did.
enum SpeakerDetailItem: Equatable {
    case statement(Int)
    case quote(Int)
}

struct PickerState: Equatable {
    struct Item: Equatable {
        let label: String
        let count: Int
        /// nil clears the filter.
        let filter: ArticleFilter?
    }
    var query = ""
    var items: [Item]
    /// Each item's label folded for matching, computed once when the picker opens.
    var keys: [String] = []
    /// Positions in `items` that match the query.
    var matches: [Int]
    var selected = 0
    var top = 0
}

/// Text being typed on the status line.
struct PromptState: Equatable {
    var text = ""
}

struct SearchHit: Equatable {
    let article: Int
    /// Scalar range in the article's text; empty and at -1 for a title hit.
    let start: Int
    let end: Int
}

struct SearchState: Equatable {
    let query: String
    let hits: [SearchHit]
    /// Hits of each article, as a range into `hits`.
    let hitsOfArticle: [Int: Range<Int>]
    var current: Int?
    /// The list was cut at this many hits.
    let truncated: Bool
}

/// A place to come back to with `b`.
struct Place: Equatable {
    var views: [FullView]
    var focus: Pane
    var article: Int?
    var reading: ReadingState
    var side: SideState
    var sideBySide: SideBySideState?
    var speakers: SpeakersState
}

struct StatusMessage: Equatable {
    enum Kind { case info, warning }
    var text: String
    var kind: Kind = .info
}

/// What the terminal loop must do after a key.
struct Effects: OptionSet {
    let rawValue: Int
    static let quit = Effects(rawValue: 1)
    /// Repaint every cell, not only what changed (Ctrl-L).
    static let repaint = Effects(rawValue: 2)
}
