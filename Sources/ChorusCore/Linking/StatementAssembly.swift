/// Turns clusters of sentences into `Statement`s: one member per quote with the part of it that
/// renders the statement, members in order of first report, a representative wording.
struct StatementAssembly {
    let table: LinkUnitTable
    let quotes: [Quote]

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
            guard statementCount[Int(q)] > 1, let others = statementsOfQuote[q] else { return true }
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
        var drafts: [(members: [Statement.Member], representative: String, speaker: Int?)] = []
        var firstReports: [FirstReport] = []
        drafts.reserveCapacity(clusters.count)
        // Each member's sentences are a range of its cluster.
        var members: [(key: FirstReport, member: Statement.Member, units: Range<Int>)] = []
        for (c, cluster) in clusters.enumerated() {
            // A cluster's units are in unit order, so each quote's sentences are adjacent.
            members.removeAll(keepingCapacity: true)
            var articlesHere: Set<Int32>?
            var i = 0
            while i < cluster.count {
                let first = table.units[Int(cluster[i])]
                var j = i
                while j < cluster.count, table.units[Int(cluster[j])].quote == first.quote { j += 1 }
                let units = cluster[i..<j]
                i = j
                let q = Int(first.quote)
                let isWhole = whole(first.quote, in: c, here: &articlesHere)
                let start = isWhole ? quotes[q].start : units.map { Int(table.units[Int($0)].start) }.min()!
                let end = isWhole ? quotes[q].end : units.map { Int(table.units[Int($0)].end) }.max()!
                let day = first.day == Int32.min ? Int.max : Int(first.day)
                members.append((FirstReport(day: day, article: Int(first.article), start: start),
                                Statement.Member(quote: q, start: start, end: end), units.indices))
            }
            members.sort { $0.key < $1.key }
            let firstArticle = members[0].key.article
            guard members.contains(where: { $0.key.article != firstArticle }) else { continue }
            firstReports.append(members[0].key)
            drafts.append((members.map(\.member), representative(cluster, members.map(\.units)), speaker(members.lazy.map(\.member))))
        }
        // Sorted by position, not moved: a draft holds a string and an array, costly to shuffle.
        var order = Array(drafts.indices)
        order.sort { (firstReports[$0], $0) < (firstReports[$1], $1) }
        return order.enumerated().map { id, d in
            Statement(id: id, members: drafts[d].members, representative: drafts[d].representative, speaker: drafts[d].speaker)
        }
    }

    /// Article date, then corpus order, then position: undated articles come after dated ones.
    struct FirstReport: Comparable {
        var day: Int
        var article: Int
        var start: Int
        static func < (a: FirstReport, b: FirstReport) -> Bool { (a.day, a.article, a.start) < (b.day, b.article, b.start) }
    }

    /// The member's wording that shares most with the others (a direct quote preferred): the
    /// rendering closest to what all outlets agree was said.
    private func representative(_ cluster: StatementClustering.Cluster, _ memberUnits: [Range<Int>]) -> String {
        var best = 0
        var bestScore: Float = -1
        let considered = memberUnits.prefix(32)
        for (i, units) in considered.enumerated() {
            var score: Float = 0
            for (j, others) in considered.enumerated() where j != i {
                for u in cluster[units] {
                    for v in cluster[others] {
                        score += table.overlap(Int(u), Int(v)).weight
                    }
                }
            }
            if quotes[Int(table.units[Int(cluster[units.lowerBound])].quote)].kind == .direct { score *= 1.25 }
            if score > bestScore + 1e-6 {
                best = i
                bestScore = score
            }
        }
        let units = cluster[memberUnits[best]]
        let q = Int(table.units[Int(units.first!)].quote)
        let length = quotes[q].end - quotes[q].start
        let start = max(0, units.map { Int(table.units[Int($0)].start) }.min()! - quotes[q].start)
        let end = min(length, units.map { Int(table.units[Int($0)].end) }.max()! - quotes[q].start)
        let text = quotes[q].text
        if start == 0, end == length { return String(text) }
        guard start < end else { return "" }
        // A quote of one-byte scalars is cut by byte offsets; others are walked from the quote's
        // start (never from the article's: a walk over a whole article per statement adds up).
        if text.utf8.count == length {
            let from = text.utf8.index(text.startIndex, offsetBy: start)
            return String(text[from..<text.utf8.index(from, offsetBy: end - start)])
        }
        let scalars = text.unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex) else { return "" }
        let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[from..<to])
    }

    /// The speaker most members are attributed to (the earliest report's on a tie).
    private func speaker(_ members: some Collection<Statement.Member>) -> Int? {
        // Counted in order of first appearance, so a later speaker must have strictly more votes.
        var best: (speaker: Int, votes: Int)?
        for i in members.indices {
            guard let s = quotes[members[i].quote].speaker,
                  !members[..<i].contains(where: { quotes[$0.quote].speaker == s }) else { continue }
            let votes = members[i...].reduce(0) { $0 + (quotes[$1.quote].speaker == s ? 1 : 0) }
            if votes > best?.votes ?? 0 { best = (s, votes) }
        }
        return best?.speaker
    }
}
