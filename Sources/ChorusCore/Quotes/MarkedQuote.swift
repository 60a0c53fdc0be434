/// A quotation printed between quote marks, or after a dash as in Slavic typesetting, before anyone
/// is named as its speaker.
struct MarkedQuote: Sendable, Equatable {
    /// From the opening mark (or dash) to just past the closing mark; the reporter's sentence treats
    /// this whole range as one word.
    var outer: Range<Int>
    /// The quoted words, trimmed of spaces and of a trailing comma. For a quotation running over
    /// several paragraphs, from the first word to the last.
    var inner: Range<Int>
    /// The quoted words of each paragraph the quotation runs over.
    var segments: [Range<Int>]
    /// Introduced by a dash at the start of a paragraph rather than by a mark.
    var byDash: Bool
    /// Printed between single marks (‘ ’), a house style of some outlets.
    var single: Bool
    /// Names a broadcast, book or slogan (`NBC's “Meet the Press”`): words of the reporter's
    /// sentence, not a quotation.
    var namesWork = false
}

/// Finds the quotations printed with marks in an article's paragraphs.
///
/// Marks are told apart by where they stand rather than by their shape, because translated and
/// scraped news often prints them the wrong way round (`” We do not know ..., ”`), with spaces or
/// no-break spaces inside, or leaves one unbalanced. A paragraph that opens a quotation and does not
/// close it continues into the next paragraph when that one opens with a mark (the newspaper
/// convention for long quotations). Apostrophes (`Russia’s`, `don’t`, `’90s`) are not marks.
struct MarkedQuoteFinder: Sendable {
    /// Longest stretch a pair of single marks may enclose; beyond it a lone apostrophe is likelier.
    let singleQuoteReach = 600

    func find(in text: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [MarkedQuote] {
        var result: [MarkedQuote] = []
        var carried: MarkedQuote?
        for (k, paragraph) in paragraphs.enumerated() {
            var i = paragraph.lowerBound
            while i < paragraph.upperBound && ProseScalar.isSpace(text[i]) { i += 1 }
            let end = paragraph.upperBound
            var openAt: Int?
            var innerFrom = 0
            var dash = false
            var segments: [Range<Int>] = []
            var foundInParagraph = false
            if let c = carried {
                // The mark that reopens a continued quotation is not a new quotation.
                openAt = c.outer.lowerBound
                segments = c.segments
                dash = false
                i += markWidth(text, i, end)
                innerFrom = i
                carried = nil
            } else if i + 1 < end, ProseScalar.isDash(text[i]) || (text[i] == "-" && text[i + 1] == " "), ProseScalar.isSpace(text[i + 1]) {
                openAt = i
                dash = true
                innerFrom = i + 1
                i += 1
            }

            func emit(closeMark: Int?, innerEnd: Int) {
                guard let open = openAt else { return }
                let segment = trimmed(text, innerFrom, innerEnd)
                if !segment.isEmpty { segments.append(segment) }
                openAt = nil
                defer { segments = [] }
                guard let first = segments.first, let last = segments.last, containsLetter(text, first.lowerBound..<last.upperBound) else { return }
                let outerEnd = closeMark.map { $0 + 1 } ?? last.upperBound
                result.append(MarkedQuote(
                    outer: open..<outerEnd, inner: first.lowerBound..<last.upperBound,
                    segments: segments, byDash: dash, single: false))
                foundInParagraph = true
            }

            while i < end {
                // Most scalars are letters, digits, spaces and plain punctuation: none of them matters here.
                i = ScalarScan.markOrDash(text, from: i, to: end)
                guard i < end else { break }
                let c = text[i]
                let width = markWidth(text, i, end)
                if width > 0 {
                    let prevSpace = i == paragraph.lowerBound || opensAfter(text[i - 1])
                    let after = i + width
                    let nextSpace = after >= end || ProseScalar.isSpace(text[after])
                    let nextPunct = after < end && closesClause(text[after])
                    defer { i = after - 1 }
                    if openAt != nil {
                        emit(closeMark: after - 1, innerEnd: i)
                        dash = false
                    } else if c == "\"" && i > paragraph.lowerBound && ProseScalar.isDigit(text[i - 1]) {
                        // inches: `a 6" pipe`
                    } else if !prevSpace && (nextSpace || nextPunct) {
                        // A closing mark with nothing open: the quotation opened at the paragraph's
                        // start without its mark.
                        if !foundInParagraph, ProseScalar.wordCount(text, paragraph.lowerBound..<i) >= 3 {
                            openAt = paragraph.lowerBound
                            innerFrom = paragraph.lowerBound
                            emit(closeMark: after - 1, innerEnd: i)
                        }
                    } else {
                        openAt = i
                        innerFrom = after
                        dash = false
                    }
                } else if dash && openAt != nil && ProseScalar.isDash(c) && i > paragraph.lowerBound
                            && ProseScalar.isSpace(text[i - 1]) && followedBySmallWord(text, i + 1, end) {
                    // `– We are ready – said the minister.`
                    emit(closeMark: nil, innerEnd: i)
                    dash = false
                } else if openAt == nil && (c == "\u{2018}" || c == "'" || c == "\u{201A}" || c == "\u{2039}"),
                          let close = singleClose(text, open: i, paragraph: paragraph) {
                    let inner = trimmed(text, i + 1, close)
                    if containsLetter(text, inner) {
                        result.append(MarkedQuote(outer: i..<(close + 1), inner: inner, segments: [inner], byDash: false, single: true))
                        foundInParagraph = true
                    }
                    i = close
                }
                i += 1
            }
            if openAt != nil {
                if !dash, k + 1 < paragraphs.count, startsWithMark(text, paragraphs[k + 1]) {
                    let segment = trimmed(text, innerFrom, end)
                    if !segment.isEmpty { segments.append(segment) }
                    carried = MarkedQuote(outer: openAt!..<end, inner: openAt!..<end, segments: segments, byDash: false, single: false)
                } else {
                    emit(closeMark: nil, innerEnd: end)
                }
            }
        }
        if let c = carried, let first = c.segments.first, let last = c.segments.last {
            result.append(MarkedQuote(outer: c.outer.lowerBound..<last.upperBound, inner: first.lowerBound..<last.upperBound,
                                      segments: c.segments, byDash: false, single: false))
        }
        return result
    }

    /// Punctuation that may follow a closing mark: a switch, not a search of a string's scalars,
    /// as every mark of the corpus asks.
    private func closesClause(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", ".", ";", ":", "!", "?", ")": return true
        default: return false
        }
    }

    /// A mark after one of these opens rather than closes.
    private func opensAfter(_ s: Unicode.Scalar) -> Bool {
        ProseScalar.isSpace(s) || s == "(" || s == "[" || ProseScalar.isDash(s) || s == "/"
    }

    /// The closing single mark of a quotation opened at `open`, or nil when the mark is an apostrophe.
    private func singleClose(_ text: [Unicode.Scalar], open: Int, paragraph: Range<Int>) -> Int? {
        let end = paragraph.upperBound
        guard open + 1 < end, ProseScalar.isLetter(text[open + 1]) || text[open + 1] == "\u{2026}" else { return nil }
        if open > paragraph.lowerBound {
            let p = text[open - 1]
            guard opensAfter(p) || ProseScalar.isDoubleMark(p) || p == ":" else { return nil }
        }
        // Elisions such as 'em, 'til are apostrophes.
        var w = open + 1
        while w < end && ProseScalar.isLetter(text[w]) { w += 1 }
        if MarkedQuoteFinder.elisions.contains(WordKey(text, (open + 1)..<w)) { return nil }
        var possessive: Int?
        var j = open + 2
        let limit = min(end, open + singleQuoteReach)
        while j < limit {
            let c = text[j]
            if ProseScalar.isDoubleMark(c) { return nil }
            if c == "\u{2019}" || c == "'" || c == "\u{203A}" {
                let next: Unicode.Scalar = j + 1 < end ? text[j + 1] : " "
                if !ProseScalar.isLetter(next) && !ProseScalar.isDigit(next) && !ProseScalar.isSpace(text[j - 1]) {
                    let prev = text[j - 1]
                    if (prev == "s" || prev == "S") && ProseScalar.isSpace(next) {
                        // `the officials’ statement`: a possessive unless nothing better closes.
                        if possessive == nil { possessive = j }
                    } else {
                        return j
                    }
                }
            }
            j += 1
        }
        return possessive
    }

    private func startsWithMark(_ text: [Unicode.Scalar], _ paragraph: Range<Int>) -> Bool {
        var i = paragraph.lowerBound
        while i < paragraph.upperBound && ProseScalar.isSpace(text[i]) { i += 1 }
        return markWidth(text, i, paragraph.upperBound) > 0
    }

    /// How many scalars the double mark at `i` takes: one, or two for a pair of apostrophes (`''`),
    /// which some archives print for a double mark; none when there is no double mark.
    private func markWidth(_ text: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        guard i < end else { return 0 }
        if ProseScalar.isDoubleMark(text[i]) { return 1 }
        return text[i] == "'" && i + 1 < end && text[i + 1] == "'" ? 2 : 0
    }

    private func followedBySmallWord(_ text: [Unicode.Scalar], _ from: Int, _ end: Int) -> Bool {
        var i = from
        while i < end && ProseScalar.isSpace(text[i]) { i += 1 }
        return i < end && ProseScalar.isLower(text[i])
    }

    private func trimmed(_ text: [Unicode.Scalar], _ from: Int, _ to: Int) -> Range<Int> {
        var s = from
        var e = max(from, to)
        while s < e && (ProseScalar.isSpace(text[s]) || ProseScalar.isDash(text[s])) { s += 1 }
        while e > s && (ProseScalar.isSpace(text[e - 1]) || text[e - 1] == ",") { e -= 1 }
        return s..<e
    }

    private func containsLetter(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.contains { ProseScalar.isLetter(text[$0]) }
    }

    static let elisions = WordKey.set("em til tis twas n cause bout round")
}
