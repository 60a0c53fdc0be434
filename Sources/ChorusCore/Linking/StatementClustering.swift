/// Groups linked sentences into statements: strongest links first, never two quotes of one
/// article in one statement (an article reports a remark once; two of its quotes that both match
/// are two remarks). A sentence that renders two remarks at once (`We have nothing to do with it,
/// so Peskov is just lying`) joins both statements, when it matches each on different words.
enum StatementClustering {
    /// A statement's sentences, each a unit of the table, in unit order.
    typealias Cluster = [Int32]

    static func clusters(_ table: LinkUnitTable, links: [UnitLink]) -> [Cluster] {
        // Strongest first, then by the sentences' order (scores are not negative, so their bit
        // patterns order as they do): the order links were found in never matters.
        // Two stable passes: by the second sentence, then by score and first sentence.
        let bySecond = RadixOrder.sorted(Array(0..<Int32(links.count)), by: links.map { UInt64(UInt32(bitPattern: $0.b)) })
        let order = RadixOrder.sorted(bySecond, by: bySecond.map { i in
            UInt64(~links[Int(i)].score.bitPattern) << 32 | UInt64(UInt32(bitPattern: links[Int(i)].a))
        })
        // Work on the linked sentences only, renumbered densely in that order (`unitOf` maps
        // back). Flat arrays throughout: a corpus of syndicated copy links most of its sentences.
        var denseOf = [Int32](repeating: -1, count: table.units.count)
        var unitOf: [Int32] = []
        var ordered: [UnitLink] = []
        ordered.reserveCapacity(order.count)
        for i in order {
            var d = links[Int(i)]
            let a = Int(d.a), b = Int(d.b)
            if denseOf[a] < 0 { denseOf[a] = Int32(unitOf.count); unitOf.append(d.a) }
            if denseOf[b] < 0 { denseOf[b] = Int32(unitOf.count); unitOf.append(d.b) }
            d.a = denseOf[a]
            d.b = denseOf[b]
            ordered.append(d)
        }
        var roots = Roots(unitOf.map { ArticleQuote(table.units[Int($0)]) })
        var accepted: [(Int32, Int32)] = []
        accepted.reserveCapacity(ordered.count)
        var rejected: [UnitLink] = []
        var pending: [RootPair: Int] = [:]
        for link in ordered {
            var ra = roots.find(link.a), rb = roots.find(link.b)
            if ra == rb {
                accepted.append((link.a, link.b))
                continue
            }
            if roots.size[Int(ra)] < roots.size[Int(rb)] { swap(&ra, &rb) }
            if roots.conflict(ra, rb) {
                rejected.append(link)
                continue
            }
            // Two statements of several renderings each merge on near wording or on two links:
            // one loose link between them is how unrelated remarks chain into one.
            if roots.size[Int(rb)] > 1, !link.near {
                let key = RootPair(min(ra, rb), max(ra, rb))
                pending[key, default: 0] += 1
                if pending[key]! < 2 { continue }
            }
            roots.merge(rb, into: ra)
            accepted.append((link.a, link.b))
        }

        // Second memberships: a sentence kept out of a statement only because its article already
        // carries another of its remarks there, and that matches it on words of its own.
        var extra: [Int32: [Int32]] = [:]
        if !rejected.isEmpty {
            var partners = [[Int32]](repeating: [], count: unitOf.count)
            for (a, b) in accepted {
                partners[Int(a)].append(b)
                partners[Int(b)].append(a)
            }
            for link in rejected {
                for (u, v) in [(link.a, link.b), (link.b, link.a)] {
                    let target = roots.find(v)
                    // Only a sentence already in a statement can render a second one.
                    guard roots.find(u) != target, roots.size[Int(roots.find(u))] > 1 else { continue }
                    let unit = roots.entries[Int(u)]
                    guard !roots.holds(article: unit.article, in: target),
                          !(extra[target] ?? []).contains(where: { roots.entries[Int($0)].article == unit.article }) else { continue }
                    let matched = table.shared(Int(unitOf[Int(u)]), Int(unitOf[Int(v)]))
                    var support = Set<Int32>()
                    for partner in partners[Int(u)] { support.formUnion(table.shared(Int(unitOf[Int(u)]), Int(unitOf[Int(partner)]))) }
                    let total = matched.reduce(Float(0)) { $0 + table.weightOfRank[Int($1)] }
                    let fresh = matched.filter { !support.contains($0) }.reduce(Float(0)) { $0 + table.weightOfRank[Int($1)] }
                    guard total > 0, fresh >= 0.6 * total else { continue }
                    extra[target, default: []].append(u)
                }
            }
        }

        var result: [Cluster] = []
        for root in 0..<unitOf.count where roots.parent[root] == Int32(root) {
            guard roots.size[root] > 1 || extra[Int32(root)] != nil else { continue }
            var all: [Int32] = []
            all.reserveCapacity(Int(roots.size[root]))
            var member = Int32(root)
            while member >= 0 {
                all.append(unitOf[Int(member)])
                member = roots.next[Int(member)]
            }
            for u in extra[Int32(root)] ?? [] { all.append(unitOf[Int(u)]) }
            all.sort()
            let article = table.units[Int(all[0])].article
            if all.contains(where: { table.units[Int($0)].article != article }) { result.append(all) }
        }
        // In order of their first sentence.
        let byFirst = RadixOrder.sorted(Array(0..<Int32(result.count)), by: result.map { UInt64($0[0]) })
        return byFirst.map { result[Int($0)] }
    }

    private struct RootPair: Hashable {
        let a: Int32, b: Int32
        init(_ a: Int32, _ b: Int32) { self.a = a; self.b = b }
    }

    private struct ArticleQuote: Equatable {
        let article: Int32
        let quote: Int32
        init(_ unit: LinkUnitTable.Unit) {
            article = unit.article
            quote = unit.quote
        }
    }

    /// The growing statements: a union-find forest over the linked sentences, each root's
    /// sentences a chain through `next` (no array per statement: a corpus of syndicated copy
    /// makes hundreds of thousands).
    private struct Roots {
        /// The article and quote of each sentence.
        let entries: [ArticleQuote]
        private(set) var parent: [Int32]
        private(set) var next: [Int32]
        private var tail: [Int32]
        private(set) var size: [Int32]

        init(_ entries: [ArticleQuote]) {
            self.entries = entries
            parent = Array(0..<Int32(entries.count))
            next = [Int32](repeating: -1, count: entries.count)
            tail = parent
            size = [Int32](repeating: 1, count: entries.count)
        }

        mutating func find(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x {
                let grand = parent[Int(parent[Int(x)])]
                parent[Int(x)] = grand
                x = grand
            }
            return x
        }

        /// The sentences of a root's statement.
        func members(_ root: Int32) -> some Sequence<Int32> {
            sequence(first: root) { next[Int($0)] >= 0 ? next[Int($0)] : nil }
        }

        func holds(article: Int32, in root: Int32) -> Bool {
            members(root).contains { entries[Int($0)].article == article }
        }

        /// Whether two statements hold different quotes of one article.
        func conflict(_ ra: Int32, _ rb: Int32) -> Bool {
            if size[Int(ra)] * size[Int(rb)] <= 256 {
                return members(rb).contains { y in
                    let b = entries[Int(y)]
                    return members(ra).contains { entries[Int($0)].article == b.article && entries[Int($0)].quote != b.quote }
                }
            }
            var quoteOf: [Int32: Int32] = [:]
            for x in members(ra) { quoteOf[entries[Int(x)].article] = entries[Int(x)].quote }
            return members(rb).contains { y in quoteOf[entries[Int(y)].article].map { $0 != entries[Int(y)].quote } ?? false }
        }

        mutating func merge(_ rb: Int32, into ra: Int32) {
            parent[Int(rb)] = ra
            next[Int(tail[Int(ra)])] = rb
            tail[Int(ra)] = tail[Int(rb)]
            size[Int(ra)] += size[Int(rb)]
        }
    }
}
