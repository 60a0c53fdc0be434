import ArgumentParser
import ChorusCore

@main
struct Chorus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chorus",
        abstract: "Read how many outlets cover one story: who said what, and who else reported it.",
        discussion: """
            PATH is a folder of .txt/.md articles, one article file, or a JSON Lines file.
            Without PATH, Chorus opens the bundled sample-data.
            """,
        version: ChorusVersion.string,
        subcommands: [Read.self, Export.self, Quotes.self, Statements.self, Bench.self],
        defaultSubcommand: Read.self
    )

    static func main() {
        // Before any thread allocates: the build's large intermediate arrays then leave no
        // resident memory behind (see `Memory`).
        Memory.mapLargeBlocks()
        main(nil)
    }
}

/// The corpus argument every command shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "A folder, an article file, or a .jsonl file (default: the bundled sample-data).")
    var path: String?

    /// Loads and indexes the corpus, or exits with one sentence and code 2.
    func index(progressOnTerminal: Bool = true) throws -> CorpusIndex {
        let root = try resolvedPath()
        let corpus: Corpus
        do {
            corpus = try CorpusLoader().load(root)
        } catch {
            throw CommandFailure(error.description)
        }
        for warning in corpus.warnings { Diagnostics.warn(warning.description) }
        guard !corpus.articles.isEmpty else { throw CommandFailure(LoadError.emptyCorpus(root).description) }
        let reporter = progressOnTerminal ? Diagnostics.progressReporter() : nil
        let index = IndexBuilder().build(corpus, progress: reporter)
        if reporter != nil { Diagnostics.clearProgress() }
        return index
    }

    func resolvedPath() throws -> String {
        if let path { return path }
        guard let bundled = SampleData.locate() else {
            throw CommandFailure("The bundled sample-data folder was not found; give a PATH.")
        }
        return bundled
    }
}

/// A failure the user sees as one sentence on stderr, with exit code 2.
struct CommandFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

extension ParsableCommand {
    /// Runs a body, turning a `CommandFailure` into one line on stderr and exit code 2.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            Diagnostics.error(failure.message)
            throw ExitCode(2)
        }
    }
}
