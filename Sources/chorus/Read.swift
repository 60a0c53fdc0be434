import ArgumentParser
import ChorusCore
import ChorusTUI

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open the reader (the default command).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try reportingFailures {
            guard Diagnostics.stdoutIsTerminal else {
                throw CommandFailure("Standard output is not a terminal; use `chorus export` to print the index.")
            }
            let root = try corpus.resolvedPath()
            let outcome = ReaderApp.run(corpusPath: root)
            if let message = outcome.failure { throw CommandFailure(message) }
        }
    }
}
