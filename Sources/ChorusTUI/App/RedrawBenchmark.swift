import ChorusCore

/// Measures what a user waits for: the first screen, and one redraw after a key press, drawing
/// into an in-memory screen of 160×48 (the terminal's own output is left out; curses sends only
/// the cells that changed). A benchmark to run and read, not a timed test.
public enum RedrawBenchmark {
    /// Keys a reader presses while browsing, cycled through for the measurement.
    static let keys: [Key] = [
        .char("j"), .char("j"), .enter, .char("]"), .char("]"), .pageDown, .char("a"), .tab, .tab, .char("j"),
        .char("w"), .char("["), .char("k"), .backTab, .backTab, .char("G"), .char("g"), .char("s"), .char("]"),
        .char("r"), .char("q"), .char("S"), .char("j"), .char("q"), .char("o"), .char("j"),
    ]

    public static func run(corpusPath: String, presses: Int = 500, width: Int = 160, height: Int = 48) -> String {
        let clock = ContinuousClock()
        var lines: [String] = []
        func ms(_ d: Duration) -> String {
            let v = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
            return v < 10 ? String(Int(v * 1000)) + " µs" : String(Int(v)) + " ms"
        }

        let grid = CellGrid(width: width, height: height)
        var model = ReaderModel(corpusPath: corpusPath, width: width, height: height)
        lines.append("first screen (before the index): " + ms(clock.measure { Renderer.draw(model, on: grid) }))

        var corpus: Corpus?
        let loading = clock.measure { corpus = try? CorpusLoader().load(corpusPath) }
        guard let corpus else { return "cannot load \(corpusPath)" }
        var index: CorpusIndex?
        let indexing = clock.measure { index = IndexBuilder().build(corpus) }
        var catalog: Catalog?
        let cataloguing = clock.measure { catalog = Catalog(index: index!) }
        lines.append("background: load \(ms(loading)), index \(ms(indexing)), catalog \(ms(cataloguing)) for \(corpus.articles.count) articles")
        lines.append("install on the UI thread: " + ms(clock.measure { model.install(catalog!) }))
        lines.append("first full screen: " + ms(clock.measure { Renderer.draw(model, on: grid) }))

        var samples: [Duration] = []
        samples.reserveCapacity(presses)
        var slowest: [String: Duration] = [:]
        for i in 0..<presses {
            let key = keys[i % keys.count]
            let view = model.currentView.map { "\($0)" } ?? "\(model.focus)"
            let d = clock.measure {
                _ = model.handle(key)
                Renderer.draw(model, on: grid)
            }
            samples.append(d)
            let label = key.label + " in " + view
            slowest[label] = max(slowest[label] ?? .zero, d)
        }
        samples.sort()
        lines.append("redraw after a key (\(presses) presses): median \(ms(samples[samples.count / 2])), "
            + "p90 \(ms(samples[samples.count * 9 / 10])), max \(ms(samples[samples.count - 1]))")
        let worst = slowest.sorted { $0.value > $1.value }.prefix(5).map { "\($0.key) \(ms($0.value))" }
        lines.append("slowest: " + worst.joined(separator: ", "))
        let search = clock.measure {
            for key in [Key.char("/")] + "ministry".map({ Key.char($0) }) + [.enter] { _ = model.handle(key) }
            Renderer.draw(model, on: grid)
        }
        lines.append("search the whole corpus for “ministry”: \(ms(search)), \(model.search?.hits.count ?? 0) matches")
        return lines.joined(separator: "\n")
    }
}
