import ArgumentParser
import ChorusCore

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time loading and each stage of the index build (medians over several runs).")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "How many runs to take the median of.") var runs = 3
    @Flag(help: "Build without linking statements, to measure what linking adds.") var withoutStatements = false

    func run() throws {
        try reportingFailures {
            let root = try corpus.resolvedPath()
            let report = try IndexBenchmark.run(path: root, runs: max(1, runs), linking: !withoutStatements) { line in
                Diagnostics.write(line + "\n")
            }
            Diagnostics.printOut(report)
        }
    }
}
