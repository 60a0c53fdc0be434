import ChorusCore

/// One speaker's quotes in one article.
struct WhoGroup: Equatable {
    let speaker: Int?
    let quotes: [Int]
}

/// Another article carrying the same statement as a quote.
struct AlsoEntry: Equatable {
    let statement: Int
    /// The other article's rendering of the statement.
    let member: Statement.Member
    let quote: Int
    let article: Int
}

/// The lists the side panel, the side-by-side view and the speakers view show, derived from the
/// index for one article, quote or speaker (never for the whole corpus).
extension Catalog {
    /// Speakers of an article in order of their first quote; quotes nobody was named for last.
    func whoGroups(_ article: Int) -> [WhoGroup] {
        var order: [Int?] = []
        var quotesOf: [Int?: [Int]] = [:]
        for q in index.quotesByArticle[article] {
            let s = index.quotes[q].speaker
            if quotesOf[s] == nil { order.append(s) }
            quotesOf[s, default: []].append(q)
        }
        order = order.filter { $0 != nil } + order.filter { $0 == nil }
        return order.map { WhoGroup(speaker: $0, quotes: quotesOf[$0] ?? []) }
    }

    /// The rows of *Who said what*: each speaker, and the quotes of the expanded ones.
    func whoItems(_ article: Int, expanded: Set<Int?>) -> [WhoItem] {
        var items: [WhoItem] = []
        for group in whoGroups(article) {
            items.append(.speaker(group.speaker))
            if expanded.contains(group.speaker) { items += group.quotes.map { .quote($0) } }
        }
        return items
    }

    /// Every other article carrying a statement this quote takes part in, first reports first.
    func alsoEntries(for quote: Int) -> [AlsoEntry] {
        let article = index.quotes[quote].article
        var seen = Set<Int>()
        var entries: [AlsoEntry] = []
        for s in index.statementsByQuote[quote] {
            for member in index.statements[s].members {
                let other = index.quotes[member.quote]
                guard other.article != article, seen.insert(member.quote).inserted else { continue }
                entries.append(AlsoEntry(statement: s, member: member, quote: member.quote, article: other.article))
            }
        }
        return entries
    }

    /// The part of a quote that renders a statement (the whole quote when it is not a member).
    func wording(of quote: Int, in statement: Int?) -> String {
        let q = index.quotes[quote]
        if let statement, let m = index.statements[statement].members.first(where: { $0.quote == quote }) {
            return index.articles[q.article].excerpt(m.start, m.end)
        }
        return String(q.text)
    }

    func wording(of member: Statement.Member) -> String {
        index.articles[index.quotes[member.quote].article].excerpt(member.start, member.end)
    }

    /// Statements two articles both carry, in the first article's text order.
    func sharedStatements(_ left: Int, _ right: Int) -> [SharedStatement] {
        var out: [SharedStatement] = []
        var seen = Set<Int>()
        for q in index.quotesByArticle[left] {
            for s in index.statementsByQuote[q] where !seen.contains(s) {
                let members = index.statements[s].members
                guard let l = members.first(where: { $0.quote == q }),
                      let r = members.first(where: { index.quotes[$0.quote].article == right }) else { continue }
                seen.insert(s)
                out.append(SharedStatement(statement: s, left: l, right: r))
            }
        }
        return out.sorted { $0.left.start < $1.left.start }
    }

    /// Articles sharing statements with one article, most shared first; ties by their row in the
    /// list (`rowOf`, -1 when filtered out, those last).
    func articlesSharingStatements(with article: Int, rowOf: [Int]) -> [Int] {
        var shared: [Int: Int] = [:]
        var seenStatements = Set<Int>()
        var seenArticles = Set<Int>()
        for q in index.quotesByArticle[article] {
            for s in index.statementsByQuote[q] where seenStatements.insert(s).inserted {
                seenArticles.removeAll(keepingCapacity: true)
                for m in index.statements[s].members {
                    let other = index.quotes[m.quote].article
                    if other != article, seenArticles.insert(other).inserted { shared[other, default: 0] += 1 }
                }
            }
        }
        func row(_ a: Int) -> Int { rowOf.indices.contains(a) && rowOf[a] >= 0 ? rowOf[a] : Int.max }
        return shared.map { (article: $0.key, count: $0.value, row: row($0.key)) }
            .sorted { ($1.count, $0.row, $0.article) < ($0.count, $1.row, $1.article) }
            .map(\.article)
    }

    /// A speaker's statements, then their quotes no other outlet carried.
    func speakerDetail(_ speaker: Int) -> [SpeakerDetailItem] {
        let statements = statementsBySpeaker[speaker].map { SpeakerDetailItem.statement($0) }
        let alone = index.quotesBySpeaker[speaker].filter { index.statementsByQuote[$0].isEmpty }.map { SpeakerDetailItem.quote($0) }
        return statements + alone
    }

    /// The roles of a speaker, joined for display.
    func roles(of speaker: Int?) -> String {
        guard let speaker else { return "" }
        return index.speakers[speaker].roles.joined(separator: "; ")
    }
}
