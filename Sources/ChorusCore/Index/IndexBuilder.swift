import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Where the index build stands, for a progress bar.
public struct IndexProgress: Sendable, Equatable {
    public enum Stage: String, Sendable {
        case quotes = "finding quotes"
        case speakers = "resolving speakers"
        case statements = "linking statements"
        case done = "done"
    }

    public let stage: Stage
    public let completed: Int
    public let total: Int

    /// 0...1 over the whole build; quotes are most of the work.
    public var fraction: Double {
        let within = total > 0 ? Double(completed) / Double(total) : 1
        switch stage {
        case .quotes: return 0.8 * within
        case .speakers: return 0.8 + 0.05 * within
        case .statements: return 0.85 + 0.15 * within
        case .done: return 1
        }
    }
}

/// Builds a `CorpusIndex` from loaded articles: quotes per article (in parallel; articles are
/// independent), then speakers across the corpus, then statements across outlets.
public struct IndexBuilder: Sendable {
    public var extractor = QuoteExtractor()
    public var resolver = SpeakerResolver()
    public var linker = StatementLinker()

    public init() {}

    public func build(_ corpus: Corpus, progress: (@Sendable (IndexProgress) -> Void)? = nil) -> CorpusIndex {
        let articles = corpus.articles
        let extracted = extractAll(articles, progress: progress)

        progress?(IndexProgress(stage: .speakers, completed: 0, total: 1))
        let (speakers, assignment) = resolver.resolve(extracted.map { $0.map(\.mention) })

        var quotes: [Quote] = []
        quotes.reserveCapacity(extracted.reduce(0) { $0 + $1.count })
        for (a, found) in extracted.enumerated() where !found.isEmpty {
            let scalars = Array(articles[a].text.unicodeScalars)
            for (q, quote) in found.enumerated() {
                let start = max(0, min(quote.start, scalars.count))
                let end = max(start, min(quote.end, scalars.count))
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[start..<end])
                quotes.append(Quote(
                    id: quotes.count, article: a, start: start, end: end, text: String(text),
                    kind: quote.kind, speaker: assignment[a][q], sentences: quote.sentences))
            }
        }

        progress?(IndexProgress(stage: .statements, completed: 0, total: 1))
        let t0 = DispatchTime.now().uptimeNanoseconds
        let statements = linker.link(quotes: quotes, articles: articles, speakers: speakers)
        if getenv("CHORUS_TIMING") != nil {  // TEMP timing
            let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            FileHandleless.err("linking: \(ms) ms, \(quotes.count) quotes, \(statements.count) statements")
        }
        progress?(IndexProgress(stage: .done, completed: 1, total: 1))
        return CorpusIndex(
            root: corpus.root, articles: articles, quotes: quotes, speakers: speakers,
            statements: statements, warnings: corpus.warnings)
    }

    private func extractAll(_ articles: [Article], progress: (@Sendable (IndexProgress) -> Void)?) -> [[ExtractedQuote]] {
        let total = articles.count
        var results = [[ExtractedQuote]](repeating: [], count: total)
        let chunk = 64
        let chunks = (total + chunk - 1) / chunk
        let counter = ProgressCounter()
        let extractor = extractor
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * chunk)..<min(total, (c + 1) * chunk)
                for i in range {
                    // Spans are sorted so every later stage can rely on text order.
                    out[i] = extractor.extract(from: articles[i]).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
                }
                let done = counter.add(range.count)
                progress?(IndexProgress(stage: .quotes, completed: done, total: total))
            }
        }
        return results
    }
}

/// Lets parallel workers write disjoint slots of one buffer.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
    subscript(i: Int) -> Element {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
}

/// A thread-safe running count.
private final class ProgressCounter: @unchecked Sendable {
    private var value = 0
    private let lock = DispatchQueue(label: "chorus.progress")
    func add(_ n: Int) -> Int { lock.sync { value += n; return value } }
}

enum FileHandleless {  // TEMP timing
    static func err(_ s: String) { let line = s + "\n"; _ = line.withCString { write(2, $0, strlen($0)) } }
}
