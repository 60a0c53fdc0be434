import Testing
@testable import ChorusCore

/// Text scrapers really produce: it must index without a crash, with every span inside its article.
@Suite struct HostileTextTests {
    static func index(_ texts: [String]) -> CorpusIndex {
        let articles = texts.enumerated().map { Article(id: "h\($0)", path: "h\($0).txt", text: $1) }
        return IndexBuilder().build(Corpus(root: "hostile", articles: articles))
    }

    static func expectSpansInside(_ index: CorpusIndex) {
        for quote in index.quotes {
            let count = index.articles[quote.article].text.unicodeScalars.count
            #expect(quote.start >= 0 && quote.start <= quote.end && quote.end <= count)
        }
    }

    @Test func aQuarterMegabyteLineAndATenThousandCharacterWord() {
        let line = String(repeating: "The minister said “we will act”, and ", count: 7_000)
        let word = String(repeating: "x", count: 10_000)
        let index = Self.index([line, "He said “\(word)” today.", line + word])
        #expect(index.quotes.count > 1000)
        Self.expectSpansInside(index)
    }

    @Test func deeplyNestedAndUnbalancedQuoteMarks() {
        let nested = String(repeating: "“‘«„", count: 2_000) + "word" + String(repeating: "»’”", count: 1_500)
        let unbalanced = String(repeating: "” said he “ ", count: 3_000)
        let index = Self.index([nested, unbalanced, String(repeating: "\"", count: 9_999)])
        Self.expectSpansInside(index)
    }

    @Test func controlCharactersEscapesAndBidiOverrides() {
        let text = "He said “\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}\u{202E}evil\u{202C}\u{200B}\u{0085}\u{9B}31m” and left.\u{0}\u{1F}"
        let index = Self.index([text, text])
        Self.expectSpansInside(index)
        #expect(IndexExport.json(index).unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" })
    }

    /// Found by the property tests: a bracket opening the sentence that closes after the cue.
    @Test func aBracketClosingAfterTheCue() {
        let index = Self.index(["( said ) that we will not accept this.", "(Anna said ) the ministry will act.", "( , warned ) we will not accept this."])
        Self.expectSpansInside(index)
    }

    /// A sentence whose first word is a speech verb in small letters has nothing before the verb to
    /// read back into.
    @Test func aSentenceOpeningWithASpeechVerbInSmallLetters() {
        let index = Self.index(["said nothing more about the plan, which was new.", "and said it would. says who?"])
        Self.expectSpansInside(index)
    }

    /// Cues cut off by the end of the text: nothing after them to read.
    @Test func aCueAtTheVeryEnd() {
        let index = Self.index(["“We will act,” the minister said. Dana Whitfield quoted", "“We act,” he said. She quoted Ross",
                                "“We act,” he said. He can be heard", "“We act,” he said. He began by"])
        Self.expectSpansInside(index)
    }
}
