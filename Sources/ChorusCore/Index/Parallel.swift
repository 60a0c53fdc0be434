import Dispatch

/// Running two independent stages of the build at once.
enum Parallel {
    /// Runs `background` on another thread while `foreground` runs on this one (which may itself
    /// spread over every core: the system shares them out), and returns both results.
    static func alongside<A: Sendable, B>(_ background: @escaping @Sendable () -> A, _ foreground: () -> B) -> (A, B) {
        let result = Result<A>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { result.value = background() }
        let b = foreground()
        group.wait()
        // The group's wait orders the write before this read.
        return (result.value!, b)
    }

    private final class Result<A>: @unchecked Sendable {
        var value: A?
    }
}
