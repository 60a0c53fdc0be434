import Dispatch

/// Runs two independent pieces of work at the same time and returns both results; for stages
/// where one piece is mostly serial and would leave the other core idle. The second runs on a
/// queue of its own rather than as an iteration of `concurrentPerform`: work nested in an
/// iteration there gets no other core, and the second piece spreads its own work over every core.
func concurrently<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    var b: B?
    let done = DispatchGroup()
    let a = withUnsafeMutablePointer(to: &b) { pb in
        let slot = ResultSlot(pointer: pb)
        return withoutActuallyEscaping(second) { second in
            DispatchQueue.global().async(group: done) { slot.pointer.pointee = second() }
            let a = first()
            done.wait()
            return a
        }
    }
    return (a, b!)
}

/// Where the second worker writes its result; read only after it is done.
private struct ResultSlot<B>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<B?>
}

/// Passes a value to the worker of `concurrently` that uses it, holding no copy once taken, so
/// that the worker owns it: it can change it in place and let it go when done.
final class Handoff<Value>: @unchecked Sendable {
    private var value: Value?
    init(_ value: consuming Value) { self.value = value }
    /// The value; called once, by one worker.
    func take() -> Value {
        defer { value = nil }
        return value!
    }
}
