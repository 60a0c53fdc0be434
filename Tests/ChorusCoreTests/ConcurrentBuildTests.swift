import Dispatch
import Testing
@testable import ChorusCore

/// Builds may run at once in one process (several corpora, a rebuild while one is shown). Each
/// build hands freed memory back to the C library between its stages; under a sanitizer two such
/// calls at once crashed in the C library's heap set-up before they were made one at a time.
@Suite struct ConcurrentBuildTests {
    @Test func buildsRunningAtOnceGiveTheIndexOfOneBuildAlone() throws {
        let corpus = try CorpusLoader().load(LinkingGold.repository.appendingPathComponent("sample-data").path)
        // At once first: the first hand-back of a process is the one that sets the heap up.
        let slots = ExportSlots(count: 6)
        DispatchQueue.concurrentPerform(iterations: slots.count) { k in
            slots.store(k, IndexExport.json(IndexBuilder().build(corpus)))
        }
        let alone = IndexExport.json(IndexBuilder().build(corpus))
        #expect(slots.values.allSatisfy { $0 == alone })
    }

    /// Articles without a quote, read on every core: each gives an empty list, which once wrote the
    /// header of the one shared empty array from several threads (ThreadSanitizer, in CI).
    @Test func manyArticlesWithoutQuotesAreReadOnEveryCore() {
        let texts = (0..<400).map { "The council met on day \($0) and adjourned before noon without a vote." }
        let index = buildIndex(texts)
        #expect(index.articles.count == 400)
        #expect(index.quotes.isEmpty)
    }

    private final class ExportSlots: @unchecked Sendable {
        private var exports: [String]
        private let lock = DispatchQueue(label: "exports")
        init(count: Int) { exports = Array(repeating: "", count: count) }
        var count: Int { lock.sync { exports.count } }
        var values: [String] { lock.sync { exports } }
        func store(_ k: Int, _ export: String) { lock.sync { exports[k] = export } }
    }
}
