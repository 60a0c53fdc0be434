import ChorusCore
#if canImport(Glibc)
import Glibc
#endif

/// The reader: puts the screen up at once, indexes the corpus in the background, and runs keys
/// through the model until the user quits. All curses calls happen on this (the calling) thread;
/// signals only leave a note that the loop picks up, so the terminal is restored on every way out.
public enum ReaderApp {
    public struct Outcome {
        /// One sentence for the user when the corpus could not be opened; nil after a normal quit.
        public let failure: String?
    }

    public static func run(corpusPath: String) -> Outcome {
        var st = stat()
        guard stat(corpusPath, &st) == 0 else { return Outcome(failure: LoadError.missingPath(corpusPath).description) }

        guard let screen = TerminalScreen() else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            return Outcome(failure: "This terminal (TERM=\(term)) is not one curses knows; try TERM=xterm-256color, or use `chorus export`.")
        }
        let job = IndexJob(path: corpusPath)
        job.start()
        var model = ReaderModel(corpusPath: corpusPath, width: screen.width, height: screen.height)
        var failure: String?
        var dirty = true

        loop: while true {
            switch screen.takeSignal() {
            case .quit?:
                break loop
            case .suspend?:
                screen.suspend()
                model.resize(width: screen.width, height: screen.height)
                dirty = true
            case .resumed?:
                screen.invalidate()
                model.resize(width: screen.width, height: screen.height)
                dirty = true
            case nil: break
            }
            if model.catalog == nil {
                let (progress, result) = job.poll()
                if progress != model.progress {
                    model.progress = progress
                    dirty = true
                }
                switch result {
                case .success(let catalog)?:
                    model.install(catalog)
                    dirty = true
                case .failure(let error)?:
                    failure = error.description
                    break loop
                case nil: break
                }
            }
            if dirty {
                Renderer.draw(model, on: screen)
                dirty = false
            }
            // A short wait while indexing keeps the progress bar moving; signals cut it short anyway.
            guard let key = screen.readKey(milliseconds: model.catalog == nil ? 50 : 200) else {
                if screen.isHungUp { break loop }
                continue
            }
            let effects = model.handle(key)
            if effects.contains(.quit) { break }
            if effects.contains(.repaint) { screen.invalidate() }
            dirty = true
        }
        screen.end()
        if failure == nil, model.isEmptyCorpus { failure = LoadError.emptyCorpus(corpusPath).description }
        return Outcome(failure: failure)
    }
}
