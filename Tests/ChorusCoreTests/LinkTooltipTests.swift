import Testing
@testable import ChorusCore

/// Headlines a scraper copied from a name link's tooltip into the sentence are no one's words.
@Suite struct LinkTooltipTests {
    @Test func theHeadlinesOfANameLinksTooltipAreNotRead() {
        let text = """
            “We will look at every option,” the minister said on Monday.

            Mayor Dana Vale Dana Marie ValeUnion says harbour levy 'will cost jobs' Port chief: 'We were never consulted' MORE said on Tuesday that the levy would pass.
            """
        let quotes = readQuotes(text)
        #expect(quotes.count == 2, "\(quotes)")
        #expect(quotes.allSatisfy { !$0.text.contains("consulted") && !$0.text.contains("MORE") })
        #expect(quotes.last == SeenQuote(text: "the levy would pass", speaker: "Dana Vale", kind: .indirect))
    }

    @Test func aStatementRunningIntoATooltipKeepsItsLongerPart() {
        let text = """
            “We will look at every option,” the minister said on Monday.

            Dana Vale said the harbour levy would be passed by the council before the summer recess despite Mayor Tom Hale Thomas Hale2020 race heats up in the port MORE.
            """
        let quotes = readQuotes(text)
        #expect(quotes.last?.text == "the harbour levy would be passed by the council before the summer recess despite Mayor Tom Hale", "\(quotes)")
    }

    @Test func anArticleWithoutTooltipsIsReadAsPrinted() {
        let text = "READ MORE about the plan. Officials said the McDonald family would MORE than double its stake."
        #expect(LinkTooltips.blanked(Array(text.unicodeScalars)).tooltips.isEmpty)
    }
}
