import ArgumentParser
import ChorusCore

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List who said what, for scripts and reports.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only quotes of speakers whose name or alias contains this.") var speaker: String?
    @Option(help: "Only quotes of outlets whose name contains this.") var outlet: String?
    @Option(help: "Output format: table, csv or json.") var format: QuoteListing.Format = .table

    func run() throws {
        try reportingFailures {
            let index = try corpus.index()
            let filter = QuoteFilter(speaker: speaker, outlet: outlet)
            Diagnostics.printOut(QuoteListing(index: index, quotes: filter.apply(to: index)).render(format))
        }
    }
}

extension QuoteListing.Format: ExpressibleByArgument {}
