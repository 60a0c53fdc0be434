import ChorusCore
import Foundation
import Testing
@testable import ChorusTUI

/// The project README, which users read before anything else.
enum Readme {
    static var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
    }

    /// The text between a line starting with `begin` and the next line `end`.
    static func block(_ text: String, begin: String, end: String) throws -> Range<String.Index> {
        let start = try #require(text.range(of: begin), "README.md has no line starting \(begin)")
        let lineEnd = text[start.upperBound...].firstIndex(of: "\n") ?? text.endIndex
        let stop = try #require(text.range(of: end, range: lineEnd..<text.endIndex), "README.md has no line \(end)")
        return lineEnd..<stop.lowerBound
    }
}

/// The README's key table is the help screen's, row for row: both come from `KeyTable`, the table
/// that binds the keys, so a key added there and not in the README fails here with the row to add.
/// `CHORUS_WRITE_README_KEYS=1 swift test --filter ReadmeKeyTableTests` rewrites the README's table.
@Suite struct ReadmeKeyTableTests {
    static let begin = "<!-- keys: generated from Sources/ChorusTUI/Model/KeyTable.swift; ReadmeKeyTableTests checks it -->"
    static let end = "<!-- keys: end -->"

    /// The table's rows as the README must hold them: a bold row per section, then a row per
    /// binding with each key in backticks.
    static func expectedRows() -> [String] {
        KeyTable.helpLines().compactMap { line in
            if line.keys.isEmpty { return nil }
            if line.heading { return "| **\(line.keys)** | |" }
            let keys = line.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
            return "| \(keys) | \(line.summary) |"
        }
    }

    static let header = ["| Key | What it does |", "|---|---|"]

    @Test func theReadmeListsExactlyTheKeysTheReaderBinds() throws {
        var text = try String(contentsOf: Readme.url, encoding: .utf8)
        let block = try Readme.block(text, begin: Self.begin, end: Self.end)
        let expected = Self.expectedRows()
        if ProcessInfo.processInfo.environment["CHORUS_WRITE_README_KEYS"] == "1" {
            text.replaceSubrange(block, with: "\n" + (Self.header + expected).joined(separator: "\n") + "\n")
            try text.write(to: Readme.url, atomically: true, encoding: .utf8)
            return
        }
        let actual = text[block].split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("|") && !Self.header.contains($0) }
        guard actual != expected else { return }

        var fixes: [String] = []
        for (i, row) in expected.enumerated() where !actual.contains(row) {
            let after = i == 0 ? Self.header[1] : expected[i - 1]
            fixes.append("add the row\n    \(row)\n  after the row\n    \(after)")
        }
        for row in actual where !expected.contains(row) {
            fixes.append("remove the row (KeyTable binds nothing like it)\n    \(row)")
        }
        if fixes.isEmpty { fixes.append("put the rows in KeyTable's order:\n" + expected.joined(separator: "\n")) }
        Issue.record("""
            README.md's key table differs from KeyTable (Sources/ChorusTUI/Model/KeyTable.swift). In README.md, \
            between the keys comments:
            \(fixes.joined(separator: "\n"))
            (or rewrite the table: CHORUS_WRITE_README_KEYS=1 swift test --filter ReadmeKeyTableTests)
            """)
    }
}

/// The README's export example has the fields `chorus export` prints, no more and no fewer.
@Suite struct ReadmeExportSchemaTests {
    static func keys(_ object: Any?) -> Set<String> { Set((object as? [String: Any])?.keys.map { $0 } ?? []) }
    static func first(_ document: [String: Any], _ array: String) -> [String: Any]? {
        (document[array] as? [Any])?.first as? [String: Any]
    }

    @Test func theExampleHasTheFieldsTheExportPrints() throws {
        let text = try String(contentsOf: Readme.url, encoding: .utf8)
        let block = try Readme.block(text, begin: "<!-- export:", end: "<!-- export: end -->")
        let json = text[block].split(separator: "\n").filter { !$0.hasPrefix("```") }.joined(separator: "\n")
        let documented = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let printed = try #require(
            try JSONSerialization.jsonObject(with: Data(IndexExport.json(Fixture.index).utf8)) as? [String: Any])

        #expect(Self.keys(documented) == Self.keys(printed), "top-level arrays")
        for array in ["articles", "speakers", "quotes", "clusters"] {
            let example = try #require(Self.first(documented, array), "README's export example has no \(array) element")
            let real = try #require(Self.first(printed, array))
            #expect(Self.keys(example) == Self.keys(real), "fields of \(array): README \(Self.keys(example).sorted()), export \(Self.keys(real).sorted())")
        }
        let member = (Self.first(documented, "clusters")?["members"] as? [Any])?.first
        let realMember = (Self.first(printed, "clusters")?["members"] as? [Any])?.first
        #expect(Self.keys(member) == Self.keys(realMember), "fields of a cluster member")
    }

    @Test func everyQuoteKindIsExplained() throws {
        let text = try String(contentsOf: Readme.url, encoding: .utf8)
        for kind in QuoteKind.allCases {
            #expect(text.contains("`\(kind.rawValue)` ("), "README.md does not explain the quote kind `\(kind.rawValue)`")
        }
    }
}
