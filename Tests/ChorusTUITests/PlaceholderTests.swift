import Testing
@testable import ChorusTUI

@Test func cellStylePlainIsPlain() { #expect(CellStyle.plain == CellStyle()) }
