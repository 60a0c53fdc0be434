import ChorusCore
import Testing
@testable import ChorusTUI

/// The article list's outlet column, on outlet names from the AllSides corpus: the analyst reads
/// the list by outlet, so names must be whole on a wide terminal and readable on a medium one.
@Suite struct ArticleListColumnsTests {
    static let outlets = ["The Moscow Times", "Washington Examiner", "Associated Press", "CNN (Web News)", "National Review", "NBC News"]

    static let catalog: Catalog = {
        var articles = outlets.enumerated().map { i, outlet in
            Article(id: "a\(i)", path: "a\(i).txt", text: "Officials met on Monday to talk about the bridge.\n",
                    outlet: outlet, title: "Officials meet to discuss the future of the harbour bridge", date: "2024-03-0\(i + 1)")
        }
        articles.append(Article(id: "0123456789abcdef", path: "0123456789abcdef.txt",
                                text: "Ferries will run every twenty minutes.\n\nThe closure begins in April.\n"))
        return Catalog(index: IndexBuilder().build(Corpus(root: "outlets", articles: articles)))
    }()

    static func listRows(width: Int, height: Int) -> [String] {
        let model = Fixture.model(width: width, height: height, catalog: catalog)
        let grid = model.screen()
        let list = model.content(of: .list)
        return (list.row..<(list.row + outlets.count + 1)).map { row in
            String(grid.text(row: row).dropFirst(list.column).prefix(list.width))
        }
    }

    @Test(arguments: [(160, 48), (180, 50)])
    func wideTerminalsShowOutletNamesWhole(width: Int, height: Int) {
        let rows = Self.listRows(width: width, height: height).joined(separator: "\n")
        for outlet in Self.outlets {
            #expect(rows.contains(outlet + " "), "\(outlet) is cut at \(width) columns:\n\(rows)")
        }
        #expect(rows.contains("Officials meet"), "the title keeps what is left:\n\(rows)")
    }

    @Test(arguments: [(100, 30), (80, 24)])
    func mediumTerminalsKeepTheOutletReadableBeforeTheTitle(width: Int, height: Int) {
        let rows = Self.listRows(width: width, height: height).joined(separator: "\n")
        for outlet in Self.outlets {
            let readable = String(outlet.prefix(10))
            #expect(rows.contains(readable), "\(outlet) is cut below ten characters at \(width) columns:\n\(rows)")
        }
    }

    @Test func anArticleWithoutAnOutletSaysSoInsteadOfShowingItsID() {
        let rows = Self.listRows(width: 160, height: 48)
        let row = rows.first { $0.contains("Ferries") }
        #expect(row?.contains(Catalog.noOutlet) == true, "\(rows)")
        #expect(!rows.joined().contains("0123456789"))
    }

    @Test func theReadingPaneCallsAnUntitledArticleWhatTheListCallsIt() throws {
        var model = Fixture.model(width: 160, height: 48, catalog: Self.catalog)
        let untitled = try #require(model.list.rows.firstIndex { !Self.catalog.hasTitle[$0] })
        for _ in 0..<untitled { model.press("j") }
        model.press("<Enter>")
        let grid = model.screen()
        let reading = model.content(of: .reading)
        let title = try #require(grid.find("Ferries will run every twenty minutes.", in: reading))
        #expect(title.row == reading.row, "the inferred title heads the reading pane")
        #expect(grid.find("Untitled", in: reading) == nil)
        #expect(grid.find("no outlet · 0123456789abcdef", in: reading) != nil, "the byline names the article by its id")
    }
}
