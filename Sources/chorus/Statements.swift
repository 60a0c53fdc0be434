import ArgumentParser
import ChorusCore

struct Statements: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the statements several outlets carried: speaker, outlets in order of first report, each outlet's wording.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only statements of speakers whose name or alias contains this.") var speaker: String?
    @Option(help: "Only statements carried by at least this many outlets.") var minOutlets: Int = 2
    @Option(help: "Output format: table, csv, json or markdown.") var format: StatementListing.Format = .table

    func run() throws {
        try reportingFailures {
            let index = try corpus.index()
            let filter = StatementFilter(speaker: speaker, minOutlets: minOutlets)
            Diagnostics.printOut(StatementListing(index: index, statements: filter.apply(to: index)).render(format))
        }
    }
}

extension StatementListing.Format: ExpressibleByArgument {}
