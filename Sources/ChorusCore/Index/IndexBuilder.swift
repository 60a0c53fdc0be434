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
        var (quotes, mentions) = Self.quotes(extractAll(articles, progress: progress))
        progress?(IndexProgress(stage: .speakers, completed: 0, total: 1))
        // Resolving speakers is mostly serial; meanwhile the other core reads the quotes' words for
        // linking, which does not depend on who said them. The mentions are let go first, so that
        // they are not held while the linker's memory peaks (and collecting their forms before
        // the linker starts leaves the serial resolver a core of its own). What extraction and
        // collecting left behind is handed back before either starts.
        let forms = Handoff(resolver.collect(consume mentions))
        Memory.releaseFreeMemory()
        let ((speakers, assignment), terms) = concurrently(
            {
                let resolved = resolver.resolve(forms.take())
                // The resolver's scratch is handed back while the linker, which allocates
                // elsewhere, still works.
                Memory.releaseFreeMemory()
                return resolved
            },
            { [quotes] in linksStatements ? linker.terms(quotes: quotes, articles: articles) : nil })
        var q = 0
        for perArticle in assignment {
            for speaker in perArticle {
                quotes[q].speaker = speaker
                q += 1
            }
        }
        // What extraction and speakers left behind is handed back before linking, where the
        // build's memory peaks.
        Memory.releaseFreeMemory()
        progress?(IndexProgress(stage: .statements, completed: 0, total: 1))
        let statements = terms.map { linker.link($0, quotes: quotes, speakers: speakers) } ?? []
        progress?(IndexProgress(stage: .done, completed: 1, total: 1))
        return CorpusIndex(
            root: corpus.root, articles: articles, quotes: quotes, speakers: speakers,
            statements: statements, warnings: corpus.warnings)
    }

    /// Every quote in corpus order (speakers still unknown), and the speaker mention of each
    /// per article; the rest of what the extractor found is let go. The mentions and the sentences
    /// of quotes that have several are copied first, on one thread, into one heap: left among the
    /// workers' freed scratch, these small survivors would keep tens of megabytes of mostly empty
    /// pages resident. Then the quotes are made on every core (articles are independent), each
    /// worker letting go of its articles' findings as it goes.
    private static func quotes(_ extracted: consuming [[Found]]) -> ([Quote], [[SpeakerMention?]]) {
        var counted = 0
        let firstQuote = [0] + extracted.map { found in
            counted += found.count
            return counted
        }
        var copied = [[Range<Int>]](repeating: [], count: counted)
        // An article names its few speakers once per quote: one copy of each.
        var copies: [(mention: SpeakerMention, copy: SpeakerMention)] = []
        // Read in place: copying a whole finding to look at two of its fields retains all of them.
        let mentions = extracted.indices.map { a in
            copies.removeAll(keepingCapacity: true)
            return extracted[a].indices.map { i -> SpeakerMention? in
                if extracted[a][i].quote.sentences.count > 1 {
                    copied[firstQuote[a] + i] = extracted[a][i].quote.sentences.freshCopy
                }
                guard let mention = extracted[a][i].quote.mention else { return nil }
                if let known = copies.first(where: { $0.mention == mention }) { return known.copy }
                copies.append((mention, mention.freshCopy))
                return copies[copies.count - 1].copy
            }
        }
        let chunk = 256, sentences = copied
        var findings = extracted
        let quotes = [Quote](unsafeUninitializedCapacity: counted) { buffer, count in
            let slots = UnsafeSendableSlots(buffer)
            findings.withUnsafeMutableBufferPointer { found in
                let found = UnsafeSendableSlots(found)
                DispatchQueue.concurrentPerform(iterations: (found.buffer.count + chunk - 1) / chunk) { c in
                    for a in (c * chunk)..<min(found.buffer.count, (c + 1) * chunk) {
                        for (i, item) in found[a].enumerated() {
                            let quote = item.quote, id = firstQuote[a] + i
                            slots.initialize(id, to: Quote(
                                id: id, article: a, start: quote.start, end: quote.end, text: item.text, kind: quote.kind,
                                speaker: nil, sentences: quote.sentences.count > 1 ? sentences[id] : quote.sentences))
                        }
                        found[a] = []
                    }
                }
            }
            count = buffer.count
        }
        return (quotes, mentions)
    }

    /// A quote as found, with its text cut from the article.
    struct Found {
        let quote: ExtractedQuote
        let text: Substring
    }

    private func extractAll(_ articles: [Article], progress: (@Sendable (IndexProgress) -> Void)?) -> [[Found]] {
        let total = articles.count
        var results = [[Found]](repeating: [], count: total)
        let chunk = 64
        let chunks = (total + chunk - 1) / chunk
        let counter = ProgressCounter()
        let extractor = extractor
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * chunk)..<min(total, (c + 1) * chunk)
                for i in range {
                    out[i] = extractor.extractWithText(from: articles[i]).map { Found(quote: $0.quote, text: $0.text) }
                }
                let done = counter.add(range.count)
                progress?(IndexProgress(stage: .quotes, completed: done, total: total))
            }
        }
        return results
    }
}

/// A thread-safe running count.
private final class ProgressCounter: @unchecked Sendable {
    private var value = 0
    private let lock = DispatchQueue(label: "chorus.progress")
    func add(_ n: Int) -> Int { lock.sync { value += n; return value } }
}
