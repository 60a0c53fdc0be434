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
