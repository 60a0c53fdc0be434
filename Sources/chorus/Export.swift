import ArgumentParser
import ChorusCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the whole index (articles, speakers, quotes, statements) as JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Output format: json.") var format: Format = .json
    @Flag(help: "One line of JSON instead of indented output.") var compact = false

    func run() throws {
        try reportingFailures {
            let index = try corpus.index()
            IndexExport.write(index, pretty: !compact) { Diagnostics.printOut($0) }
        }
    }
}
