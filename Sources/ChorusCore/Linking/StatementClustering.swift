/// Groups linked sentences into statements: strongest links first, never two quotes of one
/// article in one statement (an article reports a remark once; two of its quotes that both match
/// are two remarks). A sentence that renders two remarks at once (`We have nothing to do with it,
/// so Peskov is just lying`) joins both statements, when it matches each on different words.
enum StatementClustering {
    /// A statement's sentences, each a unit of the table, in unit order.
    typealias Cluster = [Int32]

    static func clusters(_ table: LinkUnitTable, links: [UnitLink]) -> [Cluster] {
        // Work on the linked sentences only, renumbered densely (`unitOf` maps back).
        var denseOf: [Int32: Int32] = [:]
        var unitOf: [Int32] = []
        var dense = links.map { link -> UnitLink in
            var d = link
            for (u, slot) in [(link.a, 0), (link.b, 1)] {
                let id: Int32
                if let known = denseOf[u] { id = known } else {
                    id = Int32(unitOf.count)
                    denseOf[u] = id
                    unitOf.append(u)
                }
                if slot == 0 { d.a = id } else { d.b = id }
            }
            return d
        }
        dense.sort { $0.score != $1.score ? $0.score > $1.score : (unitOf[Int($0.a)], unitOf[Int($0.b)]) < (unitOf[Int($1.a)], unitOf[Int($1.b)]) }
        let units = unitOf.map { table.units[Int($0)] }
        let n = unitOf.count
        var parent = Array(0..<Int32(n))
        func find(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x {
                let grand = parent[Int(parent[Int(x)])]
                parent[Int(x)] = grand
                x = grand
            }
            return x
        }
        // For each root: its units, and the quote it holds of each article.
        var unitsOf = (0..<Int32(n)).map { [$0] }
        var quotesOf = units.map { [ArticleQuote($0)] }
        var accepted = [[Int32]](repeating: [], count: n)
        var rejected: [UnitLink] = []
        var pending: [RootPair: Int] = [:]
        for link in dense {
            var ra = find(link.a), rb = find(link.b)
            if ra == rb {
                accepted[Int(link.a)].append(link.b)
                accepted[Int(link.b)].append(link.a)
                continue
            }
            if link.fragment {
                // A fragment attaches to one statement; it never joins two statements together.
                let light = units[Int(link.a)].weight <= units[Int(link.b)].weight ? link.a : link.b
                if unitsOf[Int(find(light))].count > 1 {
                    rejected.append(link)
                    continue
                }
            }
            if unitsOf[Int(ra)].count < unitsOf[Int(rb)].count { swap(&ra, &rb) }
            if conflict(quotesOf[Int(ra)], quotesOf[Int(rb)]) {
                rejected.append(link)
                continue
            }
            // Two statements of several renderings each merge on near wording or on two links:
            // one loose link between them is how unrelated remarks chain into one.
            if unitsOf[Int(rb)].count > 1, !link.near {
                let key = RootPair(min(ra, rb), max(ra, rb))
                pending[key, default: 0] += 1
                if pending[key]! < 2 { continue }
            }
            parent[Int(rb)] = ra
            for entry in quotesOf[Int(rb)] where !quotesOf[Int(ra)].contains(entry) { quotesOf[Int(ra)].append(entry) }
            quotesOf[Int(rb)] = []
            unitsOf[Int(ra)].append(contentsOf: unitsOf[Int(rb)])
            unitsOf[Int(rb)] = []
            accepted[Int(link.a)].append(link.b)
            accepted[Int(link.b)].append(link.a)
        }

        // Second memberships: a sentence kept out of a statement only because its article already
        // carries another of its remarks there, and that matches it on words of its own.
        var extra: [Int32: [Int32]] = [:]
        for link in rejected {
            for (u, v) in [(link.a, link.b), (link.b, link.a)] {
                let target = find(v)
                // Only a sentence already in a statement can render a second one.
                guard find(u) != target, unitsOf[Int(find(u))].count > 1 else { continue }
                let unit = units[Int(u)]
                guard !quotesOf[Int(target)].contains(where: { $0.article == unit.article }) else { continue }
                let matched = table.shared(Int(unitOf[Int(u)]), Int(unitOf[Int(v)]))
                var support = Set<Int32>()
                for partner in accepted[Int(u)] { support.formUnion(table.shared(Int(unitOf[Int(u)]), Int(unitOf[Int(partner)]))) }
                let total = matched.reduce(Float(0)) { $0 + table.weightOfRank[Int($1)] }
                let fresh = matched.filter { !support.contains($0) }.reduce(Float(0)) { $0 + table.weightOfRank[Int($1)] }
                guard total > 0, fresh >= 0.6 * total else { continue }
                extra[target, default: []].append(u)
                quotesOf[Int(target)].append(ArticleQuote(unit))
            }
        }

        var result: [Cluster] = []
        for root in 0..<n where parent[root] == Int32(root) {
            let all = (unitsOf[root] + (extra[Int32(root)] ?? [])).map { unitOf[Int($0)] }.sorted()
            guard let first = all.first else { continue }
            let article = table.units[Int(first)].article
            if all.contains(where: { table.units[Int($0)].article != article }) { result.append(all) }
        }
        return result.sorted { $0[0] < $1[0] }
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

    /// Whether two statements hold different quotes of one article.
    private static func conflict(_ a: [ArticleQuote], _ b: [ArticleQuote]) -> Bool {
        if a.count * b.count <= 256 {
            return b.contains { y in a.contains { $0.article == y.article && $0.quote != y.quote } }
        }
        var quoteOf: [Int32: Int32] = [:]
        for x in a { quoteOf[x.article] = x.quote }
        return b.contains { y in quoteOf[y.article].map { $0 != y.quote } ?? false }
    }
}
