import ArgumentParser
import ChorusCore
import ChorusTUI

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open the reader (the default command).")

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .customLong("benchmark-redraw"), help: .hidden)
    var benchmarkRedraw = false

    func run() throws {
        try reportingFailures {
            let root = try corpus.resolvedPath()
            if benchmarkRedraw {
                // Times the first screen and a redraw per key press without a terminal.
                Diagnostics.printOut(RedrawBenchmark.run(corpusPath: root) + "\n")
                return
            }
            guard Diagnostics.stdoutIsTerminal else {
                throw CommandFailure("Standard output is not a terminal; use `chorus export` to print the index.")
            }
            let outcome = ReaderApp.run(corpusPath: root)
            if let message = outcome.failure { throw CommandFailure(message) }
        }
    }
}
