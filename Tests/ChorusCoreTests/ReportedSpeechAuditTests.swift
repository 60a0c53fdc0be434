import Testing
@testable import ChorusCore

/// Reported speech as a hand audit of real news found it read wrongly: whose statement a
/// participle continues, words that open a sentence without naming anyone, and clauses that only
/// say when or how much.
@Suite struct ReportedSpeechAuditTests {
    /// The statements of an article that marks its quotations, after one opening quotation.
    private func statements(_ text: String) -> [SeenQuote] {
        readQuotes("“We will look at every option,” the minister said on Monday.\n\n" + text).filter { $0.kind == .indirect }
    }

    @Test func aPhraseOfTimeOpeningTheSentenceIsNoSpeaker() {
        let found = statements("""
            No, according to party chairman Tom Perez. Back in June, he defended the committee's rules, saying that the process was fair to every candidate.
            """)
        #expect(found.last?.speaker == "Tom Perez")
    }

    @Test func aParticipleContinuesTheLastSpeakerNotTheGrammaticalSubject() {
        let found = statements("""
            Possible items include aircraft and chips, Wei Lin, a former vice commerce minister, told the newspaper, adding that tourism could be another area of purchases.
            """)
        #expect(found.map(\.speaker) == ["Wei Lin", "Wei Lin"])
    }

    @Test func aBareQuantifierNamesNoSpeaker() {
        let found = statements("Republicans have embraced varied arguments. Some have argued that the president did nothing wrong at all.")
        #expect(found.map(\.text) == ["the president did nothing wrong at all"])
        #expect(found.first?.speaker == nil)
    }

    @Test func anAdverbOpeningTheSentenceIsNoSpeakerWithAnAppositive() {
        let found = statements("""
            Often, money earmarked for reconstruction gets spent by ministry officials on other things, said an Iraqi official, who requested anonymity.
            """)
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Iraqi official")
        #expect(found.first?.text.hasSuffix("on other things") == true)
    }

    @Test func whenAskedSaysWhatPromptedTheWordsNotWhatWasSaid() {
        let found = statements("""
            “Apologize for what?” Biden told CNN when asked about Booker's call outside a fundraiser on Wednesday evening.

            On Thursday, when asked what type of progress came of the meeting, Tillerson said, “We get progress, that’s what we get.”
            """)
        #expect(found.isEmpty)
    }

    @Test func aComparisonWithWhatSomeoneSaysIsNoStatement() {
        #expect(statements("Perhaps the problem isn’t as dire as Republicans say it is, but Obama might not have a case for his patch.").isEmpty)
    }

    @Test func aSemicolonBeforeAnotherSpeechVerbEndsTheStatement() {
        let found = statements("On the other side of the aisle, nearly half of Iowa Democrats said it would help; roughly one-tenth said it would hurt.")
        #expect(found.first?.text == "it would help")
    }

    @Test func aSubheadingIsNoAntecedent() {
        let text = """
            “Taking Crimea made him more popular at home,” said chess champion Garry Lasker.

            Bad Strategy

            But in the longer term, taking Crimea is probably hurting the economy, he says.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Garry Lasker", "Garry Lasker"])
    }

    @Test func aTitleDoesNotHideWhomARoleServes() {
        let found = statements("Vance had been told to leave weeks earlier, according to a lawyer for Mr. Vance.")
        #expect(found.first?.speaker == "lawyer for Mr. Vance")
    }

    @Test func whoIssuedADocumentSaysWhatItSays() {
        let found = statements("Agency spokesman Randall Noller issued a statement on Wednesday saying the agency would review the case.")
        #expect(found.map(\.speaker) == ["Randall Noller"])
        #expect(found.first?.text == "the agency would review the case")
    }

    @Test func aSpeechWordAfterAPrepositionIsANoun() {
        #expect(statements("As the movement matures, that is changing. Case in point: Mastery Schools plans to open three new campuses.").isEmpty)
    }

    @Test func thatBeforeItsVerbIsTheClausesSubject() {
        let found = statements("Officials want a runoff, but Mayor Dana Price said that isn’t the preferred choice for the party.")
        #expect(found.map(\.text) == ["that isn’t the preferred choice for the party"])
    }

    @Test func aBodysNameBetweenCommasNamesTheSpeakerADescriptionOpens() {
        let found = statements("Motel 6’s parent company, G6 Hospitality LLC, said the practice would end this week.")
        #expect(found.map(\.speaker) == ["G6 Hospitality LLC"])
    }

    @Test func aSonIsNotHisFather() {
        let found = statements("Donald J. Marsh spoke first. Donald Jr. later admitted that the meeting had been about adoptions.")
        #expect(found.map(\.speaker) == ["Donald Jr."])
    }

    @Test func anotherSourceJoinedByWithOrAndEndsTheStatement() {
        let found = statements("""
            Minister Ali Ibrahim said government forces had done what they could to limit casualties, with his ministry insisting the forces showed restraint.

            Roughly 74 percent said women have the right to decide, and a similar percentage said they would not judge women who did.
            """)
        #expect(found.first?.text == "government forces had done what they could to limit casualties")
        #expect(found.contains { $0.text == "women have the right to decide" })
    }

    @Test func aPlaceWhereTheSpeakerIsIsNoSpeaker() {
        let found = readQuotes("“We will look at every option,” the minister said.\n\nAt least one rancher in Texas has said the policy would fail at the border.")
        #expect(!found.contains { $0.speaker == "Texas" })
    }

    @Test func aSecondPredicateOrAThatClauseGoesOnWithTheStatement() {
        let found = statements("""
            Analyst Kim Lee said the plan would depress revenue in the early years, but would eventually raise more than it costs.

            Principal Dana Ortiz said she is unsure what direction the programs will go, but that her school will continue its work.
            """)
        #expect(found.map(\.text) == [
            "the plan would depress revenue in the early years, but would eventually raise more than it costs",
            "she is unsure what direction the programs will go, but that her school will continue its work",
        ])
    }

    @Test func aStateIsNoPronounsAntecedent() {
        let text = """
            “We will be back,” said Sen. Ruth Keller.

            Katherine Hackett, of Moodus, Connecticut, waited for hours. She said the line had not moved since noon.
            """
        #expect(readQuotes(text).last?.speaker == "Katherine Hackett")
    }
}
