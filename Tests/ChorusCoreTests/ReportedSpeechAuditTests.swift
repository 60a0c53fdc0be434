import Testing
@testable import ChorusCore

/// Reported speech as a hand audit of real news found it read wrongly: whose statement a
/// participle continues, words that open a sentence without naming anyone, and clauses that only
/// say when or how much.
@Suite struct ReportedSpeechAuditTests {
    private func statements(_ text: String) -> [SeenQuote] { reportedStatements(text) }

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

    @Test func whoPutOutAMessageSaysWhatItSays() {
        let found = statements("""
            Reyes unleashed a series of tweets early Friday saying that his rival had shown bad judgment.

            The site was warned last week, but Google issued a followup tweet saying that the site was never closed.

            Away from Capitol Hill, Senator Dana Price posted a video on Sunday saying the budget would be balanced by spring.
            """)
        #expect(found.map(\.speaker) == ["Reyes", "Google", "Dana Price"])
        #expect(found.map(\.text) == ["his rival had shown bad judgment", "the site was never closed", "the budget would be balanced by spring"])
    }

    @Test func whoIssuedADocumentThatSaysSomethingSaysIt() {
        let found = statements("The Pew Hispanic Center recently issued a report that found that migration from Mexico has come to a standstill.")
        #expect(found.map(\.speaker) == ["Pew Hispanic Center"])
        #expect(found.first?.text == "migration from Mexico has come to a standstill")
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
    @Test func aSecondSpeechVerbOfTheSpeakerEndsTheFirstStatementAndOpensItsOwn() {
        let found = statements("""
            The ministry said the two countries would keep investigating the attacks and said diplomatic ties would be maintained.

            The mayor said the bridge would reopen in May and vowed to fight any further delay.
            """)
        #expect(found.map(\.text) == [
            "the two countries would keep investigating the attacks", "diplomatic ties would be maintained",
            "the bridge would reopen in May",
        ])
        // a passive's second participle is part of what was said
        #expect(statements("Police said the man was arrested and charged with murder.").map(\.text) == ["the man was arrested and charged with murder"])
        // and so is what the reported clause's own subject did
        #expect(statements("Police say he posed a deadly threat and refused to drop the gun.").map(\.text) == ["he posed a deadly threat and refused to drop the gun"])
    }

    @Test func aMonthAsSurnameEndsTheSubjectsName() {
        let found = readQuotes("Prime Minister Theresa May said the country would leave by March and suggested that it would leave the single market.")
        #expect(found.map(\.text) == ["the country would leave by March", "it would leave the single market"])
        #expect(found.allSatisfy { $0.speaker == "Theresa May" })
    }
    @Test func aRelativeClausesCueReportsItsPredicateOnly() {
        let found = statements("""
            Officials said there were six deaths in the past eight days that Lohmar said are unrelated.

            The attack, which Moscow says was staged, drew condemnation.

            The tax, which Democrats say would hit families in states such as New York, New Jersey and California, passed the House.
            """)
        #expect(found.map(\.text) == [
            "there were six deaths in the past eight days", "are unrelated", "was staged",
            "would hit families in states such as New York, New Jersey and California",
        ])
        #expect(found.map(\.speaker) == ["Officials", "Lohmar", "Moscow", "Democrats"])
    }
    @Test func aQuotationStandingAloneIsThePersonTheSentenceBeforeIsAbout() {
        let found = readQuotes("""
            Dr. Dave Martell runs a clinic in Bridgewater.

            But early on, he had patients die of overdoses, and became “acutely aware” of the risk. “When somebody dies, you tend to remember that.”
            """)
        #expect(found.map(\.speaker) == ["Dave Martell"])
        // a capitalised word opening that sentence is no one
        let unnamed = readQuotes("“We will look at every option,” the minister said.\n\nSocial events made him wary. “I was scared they would ask stupid questions.”")
        #expect(!unnamed.contains { $0.speaker == "Social" })
    }

    @Test func aTitleInMarksLeavesTheSentenceOneThatIntroducesItsSubject() {
        let found = readQuotes("""
            “The deal is not done,” Sen. Marco Rubio wrote on Sunday.

            Shortly after the statement was released, Sen. Lindsey Graham signaled on CNN's “State of the Union” that a deal would be reached within days.

            “It's got to be written up. We haven't signed off,” he said.
            """)
        #expect(found.last?.speaker == "Lindsey Graham")
    }
    @Test func aDocumentIsTheSourceWhetherItFindsOrIsCited() {
        let found = statements("""
            According to the report, sales fell by half in March.

            The report found that rents rose by a third.
            """)
        #expect(found.map(\.speaker) == ["report", "report"])
    }
    @Test func aPastVerbRightAfterANameIsItsVerbNotPartOfARole() {
        let found = readQuotes("""
            Donald Hale swept the state on Tuesday. Later, party chairman Reince Priebus said “we have a nominee.”

            Donald Hale thanked supporters.

            “He is one hell of a competitor,” he said of his rival.
            """)
        #expect(found.last?.speaker == "Donald Hale")
    }
    @Test func aPastVerbAfterButWhereTheSpeakerKeptThePresentIsTheReporters() {
        let found = statements("""
            Meeks said there's room in the party for its newcomers but appealed to them to invest in the movement.

            Sanders said that the mayor's wealth is offensive, yet he refused to say whether he would accept his help.

            The minister said the country will seek to make China pay for a pandemic that originated there but spread globally.

            Pollsters found that most voters think Trump has tried but failed to make progress.

            The governor said anyone here illegally is subject to deportation but so-called Dreamers should rest easy.
            """)
        #expect(found.map(\.text) == [
            "there's room in the party for its newcomers", "the mayor's wealth is offensive",
            "the country will seek to make China pay for a pandemic that originated there but spread globally",
            "most voters think Trump has tried but failed to make progress",
            "anyone here illegally is subject to deportation but so-called Dreamers should rest easy",
        ])
    }

    @Test func whatTheReporterAddsOfTheLastThingNamedIsNotSaid() {
        let found = statements("""
            Trudeau's office said approximately 1,300 people attended the event, which was the latest in a series of town halls.

            The dean said students should report it to the office, which is something I doubt would work.
            """)
        #expect(found.map(\.text) == [
            "approximately 1,300 people attended the event",
            "students should report it to the office, which is something I doubt would work",
        ])
    }
}
