import Benchmark
import ChorusCore
import Dispatch
import Foundation

/// What linking statements adds to the index build, on the shared corpus once and twice over (as
/// `make_corpora.py` writes them). After one build each way to warm the heap, each iteration builds
/// the index with linking and without it, in alternating order so that both meet the same machine;
/// the difference is the metric.
let benchmarks: @Sendable () -> Void = {
    let added = BenchmarkMetric.custom("linking added (ms)", useScalingFactor: false)
    let linked = BenchmarkMetric.custom("build with linking (ms)", useScalingFactor: false)
    let bare = BenchmarkMetric.custom("build without linking (ms)", useScalingFactor: false)
    let configuration = Benchmark.Configuration(
        metrics: [added, linked, bare],
        units: [added: .count, linked: .count, bare: .count],
        warmupIterations: 1, maxDuration: .seconds(900), maxIterations: 7)

    for (name, file) in [("37.5k articles", "x1.jsonl"), ("75k articles", "x2.jsonl")] {
        Benchmark("Linking/\(name)", configuration: configuration) { benchmark in
            let path = corpora + "/" + file
            guard FileManager.default.fileExists(atPath: path) else {
                benchmark.error("\(path) not found: run Benchmarks/run.sh once, or Benchmarks/make_corpora.py")
                return
            }
            let corpus = try CorpusLoader().load(path)
            var milliseconds: [Bool: Int] = [:]
            for linking in benchmark.currentIteration % 2 == 0 ? [true, false] : [false, true] {
                var builder = IndexBuilder()
                builder.linksStatements = linking
                let start = DispatchTime.now().uptimeNanoseconds
                blackHole(builder.build(corpus).statements.count)
                milliseconds[linking] = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            benchmark.measurement(linked, milliseconds[true]!)
            benchmark.measurement(bare, milliseconds[false]!)
            benchmark.measurement(added, milliseconds[true]! - milliseconds[false]!)
        }
    }
}

/// Where `Benchmarks/run.sh` leaves the corpora it makes.
let corpora = ProcessInfo.processInfo.environment["CHORUS_BENCH_DIR"]
    ?? (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/chorus-bench"
