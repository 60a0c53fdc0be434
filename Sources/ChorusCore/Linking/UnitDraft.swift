/// One worker's share of the linkable units: its quotes' sentences as words interned in a
/// vocabulary of the worker's own, so workers never share a hash table.
struct UnitDraft {
    /// Keys are `[language, acronym flag] + folded word`.
    var interner = ByteInterner(capacity: 4096)
    var occurrences: [Int32] = []
    /// Occurrences that are not the first word of a sentence, and how many of those are capitalised:
    /// a word capitalised mid-sentence is a name.
    var midSentence: [Int32] = []
    var capitalisedMidSentence: [Int32] = []
    var units: [LinkUnitTable.Unit] = []
    /// Local word ids of each unit, flat; `tokenEnds[u]` is where unit `u`'s end.
    var tokens: [Int32] = []
    /// Per token: capitalised and right after another capitalised word (`States` in `United
    /// States`), so one multi-word name counts once as evidence.
    var continuesName: [Bool] = []
    var tokenEnds: [Int32] = []

    static func tokenize(_ quotes: ArraySlice<Quote>, articles: [Article], languages: LanguageTable) -> UnitDraft {
        var draft = UnitDraft()
        var tokenizer = WordTokenizer()
        var key: [UInt8] = []
        var words: [Word] = []
        var dayOfArticle: [Int: Int32] = [:]
        for quote in quotes {
            let language = languages.ofArticle.isEmpty ? 0 : languages.ofArticle[quote.article]
            words.removeAll(keepingCapacity: true)
            var text = quote.text
            text.makeContiguousUTF8()
            _ = text.utf8.withContiguousStorageIfAvailable { bytes in
                tokenizer.scan(bytes) { word, folded in
                    key.removeAll(keepingCapacity: true)
                    key.append(language)
                    key.append(word.acronym ? 1 : 0)
                    key.append(contentsOf: folded)
                    words.append(Word(start: word.start, end: word.end, id: draft.intern(key), capitalised: word.capitalised || word.acronym))
                }
            }
            let day: Int32
            if let known = dayOfArticle[quote.article] {
                day = known
            } else {
                day = articles[quote.article].date.flatMap(ISODate.dayNumber).map { Int32(clamping: $0) } ?? Int32.min
                dayOfArticle[quote.article] = day
            }
            draft.addUnits(quote, words: words, day: day)
        }
        return draft
    }

    private mutating func intern(_ key: [UInt8]) -> Int32 {
        let id = key.withUnsafeBufferPointer { interner.intern($0) }
        if Int(id) == occurrences.count {
            occurrences.append(0)
            midSentence.append(0)
            capitalisedMidSentence.append(0)
        }
        occurrences[Int(id)] += 1
        return id
    }

    struct Word {
        var start: Int
        var end: Int
        var id: Int32
        var capitalised: Bool
    }

    /// One unit per sentence of the quote; words between sentences belong to none.
    private mutating func addUnits(_ quote: Quote, words: [Word], day: Int32) {
        let sentences = Self.sentences(of: quote)
        var w = 0
        for sentence in sentences {
            while w < words.count, words[w].start < sentence.lowerBound { w += 1 }
            let first = tokens.count
            var isFirst = true
            while w < words.count, words[w].start < sentence.upperBound {
                let id = words[w].id
                tokens.append(id)
                continuesName.append(!isFirst && words[w].capitalised && words[w - 1].capitalised
                    && words[w].start - words[w - 1].end == 1)
                // The first word's capital says nothing about it being a name.
                if !isFirst {
                    midSentence[Int(id)] += 1
                    if words[w].capitalised { capitalisedMidSentence[Int(id)] += 1 }
                }
                isFirst = false
                w += 1
            }
            guard tokens.count > first else { continue }
            tokenEnds.append(Int32(tokens.count))
            units.append(LinkUnitTable.Unit(
                quote: Int32(quote.id), article: Int32(quote.article),
                start: Int32(clamping: quote.start + sentence.lowerBound), end: Int32(clamping: quote.start + sentence.upperBound),
                speaker: quote.speaker.map { Int32(clamping: $0) } ?? -1, day: day,
                termStart: 0, termEnd: 0, weight: 0))
        }
    }

    /// The quote's sentences relative to its text: its own when it has several, split here when
    /// it comes as one span (an extractor may not split).
    static func sentences(of quote: Quote) -> [Range<Int>] {
        let length = quote.end - quote.start
        if quote.sentences.count > 1 {
            return quote.sentences.compactMap { s in
                let a = max(0, s.lowerBound - quote.start), b = min(length, s.upperBound - quote.start)
                return a < b ? a..<b : nil
            }
        }
        return SentenceSplitter.split(quote.text)
    }

    /// Term ids of each unit (deduplicated; a term continues a name only if it always does
    /// there, flagged in the sign bit) and where each unit's list ends.
    func terms(_ termOfLocal: [Int32]) -> ([Int32], [Int32]) {
        var out: [Int32] = []
        out.reserveCapacity(tokens.count)
        var ends: [Int32] = []
        ends.reserveCapacity(units.count)
        var from = 0
        var seen: [Int64] = []
        for end in tokenEnds {
            seen.removeAll(keepingCapacity: true)
            for k in from..<Int(end) {
                let term = termOfLocal[Int(tokens[k])]
                // Sorting (term, continues) puts a plain occurrence first, which then wins.
                if term >= 0 { seen.append(Int64(term) << 1 | (continuesName[k] ? 1 : 0)) }
            }
            seen.sort()
            var last: Int64 = -1
            for entry in seen where entry >> 1 != last {
                out.append(entry & 1 == 1 ? ~Int32(entry >> 1) : Int32(entry >> 1))
                last = entry >> 1
            }
            ends.append(Int32(out.count))
            from = Int(end)
        }
        return (out, ends)
    }
}
