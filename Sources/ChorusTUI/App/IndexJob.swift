import ChorusCore
import Dispatch
import Synchronization

/// Loads and indexes the corpus on a background thread while the screen is already up. The UI
/// thread polls it between keys; nothing here touches the terminal.
final class IndexJob: Sendable {
    private struct State: Sendable {
        var progress: IndexProgress?
        var result: Result<Catalog, LoadError>?
    }

    private let state = Mutex(State())
    private let path: String

    init(path: String) { self.path = path }

    func start() {
        let path = path
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = Result<Corpus, LoadError> { () throws(LoadError) in try CorpusLoader().load(path) }.map { corpus in
                let index = IndexBuilder().build(corpus) { [self] progress in
                    state.withLock { $0.progress = progress }
                }
                return Catalog(index: index)
            }
            state.withLock { $0.result = result }
        }
    }

    /// How far the build is, and its result once finished.
    func poll() -> (progress: IndexProgress?, result: Result<Catalog, LoadError>?) {
        state.withLock { ($0.progress, $0.result) }
    }
}
