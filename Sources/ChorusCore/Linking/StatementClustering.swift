/// Groups linked sentences into statements: strongest links first, never two quotes of one
/// article in one statement (an article reports a remark once; two of its quotes that both match
/// are two remarks). A sentence that renders two remarks at once (`We have nothing to do with it,
/// so Peskov is just lying`) joins both statements, when it matches each on different words.
enum StatementClustering {
    /// A statement's sentences, each a unit of the table.
    typealias Cluster = [Int32]

    static func clusters(_ table: LinkUnitTable, links: [UnitLink]) -> [Cluster] {
        let sorted = links.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        var parent: [Int32: Int32] = [:]
        func find(_ x: Int32) -> Int32 {
            var x = x
            while let p = parent[x], p != x {
                let grand = parent[p] ?? p
                parent[x] = grand
                x = grand
            }
            return x
        }
        // For each root, which quote of each article it holds; a root's units.
        var quoteOfArticle: [Int32: [Int32: Int32]] = [:]
        var unitsOf: [Int32: [Int32]] = [:]
        var accepted: [Int32: [Int32]] = [:]
        var rejected: [UnitLink] = []
        for u in Set(links.flatMap { [$0.a, $0.b] }).sorted() {
            parent[u] = u
            quoteOfArticle[u] = [table.units[Int(u)].article: table.units[Int(u)].quote]
            unitsOf[u] = [u]
        }
        for link in sorted {
            var ra = find(link.a), rb = find(link.b)
            if ra == rb {
                accepted[link.a, default: []].append(link.b)
                accepted[link.b, default: []].append(link.a)
                continue
            }
            if link.fragment {
                // A fragment attaches to one statement; it never joins two statements together.
                let light = table.units[Int(link.a)].weight <= table.units[Int(link.b)].weight ? link.a : link.b
                if unitsOf[find(light), default: []].count > 1 {
                    rejected.append(link)
                    continue
                }
            }
            if unitsOf[ra, default: []].count < unitsOf[rb, default: []].count { swap(&ra, &rb) }
            let big = quoteOfArticle[ra] ?? [:], small = quoteOfArticle[rb] ?? [:]
            let conflict = small.contains { article, quote in big[article].map { $0 != quote } ?? false }
            if conflict {
                rejected.append(link)
                continue
            }
            parent[rb] = ra
            quoteOfArticle[ra] = big.merging(small) { a, _ in a }
            quoteOfArticle[rb] = nil
            unitsOf[ra, default: []].append(contentsOf: unitsOf[rb] ?? [])
            unitsOf[rb] = nil
            accepted[link.a, default: []].append(link.b)
            accepted[link.b, default: []].append(link.a)
        }

        // Second memberships: a sentence kept out of a statement only because its article already
        // carries another of its remarks there, and that matches it on words of its own.
        var extra: [Int32: [Int32]] = [:]
        for link in rejected {
            for (u, v) in [(link.a, link.b), (link.b, link.a)] {
                let target = find(v)
                // Only a sentence already in a statement can render a second one.
                guard find(u) != target, unitsOf[find(u), default: []].count > 1 else { continue }
                let unit = table.units[Int(u)]
                guard quoteOfArticle[target]?[unit.article] == nil else { continue }
                let matched = table.shared(Int(u), Int(v))
                var support = Set<Int32>()
                for partner in accepted[u] ?? [] { support.formUnion(table.shared(Int(u), Int(partner))) }
                let total = matched.reduce(Float(0)) { $0 + table.weightOfRank[Int($1)] }
                let fresh = matched.filter { !support.contains($0) }.reduce(Float(0)) { $0 + table.weightOfRank[Int($1)] }
                guard total > 0, fresh >= 0.6 * total else { continue }
                extra[target, default: []].append(u)
                quoteOfArticle[target, default: [:]][unit.article] = unit.quote
            }
        }

        var result: [Cluster] = []
        for (root, units) in unitsOf {
            let all = (units + (extra[root] ?? [])).sorted()
            let articles = Set(all.map { table.units[Int($0)].article })
            if articles.count >= 2 { result.append(all) }
        }
        return result.sorted { $0[0] < $1[0] }
    }
}
