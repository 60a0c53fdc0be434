/// Lets parallel workers write disjoint slots of one buffer; each slot is written by one worker only.
struct UnsafeSendableSlots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
    subscript(i: Int) -> Element {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
    /// Fills a slot that holds nothing yet (in a buffer being initialized).
    func initialize(_ i: Int, to value: Element) {
        (buffer.baseAddress! + i).initialize(to: value)
    }
}
