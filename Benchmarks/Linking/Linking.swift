import Benchmark
import ChorusCore
import Foundation

/// Linking statements on the shared corpus once and twice over (as `make_corpora.py` writes them):
/// each iteration links the quotes of an index built without statements, their speakers known,
/// as the last stage of the index build does. In the build itself part of this work (reading the
/// quotes' words) runs beside speaker resolution, so linking adds at most this much to it.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal], timeUnits: .milliseconds,
        warmupIterations: 1, maxDuration: .seconds(600), maxIterations: 9)

    for (name, file) in [("37.5k articles", "x1.jsonl"), ("75k articles", "x2.jsonl")] {
        Benchmark("Linking/\(name)", configuration: configuration) { (benchmark, index: CorpusIndex) in
            let statements = StatementLinker().link(quotes: index.quotes, articles: index.articles, speakers: index.speakers)
            blackHole(statements.count)
        } setup: {
            let path = corpora + "/" + file
            guard FileManager.default.fileExists(atPath: path) else { throw MissingCorpus(path: path) }
            var builder = IndexBuilder()
            builder.linksStatements = false
            return builder.build(try CorpusLoader().load(path))
        }
    }
}

struct MissingCorpus: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(path) not found: run Benchmarks/run.sh once, or Benchmarks/make_corpora.py" }
}

/// Where `Benchmarks/run.sh` leaves the corpora it makes.
let corpora = ProcessInfo.processInfo.environment["CHORUS_BENCH_DIR"]
    ?? (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/chorus-bench"
