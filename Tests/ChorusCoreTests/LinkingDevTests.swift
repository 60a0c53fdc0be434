import Testing
import Foundation
@testable import ChorusCore

@Suite struct LinkingDevTests {
    @Test func devReport() throws {
        let g = try LinkingGold.load()
        let statements = StatementLinker().link(quotes: g.quotes, articles: g.articles, speakers: g.speakers)
        let s = g.score(statements)
        print(s)
        for u in s.unlinked { print("  unlinked", u) }
        for w in s.wrong { print("  wrong", w) }
        let goldOf: [String: String] = Dictionary(uniqueKeysWithValues: g.quotes.map { q in
            (g.articles[q.article].id + "@\(q.start)", g.gold.first { $0.article == q.article && $0.start == q.start }!.id) })
        for st in statements {
            print("== \(st.representative)")
            for m in st.members {
                let q = g.quotes[m.quote]
                print("   \(goldOf[g.articles[q.article].id + "@\(q.start)"]!) [\(m.start)-\(m.end)] \(g.articles[q.article].excerpt(m.start, m.end).prefix(90))")
            }
        }
        // Pair scores between the gold clusters' quotes.
        let table = LinkUnitTable.build(quotes: g.quotes, articles: g.articles)
        let fam = SpeakerFamilies(g.speakers)
        let idOfQuote = g.quotes.map { goldOf[g.articles[$0.article].id + "@\($0.start)"]! }
        func unitsOf(_ gid: String) -> [Int] { table.units.indices.filter { idOfQuote[Int(table.units[$0].quote)] == gid } }
        func text(_ u: Int) -> String { g.articles[Int(table.units[u].article)].excerpt(Int(table.units[u].start), Int(table.units[u].end)) }
        let group = table.units.map { fam.family(of: $0.speaker) }
        let within = SimilarityJoin.links(table, rule: LinkRule(), scope: .withinSpeaker, speakers: fam, group: group)
        let strong = SimilarityJoin.links(table, rule: LinkRule(), scope: .acrossSpeakers, speakers: fam) + within.filter { $0.kind == .strong }
        let aligned = StatementAlignment.links(table, strong: strong, candidates: within.filter { $0.kind == .alignment })
        for l in aligned {
            let (o, _, _) = table.overlap(Int(l.a), Int(l.b))
            let a = table.units[Int(l.a)], b = table.units[Int(l.b)]
            print(String(format: "ALIGN %@~%@ O=%.2f C=%.2f", idOfQuote[Int(a.quote)], idOfQuote[Int(b.quote)], o, o / min(a.weight, b.weight)), text(Int(l.a)).prefix(60), "|", text(Int(l.b)).prefix(60))
        }
        for c in g.clusters {
            print("## cluster", c)
            for i in c.indices { for j in c.indices where j > i {
                for u in unitsOf(c[i]) { for v in unitsOf(c[j]) where table.units[u].article != table.units[v].article {
                    let (o, wd, nm) = table.overlap(u, v)
                    let a = table.units[u], b = table.units[v]
                    let rel = fam.relation(a.speaker, b.speaker)
                    let sc = LinkRule().judge(overlap: o, sharesWording: wd, sharedNames: nm, weightA: a.weight, weightB: b.weight, speakers: rel, dayA: a.day, dayB: b.day, scope: rel == .same || rel == .related ? .withinSpeaker : .acrossSpeakers).map { "\($0.kind) \($0.score)" }
                    print(String(format: "  %@~%@ O=%.2f Wa=%.2f Wb=%.2f C=%.2f -> %@", c[i], c[j], o, a.weight, b.weight, o / min(a.weight, b.weight), sc ?? "no"))
                    print("      ", text(u).prefix(70), "|", text(v).prefix(70))
                }}
            }}
        }
    }
}
