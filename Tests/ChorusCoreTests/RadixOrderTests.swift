import Testing
@testable import ChorusCore

/// The searches and the clustering rely on this order being the stable sort's: ties in input order.
@Suite struct RadixOrderTests {
    @Test func ordersAsAStableSortDoes() {
        var random = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 17, 5_000] {
            // Few distinct keys, spread over all four digits, so that ties and skipped passes both occur.
            let keys = (0..<count).map { _ in UInt64.random(in: 0..<6, using: &random) << (16 * UInt64.random(in: 0..<4, using: &random)) }
            let values = Array(0..<Int32(count))
            let expected = values.sorted { (keys[Int($0)], $0) < (keys[Int($1)], $1) }
            #expect(RadixOrder.sorted(values, by: keys) == expected)
        }
    }
}
