import Dispatch

/// Turns clusters of sentences into `Statement`s: one member per quote with the part of it that
/// renders the statement, members in order of first report, a representative wording.
struct StatementAssembly {
    let table: LinkUnitTable
    let quotes: [Quote]
    /// Whether a speaker is someone in particular (see `SpeakerFamilies.isNamedSource`).
    var isNamedSource: @Sendable (Int) -> Bool = { _ in true }

    func statements(_ clusters: [StatementClustering.Cluster]) -> [Statement] {
        let separation = Separation(clusters, table: table, quotes: quotes)
        // Clusters are independent: drafted on every core, in chunks kept in cluster order (a
        // corpus of wire copy makes hundreds of thousands of small statements).
        let chunk = 2048
        var parts = [[Draft]](repeating: [], count: (clusters.count + chunk - 1) / chunk)
        parts.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { k in
                var members: [(key: FirstReport, member: Statement.Member, units: Range<Int>)] = []
                out[k] = (k * chunk..<min(clusters.count, (k + 1) * chunk)).compactMap { c in
                    draft(c, separation: separation, members: &members)
                }
            }
        }
        let drafts = parts.flatMap { $0 }
        parts = []
        // Sorted by position, not moved: a draft holds a string and an array, costly to shuffle.
        var order = Array(drafts.indices)
        order.sort { (drafts[$0].firstReport, $0) < (drafts[$1].firstReport, $1) }
        return order.enumerated().map { id, d in
            Statement(id: id, members: drafts[d].members, representative: drafts[d].representative, speaker: drafts[d].speaker)
        }
    }

    private struct Draft {
        var members: [Statement.Member]
        var representative: String
        var speaker: Int?
        var firstReport: FirstReport
    }

    /// The statement of cluster `c`, unless all its members are in one article. `members` is scratch.
    private func draft(_ c: Int, separation: Separation,
                       members: inout [(key: FirstReport, member: Statement.Member, units: Range<Int>)]) -> Draft? {
        let cluster = separation.clusters[c]
        members.removeAll(keepingCapacity: true)
        // The cluster's articles, and what it shares with each other statement of its quotes,
        // found once and only when needed.
        var articlesHere: Set<Int32>?
        var shared: [Int: SharedArticles] = [:]
        // A cluster's units are in unit order, so each quote's sentences are adjacent.
        var i = 0
        while i < cluster.count {
            let first = table.units[Int(cluster[i])]
            var j = i
            while j < cluster.count, table.units[Int(cluster[j])].quote == first.quote { j += 1 }
            let units = cluster[i..<j]
            i = j
            let q = Int(first.quote)
            let isWhole = separation.whole(first.quote, in: c, here: &articlesHere, shared: &shared)
            let start = isWhole ? quotes[q].start : units.map { Int(table.units[Int($0)].start) }.min()!
            let end = isWhole ? quotes[q].end : units.map { Int(table.units[Int($0)].end) }.max()!
            let day = first.day == Int32.min ? Int.max : Int(first.day)
            members.append((FirstReport(day: day, article: Int(first.article), start: start),
                            Statement.Member(quote: q, start: start, end: end), units.indices))
        }
        members.sort { $0.key < $1.key }
        let firstArticle = members[0].key.article
        guard members.contains(where: { $0.key.article != firstArticle }) else { return nil }
        return Draft(members: members.map(\.member), representative: representative(cluster, members.map(\.units)),
                     speaker: speaker(members.lazy.map(\.member)), firstReport: members[0].key)
    }

    /// A quote is shown whole unless its sentences render statements that some other outlet
    /// reports in separate quotes: that is the evidence they are separate remarks, and then each
    /// statement gets only its own sentences. Otherwise outlets merely divide one passage
    /// differently, and the whole quote is the rendering.
    private struct Separation {
        let clusters: [StatementClustering.Cluster]
        let table: LinkUnitTable
        let quotes: [Quote]
        /// Statements of each quote, for the quotes that render more than one (most render one).
        let statementCount: [UInt8]
        let statementsOfQuote: [Int32: [Int]]

        init(_ clusters: [StatementClustering.Cluster], table: LinkUnitTable, quotes: [Quote]) {
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
            self.clusters = clusters
            self.table = table
            self.quotes = quotes
            self.statementCount = statementCount
            self.statementsOfQuote = statementsOfQuote
        }

        func whole(_ q: Int32, in c: Int, here: inout Set<Int32>?, shared: inout [Int: SharedArticles]) -> Bool {
            guard statementCount[Int(q)] > 1, let others = statementsOfQuote[q] else { return true }
            let article = Int32(quotes[Int(q)].article)
            return others.allSatisfy { other in
                if other == c { return true }
                if here == nil { here = Set(clusters[c].map { table.units[Int($0)].article }) }
                let both = shared[other] ?? Self.sharedArticles(here!, clusters[other], table: table)
                shared[other] = both
                return both.count == 0 || (both.count == 1 && both.one == article)
            }
        }

        /// The articles of `here` that `other` has too: how many (two at most), and one of them.
        private static func sharedArticles(_ here: Set<Int32>, _ other: StatementClustering.Cluster, table: LinkUnitTable) -> SharedArticles {
            var both = SharedArticles()
            for u in other {
                let article = table.units[Int(u)].article
                guard here.contains(article), article != both.one else { continue }
                both.count += 1
                both.one = article
                if both.count == 2 { break }
            }
            return both
        }
    }

    private struct SharedArticles {
        var count = 0
        var one: Int32 = -1
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
        let considered = Array(memberUnits.prefix(32))
        // Copies of one wording (wire copy, a corpus read twice) have the same terms: their
        // overlaps with the others are computed once.
        var wordingOf: [Int] = []
        var firstOfWording: [Int] = []
        for units in considered {
            let terms = cluster[units].lazy.map { self.table.units[Int($0)].termStart }
            if let w = firstOfWording.firstIndex(where: { cluster[considered[$0]].lazy.map { self.table.units[Int($0)].termStart }.elementsEqual(terms) }) {
                wordingOf.append(w)
            } else {
                wordingOf.append(firstOfWording.count)
                firstOfWording.append(wordingOf.count - 1)
            }
        }
        if firstOfWording.count == 1 {
            // One wording: every member scores the same but for the preference for a direct quote.
            let direct = considered.firstIndex { quotes[Int(table.units[Int(cluster[$0.lowerBound])].quote)].kind == .direct }
            return wording(cluster[memberUnits[direct ?? 0]])
        }
        var overlaps = [Float?](repeating: nil, count: firstOfWording.count * firstOfWording.count)
        func overlap(_ a: Int, _ b: Int) -> Float {
            let key = a * firstOfWording.count + b
            if let known = overlaps[key] { return known }
            var sum: Float = 0
            for u in cluster[considered[firstOfWording[a]]] {
                for v in cluster[considered[firstOfWording[b]]] { sum += table.overlap(Int(u), Int(v)).weight }
            }
            overlaps[key] = sum
            return sum
        }
        var best = 0
        var bestScore: Float = -1
        for (i, units) in considered.enumerated() {
            var score: Float = 0
            for j in considered.indices where j != i { score += overlap(wordingOf[i], wordingOf[j]) }
            if quotes[Int(table.units[Int(cluster[units.lowerBound])].quote)].kind == .direct { score *= 1.25 }
            if score > bestScore + 1e-6 {
                best = i
                bestScore = score
            }
        }
        return wording(cluster[memberUnits[best]])
    }

    /// The words of a quote that its sentences `units` span.
    private func wording(_ units: ArraySlice<Int32>) -> String {
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

    /// The speaker most members are attributed to (the earliest report's on a tie). Someone in
    /// particular counts twice: where one outlet names the person and another says `officials`,
    /// or credits the report to the outlet that ran it first, the statement is the person's.
    private func speaker(_ members: some Collection<Statement.Member>) -> Int? {
        // Counted in order of first appearance, so a later speaker must have strictly more votes.
        var votes: [(speaker: Int, votes: Int)] = []
        for member in members {
            guard let s = quotes[member.quote].speaker else { continue }
            let weight = isNamedSource(s) ? 2 : 1
            if let k = votes.firstIndex(where: { $0.speaker == s }) { votes[k].votes += weight } else { votes.append((s, weight)) }
        }
        var best: (speaker: Int, votes: Int)?
        for candidate in votes where candidate.votes > best?.votes ?? 0 { best = candidate }
        return best?.speaker
    }
}
