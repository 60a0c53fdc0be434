/// Turns clusters of sentences into `Statement`s: one member per quote with the part of it that
/// renders the statement, members in order of first report, a representative wording.
struct StatementAssembly {
    let table: LinkUnitTable
    let quotes: [Quote]
    let articles: [Article]

    func statements(_ clusters: [StatementClustering.Cluster]) -> [Statement] {
        // Statements of the quotes that render more than one (most render one).
        var statementCount = [UInt8](repeating: 0, count: quotes.count)
        for cluster in clusters {
            var last: Int32 = -1
            for u in cluster where table.units[Int(u)].quote != last {
                last = table.units[Int(u)].quote
                statementCount[Int(last)] = statementCount[Int(last)] &+ 1
            }
        }
        var statementsOfQuote: [Int32: [Int]] = [:]
        for (c, cluster) in clusters.enumerated() {
            var last: Int32 = -1
            for u in cluster where table.units[Int(u)].quote != last {
                last = table.units[Int(u)].quote
                if statementCount[Int(last)] > 1 { statementsOfQuote[last, default: []].append(c) }
            }
        }
        // A quote is shown whole unless its sentences render statements that some other outlet
        // reports in separate quotes: that is the evidence they are separate remarks, and then
        // each statement gets only its own sentences. Otherwise outlets merely divide one
        // passage differently, and the whole quote is the rendering.
        func whole(_ q: Int32, in c: Int, here: inout Set<Int32>?) -> Bool {
            guard let others = statementsOfQuote[q] else { return true }
            // The cluster's articles, made once per cluster and only when needed.
            if here == nil { here = Set(clusters[c].map { table.units[Int($0)].article }) }
            let here = here!
            return others.allSatisfy { other in
                other == c || !clusters[other].contains { u in
                    let a = table.units[Int(u)].article
                    return a != Int32(quotes[Int(q)].article) && here.contains(a)
                }
            }
        }
        var drafts: [(key: FirstReport, members: [Statement.Member], representative: String, speaker: Int?)] = []
        drafts.reserveCapacity(clusters.count)
        for (c, cluster) in clusters.enumerated() {
            // A cluster's units are in unit order, so each quote's sentences are adjacent.
            var members: [(key: FirstReport, member: Statement.Member, units: [Int32])] = []
            var articlesHere: Set<Int32>?
            var i = 0
            while i < cluster.count {
                let q = table.units[Int(cluster[i])].quote
                var j = i
                while j < cluster.count, table.units[Int(cluster[j])].quote == q { j += 1 }
                let units = Array(cluster[i..<j])
                i = j
                let quote = quotes[Int(q)]
                let isWhole = whole(q, in: c, here: &articlesHere)
                let start = isWhole ? quote.start : units.map { Int(table.units[Int($0)].start) }.min()!
                let end = isWhole ? quote.end : units.map { Int(table.units[Int($0)].end) }.max()!
                members.append((firstReport(quote, start), Statement.Member(quote: Int(q), start: start, end: end), units))
            }
            members.sort { $0.key < $1.key }
            let firstArticle = quotes[members[0].member.quote].article
            guard members.contains(where: { quotes[$0.member.quote].article != firstArticle }) else { continue }
            drafts.append((members[0].key, members.map(\.member), representative(members.map(\.units)),
                           speaker(members.map(\.member))))
        }
        drafts.sort { $0.key < $1.key }
        return drafts.enumerated().map { id, d in
            Statement(id: id, members: d.members, representative: d.representative, speaker: d.speaker)
        }
    }

    /// Article date, then corpus order, then position: undated articles come after dated ones.
    struct FirstReport: Comparable {
        var day: Int
        var article: Int
        var start: Int
        static func < (a: FirstReport, b: FirstReport) -> Bool { (a.day, a.article, a.start) < (b.day, b.article, b.start) }
    }

    private func firstReport(_ quote: Quote, _ start: Int) -> FirstReport {
        let day = articles[quote.article].date.flatMap(ISODate.dayNumber) ?? Int.max
        return FirstReport(day: day, article: quote.article, start: start)
    }

    /// The member's wording that shares most with the others (a direct quote preferred): the
    /// rendering closest to what all outlets agree was said.
    private func representative(_ memberUnits: [[Int32]]) -> String {
        var best = 0
        var bestScore: Float = -1
        let considered = memberUnits.prefix(32)
        for (i, units) in considered.enumerated() {
            var score: Float = 0
            for (j, others) in considered.enumerated() where j != i {
                for u in units {
                    for v in others {
                        score += table.overlap(Int(u), Int(v)).weight
                    }
                }
            }
            if quotes[Int(table.units[Int(units[0])].quote)].kind == .direct { score *= 1.25 }
            if score > bestScore + 1e-6 {
                best = i
                bestScore = score
            }
        }
        let units = memberUnits[best]
        let quote = quotes[Int(table.units[Int(units[0])].quote)]
        let start = units.map { Int(table.units[Int($0)].start) }.min()! - quote.start
        let end = units.map { Int(table.units[Int($0)].end) }.max()! - quote.start
        // Walked from the quote's start, not the article's: a walk over a whole article per statement adds up.
        let scalars = quote.text.unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: max(0, start), limitedBy: scalars.endIndex) else { return "" }
        let to = scalars.index(from, offsetBy: max(0, end - start), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[from..<to])
    }

    /// The speaker most members are attributed to (the earliest report's on a tie).
    private func speaker(_ members: [Statement.Member]) -> Int? {
        var votes: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        for (i, m) in members.enumerated() {
            guard let s = quotes[m.quote].speaker else { continue }
            votes[s, default: 0] += 1
            if firstSeen[s] == nil { firstSeen[s] = i }
        }
        return votes.max { a, b in a.value != b.value ? a.value < b.value : firstSeen[a.key]! > firstSeen[b.key]! }?.key
    }
}
