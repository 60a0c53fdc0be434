/// What drawing needs again frame after frame, computed once: articles laid out for a width, and
/// per-quote, per-statement and per-speaker lists whose cost grows with how widely a remark was
/// reported. The catalog never changes once installed, so nothing here goes stale; the caches are
/// only bounded.
final class ViewCache {
    private struct LayoutKey: Hashable { let article: Int; let width: Int }
    private struct DiffKey: Hashable { let quote: Int; let statement: Int; let other: Int }

    private var documents: [LayoutKey: ReadingDocument] = [:]
    private var texts: [Int: [Unicode.Scalar]] = [:]
    private var diffs: [DiffKey: [Range<Int>]] = [:]
    private var alsoEntries: [Int: [AlsoEntry]] = [:]
    private var outlets: [Int: [String]] = [:]
    private var speakerDetails: [Int: [SpeakerDetailItem]] = [:]

    func document(_ catalog: Catalog, article: Int, width: Int) -> ReadingDocument {
        let key = LayoutKey(article: article, width: max(1, width))
        return remember(key, in: &documents, limit: 24) {
            ReadingDocument(catalog: catalog, article: article, width: key.width, scalars: scalars(catalog, article))
        }
    }

    func scalars(_ catalog: Catalog, _ article: Int) -> [Unicode.Scalar] {
        remember(article, in: &texts, limit: 24) { Array(catalog.index.articles[article].text.unicodeScalars) }
    }

    /// Words of another outlet's wording that differ from a quote's.
    func differing(_ catalog: Catalog, quote: Int, entry: AlsoEntry) -> [Range<Int>] {
        remember(DiffKey(quote: quote, statement: entry.statement, other: entry.quote), in: &diffs, limit: 512) {
            WordDiff.differing(from: catalog.wording(of: quote, in: entry.statement), in: catalog.wording(of: entry.member))
        }
    }

    func alsoEntries(_ catalog: Catalog, quote: Int) -> [AlsoEntry] {
        remember(quote, in: &alsoEntries, limit: 256) { catalog.alsoEntries(for: quote) }
    }

    /// The outlets that carried a statement, in order of first report.
    func outlets(_ catalog: Catalog, statement: Int) -> [String] {
        remember(statement, in: &outlets, limit: 1024) { catalog.index.outlets(of: catalog.index.statements[statement]) }
    }

    func speakerDetail(_ catalog: Catalog, speaker: Int) -> [SpeakerDetailItem] {
        remember(speaker, in: &speakerDetails, limit: 64) { catalog.speakerDetail(speaker) }
    }

    private func remember<Key: Hashable, Value>(_ key: Key, in memo: inout [Key: Value], limit: Int, _ make: () -> Value) -> Value {
        if let value = memo[key] { return value }
        if memo.count >= limit { memo.removeAll(keepingCapacity: true) }
        let value = make()
        memo[key] = value
        return value
    }
}
