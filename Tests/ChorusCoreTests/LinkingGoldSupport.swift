import Foundation
@testable import ChorusCore

/// The seed articles with the gold quotes and speakers as linker input, and score.py's pairwise
/// linking measure, so the linker can be judged apart from quote extraction and attribution.
struct LinkingGold {
    struct GoldQuote {
        let id: String
        let article: Int
        let start: Int
        let end: Int
        let speaker: String
        let kind: QuoteKind
        let optional: Bool
    }

    struct Score: CustomStringConvertible {
        let precision: Double
        let recall: Double
        let right: Int
        let predicted: Int
        let required: Int
        let unlinked: [String]
        let wrong: [String]
        var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        var description: String {
            let p = String(format: "%.2f", precision), r = String(format: "%.2f", recall), f = String(format: "%.2f", f1)
            return "linking P=\(p) R=\(r) F1=\(f) (\(right) right of \(predicted) predicted pairs, \(required) required)"
        }
    }

    let articles: [Article]
    let gold: [GoldQuote]
    let clusters: [[String]]
    let quotes: [Quote]
    let speakers: [Speaker]

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let goldFile = repository.deletingLastPathComponent().appendingPathComponent("shared/eval/seeds-gold.json")
    static var available: Bool { FileManager.default.fileExists(atPath: goldFile.path) }

    /// The seeds as `sample-data` ships them, with the gold's quotes and speakers.
    static func load() throws -> LinkingGold {
        let corpus = try CorpusLoader().load(repository.appendingPathComponent("sample-data").path)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: goldFile)) as! [String: Any]
        let articleIndex = Dictionary(uniqueKeysWithValues: corpus.articles.enumerated().map { ($1.id, $0) })
        let gold = (json["quotes"] as! [[String: Any]]).map { q in
            GoldQuote(
                id: q["id"] as! String, article: articleIndex[q["article"] as! String]!,
                start: q["start"] as! Int, end: q["end"] as! Int, speaker: q["speaker"] as! String,
                kind: QuoteKind(rawValue: q["kind"] as! String) ?? .direct, optional: q["optional"] as! Bool)
        }
        let clusters = (json["clusters"] as! [[String: Any]]).map { $0["quotes"] as! [String] }
        return LinkingGold(articles: corpus.articles, gold: gold, clusters: clusters)
    }

    init(articles: [Article], gold: [GoldQuote], clusters: [[String]]) {
        self.articles = articles
        self.gold = gold
        self.clusters = clusters
        var speakerIndex: [String: Int] = [:]
        var speakers: [Speaker] = []
        for g in gold where speakerIndex[g.speaker] == nil {
            speakerIndex[g.speaker] = speakers.count
            speakers.append(Speaker(id: speakers.count, name: g.speaker, aliases: [], roles: [], kind: .person))
        }
        self.speakers = speakers
        let ordered = gold.enumerated().sorted { ($0.element.article, $0.element.start) < ($1.element.article, $1.element.start) }
        quotes = ordered.enumerated().map { id, entry in
            let g = entry.element
            return Quote(
                id: id, article: g.article, start: g.start, end: g.end,
                text: Substring(articles[g.article].excerpt(g.start, g.end)), kind: g.kind,
                speaker: speakerIndex[g.speaker], sentences: [])
        }
    }

    /// Gold quotes with speakers replaced (nil: nobody named), to test robustness to attribution.
    func quotes(speaker: (Quote) -> Int?) -> [Quote] {
        quotes.map { q in
            Quote(id: q.id, article: q.article, start: q.start, end: q.end, text: q.text, kind: q.kind,
                  speaker: speaker(q), sentences: q.sentences)
        }
    }

    /// score.py's rule: a span matches a gold quote when it covers 60% of it and half the span is gold.
    private func hits(_ article: Int, _ start: Int, _ end: Int) -> [GoldQuote] {
        let length = max(1, end - start)
        let touched = gold.filter { $0.article == article }
            .map { ($0, max(0, min(end, $0.end) - max(start, $0.start))) }
            .filter { $0.1 > 0 }
        guard touched.reduce(0, { $0 + $1.1 }) * 2 >= length else { return [] }
        return touched.filter { Double($0.1) >= 0.6 * Double($0.0.end - $0.0.start) }.map(\.0)
    }

    private struct Pair: Hashable { let a: String; let b: String }

    /// Pairwise linking precision and recall, exactly as score.py counts them.
    func score(_ statements: [Statement], quotes: [Quote]? = nil) -> Score {
        let quotes = quotes ?? self.quotes
        let byID = Dictionary(uniqueKeysWithValues: gold.map { ($0.id, $0) })
        func pairs(_ ids: Set<String>) -> [Pair] {
            let sorted = ids.sorted()
            var out: [Pair] = []
            for i in sorted.indices {
                for j in sorted.indices where j > i && byID[sorted[i]]!.article != byID[sorted[j]]!.article {
                    out.append(Pair(a: sorted[i], b: sorted[j]))
                }
            }
            return out
        }
        var truePairs = Set<Pair>()
        for c in clusters { truePairs.formUnion(pairs(Set(c))) }
        var predicted = Set<Pair>()
        for s in statements {
            var covered = Set<String>()
            for m in s.members {
                for g in hits(quotes[m.quote].article, m.start, m.end) { covered.insert(g.id) }
            }
            predicted.formUnion(pairs(covered))
        }
        let required = truePairs.filter { !byID[$0.a]!.optional && !byID[$0.b]!.optional }
        predicted = predicted.filter { truePairs.contains($0) || !byID[$0.a]!.optional || !byID[$0.b]!.optional }
        let right = predicted.intersection(truePairs).count
        return Score(
            precision: predicted.isEmpty ? 0 : Double(right) / Double(predicted.count),
            recall: required.isEmpty ? 0 : Double(predicted.intersection(required).count) / Double(required.count),
            right: right, predicted: predicted.count, required: required.count,
            unlinked: required.subtracting(predicted).map { "\($0.a) ~ \($0.b)" }.sorted(),
            wrong: predicted.subtracting(truePairs).map { "\($0.a) ~ \($0.b)" }.sorted())
    }
}
