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
    var units: [DraftUnit] = []
    /// Local word ids of each unit, flat; `tokenEnds[u]` is where unit `u`'s end. A token that
    /// is capitalised right after another capitalised word (`States` in `United States`) is
    /// stored complemented, so one multi-word name counts once as evidence.
    var tokens: [Int32] = []
    /// The tokens in 16 bits once drafting ends, when the draft has fewer than 32768 words (the
    /// top bit marks a name's continuation); `tokens` is then empty. Every draft is held until
    /// the vocabulary is merged, beside the resolver: this halves the largest part of them.
    var narrowTokens: [UInt16] = []
    var tokenEnds: [Int32] = []

    /// Only the first quote of each wording is read (`QuoteCopies`); its words count once per copy.
    static func tokenize(_ quotes: ArraySlice<Quote>, articles: [Article], languages: LanguageTable, copies: QuoteCopies) -> UnitDraft {
        var draft = UnitDraft()
        // Room for more words and sentences than a text of this size holds, reserved at once: the
        // drafts peak together, and an array grown by doubling would be copied at that peak. What
        // is never written costs no memory.
        let bytes = quotes.reduce(0) { $0 + $1.text.utf8.count }
        draft.tokens.reserveCapacity(bytes / 3)
        draft.tokenEnds.reserveCapacity(bytes / 32)
        draft.units.reserveCapacity(bytes / 32)
        var tokenizer = WordTokenizer()
        var words: [Word] = []
        var sentences: [Range<Int>] = []
        var dayOfArticle: [Int: Int32] = [:]
        for q in quotes.indices where copies.original[q] < 0 && !quotes[q].isDeniedClaim && !wrapsVerbatimWords(quotes, q) {
            let quote = quotes[q], multiplicity = copies.multiplicity[q]
            let language = languages.ofArticle.isEmpty ? 0 : languages.ofArticle[quote.article]
            words.removeAll(keepingCapacity: true)
            var text = quote.text
            text.makeContiguousUTF8()
            _ = text.utf8.withContiguousStorageIfAvailable { bytes in
                Self.sentences(of: quote, utf8: bytes, into: &sentences)
                tokenizer.scan(bytes)
            }

            tokenizer.forEachKey(language) { word, key in
                let id = draft.intern(key, multiplicity)
                words.append(Word(start: word.start, end: word.end, id: id, capitalised: word.capitalised || word.acronym))
            }
            let day: Int32
            if let known = dayOfArticle[quote.article] {
                day = known
            } else {
                day = articles[quote.article].date.flatMap(ISODate.dayNumber).map { Int32(clamping: $0) } ?? Int32.min
                dayOfArticle[quote.article] = day
            }
            draft.addUnits(quote, sentences: sentences, words: words, day: day, multiplicity: multiplicity)
        }
        draft.narrow()
        return draft
    }

    /// A paraphrase around the words it quotes (`said the accusations “are absolutely ridiculous”`):
    /// the quoted words are the rendering to link, and the paraphrase would only compete with them.
    static func wrapsVerbatimWords(_ quotes: ArraySlice<Quote>, _ q: Int) -> Bool {
        guard quotes[q].kind == .indirect else { return false }
        var next = q + 1
        while next < quotes.endIndex, quotes[next].article == quotes[q].article, quotes[next].start < quotes[q].end {
            if quotes[next].kind != .indirect && quotes[next].end <= quotes[q].end { return true }
            next += 1
        }
        return false
    }

    private mutating func intern(_ key: UnsafeBufferPointer<UInt8>, _ multiplicity: Int32) -> Int32 {
        let id = interner.intern(key)
        if Int(id) == occurrences.count {
            occurrences.append(0)
            midSentence.append(0)
            capitalisedMidSentence.append(0)
        }
        occurrences[Int(id)] += multiplicity
        return id
    }

    struct Word {
        var start: Int
        var end: Int
        var id: Int32
        var capitalised: Bool
    }

    /// One unit per sentence of the quote; words between sentences belong to none.
    private mutating func addUnits(_ quote: Quote, sentences: [Range<Int>], words: [Word], day: Int32, multiplicity: Int32) {
        var w = 0
        for sentence in sentences {
            while w < words.count, words[w].start < sentence.lowerBound { w += 1 }
            let first = tokens.count
            var isFirst = true
            while w < words.count, words[w].start < sentence.upperBound {
                let id = words[w].id
                let continuesName = !isFirst && words[w].capitalised && words[w - 1].capitalised
                    && words[w].start - words[w - 1].end == 1
                tokens.append(continuesName ? ~id : id)
                // The first word's capital says nothing about it being a name.
                if !isFirst {
                    midSentence[Int(id)] += multiplicity
                    if words[w].capitalised { capitalisedMidSentence[Int(id)] += multiplicity }
                }
                isFirst = false
                w += 1
            }
            guard tokens.count > first else { continue }
            tokenEnds.append(Int32(tokens.count))
            units.append(DraftUnit(
                quote: Int32(quote.id), article: Int32(quote.article),
                start: Int32(clamping: quote.start + sentence.lowerBound), end: Int32(clamping: quote.start + sentence.upperBound),
                day: day))
        }
    }

    /// The quote's sentences relative to its text: its own when it has several, split here when
    /// it comes as one span (an extractor may not split).
    static func sentences(of quote: Quote, utf8: UnsafeBufferPointer<UInt8>, into out: inout [Range<Int>]) {
        out.removeAll(keepingCapacity: true)
        let length = quote.end - quote.start
        if quote.hasSeveralSentences {
            for s in quote.sentences {
                let a = max(0, s.lowerBound - quote.start), b = min(length, s.upperBound - quote.start)
                if a < b { out.append(a..<b) }
            }
            return
        }
        StatementSentences.split(utf8: utf8, into: &out)
    }

    private mutating func narrow() {
        guard interner.count < 1 << 15 else { return }
        narrowTokens = tokens.map { $0 < 0 ? UInt16(~$0) | 0x8000 : UInt16($0) }
        tokens = []
    }

    /// Token `k`, a local word id, complemented where it continues a name.
    private func token(_ k: Int) -> Int32 {
        guard tokens.isEmpty else { return tokens[k] }
        let t = narrowTokens[k]
        return t & 0x8000 != 0 ? ~Int32(t & 0x7FFF) : Int32(t)
    }

    /// Drops the words once their terms are made; the units stay.
    mutating func releaseWords() {
        interner = ByteInterner(capacity: 0)
        tokens = []
        narrowTokens = []
        tokenEnds = []
        occurrences = []
        midSentence = []
        capitalisedMidSentence = []
    }

    /// Term ids of each unit (deduplicated; a term continues a name only if it always does
    /// there, flagged by storing its complement) and where each unit's list ends.
    func terms(_ termOfLocal: [Int32], termCount: Int) -> ([Int32], [Int32]) {
        var out: [Int32] = []
        out.reserveCapacity(max(tokens.count, narrowTokens.count))
        var ends: [Int32] = []
        ends.reserveCapacity(units.count)
        // Where each term went in the current unit's list, valid when `unitOf` says this unit.
        var unitOf = [Int32](repeating: -1, count: termCount)
        var slot = [Int32](repeating: 0, count: termCount)
        var from = 0
        for (u, end) in tokenEnds.enumerated() {
            for k in from..<Int(end) {
                let token = token(k)
                let continuesName = token < 0
                let term = termOfLocal[Int(continuesName ? ~token : token)]
                guard term >= 0 else { continue }
                if unitOf[Int(term)] == Int32(u) {
                    // A plain occurrence wins over one inside a longer name.
                    if !continuesName { out[Int(slot[Int(term)])] = term }
                } else {
                    unitOf[Int(term)] = Int32(u)
                    slot[Int(term)] = Int32(out.count)
                    out.append(continuesName ? ~term : term)
                }
            }
            ends.append(Int32(out.count))
            from = Int(end)
        }
        return (out, ends)
    }
}

/// A sentence as drafted: where it lies. Its terms and weight come when the table is assembled,
/// so it is kept without room for them while every draft is held.
struct DraftUnit {
    var quote: Int32
    var article: Int32
    var start: Int32
    var end: Int32
    var day: Int32
}
