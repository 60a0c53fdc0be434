import Testing
@testable import ChorusCore

/// Who said it: cues on either side of a quote, and the names, pronouns and roles that point to a speaker.
@Suite struct QuoteAttributionTests {
    /// Speakers of the words given verbatim (reported speech around them has tests of its own).
    private func speakers(_ text: String) -> [String?] { readQuotes(text).filter { $0.kind != .indirect }.map(\.speaker) }

    @Test func invertedCueAfterTheQuoteWithAnAppositive() {
        let quotes = readQuotes("“The talks have collapsed,” said Omar Haddad, the union’s chief negotiator.")
        #expect(quotes.map(\.speaker) == ["Omar Haddad"])
    }

    @Test func colonAndPlainCueBeforeTheQuote() {
        let text = """
            Union leader Omar Haddad spoke after the vote. Haddad said: “We will strike on Monday.”

            Police chief Maria Lund said “the march must stay on the agreed route.”
            """
        #expect(speakers(text) == ["Omar Haddad", "Maria Lund"])
    }

    @Test func accordingTo() {
        #expect(speakers("According to Maria Lund, “nobody was hurt in the clashes.”") == ["Maria Lund"])
    }

    @Test func aPronounFindsTheSpeakerOfAnEarlierSentence() {
        let text = "Defence Minister Arvid Holm stressed that troops would stay. “We do not leave our allies behind,” he added."
        #expect(speakers(text) == ["Arvid Holm"])
    }

    @Test func pronounsRespectGender() {
        let text = """
            “The vote was fair,” said Sara Rivera, the election commissioner.

            Opposition leader Mr. Tom Baker disagreed. “We counted the ballots ourselves,” he said. “The numbers do not add up,” she replied.
            """
        #expect(speakers(text) == ["Sara Rivera", "Tom Baker", "Sara Rivera"])
    }

    @Test func aQuoteAloneInItsParagraphContinuesTheLastSpeaker() {
        let text = """
            “The reservoir is at its lowest level in forty years,” water board director Helen Ng said on Monday.

            “Every household will have to cut its use by a fifth.”
            """
        #expect(speakers(text) == ["Helen Ng", "Helen Ng"])
    }

    @Test func aRoleMentionIsThePersonIntroducedWithThatRole() {
        let text = """
            Defence Minister Arvid Holm visited the base on Friday.

            Later, the defence minister told reporters: “The base will not close.”
            """
        #expect(speakers(text) == ["Arvid Holm"])
    }

    @Test func aSurnameTakesTheFullNameFromAnEarlierParagraphWhereverItStands() {
        // The earlier paragraphs are searched for the surname several scalars at a time: moved one
        // place at a time, and spelled with the other apostrophe, it is still found.
        for lead in (0..<17).map({ String(repeating: "x", count: $0) }) {
            let text = """
                The base \(lead) was visited on Friday by Arvid O’Neill, who runs the ministry.

                O'Neill told reporters: “The base will not close.”
                """
            #expect(speakers(text) == ["Arvid O’Neill"], "after \(lead.count) letters")
        }
    }

    @Test func titlesAndSurnamesAreThePersonNamedInFull() {
        let text = """
            “Prices will fall,” said Arvid Holm, the finance minister.

            Mr. Holm added: “Wages will rise.” Later Holm insisted that “the plan is sound.”
            """
        #expect(speakers(text) == ["Arvid Holm", "Arvid Holm", "Arvid Holm"])
    }

    @Test func aTitleBeforeANameOfThreeWordsIsNoPartOfIt() {
        let text = """
            Lobbyist Grover Lindquist said the pledge still stands.

            Secretary of Defense Chuck Haldane said the cuts would hurt readiness.

            Mexican President Andres Manuel Ortega Ruiz said the treaty would be signed on Tuesday.

            League President Jeff King said the season would start in May.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Grover Lindquist", "Chuck Haldane", "Andres Manuel Ortega Ruiz", "Jeff King"])
    }

    @Test func theBodyAPersonSpeaksForIsNoPartOfTheName() {
        let text = """
            Dave Wasserfall of the Cook Political Report said the seat was a toss-up.

            Economist Joan Alkerson of Georgetown University’s Center for Children and Families said the cuts would fall on children.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Dave Wasserfall", "Joan Alkerson"])
    }

    @Test func lessCommonVerbsOfSpeechCueTheSpeaker() {
        let text = """
            “This is the ad every candidate should fear,” the Herald’s Jane Pellow recently editorialized.

            Councillor Tom Ridley bemoaned that the budget had been cut again.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Jane Pellow", "Tom Ridley"])
    }

    @Test func aQuotationInAListOfTheSubjectsDoingsIsTheirs() {
        let text = """
            At first Mayor Dana Whitlock accused Reid of grabbing the microphone. In reality, Tom Reid held onto the mic, said “pardon me, ma’am,” asked a followup question, then gave up the mic.
            """
        #expect(readQuotes(text).filter { $0.text.contains("pardon") }.map(\.speaker) == ["Tom Reid"])
    }

    @Test func anOpeningWordBeforeAClauseIsNoSpeaker() {
        let text = """
            “It is an area that is really important,” Dana Whitlock says.

            Regardless, it's now part of his legacy, says Karen Greenwood, who runs the security program at the law school.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Dana Whitlock", "Karen Greenwood"])
    }

    @Test func anOrganisationAndItsPronoun() {
        let text = """
            “The border crossing will remain closed,” the Interior Ministry said in a statement.

            It added that travellers “should expect long delays.”
            """
        #expect(speakers(text) == ["Interior Ministry", "Interior Ministry"])
    }

    @Test func sheFindsTheWomanNotTheManNamedSince() {
        let text = "Laura Benson runs the shelter. “We are full every night,” she said.\n\nReporter Mark Ellis visited the shelter on Friday.\n\n“Nobody should sleep outside in this cold,” she said."
        #expect(speakers(text) == ["Laura Benson", "Laura Benson"])
    }

    @Test func aWideRangeOfSpeechVerbs() {
        let text = """
            Holm warned that “the storm will hit tonight.” Rivera tweeted “stay indoors.” Lund insisted: “The roads are safe.” Ng quipped that it was “a good day for ducks.”
            """
        #expect(speakers(text) == ["Holm", "Rivera", "Lund", "Ng"])
    }

    @Test func aPartialQuoteTakesTheSpeakerOfItsSentence() {
        let text = "Transport Secretary Paula Reyes derided the proposal as “absolutely unworkable.” She vowed a “swift” response."
        #expect(readQuotes(text) == [
            SeenQuote(text: "absolutely unworkable.", speaker: "Paula Reyes", kind: .partial),
            SeenQuote(text: "swift", speaker: "Paula Reyes", kind: .partial),
        ])
    }

    @Test func aPreviousSentenceCarriesTheSpeakerOfAQuoteWithoutACue() {
        let text = "According to the Coastal Research Institute, the dunes are shrinking. “The shoreline has moved forty metres since 2005.”"
        #expect(speakers(text) == ["Coastal Research Institute"])
    }

    @Test func aSpeakerKnownByTheRoleOfABody() {
        let text = "“We will not comment on the ruling,” said a spokeswoman for the Ministry of Health."
        #expect(speakers(text) == ["spokeswoman for the Ministry of Health"])
    }

    @Test func aBodyNamedWithForAIsOneSpeakerNotThePersonItsWordsLookLike() {
        let text = """
            The Council for a Fair Harbour Economy said the levy would cost the port thousands of jobs.

            “It is a mistake,” said the Alliance for a Clean Delta.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Council for a Fair Harbour Economy", "Alliance for a Clean Delta"])
    }

    @Test func theLastWordOfAnOfficeIsNotTheFirstOfTheName() {
        let text = """
            “We are watching the port closely,” said Director of National Intelligence James R. Holm.

            “We are not,” said House Majority Whip Ruth Allen.

            “We might be,” said Businessman Tom Friedman.
            """
        #expect(speakers(text) == ["James R. Holm", "Ruth Allen", "Tom Friedman"])
    }

    @Test func aParticiplesPhraseOpeningTheSentenceIsNoOne() {
        let text = """
            “We are ready,” the minister said.

            Flanked by mostly young demonstrators, Dalilah marched on the attorney general’s office. “My mum was the best mum in the world,” she remembered.

            Having said that, on Sunday you announced a plan of your own.
            """
        #expect(speakers(text) == ["minister", "Dalilah"])
    }

    @Test func theNameAfterAnotherPersonsTitleIsNotTheSpeaker() {
        let text = "The chief of staff of the President of Ruritania Karl Brandt denied the report. As he put it, “nothing of the sort happened.”"
        let said = speakers(text)
        #expect(said.count == 1)
        #expect(said.first??.hasPrefix("chief of staff") == true)
    }

    @Test func aParticipleAfterACommaBelongsToTheSentencesSubject() {
        let text = "Governor Ruth Allen signed the order on Friday, saying: “This protects every renter in the state.”"
        #expect(speakers(text) == ["Ruth Allen"])
    }

    /// An unnamed source told by whom it is close to or works for speaks itself, whichever side of
    /// the verb.
    @Test func aSourceCloseToSomeoneIsTheSourceNotThePersonNamed() {
        let text = """
            Governor Ellen Marsh toured the flooded district on Monday.

            A source close to Governor Marsh said the state would ask for federal aid.

            “The money will come, but not this month,” said a person familiar with the governor’s office.

            Officials close to the White House said the request would be approved.

            Aides to Senator Rob Hale said he would back the request.

            “We are not worried,” said an adviser to Governor Marsh.
            """
        let quotes = readQuotes(text)
        #expect(quotes.map(\.speaker) == [
            "source close to Governor Marsh", "a person familiar with the governor’s office", "Officials close to the White House",
            "Aides to Senator Rob Hale", "an adviser to Governor Marsh",
        ], "\(quotes)")
    }

    @Test func lessCommonVerbsOfSpeechAreCues() {
        let text = """
            “I’m home! Finally!” Yanira Castillo exclaimed at the border.

            In a letter to the parish, Bishop Tomas Reyes advised, “We cannot turn a blind eye to this.”

            “The count will take a week,” the clerk, Ana Ruiz, clarified.
            """
        #expect(speakers(text) == ["Yanira Castillo", "Tomas Reyes", "Ana Ruiz"])
    }
    @Test func aRetortIsACue() {
        let text = """
            “Shame on you, Mr. Jordan. That's not what I said,” Cohen shot back.

            Ruth Keller, a spokeswoman for the mayor, fired back: “The council had every chance to act.”
            """
        #expect(speakers(text) == ["Cohen", "Ruth Keller"])
        // without `back`, a shot is no speech
        #expect(readQuotes("Police shot the suspect after he fired at officers.").isEmpty)
    }

    @Test func theNameAfterWhoseFriendOrKinIsTheSpeaker() {
        let text = """
            “We will look at every option,” the minister said.

            “If you’re brown, you’re down,” agrees his friend, Robert Redfearn.
            """
        #expect(speakers(text).last == "Robert Redfearn")
    }

    @Test func theOneNamedInsideASpeakersDescriptionIsNotTheSpeaker() {
        let found = readQuotes("""
            The family of Michael Brown says they will hold a public memorial on Monday.

            Two businesses that supply Magpul say they will relocate to Texas.
            """)
        #expect(found.map(\.speaker) == ["family of Michael Brown", "Two businesses that supply Magpul"])
    }
    @Test func aLabelThatIsOnlyANameSignsTheQuotationAfterIt() {
        let text = """
            Sen. Kirsten Gillibrand: “The death of Eric Garner is a tragedy that demands accountability.”

            Rep. Chuck Fleischmann (R-TN): “Thirty-three million Americans are still living without coverage.”

            TRUMP: “It's the largest tax cut in the history of our country.”

            Minority view: “This is all wrong.”

            ANALYST'S VIEWPOINT: “Let's see who folds there.” Michael Every, a strategist for Rabobank, said in a commentary.
            """
        #expect(speakers(text) == ["Kirsten Gillibrand", "Chuck Fleischmann", "Trump", nil, "Michael Every"])
    }
    @Test func aLoneSurnameLabelSignsOnlyWhenTheArticleNamedThePerson() {
        let text = """
            In the interview, David Frost asked: “So what you are saying is that the president can do it?”

            Frost: “By definition, then.”

            Update: “The road is closed until Monday.”
            """
        #expect(speakers(text) == ["David Frost", "David Frost", nil])
    }

    @Test func aShortStatementSayingIsItsIssuers() {
        #expect(speakers("Defense Secretary Martin Hale issued a short statement saying simply, “The president is aware of the launch.”") == ["Martin Hale"])
    }

    @Test func aRoundupSignsAQuotationWithTheNameAndOutletAfterIt() {
        let text = """
            “Any proposal that relies on private funding will widen the gap.” Nick Martin, The New Republic

            “Today’s deficits were baked into the cake long before this president took office.”

            Stephen Moore, USA Today

            “If a dozen drones can do this kind of damage, we need better defences.”

            Editorial Board, Washington Examiner

            “There are certain things we can do alone,” Mr. Obama said. “But our most important role is as a leader.”

            An Ambitious, Divisive Legacy.
            """
        #expect(speakers(text) == ["Nick Martin", "Stephen Moore", "Editorial Board", "Obama", "Obama"])
    }

    @Test func twoDescriptionsJoinedByAndNameThePersonAtTheirEnd() {
        let text = """
            “He wants grown-ups in the room,” said Halvorsen friend and Northwind CEO Chris Ruddle.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Chris Ruddle"])
    }

    @Test func aNameAfterAParticleAndHyphenIsAName() {
        let text = """
            “The group has no cell here,” Karim Jawad al-Tamimi, an analyst at the Levant Institute, tells the Herald. “This is a copycat.”
            """
        #expect(readQuotes(text).map(\.speaker) == ["Karim Jawad al-Tamimi", "Karim Jawad al-Tamimi"])
    }

    @Test func oneOfARoleIsNotTheManyOfAnEarlierSentence() {
        let text = """
            The risk, analysts say, is a wave of copycat attacks.

            “The group has no cell here,” an analyst at the Levant Institute said.
            """
        #expect(readQuotes(text).map(\.speaker) == ["analysts", "an analyst at the Levant Institute"])
    }

    @Test func anAbbreviatedTitleIsTheTitleInFull() {
        let text = """
            “We will vote no,” Sen. Ruth Adler said on Monday. “It is a disaster,” Rep. Dana Poe said.

            Mayor Lina Park declined to comment.

            “I disagree,” the senator said. “Nobody listens,” the congresswoman said.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Ruth Adler", "Dana Poe", "Ruth Adler", "Dana Poe"])
    }

    @Test func oneOfManyLawmakersIsSomeoneNew() {
        let text = """
            “We will vote no,” Sen. Carl Brody said on Monday.

            “It is a wake-up call,” said one Republican senator who requested anonymity.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Carl Brody", "one Republican senator"])
    }

    @Test func anAsClauseAfterTheWordsNamesWhoseTheyAre() {
        let text = """
            Carl Brody, who has described himself as “a practising optimist,” rose to become “one of the most important people in the campaign,” as the campaign manager told the Herald.

            Ruth Adler vowed to show the militants an “iron fist of the state,” as her government announced that a new policy would be ready next week.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Carl Brody", "campaign manager", "Ruth Adler", "government"])
    }

    @Test func theyIsTheGroupTheSentenceBeforeIsAbout() {
        let text = """
            “The districts are locked in,” Republicans said on Monday.

            Some Democrats envision a scenario in which new voters would let them pick up seats. Those changes might not come soon enough for this election, they say, but could swing races later.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Republicans", "Democrats"])
    }

    @Test func whomALetterIsAddressedToIsNotItsWriter() {
        let text = """
            Senator Lena Graves on Monday wrote a letter to Ambassador Pavel Orlov saying that the treaty had been broken.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Lena Graves"])
    }

    /// `said former Sen. Tom Udall`: a title after `former` opens the name of the one who spoke.
    @Test func aFormerTitleAfterTheVerbNamesTheSpeaker() {
        let text = """
            “We need a vote on the bill now,” said Senate Majority Leader Tom Daschle.

            “We need a second vote on the plan,” said former Sen. Tom Udall.

            “We need a fourth vote on the plan,” wrote former Secretary of State John Kerry.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Tom Daschle", "Tom Udall", "John Kerry"])
    }
}
