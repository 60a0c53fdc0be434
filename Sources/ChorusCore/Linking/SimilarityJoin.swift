import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Two sentences of different articles that the evidence links, with the strength of the link.
struct UnitLink: Sendable, Hashable {
    var a: Int32
    var b: Int32
    var score: Float
    var kind: LinkKind = .strong
    /// The two wordings are near each other as wholes (not just one inside the other).
    var near = false
}

/// Finds the pairs of sentences the `LinkRule` links without comparing all pairs
/// (an AllPairs-style set-similarity join with prefix filtering).
///
/// Any link needs an overlap of at least `need(X)` (`LinkRule.need`: a share of W(X), and a minimum)
/// where X is the lighter sentence. With each sentence's terms ordered rarest first, the terms
/// after its *prefix* weigh less than `need(X)`, so a partner must share a prefix term. So only
/// the lighter side's prefix is probed against an index of all sentences, and only partners at
/// least as heavy are taken; a partner met first at a term shares at most what both have left
/// from that term on, which prunes most of the rest before they are compared.
///
/// Sentences repeated word for word (wire copy, a quote every outlet printed) are searched once
/// and their copies linked to it directly, so repetition costs linear time.
enum SimilarityJoin {
    /// Terms in more sentences than this are not probed: a sentence whose rarest words are all
    /// this common has nothing distinctive to find its renderings by, and probing such words
    /// would make the search quadratic. Their weight still counts once a pair is compared.
    static let commonTermPostings = 300

    /// The share of a link's required overlap that must come from distinctive (not common)
    /// words: common words can add to a link but not make it. This also keeps each search short.
    static let distinctiveShare: Float = 0.5

    /// Links between sentences of one group (`group[u]`, or all when nil; -1 leaves a sentence
    /// out); `wordings` are the table's `wordings(_:)`, made once for every search.
    static func links(
        _ table: LinkUnitTable, rule: LinkRule, scope: LinkRule.Scope, speakers: SpeakerFamilies, group: [Int32]? = nil,
        wordings: [UInt64]
    ) -> [UnitLink] {
        let (searched, copies) = distinct(table, group: group, wordings: wordings)
        var found = copiesLinks(table, copies, rule: rule, scope: scope, speakers: speakers)
        let n = searched.count
        guard n > 1 else { return found }
        // Sentences by group, then weight (then id, as `searched` runs): a sentence's partners are
        // those after it in its group. Positive floats order as their bit patterns do, so one
        // integer key sorts by both.
        let keys = searched.map { u in
            UInt64(UInt32(bitPattern: group?[Int(u)] ?? 0)) << 32 | UInt64(table.units[Int(u)].weight.bitPattern)
        }
        let order = RadixOrder.sorted(consume searched, by: consume keys)
        var groupEnd = [Int32](repeating: Int32(n), count: n)
        if let group {
            var end = n
            for p in stride(from: n - 1, through: 0, by: -1) {
                if p + 1 < n, group[Int(order[p])] != group[Int(order[p + 1])] { end = p + 1 }
                groupEnd[p] = Int32(end)
            }
        }
        let index = PostingIndex(table, order: order), ends = groupEnd
        // A few shares keep both cores busy. Each probe keeps a tally per sentence, so two
        // probes take the shares in turn: two searches run side by side, and four tallies each
        // would be tens of megabytes at the build's peak.
        let workers = max(1, min(4, n / 4096)), probes = min(2, workers)
        var results = [[UnitLink]](repeating: [], count: workers)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: probes) { p in
                var probe = Probe(table: table, order: order, groupEnd: ends, index: index,
                                  rule: rule, scope: scope, speakers: speakers)
                for w in stride(from: p, to: workers, by: probes) {
                    var links: [UnitLink] = []
                    // Interleaved so that light and heavy sentences spread over the shares.
                    var position = w
                    while position < n {
                        probe.run(position, into: &links)
                        position += workers
                    }
                    out[w] = links
                }
            }
        }
        for r in results { found.append(contentsOf: r) }
        return found
    }

    /// A hash of each sentence's terms, made on every core: what `distinct` finds copies by.
    static func wordings(_ table: LinkUnitTable) -> [UInt64] {
        let n = table.units.count
        // Not the shared empty array's buffer, lent out mutably while another core writes its header.
        guard n > 0 else { return [] }
        var hashes = [UInt64](repeating: 0, count: n)
        let workers = max(1, min(8, n / 4096)), perWorker = (n + workers - 1) / workers
        hashes.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                table.ranks.withUnsafeBufferPointer { ranks in
                    for u in (w * perWorker)..<min(n, (w + 1) * perWorker) {
                        let unit = table.units[u]
                        var h: UInt64 = 0xcbf2_9ce4_8422_2325
                        for k in Int(unit.termStart)..<Int(unit.termEnd) { h = (h ^ UInt64(UInt32(bitPattern: ranks[k]))) &* 0x0000_0100_0000_01B3 }
                        out[u] = h
                    }
                }
            }
        }
        return hashes
    }

    /// The sentences to search (one of each repeated wording within a group), and each copy with
    /// the sentence it repeats.
    private static func distinct(_ table: LinkUnitTable, group: [Int32]?, wordings: [UInt64]) -> (searched: [Int32], copies: [(copy: Int32, of: Int32)]) {
        var size = 16
        while size < table.units.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        var searched: [Int32] = []
        var copies: [(copy: Int32, of: Int32)] = []
        searched.reserveCapacity(table.units.count)
        for u in table.units.indices {
            let g = group?[u] ?? 0
            if g < 0 { continue }
            let h = slotHash(wordings[u], g)
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            var original: Int32 = -1
            while slots[slot] >= 0 {
                let other = Int(slots[slot])
                // Rehashed rather than kept: an array of hashes would be as large as the slots.
                let otherGroup = group?[other] ?? 0
                if otherGroup == g, slotHash(wordings[other], otherGroup) == h, same(table, other, u) {
                    original = Int32(other)
                    break
                }
                slot = (slot + 1) & (size - 1)
            }
            if original >= 0 {
                copies.append((Int32(u), original))
            } else {
                slots[slot] = Int32(u)
                searched.append(Int32(u))
            }
        }
        return (searched, copies)
    }

    private static func slotHash(_ wording: UInt64, _ group: Int32) -> UInt64 {
        let h = (wording ^ UInt64(UInt32(bitPattern: group))) &* 0xFF51_AFD7_ED55_8CCD
        return h ^ h >> 32
    }

    private static func same(_ table: LinkUnitTable, _ a: Int, _ b: Int) -> Bool {
        let x = table.units[a], y = table.units[b]
        // A copied quote's sentences share the terms of the quote it repeats.
        if x.termStart == y.termStart, x.termEnd == y.termEnd { return true }
        guard x.termEnd - x.termStart == y.termEnd - y.termStart else { return false }
        for k in 0..<Int(x.termEnd - x.termStart) where table.ranks[Int(x.termStart) + k] != table.ranks[Int(y.termStart) + k] {
            return false
        }
        return true
    }

    /// A copy is judged against the sentence it repeats like any pair (identical wording is
    /// near identical; it still needs enough weight, and a speaker in common or none).
    private static func copiesLinks(
        _ table: LinkUnitTable, _ copies: [(copy: Int32, of: Int32)], rule: LinkRule, scope: LinkRule.Scope,
        speakers: SpeakerFamilies
    ) -> [UnitLink] {
        copies.compactMap { copy, original in
            let a = table.units[Int(copy)], b = table.units[Int(original)]
            guard a.article != b.article else { return nil }
            let (overlap, wording, names, words) = table.overlap(Int(copy), Int(original))
            guard let (kind, score) = rule.judge(
                overlap: overlap, wording: wording, sharedNames: names, sharedWords: words, weightA: a.weight, weightB: b.weight,
                speakers: speakers.relation(a.speaker, b.speaker), dayA: a.day, dayB: b.day, scope: scope)
            else { return nil }
            return UnitLink(a: min(copy, original), b: max(copy, original), score: score, kind: kind, near: true)
        }
    }

    private struct Tally {
        var stamp: Int32
        var shared: Float
    }

    /// One worker's search state: marks of the probing sentence's terms, candidates met.
    private struct Probe {
        let table: LinkUnitTable
        let order: [Int32]
        let groupEnd: [Int32]
        let index: PostingIndex
        let rule: LinkRule
        let scope: LinkRule.Scope
        let speakers: SpeakerFamilies
        /// Per searched sentence: the probe that last met it, and what it shares with that probe
        /// among the terms probed so far.
        var tally: [Tally]
        var stamp: Int32 = 0
        var candidates: [Int32] = []
        /// Per rank: 0 absent from the probing sentence, 1 present, 2 present as part of a longer name.
        var marks: [UInt8]

        init(table: LinkUnitTable, order: [Int32], groupEnd: [Int32], index: PostingIndex, rule: LinkRule,
             scope: LinkRule.Scope, speakers: SpeakerFamilies) {
            self.table = table
            self.order = order
            self.groupEnd = groupEnd
            self.index = index
            self.rule = rule
            self.scope = scope
            self.speakers = speakers
            tally = [Tally](repeating: Tally(stamp: -1, shared: 0), count: order.count)
            marks = [UInt8](repeating: 0, count: table.weightOfRank.count)
        }

        mutating func run(_ position: Int, into found: inout [UnitLink]) {
            let x = Int(order[position])
            let unit = table.units[x]
            let need = rule.need(weight: unit.weight, scope: scope)
            guard unit.weight >= need else { return }
            stamp += 1
            candidates.removeAll(keepingCapacity: true)
            let last = Int(groupEnd[position])
            // The distinctive part: the rarest terms up to the first common one.
            var distinctive: Float = 0
            var distinctiveEnd = Int(unit.termStart)
            while distinctiveEnd < Int(unit.termEnd) {
                let r = Int(table.ranks[distinctiveEnd])
                guard r < Int(table.firstFunctionRank), !index.common[r] else { break }
                distinctive += table.weightOfRank[r]
                distinctiveEnd += 1
            }
            let needDistinctive = SimilarityJoin.distinctiveShare * need
            guard distinctive >= needDistinctive else { return }
            var remaining = unit.weight
            var remainingDistinctive = distinctive
            for k in Int(unit.termStart)..<distinctiveEnd {
                let r = Int(table.ranks[k])
                let from = Int(index.starts[r]), end = Int(index.starts[r + 1])
                // In the prefix, partners are met; past it, only what they share is counted, so
                // that those sharing too little are dropped before they are compared.
                let inPrefix = remainingDistinctive >= needDistinctive
                // Met first here, a partner shares only this term and later ones, on both sides.
                let bound = remaining
                let weight = table.weightOfRank[r]
                remaining -= weight
                remainingDistinctive -= weight
                var lo = from, hi = end
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if Int(index.positions[mid]) <= position { lo = mid + 1 } else { hi = mid }
                }
                for p in lo..<end {
                    let q = Int(index.positions[p])
                    if q >= last { break }
                    if tally[q].stamp == stamp {
                        tally[q].shared += weight
                    } else if inPrefix {
                        tally[q] = Tally(stamp: stamp, shared: weight)
                        if min(bound, index.suffixes[p]) >= need { candidates.append(Int32(q)) }
                    }
                }
            }
            var marked = false
            for q in candidates {
                let shared = tally[Int(q)].shared
                guard shared >= needDistinctive, shared + remaining >= need else { continue }
                let y = Int(order[Int(q)])
                let other = table.units[y]
                guard other.article != unit.article,
                      rule.admits(speakers.relation(unit.speaker, other.speaker), weightA: unit.weight, weightB: other.weight, scope: scope)
                else { continue }
                if !marked {
                    for k in Int(unit.termStart)..<Int(unit.termEnd) {
                        marks[Int(table.ranks[k])] = table.continuesName[k] ? 2 : 1
                    }
                    marked = true
                }
                verify(x, unit, y, into: &found)
            }
            if marked {
                for k in Int(unit.termStart)..<Int(unit.termEnd) { marks[Int(table.ranks[k])] = 0 }
            }
        }

        private func verify(_ x: Int, _ unit: LinkUnitTable.Unit, _ y: Int, into found: inout [UnitLink]) {
            let other = table.units[y]
            var overlap: Float = 0
            var wording: Float = 0
            var names = 0
            var words = 0
            for k in Int(other.termStart)..<Int(other.termEnd) {
                let r = Int(table.ranks[k])
                let mark = marks[r]
                guard mark != 0 else { continue }
                overlap += table.weightOfRank[r]
                if r < Int(table.firstFunctionRank) {
                    if !table.isNameRank[r] {
                        wording += table.weightOfRank[r]
                        words += 1
                    } else if !(mark == 2 && table.continuesName[k]) {
                        names += 1
                    }
                }
            }
            guard let (kind, score) = rule.judge(
                overlap: overlap, wording: wording, sharedNames: names, sharedWords: words, weightA: unit.weight, weightB: other.weight,
                speakers: speakers.relation(unit.speaker, other.speaker), dayA: unit.day, dayB: other.day, scope: scope)
            else { return }
            let dice = 2 * overlap / (unit.weight + other.weight)
            found.append(UnitLink(a: Int32(min(x, y)), b: Int32(max(x, y)), score: score, kind: kind, near: dice >= 0.6))
        }
    }
}
