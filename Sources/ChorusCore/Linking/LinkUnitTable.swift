import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sentences of every quote as weighted sets of matching terms: what the linker compares.
///
/// A term is a Snowball stem of a folded word, with the spellings of one name merged
/// (`Kiev`/`Kyiv`); acronyms (`US`) stay apart from the words they spell (`us`). A term weighs its
/// rarity over all sentences (IDF scaled to 0...1), so shared rare words say more than shared
/// common ones; function words weigh little and never suggest a link on their own.
struct LinkUnitTable {
    struct Unit {
        var quote: Int32
        var article: Int32
        /// Scalar offsets into the article.
        var start: Int32
        var end: Int32
        /// Speaker position, or -1 when nobody was named (or speakers are not resolved yet).
        var speaker: Int32
        /// Days since 1970 of the article's date, or `Int32.min` when undated.
        var day: Int32
        /// This unit's ranks in `ranks`.
        var termStart: Int32
        var termEnd: Int32
        /// Sum of the weights of its terms.
        var weight: Float
    }

    var units: [Unit] = []
    /// Each unit's term ranks, ascending (rarest first; function words last).
    var ranks: [Int32] = []
    /// Per entry of `ranks`: the word continues a multi-word name there (`States` in `United States`).
    var continuesName = BitFlags()
    /// Weight of each rank.
    var weightOfRank: [Float] = []
    /// Whether a rank is a name (see `Vocabulary.isNameTerm`).
    var isNameRank: [Bool] = []
    /// Ranks from this one on are function words.
    var firstFunctionRank: Int32 = 0
    /// Each article's outlet, spellings of one outlet folded (`OutletName`); empty when unknown.
    var outletOfArticle: [Int32] = []
    /// The corpus's outlets, folded as `OutletName.key` folds them.
    var outletKeys: Set<String> = []

    static let functionWordWeight: Float = 0.08

    /// What two units share: the weight of their common terms, the part of it in content words
    /// that are not names (what was said, beyond who and where), and how many names and such words.
    func overlap(_ a: Int, _ b: Int) -> (weight: Float, wording: Float, sharedNames: Int, sharedWords: Int) {
        let x = units[a], y = units[b]
        var i = Int(x.termStart), j = Int(y.termStart)
        let ie = Int(x.termEnd), je = Int(y.termEnd)
        var sum: Float = 0
        var wording: Float = 0
        var names = 0
        var words = 0
        while i < ie, j < je {
            let ri = ranks[i], rj = ranks[j]
            if ri == rj {
                sum += weightOfRank[Int(ri)]
                if ri < firstFunctionRank {
                    if !isNameRank[Int(ri)] {
                        wording += weightOfRank[Int(ri)]
                        words += 1
                    } else if !(continuesName[i] && continuesName[j]) {
                        names += 1
                    }
                }
                i += 1
                j += 1
            } else if ri < rj {
                i += 1
            } else {
                j += 1
            }
        }
        return (sum, wording, names, words)
    }

    /// The ranks two units share.
    func shared(_ a: Int, _ b: Int) -> [Int32] {
        let x = units[a], y = units[b]
        var i = Int(x.termStart), j = Int(y.termStart)
        var out: [Int32] = []
        while i < Int(x.termEnd), j < Int(y.termEnd) {
            let ri = ranks[i], rj = ranks[j]
            if ri == rj { out.append(ri); i += 1; j += 1 } else if ri < rj { i += 1 } else { j += 1 }
        }
        return out
    }

    /// Gives each unit its quote's speaker. Tokenizing does not need speakers, so the table can be
    /// built while they are being resolved, and learn them afterwards.
    mutating func attribute(_ quotes: [Quote]) {
        for u in units.indices {
            units[u].speaker = quotes[Int(units[u].quote)].speaker.map { Int32(clamping: $0) } ?? -1
        }
    }

    /// Builds the table, speakers not yet set; `workers` chunks run in parallel, each with its own stemmer.
    static func build(quotes: [Quote], articles: [Article]) -> LinkUnitTable {
        let languages = LanguageTable(articles)
        let copies = QuoteCopies(quotes, languages: languages)
        let chunkCount = max(1, min(8, quotes.count / 256))
        let perChunk = (quotes.count + chunkCount - 1) / max(chunkCount, 1)
        var drafts = [UnitDraft](repeating: UnitDraft(), count: chunkCount)
        drafts.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
                let range = (c * perChunk)..<min(quotes.count, (c + 1) * perChunk)
                out[c] = UnitDraft.tokenize(quotes[range], articles: articles, languages: languages, copies: copies)
            }
        }
        // The workers' scratch (words, sentences) is garbage now; the vocabulary is next.
        Memory.releaseFreeMemory()
        let vocabulary = Vocabulary.merge(drafts, languages: languages)
        var table = assemble(consume drafts, vocabulary: vocabulary, copies: copies, quotes: quotes, articles: articles)
        var outletIDs: [String: Int32] = [:]
        table.outletOfArticle = articles.map { article in
            let key = OutletName.key(article.outletLabel)
            if let id = outletIDs[key] { return id }
            let id = Int32(outletIDs.count)
            outletIDs[key] = id
            return id
        }
        table.outletKeys = Set(outletIDs.keys)
        return table
    }

    /// Terms of each unit, deduplicated, in parallel per chunk.
    /// Each chunk's words are let go as soon as its terms are made.
    private static func terms(_ drafts: inout [UnitDraft], vocabulary: Vocabulary) -> ([[Int32]], [[Int32]]) {
        var termLists = [[Int32]](repeating: [], count: drafts.count)
        var termEnds = [[Int32]](repeating: [], count: drafts.count)
        termLists.withUnsafeMutableBufferPointer { lists in
            termEnds.withUnsafeMutableBufferPointer { ends in
                drafts.withUnsafeMutableBufferPointer { chunks in
                    let outLists = UnsafeSendableSlots(lists), outEnds = UnsafeSendableSlots(ends)
                    let chunks = UnsafeSendableSlots(chunks)
                    DispatchQueue.concurrentPerform(iterations: chunks.buffer.count) { c in
                        var draft = chunks[c]
                        let (terms, bounds) = draft.terms(vocabulary.termOfType[c], termCount: vocabulary.isFunctionTerm.count)
                        outLists[c] = terms
                        outEnds[c] = bounds
                        draft.releaseWords()
                        chunks[c] = draft
                    }
                }
            }
        }
        return (termLists, termEnds)
    }

    /// Peak memory matters at this size: each intermediate (drafts' tokens, term lists, chunk
    /// parts) is let go as soon as the next one is made.
    /// Copies of a quote count in the term weights as often as they occur, and get its units.
    private static func assemble(
        _ drafts: consuming [UnitDraft], vocabulary: Vocabulary, copies: QuoteCopies, quotes: [Quote], articles: [Article]
    ) -> LinkUnitTable {
        let (termLists, termEnds) = terms(&drafts, vocabulary: vocabulary)
        var table = LinkUnitTable()
        let termCount = vocabulary.isFunctionTerm.count
        let draftedUnits = drafts.map(\.units)
        _ = consume drafts
        var df = [Int32](repeating: 0, count: termCount)
        var unitCount = 0, rankCount = 0
        for c in termLists.indices {
            termLists[c].withUnsafeBufferPointer { list in
                var from = 0
                for (u, end) in termEnds[c].enumerated() {
                    let m = copies.multiplicity[Int(draftedUnits[c][u].quote)]
                    unitCount += Int(m)
                    // Copies share the terms of the quote they repeat.
                    rankCount += Int(end) - from
                    for t in list[from..<Int(end)] { df[Int(t < 0 ? ~t : t)] += m }
                    from = Int(end)
                }
            }
        }

        // Rarest first; function words after every content word.
        var order = Array(0..<Int32(termCount))
        order.sort { a, b in
            let fa = vocabulary.isFunctionTerm[Int(a)], fb = vocabulary.isFunctionTerm[Int(b)]
            if fa != fb { return !fa }
            if df[Int(a)] != df[Int(b)] { return df[Int(a)] < df[Int(b)] }
            return a < b
        }
        var rankOfTerm = [Int32](repeating: 0, count: termCount)
        table.weightOfRank = [Float](repeating: 0, count: termCount)
        table.isNameRank = [Bool](repeating: false, count: termCount)
        let logN = Float(log(Double(unitCount) + 1))
        table.firstFunctionRank = Int32(termCount)
        for (rank, term) in order.enumerated() {
            rankOfTerm[Int(term)] = Int32(rank)
            table.isNameRank[rank] = vocabulary.isNameTerm[Int(term)]
            let idf = logN > 0 ? Float(log((Double(unitCount) + 1) / Double(max(df[Int(term)], 1)))) / logN : 1
            if vocabulary.isFunctionTerm[Int(term)] {
                table.firstFunctionRank = min(table.firstFunctionRank, Int32(rank))
                table.weightOfRank[rank] = min(functionWordWeight, idf)
            } else {
                table.weightOfRank[rank] = max(idf, 0.01)
            }
        }

        // Each chunk's units as sorted ranks, in parallel; then joined in quote order, with copies.
        var parts = Part.parts(consume draftedUnits, terms: consume termLists, ends: consume termEnds, rankOfTerm: rankOfTerm, table: table)
        table.units.reserveCapacity(unitCount)
        table.ranks.reserveCapacity(rankCount)
        table.continuesName.reserveCapacity(rankCount)
        var placement = CopyPlacement(copies, quotes: quotes, articles: articles)
        for c in parts.indices {
            for unit in parts[c].units {
                placement.append(unit, ranks: parts[c].ranks, continuesName: parts[c].continuesName, to: &table)
            }
            parts[c] = Part()
        }
        placement.finish(&table)
        return table
    }
}

/// One chunk's units with their terms as sorted ranks, term ranges relative to the chunk.
private struct Part {
    var units: [LinkUnitTable.Unit] = []
    var ranks: [Int32] = []
    var continuesName = BitFlags()

    init() {}

    /// Each chunk's part, in parallel; a chunk's units and term list are let go once its part is made.
    static func parts(_ drafted: consuming [[DraftUnit]], terms: consuming [[Int32]], ends: [[Int32]], rankOfTerm: [Int32], table: LinkUnitTable) -> [Part] {
        var parts = [Part](repeating: Part(), count: drafted.count)
        parts.withUnsafeMutableBufferPointer { buffer in
            terms.withUnsafeMutableBufferPointer { lists in
                drafted.withUnsafeMutableBufferPointer { units in
                    let out = UnsafeSendableSlots(buffer), lists = UnsafeSendableSlots(lists), units = UnsafeSendableSlots(units)
                    DispatchQueue.concurrentPerform(iterations: units.buffer.count) { c in
                        out[c] = Part(units[c], terms: lists[c], ends: ends[c], rankOfTerm: rankOfTerm, table: table)
                        lists[c] = []
                        units[c] = []
                    }
                }
            }
        }
        return parts
    }

    init(_ drafted: [DraftUnit], terms: [Int32], ends: [Int32], rankOfTerm: [Int32], table: LinkUnitTable) {
        units.reserveCapacity(drafted.count)
        ranks.reserveCapacity(terms.count)
        continuesName.reserveCapacity(terms.count)
        var unitRanks: [Int64] = []
        var from = 0
        for (u, unit) in drafted.enumerated() {
            let to = Int(ends[u])
            // Rank in the high bits, the name-continuation flag in the lowest.
            unitRanks.removeAll(keepingCapacity: true)
            for t in terms[from..<to] {
                unitRanks.append(t < 0 ? Int64(rankOfTerm[Int(~t)]) << 1 | 1 : Int64(rankOfTerm[Int(t)]) << 1)
            }
            from = to
            unitRanks.sort()
            // A unit of function words only says nothing linkable.
            guard let first = unitRanks.first, first >> 1 < table.firstFunctionRank else { continue }
            var weight: Float = 0
            var stored = LinkUnitTable.Unit(
                quote: unit.quote, article: unit.article, start: unit.start, end: unit.end, speaker: -1, day: unit.day,
                termStart: Int32(ranks.count), termEnd: 0, weight: 0)
            for entry in unitRanks {
                weight += table.weightOfRank[Int(entry >> 1)]
                ranks.append(Int32(entry >> 1))
                continuesName.append(entry & 1 == 1)
            }
            stored.termEnd = Int32(ranks.count)
            stored.weight = weight
            units.append(stored)
        }
    }
}

/// The languages of a corpus's articles, each a small index (0 is English, the default).
struct LanguageTable: Sendable {
    private(set) var names: [String] = ["english"]
    private(set) var ofArticle: [UInt8] = []

    init(_ articles: [Article]) {
        var index: [String: UInt8] = ["english": 0]
        ofArticle = articles.map { article in
            guard let raw = article.language else { return 0 }
            var name = Stemmer.algorithm(for: raw)
            if name == "en" || name == "eng" { name = "english" }
            if let i = index[name] { return i }
            guard names.count < 255 else { return 0 }
            let i = UInt8(names.count)
            names.append(name)
            index[name] = i
            return i
        }
    }

    func isEnglish(_ i: UInt8) -> Bool { i == 0 }
}
