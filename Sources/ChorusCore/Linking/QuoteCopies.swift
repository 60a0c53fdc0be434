import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The quotes that repeat an earlier quote word for word (same text, same sentences, same
/// language): wire copy under several mastheads, a remark every outlet printed. Their words are
/// read once, for the first; each copy's sentences are that quote's terms again, so repetition
/// costs the link table almost nothing.
struct QuoteCopies {
    /// Per quote: the earlier quote it repeats, or -1 for the first of its wording.
    let original: [Int32]
    /// Per quote: how many quotes share its wording, counted on the first (0 on copies).
    let multiplicity: [Int32]

    init(_ quotes: [Quote], languages: LanguageTable) {
        let n = quotes.count
        var hashes = [UInt64](repeating: 0, count: n)
        // Contiguous chunks: neighbouring quotes share their article's storage, whose reference
        // count two cores would otherwise fight over.
        let workers = max(1, min(8, n / 1024))
        let perWorker = (n + workers - 1) / workers
        hashes.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for q in (w * perWorker)..<min(n, (w + 1) * perWorker) {
                    out[q] = Self.hash(quotes[q], language: Self.language(quotes[q], languages))
                }
            }
        }
        var size = 16
        while size < n * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        var original = [Int32](repeating: -1, count: n)
        for q in 0..<n {
            let h = hashes[q]
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[slot] >= 0 {
                let other = Int(slots[slot])
                if hashes[other] == h {
                    original[q] = Int32(other)
                    break
                }
                slot = (slot + 1) & (size - 1)
            }
            if original[q] < 0 { slots[slot] = Int32(q) }
        }
        // Equal hashes are checked against the text, on every core; a quote whose hash merely
        // collided is read for itself.
        original.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for q in (w * perWorker)..<min(n, (w + 1) * perWorker) where out[q] >= 0 {
                    let o = Int(out[q])
                    if Self.language(quotes[o], languages) != Self.language(quotes[q], languages) || !Self.same(quotes[o], quotes[q]) {
                        out[q] = -1
                    }
                }
            }
        }
        var multiplicity = [Int32](repeating: 1, count: n)
        for q in 0..<n where original[q] >= 0 {
            multiplicity[Int(original[q])] += 1
            multiplicity[q] = 0
        }
        self.original = original
        self.multiplicity = multiplicity
    }

    private static func language(_ quote: Quote, _ languages: LanguageTable) -> UInt8 {
        languages.ofArticle.isEmpty ? 0 : languages.ofArticle[quote.article]
    }

    /// The quote's sentences relative to its start (empty when it is one sentence).
    private static func relativeSentences(_ quote: Quote) -> [Range<Int>] {
        guard quote.hasSeveralSentences else { return [] }
        return quote.sentences.map { ($0.lowerBound - quote.start)..<($0.upperBound - quote.start) }
    }

    /// Eight bytes at a time, then mixed (MurmurHash3's finaliser): this runs over every quote.
    private static func hash(_ quote: Quote, language: UInt8) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(language)
        func mix(_ x: UInt64) { h = (h ^ x) &* 0xFF51_AFD7_ED55_8CCD; h ^= h >> 32 }
        var text = quote.text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= bytes.count {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = UInt64(bytes.count)
            while i < bytes.count {
                tail = tail << 8 | UInt64(bytes[i])
                i += 1
            }
            mix(tail)
        }
        if quote.hasSeveralSentences {
            for s in quote.sentences {
                mix(UInt64(UInt(bitPattern: s.lowerBound - quote.start)) << 32 ^ UInt64(UInt(bitPattern: s.upperBound - quote.start)))
            }
        }
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ h >> 33
    }

    private static func same(_ a: Quote, _ b: Quote) -> Bool {
        guard a.end - a.start == b.end - b.start, a.text.utf8.count == b.text.utf8.count,
              relativeSentences(a) == relativeSentences(b) else { return false }
        var x = a.text, y = b.text
        x.makeContiguousUTF8()
        y.makeContiguousUTF8()
        return x.utf8.withContiguousStorageIfAvailable { p in
            y.utf8.withContiguousStorageIfAvailable { q in
                p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0
            } ?? x.utf8.elementsEqual(y.utf8)
        } ?? x.utf8.elementsEqual(y.utf8)
    }
}

/// Joins the units made for first wordings into the table in quote order, each copy getting
/// the units of the quote it repeats, placed in its own article (sharing their terms: units are
/// ranges of the table's ranks, and nothing requires them to be apart).
struct CopyPlacement {
    private let copies: QuoteCopies
    private let quotes: [Quote]
    private let articles: [Article]
    /// Per quote, its units in the table (empty for quotes with none).
    private var first: [Int32]
    private var end: [Int32]
    private var dayOfArticle: [Int: Int32] = [:]
    /// The first quote not yet placed.
    private var next = 0

    init(_ copies: QuoteCopies, quotes: [Quote], articles: [Article]) {
        self.copies = copies
        self.quotes = quotes
        self.articles = articles
        let anyCopies = copies.original.contains { $0 >= 0 }
        first = anyCopies ? [Int32](repeating: 0, count: quotes.count) : []
        end = first
    }

    /// Appends a unit of a first wording (units come in quote order), with its ranks from `ranks`.
    mutating func append(_ unit: LinkUnitTable.Unit, ranks: [Int32], continuesName: BitFlags, to table: inout LinkUnitTable) {
        var unit = unit
        let q = Int(unit.quote)
        if !first.isEmpty, q >= next {
            placeCopies(before: q, in: &table)
            first[q] = Int32(table.units.count)
            next = q + 1
        }
        let termStart = Int32(table.ranks.count)
        table.ranks.append(contentsOf: ranks[Int(unit.termStart)..<Int(unit.termEnd)])
        table.continuesName.append(continuesName, Int(unit.termStart)..<Int(unit.termEnd))
        unit.termStart = termStart
        unit.termEnd = Int32(table.ranks.count)
        table.units.append(unit)
        if !first.isEmpty { end[q] = Int32(table.units.count) }
    }

    mutating func finish(_ table: inout LinkUnitTable) {
        if !first.isEmpty { placeCopies(before: quotes.count, in: &table) }
    }

    private mutating func placeCopies(before limit: Int, in table: inout LinkUnitTable) {
        while next < limit {
            defer { next += 1 }
            let o = Int(copies.original[next])
            guard o >= 0 else { continue }
            let quote = quotes[next], shift = quote.start - quotes[o].start
            let day = self.day(quote.article)
            first[next] = Int32(table.units.count)
            for k in Int(first[o])..<Int(end[o]) {
                var unit = table.units[k]
                unit.quote = Int32(quote.id)
                unit.article = Int32(quote.article)
                unit.start = Int32(clamping: Int(unit.start) + shift)
                unit.end = Int32(clamping: Int(unit.end) + shift)
                unit.day = day
                table.units.append(unit)
            }
            end[next] = Int32(table.units.count)
        }
    }

    private mutating func day(_ article: Int) -> Int32 {
        if let known = dayOfArticle[article] { return known }
        let day = articles[article].date.flatMap(ISODate.dayNumber).map { Int32(clamping: $0) } ?? Int32.min
        dayOfArticle[article] = day
        return day
    }
}
