import Dispatch
#if canImport(Glibc)
import Glibc
#endif
/// Finds the quotes of different articles that render one remark.
///
/// Each quote's sentences are compared as weighted sets of word stems (see `LinkUnitTable`),
/// linked by word overlap plus speaker and date evidence (`LinkRule`), found without comparing
/// all pairs (`SimilarityJoin`), and grouped into statements of at most one quote per article
/// (`StatementClustering`).
public struct StatementLinker: Sendable {
    var rule = LinkRule()

    public init() {}

    public func link(quotes: [Quote], articles: [Article], speakers: [Speaker]) -> [Statement] {
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ what: String) {  // TEMP timing
            guard getenv("CHORUS_TIMING") != nil else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            FileHandleless.err("  \(what): \(Double(now - clock) / 1e6) ms")
            clock = now
        }
        let table = LinkUnitTable.build(quotes: quotes, articles: articles)
        lap("table \(table.units.count) units, \(table.ranks.count) entries, \(table.weightOfRank.count) terms")
        let families = SpeakerFamilies(speakers)
        let across = SimilarityJoin.links(table, rule: rule, scope: .acrossSpeakers, speakers: families)
        lap("across join \(across.count)")
        // One speaker's sentences need less evidence; searched per speaker, that stays cheap.
        let group = table.units.map { families.family(of: $0.speaker) }
        let within = SimilarityJoin.links(table, rule: rule, scope: .withinSpeaker, speakers: families, group: group)
        lap("within join \(within.count)")
        let strong = across + within.filter { $0.kind == .strong }
        let aligned = StatementAlignment.links(table, strong: strong, candidates: within.filter { $0.kind == .alignment })
        lap("alignment \(aligned.count)")
        let clusters = StatementClustering.clusters(table, links: strong + aligned)
        lap("clusters \(clusters.count)")
        defer { lap("assembly") }
        return StatementAssembly(table: table, quotes: quotes, articles: articles).statements(clusters)
    }
}

/// Turns clusters of sentences into `Statement`s: one member per quote with the part of it that
/// renders the statement, members in order of first report, a representative wording.
struct StatementAssembly {
    let table: LinkUnitTable
    let quotes: [Quote]
    let articles: [Article]

    func statements(_ clusters: [StatementClustering.Cluster]) -> [Statement] {
        var statementsOfQuote: [Int32: Set<Int>] = [:]
        var articlesOf: [Set<Int32>] = []
        for (c, cluster) in clusters.enumerated() {
            for u in cluster { statementsOfQuote[table.units[Int(u)].quote, default: []].insert(c) }
            articlesOf.append(Set(cluster.map { table.units[Int($0)].article }))
        }
        // A quote is shown whole unless its sentences render statements that some other outlet
        // reports in separate quotes: that is the evidence they are separate remarks, and then
        // each statement gets only its own sentences. Otherwise outlets merely divide one
        // passage differently, and the whole quote is the rendering.
        func whole(_ q: Int32, in c: Int) -> Bool {
            let article = Int32(quotes[Int(q)].article)
            return statementsOfQuote[q, default: []].allSatisfy { other in
                other == c || articlesOf[c].intersection(articlesOf[other]).subtracting([article]).isEmpty
            }
        }
        var drafts: [(key: FirstReport, members: [Statement.Member], representative: String, speaker: Int?)] = []
        for (c, cluster) in clusters.enumerated() {
            var byQuote: [Int32: [Int32]] = [:]
            for u in cluster { byQuote[table.units[Int(u)].quote, default: []].append(u) }
            var members: [(key: FirstReport, member: Statement.Member, units: [Int32])] = []
            for (q, units) in byQuote {
                let quote = quotes[Int(q)]
                let whole = whole(q, in: c)
                let start = whole ? quote.start : units.map { Int(table.units[Int($0)].start) }.min()!
                let end = whole ? quote.end : units.map { Int(table.units[Int($0)].end) }.max()!
                members.append((firstReport(quote, start), Statement.Member(quote: Int(q), start: start, end: end), units))
            }
            members.sort { $0.key < $1.key }
            guard Set(members.map { quotes[$0.member.quote].article }).count >= 2 else { continue }
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
                        score += table.shared(Int(u), Int(v))
                            .reduce(Float(0)) { $0 + table.weightOfRank[Int($1)] }
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
        return quote.text.scalarSlice(start, end)
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
