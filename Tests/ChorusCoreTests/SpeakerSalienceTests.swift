import Testing
@testable import ChorusCore

/// Whom a cue's subject or pronoun stands for when the article named them in passing: time
/// phrases before the verb, sentences cut at abbreviations, people named outside the subject.
@Suite struct SpeakerSalienceTests {
    private func speakers(_ text: String) -> [String?] { readQuotes(text).filter { $0.kind != .indirect }.map(\.speaker) }

    @Test func aTimePhraseBetweenTheNameAndTheVerb() {
        let text = """
            If a councillor oversteps — Ward 3 councillor Dana Whitfield earlier this week called the transit plan a “costly boondoggle for commuters” in a newsletter, for example — Mayor Ken Ostrowski says he will not apologize for it.
            """
        #expect(speakers(text) == ["Dana Whitfield"])
    }

    @Test func aQuotationInSmallLettersAfterAnAbbreviationCarriesTheSentenceOn() {
        let text = """
            Toronto retiree Ron Baxter, who dropped 12 lbs. “and a whole shirt size” over the summer, says the class changed his routine. “I never miss a session now,” he says.
            """
        #expect(speakers(text) == ["Ron Baxter", "Ron Baxter"])
        let scalars = ProseScalar.scalars(of: text)
        #expect(SentenceSplitter().sentences(in: scalars, range: 0..<scalars.count).count == 2)
    }

    @Test func aPersonNamedOutsideTheSubjectIsAPronounsAntecedent() {
        let text = """
            “The program works for people who stick with it,” said coach Daniel Ortiz.

            Regular visits also paid off for Halifax retiree Trevor Mills, 68. “I sleep better than I have in years,” he says.
            """
        #expect(speakers(text) == ["Daniel Ortiz", "Trevor Mills"])
    }

    @Test func aPlaceAfterAPrepositionIsNoAntecedent() {
        let text = """
            “We will appeal the ruling,” said Carla Benoit.

            The hearing was held in Nova Scotia. “It is not over,” she said.
            """
        #expect(speakers(text) == ["Carla Benoit", "Carla Benoit"])
    }

    @Test func aLoneSurnameAfterALongOpeningIsTheSubject() {
        let text = """
            “We want more people watching us,” said golfer Kerry Carlson.

            When asked which was harder, pitching in the majors or putting on the final green, Hollis didn’t hesitate.

            “Putting, every single time,” he said.
            """
        #expect(speakers(text) == ["Kerry Carlson", "Hollis"])
    }

    @Test func aRankAfterAGivenNameIsASurname() {
        let text = """
            If the crossing had been marked, Robert Major would never have crashed, a road engineer said.

            Lawyers for Major called witness Alan Pryce, a retired police officer.

            At 700 metres, according to Pryce, Major said he could see the sign from the truck. Major previously testified that he never saw the highway at all.
            """
        let quotes = readQuotes(text).filter { $0.kind == .indirect }
        #expect(quotes.first { $0.text == "he could see the sign from the truck" }?.speaker == "Robert Major")
        #expect(quotes.first { $0.text.hasSuffix("he never saw the highway at all") }?.speaker == "Robert Major")
    }

    @Test func anAcronymTakesTheNameTheArticleSpelledOutBefore() {
        let text = """
            The Dunmores received a letter on Monday from Fisheries, Wildlife and Parks Canada questioning their permit.

            In a statement, FWPC said “the file remains under review and no final decision has been made.”
            """
        #expect(speakers(text) == ["Fisheries, Wildlife and Parks Canada (FWPC)"])
    }

    @Test func aThingThatSaysMuchAboutSomethingIsNoSpeaker() {
        let text = """
            “We sold out in a week,” said gallery director Mara Quinlan.

            The 40-second trailer says much about the show’s ambition. “Nothing like it has toured here before.”
            """
        #expect(speakers(text) == ["Mara Quinlan", nil])
    }

    @Test func aQuotationAfterTheReporterTurnsToSomeoneNewIsTheirs() {
        let text = """
            “We will rebuild the old hall,” said mayor Tom Reyes. “It belongs to everyone.” Council member Alice Moreno did not need convincing. “I have wanted this for ten years.”
            """
        #expect(speakers(text) == ["Tom Reyes", "Tom Reyes", "Alice Moreno"])
    }

    @Test func aSurnameInIngIsNoParticiple() {
        let text = """
            Lena Harding spent a week with the company last spring.

            Artistic director Paul Weir asked her back. “It deserved more time,” says Weir. Harding did not need much coaxing. “I am thankful for the invitation.”
            """
        #expect(speakers(text) == ["Paul Weir", "Lena Harding"])
    }

    @Test func theClauseRunningIntoAColonNamesWhoseWordsFollow() {
        let text = """
            Morale sank further in March when Dana Pryor took to the radio with this: “We are not closing a single branch this year.”
            """
        #expect(speakers(text) == ["Dana Pryor"])
    }

    @Test func aBodyWhoseNameListsItsFieldsRunsPastTheCommas() {
        let text = "The river rose by two metres overnight and will crest on Sunday, according to the Water, Climate and Soils Agency (WCSA)."
        #expect(readQuotes(text).map(\.speaker) == ["Water, Climate and Soils Agency"])
    }

    @Test func aPhotoCaptionWithACreditInCapitalsIntroducesNobody() {
        let text = """
            “The porters changed this country,” says historian Carl Okafor.

            Arnold Price, a retired porter, looks at photos at a ceremony in Montreal in 1999. ( THE DAILY LEDGER FILE PHOTO )

            The delegation’s trip drew national attention. “They had a vision for the country,” he says.
            """
        #expect(speakers(text) == ["Carl Okafor", "Carl Okafor"])
    }

    @Test func aFullNamePrintedOnlyInThePossessiveCompletesALaterSurname() {
        let text = """
            This month the troupe presents visiting choreographer Lena Harding’s newest work, a piece for seven dancers.

            Artistic director Paul Weir asked her back. “It deserved more time,” says Weir. Harding did not need much coaxing. “I am thankful for the invitation.”
            """
        #expect(speakers(text) == ["Paul Weir", "Lena Harding"])
    }

    @Test func aSurnameInPassingTakesTheFullNamePrintedBefore() {
        let text = """
            “The ruling stands,” said Justice Minister Omar Haddad.

            On Friday, a newspaper report said former minister Carla Benoit had been pressured.

            After Benoit was moved to another portfolio, she published a statement on her website. “The courts must be free of interference,” her statement said.
            """
        #expect(speakers(text) == ["Omar Haddad", "Carla Benoit"])
    }

    @Test func aHometownSetOffByCommasQualifiesTheNameBeforeIt() {
        let text = "Maria Delgado, of Fresno, Calif., said she had waited in line for almost four hours to vote."
        #expect(readQuotes(text).map(\.speaker) == ["Maria Delgado"])
    }

    @Test func aDelegateOfAnIslandTerritoryIsNamedWithoutHerPlace() {
        let text = "“This hearing is a waste of everyone’s time,” said Del. Renata Okoye of the Northern Islands."
        #expect(speakers(text) == ["Renata Okoye"])
    }

    @Test func numbersAndWordsOfDescriptionBeforeAFullName() {
        let text = """
            “We will appeal,” said Mayor Ken Ostrowski.

            “Nobody asked the families what they wanted,” said 9/11 widow Terry Danvers.
            """
        #expect(speakers(text) == ["Ken Ostrowski", "Terry Danvers"])
    }

    @Test func aPlaceBeforeWordsOfDescriptionIsNoName() {
        let text = """
            “The race will be long,” said Bay Area donor Susie Tompkins Buell, who backs two candidates.

            “We will wait and see,” said Chicago retiree Ellen Marsh.
            """
        #expect(speakers(text) == ["Susie Tompkins Buell", "Ellen Marsh"])
    }

    @Test func aLegislatorsPartyAndStateAreNoName() {
        let text = """
            “We will look at every option,” the minister said on Monday.

            “The matter is not closed,” Sen. Carl Dunn, R-Utah, top Republican on the Senate Finance Committee, said in a written statement.

            Rep. Dana Whitfield, D-Ohio, who sits on the committee, said the number of complaints is in the double digits.
            """
        #expect(readQuotes(text).map(\.speaker) == ["minister", "Carl Dunn", "Dana Whitfield"])
    }

    @Test func theOutletSomeoneWritesForIsNotTheirName() {
        let text = """
            “We will look at every option,” the minister said on Monday.

            “False reports are rare,” Emily Marsh for the Coast Herald wrote last year. “So she is probably telling the truth.”
            """
        #expect(speakers(text) == ["minister", "Emily Marsh", "Emily Marsh"])
    }

    @Test func theBodySomeoneIsOfIsNotTheirNameWhateverDescribesIt() {
        #expect(speakers("Brian Marsh of the conservative Harbor Institute dismisses the plan as “fantasy-land economics.”") == ["Brian Marsh"])
        #expect(speakers("“We are stretched thin,” said Sgt. Ray Dunn of the Alameda County sheriff’s office.") == ["Ray Dunn"])
    }

    @Test func whomSomeoneToldIsNoSpeaker() {
        let text = """
            “We will look at every option,” the minister said on Monday.

            “It was a long night,” Carl Dunn, the station's night manager, who saw it all, told the Coast Herald.
            """
        #expect(!speakers(text).contains("Coast Herald"))
    }

    @Test func anAdjectiveMadeOfANameIsNoName() {
        let text = """
            “I am running,” said Ted Marlow, the guitar-playing, Nugent-loving, ex-Governor preacher from Arkansas.

            Ted Marlow, the guitar-playing, Nugent-loving, ex-Governor preacher from Arkansas, announced that he is running for president.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Ted Marlow", "Ted Marlow"])
    }

    @Test func anAppositiveBetweenTheNameAndPutIt() {
        let text = "As Steven Rosenthal, a tax lawyer at a research institute, recently put it, “Was it legal avoidance or illegal evasion?”"
        #expect(speakers(text) == ["Steven Rosenthal"])
    }

    @Test func aSourceWordsEndWhereASpeakerOfTheirOwnTakesOver() {
        let text = "According to the transit authority, buses arrive on time on nine trips in ten, but driver Lucia Ferraro says riders on her route see something else."
        let quotes = readQuotes(text)
        #expect(quotes.first { $0.text.hasPrefix("buses arrive") }?.speaker == "transit authority")
        #expect(quotes.first { $0.text.hasPrefix("riders on her route") }?.speaker == "Lucia Ferraro")
    }

    @Test func aDescriptionByAgeIsThePersonTheArticleIsAbout() {
        let text = """
            Nadia Karim opened her bakery on Main Street two years after arriving from Aleppo.

            The 41-year-old baker says business has doubled since the spring.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Nadia Karim"])
    }

    @Test func aDatelineDoesNotHideWhomTheLedeIsAbout() {
        for dateline in ["OTTAWA (CP) — ", "TROUT BROOK, N.B. — ", "LONDON, England (CNN) -- "] {
            let text = """
                \(dateline)Kevin Mallory, who became ambassador to Ireland, is considering a move into politics.

                Nothing else was announced on the day.

                “I am weighing it,” he said.
                """
            #expect(readQuotes(text).map(\.speaker) == ["Kevin Mallory"], "\(dateline)")
        }
    }

    @Test func aShareOfThosePolledIsNoOneAPronounStandsFor() {
        let text = """
            Hanna Clarke spent the week in Ohio.

            An instant poll found 47 percent viewed the senator as the winner, with 42 percent saying her rival had won it.

            She sought to run out the clock by saying the debate should be about issues people care about.
            """
        #expect(readQuotes(text).first { $0.text.hasPrefix("the debate") }?.speaker == "Hanna Clarke")
    }

    @Test func aConjunctionOpeningTheSentenceIsNoPartOfTheName() {
        let text = "Whereas Tom Brandt says the race is far from over, his aides are packing."
        #expect(readQuotes(text).first?.speaker == "Tom Brandt")
    }

    @Test func aBodyInTheSpeakersSettingIsNoSpeaker() {
        let text = "Senate leader Mary Walsh, in a speech at the Hudson Policy Forum, a conservative research group, said the bill was a weapon against critics."
        #expect(readQuotes(text).first?.speaker == "Mary Walsh")
    }

    @Test func aRelativeNamedInPassingDoesNotTakeTheSurname() {
        let text = """
            Campus politics are no easy win for Dana Reyes, as she found this week in Charleston.

            The senator drew on the student groups built from the ashes of her father Hal Reyes's campaigns.

            “My position has been for less criminalization,” Reyes said.
            """
        #expect(readQuotes(text).first?.speaker == "Dana Reyes")
    }

    @Test func aSpeakerInAClauseOfTimeOwnsTheStatementAfterIt() {
        let quotes = readQuotes("A judge ruled on the motion after Ellen Marsh said that her client had agreed to cooperate.")
        #expect(quotes.first { $0.text.hasPrefix("her client") }?.speaker == "Ellen Marsh")
    }

    @Test func aRelativeClauseBetweenTheSpeakerAndTheVerb() {
        let text = "An inspector with the provincial labour board who was present at the hearing told reporters the mill would have to close for a month."
        let speaker = readQuotes(text).first?.speaker ?? ""
        #expect(speaker.hasSuffix("inspector with the provincial labour board"))
    }

    @Test func aVerbOpeningTheSentenceBeforeTheSpeakerAndAColon() {
        #expect(speakers("Said Marta Ellis: “Nobody on the committee wants this plan.”") == ["Marta Ellis"])
    }

    @Test func aDateOpeningTheSentenceBeforeItsSubject() {
        let text = """
            On July 6, 2015, Senator Ruth Bayliss made the following comment:

            “Young people are being left behind in every county of this state.”
            """
        #expect(speakers(text) == ["Ruth Bayliss"])
    }

    @Test func aMiddleInitialThatSpellsASmallWordIsPartOfTheName() {
        let text = """
            Readers wrote in after the debate.

            “He never answered a single question about rent in this city.” ― Carlos Reyes
            “We deserve better than this, and we will say so in November.” ― Julie A. Ortega
            """
        #expect(speakers(text) == ["Carlos Reyes", "Julie A. Ortega"])
    }

    @Test func aSingerSingsTheWords() {
        let text = "“The show opens in May,” said producer Alan Weiss. “Keep your hands where I can see them,” Dana Price sings in the clip."
        #expect(speakers(text) == ["Alan Weiss", "Dana Price"])
    }

    @Test func itStandsForABodyKnownByOneWord() {
        let text = """
            In an internal memo sent on Wednesday, Northwind told employees it is “working closely” with the regulator to restore access. It also told workers to install the public versions of its apps.
            """
        #expect(readQuotes(text).filter { $0.kind == .indirect }.map(\.speaker) == ["Northwind", "Northwind"])
    }

    @Test func aSpeakerInAConcessiveClauseIsSetAside() {
        let text = """
            College spokesman Tom Reyes said the list drew about 3,000 votes this year.

            Although Governor Paul Weir has repeatedly tweeted that the word is “fake news” -- it topped the vote -- its inclusion is no political statement. Rather, voters were tired of hearing it so often, he said.
            """
        #expect(readQuotes(text).first { $0.text.hasPrefix("Rather") || $0.text.hasPrefix("voters") }?.speaker == "Tom Reyes")
    }

    @Test func aPersonIntroducedLaterInAParagraphWithoutSpeechIsAnAntecedent() {
        let text = """
            The asking price was $6.5 billion. Hence, finance minister Paul Okafor and his team thought they had a bargain.

            These are generous assumptions, and he said the price paid was appropriate.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Paul Okafor"])
    }

    @Test func placesListedAfterYouAreNoAntecedent() {
        let text = """
            “We will keep broadcasting,” said host Ed Marlow.

            You can watch it on cable in cities like New York, Los Angeles and Philadelphia. He said the channel had never told him what to say.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Ed Marlow", "Ed Marlow"])
    }

    @Test func aDescribedSpeakerAndTheNextPersonNamedStayApart() {
        let text = """
            A source familiar with the talks said the deal was close.

            “We are not there yet,” said Marie Lavoie.

            A police spokesman said the road would reopen on Monday.

            Resident Tom Hale said the closure had cost him a week of work.
            """
        #expect(readQuotes(text).map(\.speaker) == ["source familiar with the talks", "Marie Lavoie", "police spokesman", "Tom Hale"])
    }

    @Test func aLoneNameSetOffByADescriptionWithARoleIsAnAntecedent() {
        let text = """
            President Joko Widodo was scheduled to visit the area later on Monday.

            Yuni, a resident of Lampung, was watching television at home when the water came.

            “I heard a rumbling sound and I thought it was the wind,” she said.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Yuni"])
    }

    @Test func aSpeakerDescribedWithAIsThePronounsAntecedent() {
        let text = """
            Sen. Tom Reyes criticised the freeze on Wednesday.

            A spokesman for the country’s military said on Geo TV Thursday that the army would not be coerced by the freeze. He said that the country wants to “move forward through cooperative engagement” with its allies.
            """
        #expect(readQuotes(text).map(\.speaker) == ["spokesman for the country’s military", "spokesman for the country’s military", "spokesman for the country’s military"])
    }

    @Test func aLoneSurnameBeforeAnAuxiliaryIsTheSubject() {
        let text = """
            “Pardon me, ma’am,” Jim Acosta said.

            The rationale was widely mocked. And Whitlock has cast doubt on it. He said on Friday that Acosta was “not nice to that young woman.”
            """
        #expect(readQuotes(text).map(\.speaker) == ["Jim Acosta", "Whitlock", "Whitlock"])
    }

    /// `the president` after `Vice President Anna Lindqvist`: another office.
    @Test func theRoleIsNotTheViceHolderNamedLast() {
        let text = """
            “We will not wait any longer,” President Tomas Berg said on Monday.

            “It is the best deal we could get,” Vice President Anna Lindqvist said.

            “The talks will go on,” the president said.
            """
        #expect(speakers(text) == ["Tomas Berg", "Anna Lindqvist", "Tomas Berg"])
    }

    /// `he` after the quotation goes back to the person the sentence named before it, not to the
    /// one who spoke last.
    @Test func aPronounAfterTheQuoteIsThePersonNamedBeforeIt() {
        let text = """
            “We need more outreach,” said Carlos Gutierrez, a former commerce secretary.

            After four months of silence, now we have the take of John Romney on the defeat: “We were not effective with minority voters,” he told Fox News.
            """
        #expect(speakers(text) == ["Carlos Gutierrez", "John Romney"])
    }

    /// `Unlike Al Mnajer, he ...`: someone named beside a pronoun subject does not take its place
    /// as whom a later `he` is.
    @Test func aPersonNamedBesideAPronounSubjectIsNotItsAntecedent() {
        let contrasted = """
            “We found work within a month,” Mohammad Al Mnajer said.

            Ragheb Al Turkmani came to Canada in 2016 with his family.

            Unlike Al Mnajer, he has been unable to find work, and income assistance is sustaining the family.

            “When you have children to look after, my study comes afterwards,” he said.
            """
        #expect(speakers(contrasted) == ["Mohammad Al Mnajer", "Ragheb Al Turkmani"])
    }
}
