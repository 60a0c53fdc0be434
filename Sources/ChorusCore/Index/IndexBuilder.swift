import Dispatch

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
    /// Whether statements are linked across outlets (off only to measure what linking costs).
    public var linksStatements = true

    public init() {}

    public func build(_ corpus: Corpus, progress: (@Sendable (IndexProgress) -> Void)? = nil) -> CorpusIndex {
        let articles = corpus.articles
        let (found, gathered) = extractAndGather(articles, progress: progress)
        var quotes = Self.quotes(consume found, articles: articles, sentences: gathered.sentences)
        let forms = Handoff(gathered.forms)
        progress?(IndexProgress(stage: .speakers, completed: 0, total: 1))
        // Resolving speakers is mostly serial; meanwhile the other core reads the quotes' words for
        // linking, which does not depend on who said them. What extraction left behind is handed
        // back first on the resolver's side: the linker's reading, the longer of the two, need not
        // wait for it.
        let ((speakers, assignment, families), terms) = concurrently(
            {
                Memory.releaseFreeMemory()
                // Finished here, not on the thread that gathered them: once extraction ends, the
                // finishing would hold up the cores that make the quotes.
                let (speakers, assignment) = resolver.resolve(forms.take().finish())
                // The resolver's scratch is handed back while the linker, which allocates
                // elsewhere, still works.
                Memory.releaseFreeMemory()
                return (speakers, assignment, linksStatements ? SpeakerFamilies(speakers) : nil)
            },
            { [quotes] in linksStatements ? linker.terms(quotes: quotes, articles: articles) : nil })
        for q in assignment.indices where assignment[q] >= 0 { quotes[q].speaker = Int(assignment[q]) }
        // What extraction and speakers left behind is handed back before linking, where the
        // build's memory peaks.
        Memory.releaseFreeMemory()
        progress?(IndexProgress(stage: .statements, completed: 0, total: 1))
        var statements: [Statement] = []
        // Consumed, so that linking writes the speakers into the only copy of the table.
        if let families, let terms = consume terms { statements = linker.link(terms, quotes: quotes, families: families) }
        progress?(IndexProgress(stage: .done, completed: 1, total: 1))
        return CorpusIndex(
            root: corpus.root, articles: articles, quotes: quotes, speakers: speakers,
            statements: statements, warnings: corpus.warnings)
    }

    /// Every quote in corpus order (speakers still unknown), made on every core (articles are
    /// independent), each worker letting go of its articles' findings as it goes. `sentences` holds
    /// a copy of the sentences of each quote that has several.
    private static func quotes(_ extracted: consuming [[Found]], articles: [Article], sentences: [[Range<Int>]]) -> [Quote] {
        var counted = 0
        let firstQuote = [0] + extracted.map { found in
            counted += found.count
            return counted
        }
        // An empty result is the shared empty array, whose header the initializer below would
        // write while another index is built on another core (ThreadSanitizer reports it).
        guard counted > 0 else { return [] }
        let chunk = 256
        var findings = extracted
        return [Quote](unsafeUninitializedCapacity: counted) { buffer, count in
            let slots = UnsafeSendableSlots(buffer)
            findings.withUnsafeMutableBufferPointer { found in
                let found = UnsafeSendableSlots(found)
                DispatchQueue.concurrentPerform(iterations: (found.buffer.count + chunk - 1) / chunk) { c in
                    for a in (c * chunk)..<min(found.buffer.count, (c + 1) * chunk) {
                        // Taken from the end, each finding is moved into its quote, not copied.
                        var items: [Found] = []
                        swap(&items, &found[a])
                        var id = firstQuote[a] + items.count
                        let printed = articles[a].text
                        while let (quote, span) = items.popLast() {
                            id -= 1
                            slots.initialize(id, to: Quote(
                                id: id, article: a, start: quote.start, end: quote.end, text: span.text(in: printed), kind: quote.kind,
                                speaker: nil, sentences: quote.sentences.count > 1 ? sentences[id] : quote.sentences, isDeniedClaim: quote.isDeniedClaim))
                        }
                    }
                    // The findings let go here are small blocks among ones still held: handed back as
                    // the quotes are made, they do not add to the table being filled.
                    if c % 16 == 15 { Memory.releaseFreeMemory() }
                }
            }
            count = buffer.count
        }
    }

    /// A quote as found, with where its text lies in the article.
    typealias Found = (quote: ExtractedQuote, utf8: QuotedText)

    /// What one more thread gathers from the findings while the extractor works.
    struct Gathered: Sendable {
        /// The forms of the speakers the quotes name, not yet finished.
        var forms: SpeakerCollector
        /// Per quote in corpus order, a copy of its sentences when it has several (else empty).
        var sentences: [[Range<Int>]]
    }

    /// Quotes are found on every core, in chunks of articles, while one more thread reads the
    /// findings chunk by chunk in corpus order: it collects the speakers' forms (which needs
    /// the corpus order) and copies the sentences of quotes that have several. Done after
    /// extraction, this reading would leave a core idle; and the copies, made among the workers'
    /// scratch instead of on a thread of their own, would keep tens of megabytes of mostly empty
    /// pages resident once the scratch is let go.
    private func extractAndGather(_ articles: [Article], progress: (@Sendable (IndexProgress) -> Void)?) -> ([[Found]], Gathered) {
        let total = articles.count
        var results = [[Found]](repeating: [], count: total)
        let chunk = 64
        let chunks = (total + chunk - 1) / chunk
        let ready = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
        let counter = ProgressCounter()
        let extractor = extractor
        let gathered = results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            return concurrently({
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let range = (c * chunk)..<min(total, (c + 1) * chunk)
                    for i in range {
                        out[i] = extractor.extractWithUTF8Spans(from: articles[i])
                    }
                    ready[c].signal()
                    let done = counter.add(range.count)
                    progress?(IndexProgress(stage: .quotes, completed: done, total: total))
                }
            }, {
                var collector = SpeakerCollector()
                var sentences: [[Range<Int>]] = []
                for c in 0..<chunks {
                    ready[c].wait()
                    for a in (c * chunk)..<min(total, (c + 1) * chunk) {
                        // Read in place: copying a whole finding to look at one field retains all of them.
                        let found = out[a]
                        collector.add(found.indices.map { found[$0].quote.mention })
                        for i in found.indices {
                            sentences.append(found[i].quote.sentences.count > 1 ? found[i].quote.sentences.freshCopy : [])
                        }
                    }
                }
                collector.endAdding()
                return Gathered(forms: collector, sentences: sentences)
            }).1
        }
        return (results, gathered)
    }
}

/// A thread-safe running count.
private final class ProgressCounter: @unchecked Sendable {
    private var value = 0
    private let lock = DispatchQueue(label: "chorus.progress")
    func add(_ n: Int) -> Int { lock.sync { value += n; return value } }
}
