/// Links that rest on a speaker's briefing being reported by several outlets: once two articles
/// are known to report the same event (they share a strongly linked statement), a speaker's
/// remaining sentences in the two (or sentences nobody is named for that share a word or two)
/// are paired where each is the other's best match, on less wording than a strong link needs. This is how translations and paraphrases that
/// keep only a word or two (`thoughtfully` / `well-thought-out`) are found, as a translator
/// aligns two versions of one text around sentences already known to correspond.
enum StatementAlignment {
    /// The alignment candidates to keep (they score below every strong link, so they join statements last).
    static func links(_ table: LinkUnitTable, strong: [UnitLink], candidates: [UnitLink]) -> [UnitLink] {
        struct ArticlePair: Hashable { let a: Int32; let b: Int32 }
        struct Into: Hashable { let unit: Int32; let article: Int32 }
        func pair(_ x: Int32, _ y: Int32) -> ArticlePair {
            let a = table.units[Int(x)].article, b = table.units[Int(y)].article
            return ArticlePair(a: min(a, b), b: max(a, b))
        }
        // Only what the candidates ask about is recorded: the strong links are many more.
        var askedUnit = [Bool](repeating: false, count: table.units.count)
        var askedArticle = Set<Int32>()
        for link in candidates {
            for u in [link.a, link.b] {
                askedUnit[Int(u)] = true
                askedArticle.insert(table.units[Int(u)].article)
            }
        }
        var coReporting = Set<ArticlePair>()
        var linkedInto = Set<Into>()
        for link in strong {
            let a = table.units[Int(link.a)].article, b = table.units[Int(link.b)].article
            if askedArticle.contains(a), askedArticle.contains(b) { coReporting.insert(pair(link.a, link.b)) }
            if askedUnit[Int(link.a)] { linkedInto.insert(Into(unit: link.a, article: b)) }
            if askedUnit[Int(link.b)] { linkedInto.insert(Into(unit: link.b, article: a)) }
        }
        // Sentences that already have a strong partner in the other article need no alignment.
        let open = candidates.filter { link in
            coReporting.contains(pair(link.a, link.b))
                && !linkedInto.contains(Into(unit: link.a, article: table.units[Int(link.b)].article))
                && !linkedInto.contains(Into(unit: link.b, article: table.units[Int(link.a)].article))
        }
        var best: [Into: (partner: Int32, score: Float)] = [:]
        func offer(_ x: Int32, _ y: Int32, _ score: Float) {
            let key = Into(unit: x, article: table.units[Int(y)].article)
            if let current = best[key], current.score > score || (current.score == score && current.partner < y) { return }
            best[key] = (y, score)
        }
        for link in open {
            offer(link.a, link.b, link.score)
            offer(link.b, link.a, link.score)
        }
        return open.filter { link in
            best[Into(unit: link.a, article: table.units[Int(link.b)].article)]?.partner == link.b
                && best[Into(unit: link.b, article: table.units[Int(link.a)].article)]?.partner == link.a
        }
    }
}
