/// Splits prose into sentences at full stops, question and exclamation marks.
///
/// It does not split after abbreviations (`Mr.`, `Jan.`), initials (`John F. Kennedy`) or dotted
/// abbreviations (`U.S.`) unless a word that typically opens a sentence follows, and never inside
/// ranges the caller marks opaque: quotations, whose own full stops do not end the reporter's
/// sentence (`“We are ready. We will act,” he said.` is one sentence). Linear in the text.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sentence ranges inside `range`, trimmed of surrounding spaces. `opaque` ranges must be sorted
    /// and disjoint; a boundary may fall right after one when it ends with a stop of its own and
    /// the next word is capitalised.
    public func sentences(in text: [Unicode.Scalar], range: Range<Int>, opaque: [Range<Int>] = []) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Room for sentences of a hundred scalars: most blocks then need one allocation, not several.
        result.reserveCapacity(range.count / 100 + 1)
        let end = range.upperBound
        var start = skipSpaces(text, range.lowerBound, end)
        var i = start
        var o = 0
        while o < opaque.count && opaque[o].upperBound <= i { o += 1 }
        while i < end {
            if o < opaque.count && opaque[o].lowerBound <= i {
                let quoteEnd = min(opaque[o].upperBound, end)
                o += 1
                i = max(i + 1, quoteEnd)
                // `me."But herein lies`: a quotation ending a sentence whose page lost the space after it.
                if i < end, ProseScalar.isSpace(text[i]) || opensGluedSentence(text, i), endsWithStop(text, quoteEnd, lowerLimit: start) {
                    let next = skipSpaces(text, i, end)
                    if next < end, opensSentence(text[next]) || ProseScalar.isDoubleMark(text[next]) {
                        result.append(start..<trimEnd(text, start, i))
                        start = next
                        i = next
                    }
                }
                continue
            }
            guard ProseScalar.isTerminal(text[i]) else {
                // On to the next stop or quotation in one tight loop: most text is neither.
                let limit = o < opaque.count ? min(end, opaque[o].lowerBound) : end
                i = ScalarScan.stop(text, from: i + 1, to: limit)
                continue
            }
            var j = i + 1
            while j < end, ProseScalar.isTerminal(text[j]) || ProseScalar.isCloser(text[j]) {
                if o < opaque.count && opaque[o].lowerBound == j { break }
                j += 1
            }
            if j == i + 1, j < end, isGluedSentence(text, stop: i, next: j, sentenceStart: start) {
                result.append(start..<j)
                start = j
                i = j
                continue
            }
            guard j < end, ProseScalar.isSpace(text[j]) else { i = j; continue }
            let next = skipSpaces(text, j, end)
            guard next < end else { break }
            if isBoundary(text, stop: i, next: next, sentenceStart: start) {
                result.append(start..<trimEnd(text, start, j))
                start = next
                i = next
                while o < opaque.count && opaque[o].upperBound <= i { o += 1 }
            } else {
                i = j
            }
        }
        if start < end {
            let e = trimEnd(text, start, end)
            if e > start { result.append(start..<e) }
        }
        return result
    }

    private func isBoundary(_ text: [Unicode.Scalar], stop: Int, next: Int, sentenceStart: Int) -> Bool {
        let n = text[next]
        // `who lost 16 lbs. “and two belt loops” by October`: a quotation opening in small letters
        // carries on the sentence; a new sentence would open it with a capital.
        if ProseScalar.isDoubleMark(n), next + 1 < text.count, ProseScalar.isLower(text[next + 1]) { return false }
        if text[stop] != "." {
            return opensSentence(n)
        }
        // The word before the full stop decides whether it is an abbreviation.
        var w = stop
        var dotted = false
        while w > sentenceStart, ProseScalar.isLetter(text[w - 1]) || (text[w - 1] == "." && w - 1 > sentenceStart && ProseScalar.isLetter(text[w - 2])) {
            if text[w - 1] == "." { dotted = true }
            w -= 1
        }
        let length = stop - w
        if length == 0 {
            return opensSentence(n)
        }
        if dotted {
            return startsWithSentenceOpener(text, next)
        }
        if length == 1 && ProseScalar.isUpper(text[w]) {
            return false
        }
        let word = WordKey(text, w..<stop)
        if SentenceSplitter.abbreviations.contains(word) {
            return false
        }
        // `lost 16 lbs. since the spring`: a unit ends a sentence only before one that opens.
        if SentenceSplitter.units.contains(word) {
            return opensSentence(n)
        }
        // A plain full stop after an ordinary word ends a sentence even before a small letter
        // (texts whose case was damaged, as in `... reporters. kyiv only does ...`), but not before
        // a digit or a lower-case continuation of an ellipsis.
        return opensSentence(n) || (ProseScalar.isLower(n) && length >= 3 && !ProseScalar.isUpper(text[w]))
    }

    /// `DeMint adds.The retired senator says`: pages that lost the space after a full stop. An
    /// ordinary word, its stop, and a capitalised word in small letters is two sentences; an
    /// address (`nytimes.com`, `www.Politico`), initials (`a.m.`, `U.S.`) or an abbreviation
    /// (`Sen.John`) is not.
    private func isGluedSentence(_ text: [Unicode.Scalar], stop: Int, next: Int, sentenceStart: Int) -> Bool {
        guard opensGluedSentence(text, next) else { return false }
        var w = stop
        while w > sentenceStart, ProseScalar.isLower(text[w - 1]) { w -= 1 }
        // `Wednesday.But`: one capital may open the word, unless it is an abbreviation (`Sen.John`).
        if w > sentenceStart, ProseScalar.isUpper(text[w - 1]) { w -= 1 }
        guard stop - w >= 2, w == sentenceStart || !(ProseScalar.isLetter(text[w - 1]) || ProseScalar.isDigit(text[w - 1]) || text[w - 1] == "." || text[w - 1] == "/" || text[w - 1] == "@") else { return false }
        let word = WordKey(text, w..<stop)
        return word != SentenceSplitter.www && !SentenceSplitter.abbreviations.contains(word)
    }

    /// A capitalised word in small letters after it (`The`, `But`), not initials or an acronym.
    private func opensGluedSentence(_ text: [Unicode.Scalar], _ at: Int) -> Bool {
        at + 1 < text.count && ProseScalar.isUpper(text[at]) && ProseScalar.isLower(text[at + 1])
    }

    private static let www = WordKey("www")

    private func opensSentence(_ s: Unicode.Scalar) -> Bool {
        ProseScalar.isUpper(s) || ProseScalar.isDigit(s) || ProseScalar.isDoubleMark(s) || ProseScalar.isDash(s)
            || s == "\u{2018}" || s == "(" || s == "["
    }

    private func startsWithSentenceOpener(_ text: [Unicode.Scalar], _ at: Int) -> Bool {
        var e = at
        while e < text.count && ProseScalar.isLetter(text[e]) { e += 1 }
        guard e > at, ProseScalar.isUpper(text[at]) else { return ProseScalar.isDoubleMark(text[at]) }
        return SentenceSplitter.sentenceOpeners.contains(WordKey(text, at..<e))
    }

    private func endsWithStop(_ text: [Unicode.Scalar], _ quoteEnd: Int, lowerLimit: Int) -> Bool {
        var k = quoteEnd - 1
        while k > lowerLimit, ProseScalar.isDoubleMark(text[k]) || ProseScalar.isApostrophe(text[k]) || ProseScalar.isSpace(text[k]) { k -= 1 }
        return k >= lowerLimit && (ProseScalar.isTerminal(text[k]))
    }

    private func skipSpaces(_ text: [Unicode.Scalar], _ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end && ProseScalar.isSpace(text[i]) { i += 1 }
        return i
    }

    private func trimEnd(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start && ProseScalar.isSpace(text[e - 1]) { e -= 1 }
        return e
    }

    static let abbreviations = WordKey.set("""
        mr mrs ms messrs dr prof sen rep reps gov gen lt col sgt capt maj adm cmdr cpl pvt rev hon st mt ft \
        jr sr inc co corp ltd bros no nos vs v jan feb mar apr jun jul aug sep sept oct nov dec \
        approx dept est fig vol pp op calif fla tenn ariz colo okla mich minn conn wis nev neb ky ga md va pa vt \
        kan tex del det supt insp atty
        """)

    static let units = WordKey.set("lbs lb oz kg km mi mph kph yds hrs mins secs pts")

    static let sentenceOpeners = WordKey.set("""
        the a an he she it they we i you his her their its our this that these those there but and \
        so yet in on at for if when while as after before since because although however meanwhile \
        still also then now some many most one two three officials president
        """)
}
