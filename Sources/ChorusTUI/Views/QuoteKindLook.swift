import ChorusCore

/// How the reader tells a paraphrase from the speaker's own words, the same way in every view:
/// the speaker's colour for both, an attribute for paraphrase (see `TerminalScreen`), and in lists
/// `≈` instead of quote marks, because reported speech is the outlet's wording.
extension QuoteKind {
    /// Reported speech; every other kind (between marks, printed without them, a fragment) gives
    /// the speaker's words.
    var isParaphrase: Bool { self == .indirect }

    /// What an outlet did with a remark, as *Also reported by* says it.
    var rendering: String { isParaphrase ? "paraphrased" : "quoted" }

    /// A quote's text as lists print it, and how many scalars come before the text (highlights
    /// given by offsets into the text shift by that much).
    func printed(_ text: some StringProtocol) -> (text: String, shift: Int) {
        isParaphrase ? (QuoteKind.paraphraseMark + " " + text, 2) : ("“" + text + "”", 1)
    }

    static let paraphraseMark = "≈"
}

extension Style {
    /// The style of a quote's words: its speaker's colour, drawn apart when it is a paraphrase.
    static func words(_ kind: QuoteKind, speaker: Int?, selected: Bool = false) -> Style {
        let tint = tint(forSpeaker: speaker)
        switch (kind.isParaphrase, selected) {
        case (false, false): return .quote(tint: tint)
        case (false, true): return .quoteSelected(tint: tint)
        case (true, false): return .paraphrase(tint: tint)
        case (true, true): return .paraphraseSelected(tint: tint)
        }
    }
}

extension StyledText {
    /// A quote's text as a list shows it, wrapped: between marks, or after `≈` (kept out of the
    /// paraphrase's attribute, so the mark reads as a mark). `highlights` are offsets into `text`.
    static func wrappedQuote(_ text: some StringProtocol, kind: QuoteKind, speaker: Int?, width: Int,
                             highlights: [Highlight] = [], maxLines: Int = Int.max) -> [StyledLine] {
        let (printed, shift) = kind.printed(text)
        var marks = highlights.map { Highlight(range: ($0.range.lowerBound + shift)..<($0.range.upperBound + shift), style: $0.style) }
        if kind.isParaphrase { marks.insert(Highlight(range: 0..<shift, style: .quote(tint: Style.tint(forSpeaker: speaker))), at: 0) }
        return wrapped(printed, width: width, base: .words(kind, speaker: speaker), highlights: marks, maxLines: maxLines)
    }

    /// The same on one line, for headers that cut it to the room they have.
    static func quoteLine(_ text: some StringProtocol, kind: QuoteKind, speaker: Int?) -> StyledLine {
        let (printed, shift) = kind.printed(text)
        guard kind.isParaphrase else { return [Span(printed, .words(kind, speaker: speaker))] }
        return [Span(String(printed.prefix(shift)), .quote(tint: Style.tint(forSpeaker: speaker))),
                Span(String(printed.dropFirst(shift)), .words(kind, speaker: speaker))]
    }
}
