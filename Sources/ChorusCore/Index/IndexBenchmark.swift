import Dispatch

/// Times the stages of opening a corpus (load, quotes, speakers, statements) over several runs
/// and reports medians, for the README's benchmark table. Never used by tests for timing.
/// What linking adds shows against a run without it (`linking: false`).
public enum IndexBenchmark {
    public struct Timings: Sendable {
        public var load = 0.0
        public var quotes = 0.0
        public var speakers = 0.0
        public var statements = 0.0
        public var total: Double { load + quotes + speakers + statements }
    }

    public static func run(path: String, runs: Int, linking: Bool = true, log: (String) -> Void) throws(LoadError) -> String {
        var all: [Timings] = []
        var articles = 0, quotes = 0, speakers = 0, statements = 0
        for run in 1...runs {
            var t = Timings()
            let start = DispatchTime.now().uptimeNanoseconds
            let corpus = try CorpusLoader().load(path)
            let loaded = DispatchTime.now().uptimeNanoseconds
            t.load = seconds(loaded - start)
            let marks = StageMarks()
            var builder = IndexBuilder()
            builder.linksStatements = linking
            let index = builder.build(corpus) { progress in marks.record(progress.stage) }
            let end = DispatchTime.now().uptimeNanoseconds
            let speakersAt = marks.time(of: .speakers) ?? end
            let statementsAt = marks.time(of: .statements) ?? end
            t.quotes = seconds(speakersAt - loaded)
            t.speakers = seconds(statementsAt - speakersAt)
            t.statements = seconds(end - statementsAt)
            all.append(t)
            articles = index.articles.count
            quotes = index.quotes.count
            speakers = index.speakers.count
            statements = index.statements.count
            log("run \(run): \(format(t.total)) s")
        }
        func median(_ key: (Timings) -> Double) -> String {
            let sorted = all.map(key).sorted()
            return format(sorted[sorted.count / 2])
        }
        return """
            corpus      \(path): \(articles) articles, \(quotes) quotes, \(speakers) speakers, \(statements) statements
            runs        \(runs) (medians in seconds)
            load        \(median(\.load))
            quotes      \(median(\.quotes))
            speakers    \(median(\.speakers))
            statements  \(median(\.statements))
            total       \(median(\.total))

            """
    }

    static func seconds(_ ns: UInt64) -> Double { Double(ns) / 1e9 }

    static func format(_ s: Double) -> String {
        let ms = Int((s * 1000).rounded())
        let frac = ms % 1000
        return "\(ms / 1000)." + String(repeating: "0", count: 3 - String(frac).count) + String(frac)
    }

    /// When each stage began (first report of it).
    private final class StageMarks: @unchecked Sendable {
        private var times: [IndexProgress.Stage: UInt64] = [:]
        private let lock = DispatchQueue(label: "chorus.bench")
        func record(_ stage: IndexProgress.Stage) {
            let now = DispatchTime.now().uptimeNanoseconds
            lock.sync { if times[stage] == nil { times[stage] = now } }
        }
        func time(of stage: IndexProgress.Stage) -> UInt64? { lock.sync { times[stage] } }
    }
}
