import ArgumentParser
import ChorusCore

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List who said what, for scripts and reports.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only quotes of speakers whose name or alias contains this.") var speaker: String?
    @Option(help: "Only quotes of outlets whose name contains this.") var outlet: String?
    @Option(help: ArgumentHelp("Only quotes of this kind: direct, reported, indirect (paraphrase) or partial; repeat it or give a comma list.",
                               valueName: "kind"))
    var kind: [String] = []
    @Option(help: "Output format: table, csv or json.") var format: QuoteListing.Format = .table

    func run() throws {
        try reportingFailures {
            // Before indexing, so a mistyped kind fails at once, not after the whole corpus.
            let kinds = try Self.kinds(kind)
            let index = try corpus.index()
            let filter = QuoteFilter(speaker: speaker, outlet: outlet, kinds: kinds)
            Diagnostics.printOut(QuoteListing(index: index, quotes: filter.apply(to: index)).render(format))
        }
    }

    /// The kinds named by `--kind` options, each a name or a comma list of names; empty for all.
    static func kinds(_ values: [String]) throws -> Set<QuoteKind> {
        let known = QuoteKind.allCases.map(\.rawValue)
        let choices = known.dropLast().joined(separator: ", ") + " or " + known.last!
        var kinds = Set<QuoteKind>()
        for name in values.flatMap({ $0.split(whereSeparator: { $0 == "," || $0.isWhitespace }) }) {
            guard let kind = QuoteKind(rawValue: name.lowercased()) else {
                throw CommandFailure("Unknown quote kind \"\(name)\": use " + choices + ".")
            }
            kinds.insert(kind)
        }
        if !values.isEmpty && kinds.isEmpty { throw CommandFailure("--kind needs a kind: " + choices + ".") }
        return kinds
    }
}

extension QuoteListing.Format: ExpressibleByArgument {}
