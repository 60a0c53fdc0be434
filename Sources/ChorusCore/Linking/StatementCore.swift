/// Keeps in each statement only the renderings that match its core, so that links do not chain.
///
/// Clustering joins two sentences whenever some pair of them is linked, so a statement can grow
/// through members that each resemble only the last one (a remark, a fragment of it, and another
/// remark that shares the fragment's one word). Here each statement's *core* is the quote that
/// resembles the most of the others, and a quote stays only if it matches the core itself on its
/// words; a fragment of the core (or the core a fragment of it) only if one speaker is behind
/// both. A rendering dated far from the core must repeat it nearly whole and at some length: a
/// short phrase a speaker uses all the time (`witch hunt`) is many remarks, not one. What does not
/// match forms statements of its own, around cores of its own. And a statement needs one
/// rendering of a few words at least: words only ever quoted as a phrase (`radical
/// environmentalists`, a list of company names) are a label, not a remark.
struct StatementCore {
    let table: LinkUnitTable
    let rule: LinkRule
    let speakers: SpeakerFamilies

    /// Candidate cores compared per round; more than this are sampled evenly, which keeps a
    /// statement of hundreds of wire copies linear.
    static let candidates = 48
    /// Rounds per statement: each takes out one core's renderings from what is left.
    static let rounds = 8
    /// What a rendering must share with the core, over the lighter of the two: more than an
    /// alignment between sentences already known to correspond needs, since the core is not
    /// known to correspond to anything.
    static let coreContainment: Float = 0.4
    /// Distinct words (function words included) of a statement's longest rendering, at least.
    static let fewestWords = 5

    /// One quote of a statement: its sentences there.
    private typealias Rendering = ArraySlice<Int32>

    func refine(_ clusters: [StatementClustering.Cluster]) -> [StatementClustering.Cluster] {
        var result: [StatementClustering.Cluster] = []
        result.reserveCapacity(clusters.count)
        for cluster in clusters {
            var left = renderings(cluster)
            for _ in 0..<Self.rounds where left.count > 1 {
                let core = self.core(left)
                let day = self.day(of: core, among: left)
                var matching: [Rendering] = [], rest: [Rendering] = []
                for r in left {
                    if r.startIndex == core.startIndex || matches(r, core, day: day) { matching.append(r) } else { rest.append(r) }
                }
                var kept: [Int32] = []
                for r in matching {
                    if agreesOnSpeaker(r, matching, core: core) { kept.append(contentsOf: r) } else { rest.append(r) }
                }
                let article = table.units[Int(kept[0])].article
                if kept.contains(where: { table.units[Int($0)].article != article }), isRemark(kept), !isOneOutletsCopy(kept) {
                    result.append(kept.sorted())
                }
                left = rest
            }
        }
        return result
    }

    /// Whether a rendering's speaker can be the statement's: the core's, or when the core names
    /// nobody the one most renderings name. Renderings that name nobody, or only a description
    /// (`officials`), never conflict; one that names another person stays only if it repeats the
    /// core nearly word for word (an outlet misattributed it). Else a rendering without a speaker,
    /// matching each on its own, would join several people's like remarks (`we are flattening
    /// the curve`) into one.
    private func agreesOnSpeaker(_ r: Rendering, _ renderings: [Rendering], core: Rendering) -> Bool {
        let speaker = table.units[Int(r.first!)].speaker
        guard speaker >= 0, r.startIndex != core.startIndex else { return true }
        var named = table.units[Int(core.first!)].speaker
        if named < 0 {
            var votes: [Int32: Int] = [:], most = 0
            for other in renderings {
                let s = table.units[Int(other.first!)].speaker
                guard s >= 0 else { continue }
                let v = votes[speakers.family(of: s), default: 0] + 1
                votes[speakers.family(of: s)] = v
                if v > most { named = s; most = v }
            }
        }
        guard named >= 0, speakers.relation(speaker, named) == .different else { return true }
        return evidence(r, core).dice >= rule.nearIdenticalDice
    }

    private func isRemark(_ units: [Int32]) -> Bool {
        units.contains { table.units[Int($0)].termEnd - table.units[Int($0)].termStart >= Self.fewestWords }
    }

    /// One outlet printing the same words in several articles (an article published twice, a
    /// sidebar on every page) is not several outlets reporting a remark.
    private func isOneOutletsCopy(_ units: [Int32]) -> Bool {
        guard !table.outletOfArticle.isEmpty else { return false }
        let first = table.units[Int(units[0])]
        let outlet = table.outletOfArticle[Int(first.article)]
        return units.allSatisfy { u in
            let unit = table.units[Int(u)]
            return table.outletOfArticle[Int(unit.article)] == outlet
                && table.ranks[Int(unit.termStart)..<Int(unit.termEnd)] == table.ranks[Int(first.termStart)..<Int(first.termEnd)]
        }
    }

    /// The cluster's quotes (a cluster is in unit order, so one quote's sentences are adjacent).
    private func renderings(_ cluster: StatementClustering.Cluster) -> [Rendering] {
        var out: [Rendering] = []
        var i = 0
        while i < cluster.count {
            let quote = table.units[Int(cluster[i])].quote
            var j = i + 1
            while j < cluster.count, table.units[Int(cluster[j])].quote == quote { j += 1 }
            out.append(cluster[i..<j])
            i = j
        }
        return out
    }

    /// The rendering nearest to the most others.
    private func core(_ renderings: [Rendering]) -> Rendering {
        let step = max(1, renderings.count / Self.candidates)
        var best = renderings[0], bestSupport: Float = -1
        for c in stride(from: 0, to: renderings.count, by: step) {
            let candidate = renderings[c]
            var support: Float = 0
            for (i, other) in renderings.enumerated() where i != c { support += evidence(candidate, other).score }
            if support > bestSupport { best = candidate; bestSupport = support }
        }
        return best
    }

    /// What the closest sentences of two renderings share: the link score's blend of containment
    /// and dice, and the containment, overlap and wording behind it.
    private struct Evidence {
        var score: Float = 0, containment: Float = 0, dice: Float = 0, overlap: Float = 0, wording: Float = 0, lighter: Float = 0
    }

    private func evidence(_ a: Rendering, _ b: Rendering) -> Evidence {
        var best = Evidence()
        for u in a {
            for v in b {
                let (overlap, wording, _) = table.overlap(Int(u), Int(v))
                guard wording > 0 else { continue }
                let wu = table.units[Int(u)].weight, wv = table.units[Int(v)].weight
                let containment = overlap / min(wu, wv), dice = 2 * overlap / (wu + wv)
                let score = 0.6 * containment + 0.4 * dice
                if score > best.score { best = Evidence(score: score, containment: containment, dice: dice, overlap: overlap, wording: wording, lighter: min(wu, wv)) }
            }
        }
        return best
    }

    /// The core's date, or when its article is undated the middle date of the renderings, so
    /// that an undated core does not let renderings of any date through.
    private func day(of core: Rendering, among renderings: [Rendering]) -> Int32 {
        let own = table.units[Int(core.first!)].day
        guard own == Int32.min else { return own }
        let days = renderings.map { table.units[Int($0.first!)].day }.filter { $0 != Int32.min }.sorted()
        return days.isEmpty ? Int32.min : days[days.count / 2]
    }

    private func matches(_ r: Rendering, _ core: Rendering, day: Int32) -> Bool {
        let x = table.units[Int(r.first!)], y = table.units[Int(core.first!)]
        let e = evidence(r, core)
        let distant = x.day != Int32.min && day != Int32.min && abs(Int(x.day) - Int(day)) > Int(rule.closeDays)
        if distant {
            return e.containment >= rule.nearIdenticalDice && e.overlap >= rule.heavyOverlap
        }
        let relation = speakers.relation(x.speaker, y.speaker)
        return e.containment >= Self.coreContainment && e.overlap >= rule.overlapAlignment
            && e.wording >= rule.wordingShare * rule.overlapAlignment
            && (!rule.isFragment(lighter: e.lighter, dice: e.dice) || relation == .same || relation == .related)
    }
}
