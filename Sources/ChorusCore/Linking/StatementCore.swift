/// Keeps in each statement only the renderings that match its core, so that links do not chain.
///
/// Clustering joins two sentences whenever some pair of them is linked, so a statement can grow
/// through members that each resemble only the last one (a remark, a fragment of it, and another
/// remark that shares the fragment's one word). Here each statement's *core* is the quote that
/// resembles the most of the others, and a quote stays only if it matches the core itself on its
/// words; a fragment of the core (or the core a fragment of it) only if one speaker is behind
/// both, within days or in articles that other links show to report one event. A rendering dated
/// far from the core, or one of the core's speaker in an undated article no such links tie to the
/// core's, must repeat it nearly whole and at some length: a short phrase a speaker uses all the
/// time (`witch hunt`, `a fantastic job`) is many remarks, not one. What does not
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
    /// What two renderings alone must share, over both: most of their weight.
    static let pairDice: Float = 0.7
    /// Different pairs of quotes linked between two articles that make them reports of one event.
    static let coReportingLinks = 3
    /// Days within which one speaker's two renderings need no more than a link.
    static let pairDays = 2

    /// One quote of a statement: its sentences there.
    private typealias Rendering = ArraySlice<Int32>

    /// `links` are the ones the clusters were built from: they tell which articles report one event.
    func refine(_ clusters: [StatementClustering.Cluster], links: [UnitLink]) -> [StatementClustering.Cluster] {
        let coReporting = self.coReporting(links)
        var result: [StatementClustering.Cluster] = []
        result.reserveCapacity(clusters.count)
        for cluster in clusters {
            var left = renderings(cluster)
            for _ in 0..<Self.rounds where left.count > 1 {
                let core = self.core(left)
                let day = self.day(of: core, among: left)
                var matching: [Rendering] = [], rest: [Rendering] = []
                for r in left {
                    if r.startIndex == core.startIndex || matches(r, core, day: day, coReporting: coReporting) { matching.append(r) } else { rest.append(r) }
                }
                var kept: [Rendering] = []
                for r in matching {
                    if agreesOnSpeaker(r, matching, core: core) { kept.append(r) } else { rest.append(r) }
                }
                let units = kept.flatMap { $0 }
                let article = table.units[Int(units[0])].article
                if units.contains(where: { table.units[Int($0)].article != article }), isRemark(units), !isOneOutletsCopy(units),
                   kept.count > 2 || isOneRemark(kept[0], kept[1], coReporting: coReporting) {
                    result.append(units.sorted())
                }
                left = rest
            }
        }
        return result
    }

    /// Whether a rendering's speaker can be the statement's: the core's, or when the core names
    /// nobody in particular (no one, or `officials`) the one most renderings name. Renderings that
    /// name nobody, or only a description, never conflict; one that names another person stays
    /// only if it repeats the core nearly word for word (an outlet misattributed it). Else a
    /// rendering without a speaker, matching each on its own, would join several people's like
    /// remarks (`we are flattening the curve`, `sore throats and fevers`) into one.
    private func agreesOnSpeaker(_ r: Rendering, _ renderings: [Rendering], core: Rendering) -> Bool {
        let speaker = table.units[Int(r.first!)].speaker
        guard speaker >= 0, r.startIndex != core.startIndex else { return true }
        var named = table.units[Int(core.first!)].speaker
        // the rendering whose speaker is the statement's: what another person's must repeat
        var own = core
        if named < 0 || speakers.isDescribed(named) {
            named = -1
            var votes: [Int32: Int] = [:], most = 0
            for other in renderings {
                let s = table.units[Int(other.first!)].speaker
                guard s >= 0, !speakers.isDescribed(s) else { continue }
                let v = votes[speakers.family(of: s), default: 0] + 1
                votes[speakers.family(of: s)] = v
                if v > most { named = s; most = v; own = other }
            }
        }
        guard named >= 0, speakers.relation(speaker, named) == .different else { return true }
        return evidence(r, own).dice >= rule.nearIdenticalDice
    }

    /// Two renderings that no third corroborates must say much the same thing: most of their
    /// words shared, or a long stretch of wording, unless one speaker's words were reported within
    /// days (a phrase taken from the remark) or in two articles that other links show to report
    /// one event (two translations of one answer share little). Otherwise one speaker's remarks on
    /// one topic share a few words (`treated Roger Stone very badly` / `Roger Stone was treated
    /// horribly and so were many other people`), and a phrase or a label inside a long passage
    /// (`pure evil`, a job title) shares all of its own: neither is evidence that two outlets
    /// carried one remark.
    private func isOneRemark(_ a: Rendering, _ b: Rendering, coReporting: Set<UInt64>) -> Bool {
        let ab = shared(a, with: b), ba = shared(b, with: a)
        let overlap = min(ab.overlap, ba.overlap), wording = min(ab.wording, ba.wording)
        let weight = a.reduce(Float(0)) { $0 + table.units[Int($1)].weight } + b.reduce(Float(0)) { $0 + table.units[Int($1)].weight }
        if 2 * overlap >= Self.pairDice * weight || (overlap >= rule.heavyOverlap && wording >= rule.wordingShare * rule.heavyOverlap) { return true }
        return isOneSpeakersEvent(table.units[Int(a.first!)], table.units[Int(b.first!)], within: Self.pairDays, coReporting: coReporting)
    }

    /// One speaker's words in two articles of one event: dated within `days` of each other, or
    /// in articles that other links show to report one event.
    private func isOneSpeakersEvent(_ x: LinkUnitTable.Unit, _ y: LinkUnitTable.Unit, within days: Int, coReporting: Set<UInt64>) -> Bool {
        let relation = speakers.relation(x.speaker, y.speaker)
        guard relation == .same || relation == .related else { return false }
        if relation == .same, x.day != Int32.min, y.day != Int32.min, abs(Int(x.day) - Int(y.day)) <= days { return true }
        return coReporting.contains(Self.key(x.article, y.article))
    }

    /// What `a` shares with `b`, sentence by sentence: each of its sentences' overlap with the
    /// sentence of `b` nearest to it.
    private func shared(_ a: Rendering, with b: Rendering) -> (overlap: Float, wording: Float) {
        var overlap: Float = 0, wording: Float = 0
        for u in a {
            var best: (overlap: Float, wording: Float) = (0, 0)
            for v in b {
                let o = table.overlap(Int(u), Int(v))
                if o.weight > best.overlap { best = (o.weight, o.wording) }
            }
            overlap += best.overlap
            wording += best.wording
        }
        return (overlap, wording)
    }

    /// Two numbers in either order as one key.
    private static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: min(a, b))) << 32 | UInt64(UInt32(bitPattern: max(a, b)))
    }

    /// The pairs of articles that links show to report one event: several different pairs of their
    /// quotes are linked. Two are not enough: one speaker's stock phrase (`a fantastic job`) links
    /// a pair or two of any articles that quote them.
    private func coReporting(_ links: [UnitLink]) -> Set<UInt64> {
        var quotePairs: [UInt64: [UInt64]] = [:]
        var result = Set<UInt64>()
        for link in links {
            let x = table.units[Int(link.a)], y = table.units[Int(link.b)]
            let articles = Self.key(x.article, y.article), quotes = Self.key(x.quote, y.quote)
            guard !result.contains(articles) else { continue }
            var seen = quotePairs[articles, default: []]
            guard !seen.contains(quotes) else { continue }
            seen.append(quotes)
            if seen.count >= Self.coReportingLinks { result.insert(articles); quotePairs[articles] = nil } else { quotePairs[articles] = seen }
        }
        return result
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
                let (overlap, wording, _, _) = table.overlap(Int(u), Int(v))
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

    private func matches(_ r: Rendering, _ core: Rendering, day: Int32, coReporting: Set<UInt64>) -> Bool {
        let x = table.units[Int(r.first!)], y = table.units[Int(core.first!)]
        let e = evidence(r, core)
        // An undated rendering of the core's own speaker may be from any year, and one speaker
        // repeats phrases: unless other links put its article beside the core's, it must repeat
        // the core as a distant one would.
        let relation = speakers.relation(x.speaker, y.speaker)
        let distant = x.day != Int32.min && day != Int32.min ? abs(Int(x.day) - Int(day)) > Int(rule.closeDays)
            : (relation == .same || relation == .related) && !coReporting.contains(Self.key(x.article, y.article))
        if distant {
            return e.containment >= rule.nearIdenticalDice && e.overlap >= rule.heavyOverlap
        }
        // A fragment (`doing a fantastic job`) joins only the same speaker's words of one event:
        // else one phrase a speaker uses all the time gathers every remark that holds it.
        return e.containment >= Self.coreContainment && e.overlap >= rule.overlapAlignment
            && e.wording >= rule.wordingShare * rule.overlapAlignment
            && (!rule.isFragment(lighter: e.lighter, dice: e.dice) || isOneSpeakersEvent(x, y, within: Int(rule.closeDays), coReporting: coReporting))
    }
}
