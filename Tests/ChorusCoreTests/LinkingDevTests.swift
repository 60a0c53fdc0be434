import Testing
import Foundation
@testable import ChorusCore

@Suite struct LinkingDevTests {
    @Test func devRobust() throws {
        let g = try LinkingGold.load()
        let nilQuotes = g.quotes(speaker: { _ in nil })
        let s1 = g.score(StatementLinker().link(quotes: nilQuotes, articles: g.articles, speakers: []), quotes: nilQuotes)
        print("nil speakers:", s1)
        for w in s1.wrong { print("  wrong", w) }
        // Fragmented: every article has its own entity for each speaker (same name, different ids).
        var speakers: [Speaker] = []
        var ids: [String: Int] = [:]
        let frag = g.quotes(speaker: { q in
            guard let s = q.speaker else { return nil }
            let key = "\(s)-\(q.article)"
            if let id = ids[key] { return id }
            let id = speakers.count
            ids[key] = id
            let name = g.speakers[s].name
            // Half the fragments go by the surname only.
            speakers.append(Speaker(id: id, name: q.article % 2 == 0 ? name : String(name.split(separator: " ").last!), aliases: [], roles: [], kind: .person))
            return id
        })
        let s2 = g.score(StatementLinker().link(quotes: frag, articles: g.articles, speakers: speakers), quotes: frag)
        print("fragmented:", s2)
        for w in s2.wrong { print("  wrong", w) }
    }
}
