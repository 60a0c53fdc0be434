import Dispatch

/// Two sentences of different articles that the evidence links, with the strength of the link.
struct UnitLink: Sendable, Hashable {
    var a: Int32
    var b: Int32
    var score: Float
}

/// Finds every pair of sentences the `LinkRule` links without comparing all pairs
/// (an AllPairs-style set-similarity join with prefix filtering).
///
/// Any link needs an overlap of at least `need(X) = max(minimumContainment · W(X), minimumOverlap)`
/// where X is the lighter sentence. With each sentence's terms ordered rarest first, the terms
/// after its *prefix* weigh less than `need(X)`, so a partner must share a prefix term. So only
/// the lighter side's prefix is probed against an index of all sentences, and only partners at
/// least as heavy are taken. Prefixes are made of rare terms, whose posting lists are short:
/// the work grows with the corpus about linearly instead of quadratically.
enum SimilarityJoin {
    /// Links between sentences of one group (`group[u]`, or all when nil; -1 leaves a sentence out).
    static func links(_ table: LinkUnitTable, rule: LinkRule, speakers: SpeakerFamilies, group: [Int32]? = nil) -> [UnitLink] {
        let included = (0..<table.units.count).filter { group == nil || group![$0] >= 0 }
        let n = included.count
        guard n > 1 else { return [] }
        // Sentences by group, then weight (then id): a sentence's partners are those after it in its group.
        let order = included.sorted { a, b in
            if let group, group[a] != group[b] { return group[a] < group[b] }
            let wa = table.units[a].weight, wb = table.units[b].weight
            return wa != wb ? wa < wb : a < b
        }.map { Int32($0) }
        var groupEnd = [Int32](repeating: Int32(n), count: n)
        if let group {
            var end = n
            for p in stride(from: n - 1, through: 0, by: -1) {
                if p + 1 < n, group[Int(order[p])] != group[Int(order[p + 1])] { end = p + 1 }
                groupEnd[p] = Int32(end)
            }
        }
        let contentRanks = Int(table.firstFunctionRank)
        var counts = [Int32](repeating: 0, count: contentRanks + 1)
        for x in order {
            let u = table.units[Int(x)]
            for k in Int(u.termStart)..<Int(u.termEnd) where table.ranks[k] < table.firstFunctionRank {
                counts[Int(table.ranks[k]) + 1] += 1
            }
        }
        for r in 0..<contentRanks { counts[r + 1] += counts[r] }
        var postings = [Int32](repeating: 0, count: Int(counts[contentRanks]))
        var fill = counts
        for (position, u) in order.enumerated() {
            let unit = table.units[Int(u)]
            for k in Int(unit.termStart)..<Int(unit.termEnd) where table.ranks[k] < table.firstFunctionRank {
                let r = Int(table.ranks[k])
                postings[Int(fill[r])] = Int32(position)
                fill[r] += 1
            }
        }

        let index = postings, starts = counts, ends = groupEnd
        let workers = max(1, min(16, n / 4096))
        var results = [[UnitLink]](repeating: [], count: workers)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = SendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var probe = Probe(table: table, order: order, groupEnd: ends, postings: index, starts: starts, rule: rule, speakers: speakers)
                var found: [UnitLink] = []
                // Interleaved so that light and heavy sentences spread over the workers.
                var position = w
                while position < n {
                    probe.run(position, into: &found)
                    position += workers
                }
                out[w] = found
            }
        }
        return results.flatMap { $0 }
    }

    private struct Probe {
        let table: LinkUnitTable
        let order: [Int32]
        let groupEnd: [Int32]
        let postings: [Int32]
        let starts: [Int32]
        let rule: LinkRule
        let speakers: SpeakerFamilies
        var seen: [Int32]
        var stamp: Int32 = 0
        var candidates: [Int32] = []

        init(table: LinkUnitTable, order: [Int32], groupEnd: [Int32], postings: [Int32], starts: [Int32], rule: LinkRule, speakers: SpeakerFamilies) {
            self.table = table
            self.order = order
            self.groupEnd = groupEnd
            self.postings = postings
            self.starts = starts
            self.rule = rule
            self.speakers = speakers
            seen = [Int32](repeating: -1, count: order.count)
        }

        mutating func run(_ position: Int, into found: inout [UnitLink]) {
            let x = Int(order[position])
            let unit = table.units[x]
            let need = max(rule.minimumContainment * unit.weight, rule.minimumOverlap)
            guard unit.weight >= need else { return }
            stamp += 1
            candidates.removeAll(keepingCapacity: true)
            var remaining = unit.weight
            for k in Int(unit.termStart)..<Int(unit.termEnd) {
                let r = table.ranks[k]
                guard remaining >= need, r < table.firstFunctionRank else { break }
                remaining -= table.weightOfRank[Int(r)]
                var lo = Int(starts[Int(r)]), hi = Int(starts[Int(r) + 1])
                // First posting after this sentence's own position.
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if Int(postings[mid]) <= position { lo = mid + 1 } else { hi = mid }
                }
                let end = Int(starts[Int(r) + 1])
                let last = Int(groupEnd[position])
                for p in lo..<end {
                    let q = Int(postings[p])
                    if q >= last { break }
                    if seen[q] != stamp {
                        seen[q] = stamp
                        candidates.append(Int32(q))
                    }
                }
            }
            for q in candidates {
                let y = Int(order[Int(q)])
                let other = table.units[y]
                guard other.article != unit.article else { continue }
                let (overlap, wording, names) = table.overlap(x, y)
                guard let score = rule.score(
                    overlap: overlap, sharesWording: wording, sharedNames: names, weightA: unit.weight, weightB: other.weight,
                    speakers: speakers.relation(unit.speaker, other.speaker), dayA: unit.day, dayB: other.day)
                else { continue }
                found.append(UnitLink(a: Int32(min(x, y)), b: Int32(max(x, y)), score: score))
            }
        }
    }
}
