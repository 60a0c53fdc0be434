import Testing
@testable import ChorusCore

/// Speakers a quotation gets without a `said` beside it: signatures, transcript labels, colons, and
/// people the reporter introduced in sentences that quote nobody.
@Suite struct SpeakerIntroductionTests {
    private func speakers(_ text: String) -> [String?] { readQuotes(text).filter { $0.kind != .indirect }.map(\.speaker) }

    @Test func aNameSignedAfterTheQuotationIsItsSpeaker() {
        let text = """
            Readers wrote in after the debate.

            “He never once talked about the price of groceries or about what rent costs in this city.” ― Maria Lopez

            “I switched off after twenty minutes, because nobody on that stage answered a single question.” — Daniel Reyes, Phoenix
            """
        #expect(speakers(text) == ["Maria Lopez", "Daniel Reyes"])
    }

    @Test func aTranscriptLabelNamesTheTurn() {
        let text = """
            Partial transcript as follows:

            "HARTLEY: Will the minister be at the debate tomorrow night?"

            "OKAFOR: She will not be attending, and we have said so."
            """
        #expect(speakers(text) == ["Hartley", "Okafor"])
    }

    /// A name and a colon before the quotation: the person's turn, as in an interview printed
    /// question by answer.
    @Test func aNameAndAColonBeforeAQuotationIsATurn() {
        let text = """
            In a 1977 interview, David Frost put the question to Richard Nixon.

            Nixon: "Well, when the president does it, that means that it is not illegal."

            The answer has been quoted ever since. Frost said he was stunned.

            Nixon: "Exactly, exactly."
            """
        #expect(speakers(text) == ["Richard Nixon", "Richard Nixon"])
    }

    @Test func aTranscriptRunningOverParagraphsIsOneQuotationPerTurn() {
        let text = """
            Partial transcript as follows:

            "HARTLEY: Will the minister be at the debate tomorrow night?

            "OKAFOR: She will not be attending, and we have said so more than once.

            "HARTLEY: Then who will speak for the government?"
            """
        let quotes = readQuotes(text)
        #expect(quotes.map(\.speaker) == ["Hartley", "Okafor", "Hartley"])
        #expect(quotes.first?.text == "Will the minister be at the debate tomorrow night?")
    }

    @Test func aColonHandsTheQuotationOnFromTheSubject() {
        let text = """
            Patients wait for hours in the emergency room.

            Martin Keller, the chief physician at the county hospital, is more blunt: “We are running out of beds.”
            """
        #expect(speakers(text) == ["Martin Keller"])
    }

    @Test func aQuotationAloneIsTheSpeakerTheSentenceBeforeNamedLast() {
        let text = """
            According to the health agency, the response target is met in 90 per cent of cases, but union president Terry Chaplin says that is not what paramedics see.

            “Response times we track can be 45 minutes in a regular township.”
            """
        #expect(speakers(text).last == "Terry Chaplin")
    }

    @Test func aHeadingBeforeAColonIsNoSubject() {
        let text = """
            Critics were divided over the new museum and its first exhibition this spring.

            Minority view: “There is a lot to admire in the way the curators present the collection.”
            """
        #expect(speakers(text).allSatisfy { $0 != "Minority" })
    }

    @Test func aQuotationAloneFollowsThePersonTheReporterTurnedTo() {
        let text = """
            “The drugs are meant for short use only,” said Dr. Alan Pierce.

            Wendy Morrison lives in a small house outside the town with two rescue dogs.

            “You don’t know what that person took earlier.”
            """
        #expect(speakers(text) == ["Alan Pierce", "Wendy Morrison"])
    }

    @Test func aPersonWithAnAppositiveOpensTheSentenceForLaterPronouns() {
        let text = """
            “The budget is balanced,” said finance minister Carl Brandt.

            Nadia Haskell, president of the Taxpayers League, is not convinced.

            “The numbers do not add up,” she said.
            """
        #expect(speakers(text) == ["Carl Brandt", "Nadia Haskell"])
    }

    @Test func aLongOpeningClauseDoesNotHideTheSubject() {
        let text = """
            “It was a close race,” said Laura Finch.

            When asked which stage had been the hardest of the whole tour, Pieter Mulder did not hesitate.

            “The mountains, for sure,” he said.
            """
        #expect(speakers(text) == ["Laura Finch", "Pieter Mulder"])
    }

    @Test func aPronounTeachesTheGenderOfItsAntecedent() {
        let text = """
            Robin Ashby runs the shelter. “We take in forty dogs a month,” Ashby said.

            Kim Sorensen arrived later. “The shelter is full,” he said.

            “Nobody adopts in winter,” she said.
            """
        // `he` made Sorensen male, so `she` is not Sorensen; Ashby, of no known gender, is.
        #expect(speakers(text) == ["Robin Ashby", "Kim Sorensen", "Robin Ashby"])
    }

    @Test func aPersonWithTheirEmployerIsThePerson() {
        let text = "Tim Walsh with the Provincial Health Authority says “there are many reasons for the delays.”"
        #expect(speakers(text) == ["Tim Walsh"])
    }

    @Test func aStateAfterASenatorIsNoSurname() {
        let text = "“We will not vote for it,” said Sen. Lindsey Marsh of South Dakota."
        #expect(speakers(text) == ["Lindsey Marsh"])
    }
}

/// Documents, owners of documents and names that open a full name.
@Suite struct SpeakerSourceTests {
    private func speakers(_ text: String) -> [String?] { readQuotes(text).filter { $0.kind != .indirect }.map(\.speaker) }

    @Test func aDocumentSpeaksForItsOwner() {
        let text = """
            Jody Ramsay published an unusual statement on her website on Monday.

            “Our system of justice must be free from even the perception of interference,” her statement said.
            """
        #expect(speakers(text) == ["Jody Ramsay"])
    }

    @Test func aDocumentNobodyIssuedIsItsOwnSourceNotSomeoneNamedNearby() {
        let text = """
            “We will review the resolution,” said board chair Daniel Okoro.

            A group of parents sent a letter to the board urging it to reconsider.

            “We see charter schools offering our children hope,” the letter reads.
            """
        #expect(speakers(text) == ["Daniel Okoro", "letter"])
    }

    @Test func aLoneNameThatOpensAFullNameIsThatPerson() {
        let text = """
            North Korean leader Kim Jong Un arrived in Beijing on Tuesday for talks.

            “We are ready to meet at any time,” Kim said in a speech.
            """
        #expect(speakers(text) == ["Kim Jong Un"])
    }

    @Test func aLoneNameDoesNotTakeAnyCapitalisedPhraseItOpens() {
        let text = """
            Protesters gathered outside Hartwell Tower on Fifth Avenue on Sunday night.

            “We will not be moved,” Hartwell said.
            """
        #expect(speakers(text) == ["Hartwell"])
    }

    @Test func aPlaceThatNamesAPersonOfTheArticleIsThatPerson() {
        let text = """
            The captain of the team, Jordan Whitlock, and his mother approached the coach after practice.

            “We just thought a video would be a really good thing for him,” Jordan said.

            “He never lets it show,” Jordan said.
            """
        #expect(speakers(text) == ["Jordan Whitlock", "Jordan Whitlock"])
    }

    @Test func aSubjectAfterAnOpeningPhraseIsNotedInAParagraphWithoutSpeech() {
        let text = """
            “The budget is balanced,” said finance minister Carl Brandt.

            After the vote on Monday, Nadia Haskell walked out of the chamber.

            “The numbers do not add up,” she said.
            """
        #expect(speakers(text) == ["Carl Brandt", "Nadia Haskell"])
    }
}

/// Appositives between a speaker and the verb.
@Suite struct SpeakerAppositiveTests {
    private func speakers(_ text: String) -> [String?] { readQuotes(text).map(\.speaker) }

    @Test func anAppositiveOverSeveralCommasKeepsTheNameNotThePlace() {
        let text = "Omar Haddad, the co-founder of Maple Bakery, a family business based in Truro, N.S., says the topic of citizenship comes up every day."
        #expect(speakers(text) == ["Omar Haddad"])
    }

    @Test func aClauseBetweenCommasIsNoAppositive() {
        let text = "Somehow, the family will find a way to pay the fees, adds Amal Nasser. “We can borrow the money,” she says."
        #expect(Set(speakers(text)) == ["Amal Nasser"])
    }
}

/// Who a sentence is about, for the pronouns after it.
@Suite struct SentenceSubjectTests {
    private func speakers(_ text: String) -> [String?] { readQuotes(text).map(\.speaker) }

    @Test func anOpeningPhraseOfSmallWordsIsPassedOver() {
        let text = """
            “We need another referendum,” said Katy Barnes, who wants the country to remain.

            Down the street, Mike McFarlane also rejoiced amid a group of revellers. “What I want is to pull out totally,” he said.
            """
        #expect(speakers(text) == ["Katy Barnes", "Mike McFarlane"])
    }

    @Test func aPartyAfterANameDoesNotHideTheSubject() {
        let text = """
            “The video must stay sealed,” said Gov. Paul Harker.

            Attorney General Rita Combs (D), Harker's opponent in the election, called for its release. “Transparency brings progress,” she said.
            """
        #expect(speakers(text) == ["Paul Harker", "Rita Combs"])
    }

    @Test func anOpeningAdverbIsNoNameBeforeARole() {
        let quotes = readQuotes("Overall, the fund predicted that advanced economies will grow 1.6 percent this year.")
        #expect(quotes.map(\.speaker) == ["fund"])
    }

    @Test func anEditorsNoteIsNobodySpeaking() {
        let text = """
            “Nobody will be left behind,” said Mayor Dana Whitfield.

            Editor’s note: The governor regularly attacks the press and the courts, and we report on it.
            """
        #expect(speakers(text) == ["Dana Whitfield"])
    }
}

/// Outlets and platforms that carry words are no speakers; phrases other than `said` that hand
/// words to someone.
@Suite struct ConduitAndPhraseTests {
    private func speakers(_ text: String) -> [String?] { readQuotes(text).map(\.speaker) }

    @Test func theOneQuotedByAnOutletSpoke() {
        let text = """
            “We will win this state,” Carl Dunn said in an interview with MSNBC.

            “The economy is strong,” Lena Ross was quoted by Reuters as saying.

            Governor Hal Price spoke first. The reporter Joan Brill quoted Ross on Twitter as saying: “Nobody works harder than our farmers.”
            """
        #expect(speakers(text) == ["Carl Dunn", "Lena Ross", "Lena Ross"])
    }

    @Test func theOneHeardSayingSpoke() {
        let text = """
            “We will win this state,” Carl Dunn said on Monday.

            Another recording has surfaced in which Governor Hal Price seems surprised by the news.

            “What is going on?” the governor is heard saying on the tape.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Carl Dunn", "Hal Price"])
    }

    @Test func anAnonymousSourceAfterTheVerbIsTheSpeakerNotSomeoneNamedEarlier() {
        let text = """
            Senator Mark Hollis of South Carolina opposed the deal on Monday.

            “We will not be rushed into this,” said one senior administration official.
            """
        #expect(speakers(text) == ["one senior administration official"])
    }

    @Test func aGraphicThatReadsIsItsOwnSource() {
        let text = """
            “We stand for strength,” said campaign manager Rita Vance.

            A graphic shared by the campaign shows the candidate in a tank. “Vote for strength,” the graphic reads.
            """
        #expect(speakers(text) == ["Rita Vance", "graphic"])
    }

    @Test func aNameAndAnyVerbAfterTheQuotationsCommaAndBeforeAColon() {
        let text = "“I never said that,” Judge Alvarez interjected: “It is a question of law.”"
        #expect(speakers(text) == ["Alvarez", "Alvarez"])
    }

    @Test func asSomeonePutIt() {
        #expect(speakers("As Kevin Marsh put it, “the numbers simply do not add up for anyone.”") == ["Kevin Marsh"])
    }
}

/// The sentence's own subject before its pronouns; a person's name before the body they work for.
@Suite struct SubjectFirstTests {
    private func speakers(_ text: String) -> [String?] { readQuotes(text).map(\.speaker) }

    @Test func aPronounCueAfterAColonIsTheSentencesSubject() {
        let text = """
            “The supplement cures nothing,” said Dr. Alan Brewer on his show.

            Democratic Sen. Claire Hollis (D-Mo.) scolded him: “The scientific community is against you,” she said.
            """
        #expect(speakers(text) == ["Alan Brewer", "Claire Hollis"])
    }

    @Test func aPersonForABodyIsThePerson() {
        let text = "“The impact of the debate is still small,” wrote Cameron Easton for Morning Ledger."
        #expect(speakers(text) == ["Cameron Easton"])
    }
}

/// Words that open sentences are nobody.
@Suite struct OpeningWordTests {
    private func speakers(_ text: String) -> [String?] { readQuotes(text).map(\.speaker) }

    @Test func perhapsIsNoSubject() {
        let text = "Perhaps more importantly, his new campaign chief Paul Marsh tried to reassure delegates, telling them the candidate “gets it” now."
        #expect(!speakers(text).contains("Perhaps"))
    }

    @Test func asSomeonePutsItBeforeAColon() {
        #expect(speakers("As local resident Craig Barrett puts it: “We are in the state, but we are not of the state.”") == ["Craig Barrett"])
    }

    /// A relative clause inside the description after a name (`a teacher who had taught for years`)
    /// does not hide the name from a later `he`.
    @Test func aRelativeClauseInsideADescriptionKeepsTheNameTheSubject() {
        let text = """
            “We will look at every option,” Governor Tom Reyes said on Monday.

            Mark Hill, a teacher who had taught there for years, voted no. He said that the school was unfair.
            """
        #expect(speakers(text) == ["Tom Reyes", "Mark Hill"])
    }

    /// `the company` stands for the one body named before, not for a group that spoke since.
    @Test func theCompanyIsNoGroup() {
        let found = readQuotes("""
            “We will not back down,” Northwind said in a statement on Friday.

            Police said the warehouse had been empty for a year.

            The company said it would cooperate with the inquiry.
            """)
        #expect(found.map(\.speaker) == ["Northwind", "Police", "Northwind"])
    }

    /// A sentence that opens with a title (`Former Mayor ...`) names whom a later `he` is.
    @Test func aSubjectWhoseTitleOpensWithFormerIsAPronounsAntecedent() {
        let found = readQuotes("""
            “He categorically denies the allegations,” Gov. Mike Pence told the program.

            Former New York Mayor Rudolph W. Giuliani also vouched for the developer.

            “I believe my friend when he tells me he didn’t do it,” he told CNN.
            """)
        #expect(found.map(\.speaker) == ["Mike Pence", "Rudolph W. Giuliani"])
    }
}
