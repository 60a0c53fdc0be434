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
        link(terms(quotes: quotes, articles: articles), quotes: quotes, families: SpeakerFamilies(speakers))
    }

    /// The part of linking that needs only the quotes' words, not who said them: the index builds
    /// it while speakers are being resolved.
    func terms(quotes: [Quote], articles: [Article]) -> LinkUnitTable {
        LinkUnitTable.build(quotes: quotes, articles: articles)
    }

    /// Links the quotes whose terms are `table`, now that each quote has its speaker (the index
    /// builder groups the speakers into families while the terms are still being read).
    func link(_ terms: consuming LinkUnitTable, quotes: [Quote], families: SpeakerFamilies) -> [Statement] {
        var table = terms
        table.attribute(quotes)
        let wordings = SimilarityJoin.wordings(table)
        // One speaker's sentences need less evidence; searched per speaker, that stays cheap. The
        // two searches are independent, but run one after the other: each spreads its probing
        // over every core, and side by side their buffers would meet at the build's memory peak.
        let across = SimilarityJoin.links(table, rule: rule, scope: .acrossSpeakers, speakers: families, wordings: wordings)
        let within = SimilarityJoin.links(
            table, rule: rule, scope: .withinSpeaker, speakers: families,
            group: table.units.map { families.family(of: $0.speaker) }, wordings: wordings)
        let found = across + within
        let strong = found.filter { $0.kind == .strong }
        let aligned = StatementAlignment.links(table, strong: strong, candidates: found.filter { $0.kind == .alignment })
        let links = strong + aligned
        let clusters = StatementCore(table: table, rule: rule, speakers: families)
            .refine(StatementClustering.clusters(table, links: links), links: links)
        let outlets = table.outletKeys
        return StatementAssembly(table: table, quotes: quotes, isNamedSource: { families.isNamedSource($0, outlets: outlets) }).statements(clusters)
    }
}

