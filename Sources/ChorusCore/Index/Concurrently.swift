import Dispatch

/// Runs two independent pieces of work at the same time and returns both results; for stages
/// where one piece is mostly serial and would leave the other core idle.
func concurrently<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    var a: A?
    var b: B?
    withUnsafeMutablePointer(to: &a) { pa in
        withUnsafeMutablePointer(to: &b) { pb in
            let slots = PairSlots(first: pa, second: pb)
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { slots.first.pointee = first() } else { slots.second.pointee = second() }
            }
        }
    }
    return (a!, b!)
}

/// Where each of the two workers writes its result; each writes its own only.
private struct PairSlots<A, B>: @unchecked Sendable {
    let first: UnsafeMutablePointer<A?>
    let second: UnsafeMutablePointer<B?>
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
