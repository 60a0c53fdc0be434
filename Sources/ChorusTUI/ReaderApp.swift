import ChorusCore

/// The reader: loads the corpus, builds the index, and runs the screen until the user quits.
public enum ReaderApp {
    public struct Outcome {
        /// One sentence for the user when the corpus could not be opened; nil after a normal quit.
        public let failure: String?
    }

    public static func run(corpusPath: String) -> Outcome {
        let corpus: Corpus
        do {
            corpus = try CorpusLoader().load(corpusPath)
        } catch {
            return Outcome(failure: error.description)
        }
        let index = IndexBuilder().build(corpus)
        let screen = TerminalScreen()
        defer { screen.end() }
        var selected = 0
        while true {
            screen.clear()
            screen.put("Chorus — \(corpusPath) — \(index.articles.count) articles, \(index.quotes.count) quotes", row: 0, column: 0, style: CellStyle(bold: true))
            if index.articles.isEmpty {
                screen.put("No articles found in \(corpusPath).", row: 2, column: 2, style: .plain)
            }
            for (i, article) in index.articles.enumerated() where i + 2 < screen.height {
                let line = "\(article.outletLabel)  \(article.date ?? "")  \(article.title ?? article.id)"
                screen.put(line, row: i + 2, column: 1, style: CellStyle(reverse: i == selected))
            }
            screen.present()
            switch screen.readKey() {
            case Int32(UInt8(ascii: "q")), Int32(UInt8(ascii: "Q")): 
                return Outcome(failure: index.articles.isEmpty ? LoadError.emptyCorpus(corpusPath).description : nil)
            case Int32(UInt8(ascii: "j")): selected = min(selected + 1, max(0, index.articles.count - 1))
            case Int32(UInt8(ascii: "k")): selected = max(0, selected - 1)
            default: break
            }
        }
    }
}
