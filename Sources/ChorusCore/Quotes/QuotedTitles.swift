/// Names printed between quotation marks: a broadcast, a book, a slogan (`told NBC's “Meet the
/// Press” that`, `said on “Fox News Sunday,”`, `the “Today” show`). Nobody says them, so they are
/// no quotation, and no name of anyone either: the reporter's sentence reads on past them, so that
/// the cue around them still reads (`said on “Face the Nation” that the plan would fail`).
struct QuotedTitles: Sendable {
    /// The quotations, those that name a work marked as such.
    func marking(_ quotes: [MarkedQuote], in text: [Unicode.Scalar]) -> [MarkedQuote] {
        var quotes = quotes
        for k in quotes.indices where !quotes[k].byDash && quotes[k].segments.count == 1 && isTitle(quotes[k], text) {
            quotes[k].namesWork = true
        }
        return quotes
    }

    /// A title in capitals (`Meet the Press`, `60 Minutes`, `This Week with George Stephanopoulos`)
    /// where the sentence says it names something: after an outlet's possessive or `on`, or next to
    /// a word for a work (`the “Today” show`, `his book “Hard Choices”`).
    private func isTitle(_ q: MarkedQuote, _ text: [Unicode.Scalar]) -> Bool {
        guard q.inner.count <= 60, isTitleShaped(text, q.inner) else { return false }
        let before = word(text, endingBefore: q.outer.lowerBound)
        let after = word(text, startingAt: q.outer.upperBound)
        if let b = before {
            if b.count >= 3, ProseScalar.isUpper(text[b.lowerBound]), isPossessive(text, b) { return true }
            let key = WordKey(text, b)
            if key == QuotedTitles.on && ProseScalar.isLower(text[b.lowerBound]) { return true }
            if QuotedTitles.workNouns.contains(key) || QuotedTitles.namingVerbs.contains(key) { return true }
        }
        if let a = after, QuotedTitles.workNouns.contains(WordKey(text, a)), ProseScalar.isLower(text[a.lowerBound]) { return true }
        return false
    }

    /// Eight words at most, each opening with a capital or a digit or a small word that joins a
    /// title's (`of`, `the`, `with`), that neither ask nor exclaim.
    private func isTitleShaped(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var words = 0
        var i = r.lowerBound
        guard i < r.upperBound, ProseScalar.isUpper(text[i]) || ProseScalar.isDigit(text[i]) else { return false }
        while i < r.upperBound {
            let c = text[i]
            if c == "?" || c == "!" { return false }
            guard ProseScalar.isAlphanumeric(c) else { i += 1; continue }
            let s = i
            while i < r.upperBound, ProseScalar.isAlphanumeric(text[i]) || ProseScalar.isApostrophe(text[i]) || text[i] == "-" { i += 1 }
            words += 1
            guard words <= 8 else { return false }
            if !ProseScalar.isUpper(text[s]) && !ProseScalar.isDigit(text[s]) && !QuotedTitles.links.contains(WordKey(text, s..<i)) { return false }
        }
        return true
    }

    /// The word just before `i`, past spaces (with its apostrophe and `s`).
    private func word(_ text: [Unicode.Scalar], endingBefore i: Int) -> Range<Int>? {
        var e = i
        while e > 0, ProseScalar.isSpace(text[e - 1]) { e -= 1 }
        var s = e
        while s > 0, ProseScalar.isLetter(text[s - 1]) || ProseScalar.isApostrophe(text[s - 1]) { s -= 1 }
        return s < e ? s..<e : nil
    }

    /// The word that starts at `i`, past spaces.
    private func word(_ text: [Unicode.Scalar], startingAt i: Int) -> Range<Int>? {
        var s = i
        while s < text.count, ProseScalar.isSpace(text[s]) { s += 1 }
        var e = s
        while e < text.count, ProseScalar.isLetter(text[e]) { e += 1 }
        return s < e ? s..<e : nil
    }

    /// `NBC's`, `CBS’s`, `Fox News'`.
    private func isPossessive(_ text: [Unicode.Scalar], _ w: Range<Int>) -> Bool {
        let last = text[w.upperBound - 1]
        if ProseScalar.isApostrophe(last) { return text[w.upperBound - 2] == "s" }
        return last == "s" && ProseScalar.isApostrophe(text[w.upperBound - 2])
    }

    static let on = WordKey("on")
    static let links = WordKey.set("of the and a an in on to for with at by from")
    /// Words for a work that a title names, before or after it, and for who presents one.
    static let workNouns = WordKey.set("""
        show program programme podcast series broadcast documentary segment newscast film movie book memoir novel \
        album song column op-ed essay newsletter blog host moderator anchor
        """)
    static let namingVerbs = WordKey.set("titled entitled headlined")
}
