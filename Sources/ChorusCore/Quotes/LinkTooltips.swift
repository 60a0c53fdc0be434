/// Headlines a scraper copied out of a name link's tooltip into the sentence: `President Trump
/// Donald John TrumpKamala Harris calls for ... 'extort foreign countries' ... MORE on Monday
/// doubled down`. The tooltip opens where its first headline is glued to the full name it follows
/// and closes with a lone `MORE`; its headlines quote people who are not in the article, so it is
/// blanked out (spaces keep every offset) before the article is read.
enum LinkTooltips {
    /// The text with each tooltip blanked (the very array when there is none), and where they were.
    static func blanked(_ text: [Unicode.Scalar]) -> (text: [Unicode.Scalar], tooltips: [Range<Int>]) {
        var result = text
        var tooltips: [Range<Int>] = []
        var i = 0
        while i + 4 <= text.count {
            i = ScalarScan.first("M", "M", "M", "M", in: text, from: i, to: text.count - 3)
            guard i + 4 <= text.count else { break }
            guard closesTooltip(text, at: i), let open = tooltipStart(text, closingAt: i) else { i += 1; continue }
            var end = i + 4
            // `MORE’s investigation`: the possessive of the name the tooltip followed
            if end + 1 < text.count, ProseScalar.isApostrophe(text[end]), text[end + 1] == "s" { end += 2 }
            for k in open..<end where !isLineBreak(text[k]) { result[k] = " " }
            tooltips.append(open..<end)
            i = end
        }
        return (result, tooltips)
    }

    /// The quote without the tooltips it runs across: the longer of its parts on either side,
    /// nil when nothing of it is left (`President Trump Donald John Trump [...] MORE is waiting`).
    static func cleared(_ quote: ExtractedQuote, of tooltips: [Range<Int>], in text: [Unicode.Scalar]) -> ExtractedQuote? {
        var q = quote
        for r in tooltips where r.overlaps(q.start..<q.end) {
            var before = q.start..<max(q.start, r.lowerBound), after = min(q.end, r.upperBound)..<q.end
            while !before.isEmpty, ProseScalar.isSpace(text[before.upperBound - 1]) { before = before.lowerBound..<(before.upperBound - 1) }
            while !after.isEmpty, ProseScalar.isSpace(text[after.lowerBound]) { after = (after.lowerBound + 1)..<after.upperBound }
            let kept = before.count >= after.count ? before : after
            guard kept.count >= 12 else { return nil }
            let sentences = q.sentences.compactMap { s in s.clamped(to: kept).isEmpty ? nil : s.clamped(to: kept) }
            q.start = kept.lowerBound
            q.end = kept.upperBound
            q.sentences = sentences.isEmpty ? [kept] : sentences
        }
        return q
    }

    /// A lone `MORE` after a space, not part of a phrase in capitals (`READ MORE`).
    private static func closesTooltip(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 2, text[i + 1] == "O", text[i + 2] == "R", text[i + 3] == "E", text[i - 1] == " ",
              !ProseScalar.isUpper(text[i - 2]) else { return false }
        return i + 4 == text.count || !ProseScalar.isLetter(text[i + 4])
    }

    /// Where the tooltip closing at `close` opens: a word glued to the next headline (`TrumpKamala`,
    /// `Clinton2020`) ends the full name that the scraper put after the link's own words, which end
    /// with the same word (`President Trump Donald John Trump`), within the line.
    private static func tooltipStart(_ text: [Unicode.Scalar], closingAt close: Int) -> Int? {
        var g = close - 1
        let limit = max(0, close - 1500)
        while g > limit, !isLineBreak(text[g]) {
            defer { g -= 1 }
            guard ProseScalar.isUpper(text[g]) || ProseScalar.isDigit(text[g]), ProseScalar.isLower(text[g - 1]) else { continue }
            var w = g - 1
            while w > limit, ProseScalar.isLetter(text[w - 1]) { w -= 1 }
            if w < g - 1, let link = earlier(text, w..<g, before: w) { return link }
        }
        return nil
    }

    private static func isLineBreak(_ s: Unicode.Scalar) -> Bool { s == "\n" || s == "\r" }

    /// Where the word at `word` ends when it also stands, whole, in the 40 scalars before `start`.
    private static func earlier(_ text: [Unicode.Scalar], _ word: Range<Int>, before start: Int) -> Int? {
        let from = max(0, start - 40)
        var k = start - word.count - 1
        while k >= from {
            if (k == 0 || !ProseScalar.isLetter(text[k - 1])), !ProseScalar.isLetter(text[k + word.count]),
               word.indices.allSatisfy({ text[k + $0 - word.lowerBound] == text[$0] }) { return k + word.count }
            k -= 1
        }
        return nil
    }
}
