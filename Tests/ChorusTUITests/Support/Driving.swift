import Foundation
import Testing
@testable import ChorusTUI

extension ReaderModel {
    /// Presses keys written as in the help screen: single characters, or <Enter>, <Tab>, <S-Tab>,
    /// <Esc>, <BS>, <Up>, <Down>, <Left>, <Right>, <PgUp>, <PgDn>, <Home>, <End>, <C-d>.
    @discardableResult
    mutating func press(_ keys: String) -> Effects {
        var effects: Effects = []
        for key in Keys.parse(keys) { effects.formUnion(handle(key)) }
        return effects
    }

    /// The frame this model draws at its size.
    func screen() -> CellGrid {
        let grid = CellGrid(width: width, height: height)
        Renderer.draw(self, on: grid)
        return grid
    }
}

enum Keys {
    static func parse(_ text: String) -> [Key] {
        var keys: [Key] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "<", let close = text[i...].firstIndex(of: ">"), close > text.index(after: i) {
                let name = String(text[text.index(after: i)..<close])
                keys.append(named(name))
                i = text.index(after: close)
            } else {
                keys.append(.char(text[i]))
                i = text.index(after: i)
            }
        }
        return keys
    }

    static func named(_ name: String) -> Key {
        switch name {
        case "Enter": return .enter
        case "Tab": return .tab
        case "S-Tab": return .backTab
        case "Esc": return .escape
        case "BS": return .backspace
        case "Up": return .up
        case "Down": return .down
        case "Left": return .left
        case "Right": return .right
        case "PgUp": return .pageUp
        case "PgDn": return .pageDown
        case "Home": return .home
        case "End": return .end
        case "Space": return .char(" ")
        case "lt": return .char("<")
        default:
            if name.hasPrefix("C-"), let c = name.last { return .ctrl(c) }
            fatalError("unknown key name <\(name)>")
        }
    }
}

/// Whole-screen text snapshots, stored beside the tests. Set CHORUS_RECORD_SNAPSHOTS=1 to write
/// them anew after an intended change (then read the diff before committing).
enum Snapshot {
    static let directory: String = {
        let file = #filePath
        let support = file[..<file.lastIndex(of: "/")!]
        let tests = support[..<support.lastIndex(of: "/")!]
        return String(tests) + "/Snapshots"
    }()

    static var recording: Bool { ProcessInfo.processInfo.environment["CHORUS_RECORD_SNAPSHOTS"] == "1" }

    static func check(_ grid: CellGrid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(text: grid.render(), name, sourceLocation: sourceLocation)
    }

    static func check(text actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = directory + "/" + name + ".txt"
        let stored = try? String(contentsOfFile: path, encoding: .utf8)
        if recording || stored == nil {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            if stored == nil && !recording {
                Issue.record("Snapshot \(name) was missing and has been recorded; check it and run again.", sourceLocation: sourceLocation)
            }
            return
        }
        if stored != actual {
            Issue.record("Screen differs from snapshot \(name):\n\(diff(stored!, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, expected then actual.
    static func diff(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? String(e[i]) : "<none>"
            let y = i < a.count ? String(a[i]) : "<none>"
            if x != y { out.append("line \(i + 1):\n  expected: \(x)\n  actual:   \(y)") }
        }
        return out.joined(separator: "\n")
    }
}
