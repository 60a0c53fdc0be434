import Testing
@testable import ChorusCore

/// Pages that lost the space after a full stop (`he said.The next`), as one article in sixty of the
/// large corpus does: the sentences are still two, so that the speaker of one is not read across
/// into the other.
@Suite struct GluedSentencesTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter().sentences(in: scalars, range: 0..<scalars.count).map { ProseScalar.string(scalars, $0) }
    }

    @Test func aFullStopWithoutASpaceBeforeACapitalisedWordEndsASentence() {
        #expect(sentences("The plan failed, she adds.The retired senator says it will return.")
            == ["The plan failed, she adds.", "The retired senator says it will return."])
        #expect(sentences("They met on Wednesday.But nothing came of it.") == ["They met on Wednesday.", "But nothing came of it."])
    }

    @Test func addressesAbbreviationsAndInitialsStayWhole() {
        for text in ["Read it at nytimes.com today.", "Ask Sen.John Boozman first.", "The U.S.Navy sailed.", "It opens at www.Example today."] {
            #expect(sentences(text) == [text])
        }
    }

    @Test func theSpeakerOfAGluedSentenceIsNotReadAcrossTheStop() {
        let quotes = readQuotes("“Nobody expected the vote to fail,” Dana Cole adds.The retired senator says the plan will return next year.")
        #expect(quotes.first { $0.kind == .direct }?.speaker == "Dana Cole")
    }

    @Test func aQuotationFollowedByAGluedSentenceEndsWhereItsMarkCloses() {
        let quotes = readQuotes("""
            Reid was told in advance, according to news reports.When told of this, Ann Marsh told reporters: "They see this as consulting us."But herein lies the risk for the party, said pollster Tom Reyes.
            """)
        #expect(quotes.contains(SeenQuote(text: "They see this as consulting us.", speaker: "Ann Marsh", kind: .direct)))
        #expect(quotes.first { $0.text.hasPrefix("But herein lies") }?.speaker == "Tom Reyes")
    }
}
