import Testing
@testable import ChorusCore

/// Reported speech in an article that prints its quotations with marks: the statement is the
/// content clause, attributed to the speaker of its cue; the reporter's narration is not one.
@Suite struct IndirectSpeechTests {
    /// One sentence after an opening quotation, so that the article is one that uses marks.
    private func statements(_ sentence: String) -> [SeenQuote] {
        let text = "“We will look at every option,” the minister said on Monday.\n\n" + sentence
        return Array(readQuotes(text).dropFirst())
    }

    private func indirect(_ text: String, _ speaker: String?) -> SeenQuote {
        SeenQuote(text: text, speaker: speaker, kind: .indirect)
    }

    @Test func aClauseAfterSaidWithOrWithoutThat() {
        #expect(statements("Premier Dana Whitfield said the province would not raise taxes.")
                == [indirect("the province would not raise taxes", "Dana Whitfield")])
        #expect(statements("Premier Dana Whitfield said on Friday that the province would not raise taxes.")
                == [indirect("the province would not raise taxes", "Dana Whitfield")])
    }

    @Test func aClauseWhoseVerbHasOnePastAndPresentForm() {
        #expect(statements("A firefighter said the blaze spread quickly through the building.")
                == [indirect("the blaze spread quickly through the building", "firefighter")])
    }

    @Test func whomTheyToldMayBeAProgrammeOrPeopleDescribedBetweenCommas() {
        #expect(statements("Dana Whitfield told BBC Radio 4's Today programme the report's findings were alarming.")
                == [indirect("the report's findings were alarming", "Dana Whitfield")])
        #expect(statements("Dana Whitfield told more than 50 donors, who gathered at a hotel, that the campaign would win.")
                == [indirect("the campaign would win", "Dana Whitfield")])
    }

    @Test func whomTheyToldAndWhereComeBeforeTheClause() {
        #expect(statements("Dana Whitfield told reporters in Halifax that the budget was balanced.")
                == [indirect("the budget was balanced", "Dana Whitfield")])
        #expect(statements("Dana Whitfield told The Coast Herald the budget was balanced.")
                == [indirect("the budget was balanced", "Dana Whitfield")])
        #expect(statements("The ministry said in a statement on Friday that the budget was balanced.")
                == [indirect("the budget was balanced", "ministry")])
        // a court, the police or a gathering told: not the clause's subject
        #expect(statements("Dana Whitfield told the court she was able to see the stop sign.")
                == [indirect("she was able to see the stop sign", "Dana Whitfield")])
        #expect(statements("Dana Whitfield told police she had not seen the driver.")
                == [indirect("she had not seen the driver", "Dana Whitfield")])
        #expect(statements("Dana Whitfield told a room of black voters in downtown Toledo on Thursday.").isEmpty)
    }

    @Test func theClauseBeforeACueAtTheEnd() {
        #expect(statements("The party plans to name a candidate in the next two weeks, spokesman Martin Hale said.")
                == [indirect("The party plans to name a candidate in the next two weeks", "Martin Hale")])
        #expect(statements("The plane was found near the coast, authorities said Saturday.")
                == [indirect("The plane was found near the coast", "authorities")])
    }

    @Test func aCueSetInsideTheStatementLeavesOneStatementInTwoParts() throws {
        let text = "“We will look at every option,” the minister said.\n\nDana Whitfield spoke at length.\n\nThe drugs have a limited use, she says, and are meant only for the short term."
        let article = Article(id: "a", path: "a.txt", text: text)
        let quote = try #require(QuoteExtractor().extract(from: article).last)
        #expect(quote.kind == .indirect && quote.mention?.name == "Dana Whitfield")
        #expect(quote.sentences.map { article.excerpt($0.lowerBound, $0.upperBound) } == ["The drugs have a limited use", "and are meant only for the short term"])
        // the subject alone before the cue is part of it too
        #expect(statements("Ukraine, he declared, had a chance to win.").map(\.text) == ["Ukraine, he declared, had a chance to win"])
    }

    @Test func aSpeechVerbWithoutAClauseSaysNothing() {
        #expect(statements("Dana Whitfield said it before the vote was held.").isEmpty)
        #expect(statements("Dana Whitfield has not said where the money went.").isEmpty)
        #expect(statements("The militia claimed responsibility for the attack on the base.").isEmpty)
        #expect(statements("Dana Whitfield spoke at a rally with a crowd that numbered in the thousands.").isEmpty)
    }

    @Test func theCompanyIsTheCompanyTheArticleNamed() {
        let found = statements("Northwind Air Ltd. cancelled 40 flights on Monday. The company said the storm had closed two airports.")
        #expect(found == [indirect("the storm had closed two airports", "Northwind Air Ltd.")])
    }

    @Test func accordingToInItsThreePlaces() {
        #expect(statements("According to court documents, the driver never braked.")
                == [indirect("the driver never braked", "court documents")])
        #expect(statements("The driver never braked, according to court documents.")
                == [indirect("The driver never braked", "court documents")])
        #expect(statements("The driver, according to court documents, never braked before the crash.")
                == [indirect("never braked before the crash", "court documents")])
    }

    @Test func aSourceAfterTheClauseOnlyRelaysTheSpeakerItNames() {
        #expect(statements("“We have the votes,” Dana Whitfield said on a radio show, according to The Coast Herald.")
                == [SeenQuote(text: "We have the votes", speaker: "Dana Whitfield", kind: .direct)])
        #expect(statements("At a dinner, Dana Whitfield told the minister “even if you think the plan is right, it will fail,” according to a source familiar with the talks.")
                .map(\.speaker) == ["Dana Whitfield"])
        #expect(statements("Dana Whitfield writes that “the plan will fail,” the Coast Herald reports.").map(\.speaker) == ["Dana Whitfield"])
        // a verb without content leaves the words to the source
        #expect(statements("Dana Whitfield spoke with the minister on Tuesday and “stressed the need for calm,” according to a readout of the call.")
                .map(\.speaker) == ["readout of the call"])
    }

    @Test func aQuotedTermAfterADeterminerLeavesTheClauseItsVerb() {
        #expect(statements("Dana Whitfield warned that the province, with its “open door” policy on hiring, is running out of money.")
                == [indirect("the province, with its “open door” policy on hiring, is running out of money", "Dana Whitfield")])
    }

    @Test func byAndAParticipleOfSpeechIsTheSubjectSpeaking() {
        #expect(statements("Dana Whitfield defended the budget by saying the province could not afford more.")
                == [indirect("the province could not afford more", "Dana Whitfield")])
        #expect(statements("Wearing a red scarf, Dana Whitfield opened her speech by saying: “We came up short.”").map(\.speaker)
                == ["Dana Whitfield"])
    }

    @Test func aParticipleOrASecondVerbKeepsTheSubject() {
        #expect(statements("Dana Whitfield defended the plan, saying it would create jobs.")
                == [indirect("it would create jobs", "Dana Whitfield")])
        #expect(statements("Dana Whitfield praised the plan and said it would create jobs.")
                == [indirect("it would create jobs", "Dana Whitfield")])
    }

    @Test func aGroupOfAPlaceIsNotAPersonNamedAfterIt() {
        #expect(statements("Supporters in South Carolina say the rally was the biggest yet.")
                == [indirect("the rally was the biggest yet", "Supporters in South Carolina")])
    }

    @Test func aPlaceIsNoSpeaker() {
        #expect(statements("In Boston, the police said the suspect had fled.") == [indirect("the suspect had fled", "police")])
        #expect(statements("Senator Dana Whitfield (D) of Vermont has told colleagues that the bill would pass.")
                == [indirect("the bill would pass", "Dana Whitfield")])
    }

    @Test func aSourceTheLexiconDoesNotKnowAfterAnOpeningPhrase() {
        #expect(statements("In the video, the players say their coach is the reason they stayed.")
                == [indirect("their coach is the reason they stayed", "the players")])
        // the opening clause says when, not what was said
        #expect(statements("As the siren wailed, the announcer said the road would stay closed.")
                == [indirect("the road would stay closed", "the announcer")])
        // `states` after a preposition is a noun, no cue
        #expect(statements("If the vote were held again, the electors in states won by the party would back the same nominee.").isEmpty)
    }

    @Test func aClauseAfterAPhraseOfHowItWasSaid() {
        #expect(statements("Dana Whitfield said by text message the storm had passed when the crews arrived.")
                == [indirect("the storm had passed when the crews arrived", "Dana Whitfield")])
        // a comma after the clause's verb does not hide it
        #expect(statements("Dana Whitfield noted the two are very close, which made the split even harder.")
                == [indirect("the two are very close, which made the split even harder", "Dana Whitfield")])
        #expect(statements("Dana Whitfield noted the rise in prices, which is steep.").isEmpty)
    }

    @Test func aSurnameThatIsAlsoAMonthAfterATitle() {
        #expect(statements("On Tuesday, Ms. May said a solution could be found within weeks.")
                == [indirect("a solution could be found within weeks", "May")])
    }

    @Test func aUnitsFullStopDoesNotEndTheStatement() {
        #expect(statements("Dana Whitfield says she has lost 16 lbs. since she took up running.")
                == [indirect("she has lost 16 lbs. since she took up running", "Dana Whitfield")])
    }

    @Test func aHeadlineGivesTheClaimOfThePersonNamedBeforeItsColon() {
        let text = """
            Vale: The harbour levy will cost thousands of jobs, port was never consulted.

            Mayor Dana Vale spoke on Monday.

            Port Report: The harbour handled more ships than ever this year.
            """
        // a heading in the body, or a label the article never names again, is no speaker
        #expect(readQuotes(text) == [indirect("The harbour levy will cost thousands of jobs, port was never consulted", "Dana Vale")])
    }

    @Test func aSecondVerbAfterAPhraseOfHowItWasSaid() {
        #expect(statements("Dana Whitfield called the report unfair and in a carefully worded response said she had never seen it.")
                == [indirect("she had never seen it", "Dana Whitfield")])
    }

    @Test func aDocumentIsTheSourceOfWhatItFindsUnlessTheArticleSaidWhoseItIs() {
        #expect(statements("The study found that poor children have the worst odds of moving up.")
                == [indirect("poor children have the worst odds of moving up", "study")])
        let text = """
            The Harbour Users Association said in a statement that the levy would cost jobs.

            The statement also said that the port was never consulted.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Harbour Users Association", "Harbour Users Association"])
        let own = """
            The Harbour Institute wrote in its report on Wednesday that the ferry fleet was ageing.

            The port authority has not responded to questions about the fleet.

            The report also said the ferries would need replacing within a decade.
            """
        #expect(readQuotes(own).map(\.speaker) == ["Harbour Institute", "Harbour Institute"])
    }

    @Test func theStatementEndsWhereTheReporterOrTheNextSentenceTakesOver() {
        // a full stop with no space before the next quotation
        let glued = statements("Dana Whitfield has said she will sign the bill.“It has been a banner year,” said Tom Hale.")
        #expect(glued.map(\.text) == ["she will sign the bill", "It has been a banner year"])
        // the reporter's comment after a comma, and a tweet's link
        #expect(statements("Dana Whitfield said the levy should be repealed at once, a view that the mayor seemed to share.")
                == [indirect("the levy should be repealed at once", "Dana Whitfield")])
        #expect(statements("Dana Whitfield tells the Herald the levy should be repealed at once. https://t.co/qdk7LADWXk — The Herald (@herald) March 11, 2020")
                == [indirect("the levy should be repealed at once", "Dana Whitfield")])
        // an appositive of a person named in the statement stays in it
        #expect(statements("Dana Whitfield said the firm had hired Tom Hale, a lawyer who worked for the city.")
                == [indirect("the firm had hired Tom Hale, a lawyer who worked for the city", "Dana Whitfield")])
    }

    @Test func whatTheSpeakerCalledSomethingWithoutMarks() {
        #expect(statements("Police described his attempt to take another car as a carjacking and said the driver was hurt.")
                == [indirect("a carjacking", "Police"), indirect("the driver was hurt", "Police")])
        #expect(statements("Dana Whitfield now calls it a rookie mistake.") == [indirect("a rookie mistake", "Dana Whitfield")])
        // not a call on the phone, not `as` that says when
        #expect(statements("Dana Whitfield called the police a day later.").isEmpty)
        #expect(statements("The council condemned the launch as the army fired three more missiles.").isEmpty)
    }

    @Test func aNameBetweenCommasIsTheSpeaker() {
        #expect(statements("His father, Ernie Vail, says the family was never told.")
                == [indirect("the family was never told", "Ernie Vail")])
    }

    @Test func aQuotedFragmentInsideAParaphraseStaysInIt() {
        // A fragment of three words, or one less than half the paraphrase, is part of it; one that
        // makes up most of it is a quote of its own as well.
        #expect(statements("Dana Whitfield said she was “deeply disappointed” by the ruling.")
                == [indirect("she was “deeply disappointed” by the ruling", "Dana Whitfield")])
        #expect(statements("Dana Whitfield said crews would keep the coastal highway open all weekend and clear it around the clock, but “would close it at the first sign of ice.”")
                == [indirect("crews would keep the coastal highway open all weekend and clear it around the clock, but “would close it at the first sign of ice.”", "Dana Whitfield")])
        let found = statements("Dana Whitfield said the ruling “will hurt every family in this province” for years.")
        #expect(found.map(\.kind) == [.indirect, .partial])
        #expect(found.allSatisfy { $0.speaker == "Dana Whitfield" })
    }

    @Test func aParaphraseThatRunsIntoTheSpeakersWordsBeforeTheCue() {
        // The reporter's words lead into a fragment that closes on the speaker's comma: the whole
        // clause is what the speaker says.
        #expect(statements("Back then, the ferry company kept its fares “well beyond what a family could pay,” Dana Whitfield writes.")
                == [indirect("Back then, the ferry company kept its fares “well beyond what a family could pay,”", "Dana Whitfield")])
    }

    @Test func aClauseBeforeTheCueMayHoldAVerbThatSaysNothing() {
        // `found` is a speech verb elsewhere; here it is the reported clause's own verb.
        #expect(statements("Crews found the driver in the wreck an hour later, Chief Dana Whitfield said.")
                == [indirect("Crews found the driver in the wreck an hour later", "Dana Whitfield")])
        #expect(statements("Older workers who lose a job are less likely to find another, researchers report.")
                == [indirect("Older workers who lose a job are less likely to find another", "researchers")])
    }

    @Test func aDescriptionAfterTheSpeakersNameEndsTheSentence() {
        #expect(statements("The ferry will sail again by spring, said Dana Whitfield, director and founder of the company.")
                == [indirect("The ferry will sail again by spring", "Dana Whitfield")])
    }

    @Test func aNumberWithACommaAndAPhraseOfWhereItWasSaid() {
        #expect(statements("The ministry said nearly 1,250 families had been moved to shelters.")
                == [indirect("nearly 1,250 families had been moved to shelters", "ministry")])
        #expect(statements("Dana Whitfield said in her budget speech she would not raise taxes.")
                == [indirect("she would not raise taxes", "Dana Whitfield")])
    }

    @Test func aPresentVerbRightAfterAPronounOpensTheClause() {
        #expect(statements("Dana Whitfield said she plans to join the protest on Friday.")
                == [indirect("she plans to join the protest on Friday", "Dana Whitfield")])
        #expect(statements("Dana Whitfield says they expect a ruling within weeks.")
                == [indirect("they expect a ruling within weeks", "Dana Whitfield")])
        #expect(statements("The union says she’ll return to the table next week.")
                == [indirect("she’ll return to the table next week", "union")])
    }

    @Test func aSourceDescribedInWordsTheParserDoesNotKnow() {
        // The words before the verb name the source as printed, article and all.
        #expect(statements("Political observers in the capital say the vote is close.")
                == [indirect("the vote is close", "Political observers in the capital")])
        #expect(statements("All those involved say the issue is complex.")
                == [indirect("the issue is complex", "All those involved")])
        #expect(statements("The military said it was sending troops to the coast.")
                == [indirect("it was sending troops to the coast", "The military")])
        // not a noun phrase, or a noun after a possessive
        #expect(statements("Witnesses heard him tell the clerk that he owed money.").isEmpty)
        #expect(statements("The senator’s claims that the vote was rigged were false.").isEmpty)
        #expect(statements("The notice of civil claim also includes figures for six seasons.").isEmpty)
    }

    @Test func aSourceOpenedByAnotherOrEach() {
        #expect(statements("Another parent says she knows the school is doing its best.")
                == [indirect("she knows the school is doing its best", "Another parent")])
    }

    @Test func aPhraseOfWhenOrWhereMayCloseOnAComma() {
        #expect(statements("Dana Whitfield admits in this case, there were delays.")
                == [indirect("there were delays", "Dana Whitfield")])
    }

    @Test func anAdverbOfMannerBeforeThat() {
        #expect(statements("Residents complained bitterly that the water was unsafe.")
                == [indirect("the water was unsafe", "Residents")])
    }

    @Test func anObjectWithTheSpeakersLabelsOnIt() {
        #expect(statements("Dana Whitfield called the councillor a “reckless gambler,” an “amateur” and “unfit.”")
                == [indirect("the councillor a “reckless gambler,” an “amateur” and “unfit.”", "Dana Whitfield")])
        // the label is most of the statement, so it stands as a quotation too
        let described = statements("Dana Whitfield described the ruling as “a victory for every family in this province.”")
        #expect(described.first == indirect("the ruling as “a victory for every family in this province.”", "Dana Whitfield"))
        #expect(described.map(\.kind) == [.indirect, .partial])
        // a label of a word or three is the quotation itself; `what she called` makes no object
        #expect(statements("Dana Whitfield called the allegation “false” on Thursday.").map(\.kind) == [.partial])
        #expect(statements("The council approved what Dana Whitfield called “a plan that will cost every family dearly.”").map(\.kind) == [.partial])
        #expect(statements("Dana Whitfield called for a “full and open inquiry into the sale.”").map(\.kind) == [.partial])
    }

    @Test func aSpeakerSpeakingNowAndAListenerWhoWasTold() {
        // `is warning` is the speaker's own act; `was told` makes the subject the listener.
        #expect(statements("Dana Whitfield is warning voters that the bridge will close in March.")
                == [indirect("the bridge will close in March", "Dana Whitfield")])
        #expect(statements("The premier was told that the bridge would close.").isEmpty)
    }

    @Test func theReportersAdditionAfterADashOrAnAsideIsLeftOut() {
        #expect(statements("Dana Whitfield said the province had overpaid for the old ferry — a cost that will grow every year.")
                == [indirect("the province had overpaid for the old ferry", "Dana Whitfield")])
        #expect(statements("Dana Whitfield said the rules on tuition are welcome, as many students work two jobs.")
                == [indirect("the rules on tuition are welcome, as many students work two jobs", "Dana Whitfield")])
        #expect(statements("Dana Whitfield said the vote was a mistake, as did two other councillors.")
                == [indirect("the vote was a mistake", "Dana Whitfield")])
    }

    @Test func aClauseOfWhenAfterAQuotationSaysNothingMore() {
        // The quotation is what was said; `when she resigned` only says when.
        #expect(statements("“We will hold the line,” Dana Whitfield said when she resigned in March.").map(\.kind) == [.direct])
        #expect(statements("Dana Whitfield told reporters after the meeting that was held downtown.").isEmpty)
    }

    @Test func objectsAreNotStatements() {
        #expect(statements("The ministry announced a new plan for the region.").isEmpty)
        #expect(statements("Dana Whitfield urged calm.").isEmpty)
        #expect(statements("Dana Whitfield noted the rise in prices.").isEmpty)
        #expect(statements("Dana Whitfield declined to comment on the report.").isEmpty)
        #expect(statements("Dana Whitfield asked whether the budget was balanced.").isEmpty)
    }

    @Test func aSubjectInSmallLettersTakesItsVerbBeforeAnyComma() {
        #expect(statements("Dana Whitfield said officers later found three victims in one bedroom.")
                == [indirect("officers later found three victims in one bedroom", "Dana Whitfield")])
        #expect(statements("Dana Whitfield said this would force the province to act.")
                == [indirect("this would force the province to act", "Dana Whitfield")])
        #expect(statements("The militia claimed responsibility for the attack, which killed five.").isEmpty)
        #expect(statements("One study found the plan would raise taxes on 8 million families.").map(\.text)
                == ["the plan would raise taxes on 8 million families"])
    }

    @Test func whomTheyWarnedComesBeforeWhatTheySaid() {
        #expect(statements("Dana Whitfield warned fellow ministers that the bill would fail.")
                == [indirect("the bill would fail", "Dana Whitfield")])
        #expect(statements("Dana Whitfield told Herald reporter Sam Ortiz that the deal was dead.")
                == [indirect("the deal was dead", "Dana Whitfield")])
    }

    @Test func thatBeforeANounIsNoStatement() {
        #expect(statements("Dana Whitfield first announced that decision during his visit.").isEmpty)
        // a quoted term after an article is a noun, not the clause's verb
        #expect(statements("Dana Whitfield had suggested a “millionaire's tax” on the richest families.").allSatisfy { $0.kind != .indirect })
    }

    @Test func aWeakVerbTakesAClauseWithItsVerb() {
        #expect(statements("Dana Whitfield added the new rule would apply next year.")
                == [indirect("the new rule would apply next year", "Dana Whitfield")])
    }

    @Test func termsInMarksThatNobodySaysAreNotQuotes() {
        // a glossary of terms, and a nickname
        #expect(statements("The other words on the list are “grapple,” “optics” and “eschew.”").isEmpty)
        #expect(statements("Lead singer Riefian “Ifan” Fajar left the stage early.").isEmpty)
        // what someone called a thing is their word
        #expect(statements("Dana Whitfield called the allegation “false” on Thursday.").map(\.text) == ["false"])
    }

    @Test func questionsTitlesAndActionsAreNotStatements() {
        #expect(statements("Rather than rows of desks facing each other, why not a circle, asks editor Jennifer Dale.").isEmpty)
        #expect(statements("“The Kid Who Would Be King” reclaims the fantasy genre for children.").isEmpty)
        #expect(statements("Dana Whitfield told the House before slamming the offer to work with other parties.").isEmpty)
    }

    @Test func aPhotoCaptionIsNotReporting() {
        #expect(statements("Dana Whitfield says the plan will create jobs. (Sam Ortiz/The Coast Herald)").isEmpty)
    }

    @Test func aClauseOpeningWithAnIsAClause() {
        // `an` once counted as a phrase of where it was said (`in an interview`)
        #expect(statements("Mayor Ines Ward said an inquiry into the fire was under way.")
                == [indirect("an inquiry into the fire was under way", "Ines Ward")])
    }

    @Test func aDeniedClaimIsReadAsTheClaimDenied() throws {
        #expect(statements("Governor Ellen Marsh denied claims that her office had ignored the warnings.")
                == [indirect("claims that her office had ignored the warnings", "Ellen Marsh")])
        #expect(statements("The company rejected reports that it would close the plant.")
                == [indirect("reports that it would close the plant", "company")])
        let text = "“We will look at every option,” the minister said.\n\nGovernor Ellen Marsh denied claims that her office had ignored the warnings."
        let quote = try #require(QuoteExtractor().extract(from: Article(id: "a", path: "a.txt", text: text)).last)
        #expect(quote.isDeniedClaim)
        // a plain denial of a clause is the speaker's own statement
        #expect(statements("Governor Ellen Marsh denied that her office had ignored the warnings.").map(\.text) == ["her office had ignored the warnings"])
    }

    @Test func whatASourceSaysOfAThingNamedBeforeIsAStatementOfItsOwn() {
        #expect(statements("The minister said the fire began in the kitchen, which investigators say was left unlocked overnight.")
                == [indirect("the fire began in the kitchen", "minister"), indirect("was left unlocked overnight", "investigators")])
    }

    @Test func whatTheReporterSaysWasLeftUnsaidIsNotTheStatement() {
        #expect(statements("The ministry said it reserves the right to respond, although it has not specified how.")
                == [indirect("it reserves the right to respond", "ministry")])
        // a concession in the speaker's own clause stays
        #expect(statements("The ministry said it would respond, although the timing was still open.").map(\.text)
                == ["it would respond, although the timing was still open"])
    }

    @Test func aWordOfSpeechAfterADeterminerIsANoun() {
        #expect(statements("Many states vest investigative power only in county sheriffs.").isEmpty)
    }

    @Test func whatSomeoneWouldHaveSaidWasNotSaid() {
        #expect(statements("Had he been calmer, he would have acknowledged that both plans have their merits.").isEmpty)
    }

    @Test func aPhraseOfWhatPromptedTheWordsIsNotWhatWasSaid() {
        #expect(statements("Asked about the possibility that voters might stay home, Senator Ruth Adler said she was not worried.").map(\.text)
                == ["she was not worried"])
        #expect(statements("Discussing his efforts to calm the crowds, Chief Ray Olsen said officers had shown restraint.").map(\.text)
                == ["officers had shown restraint"])
        // a clause that opens with a gerund as its subject is what was said
        #expect(statements("Raising taxes now would hurt families, Senator Ruth Adler said.").map(\.text)
                == ["Raising taxes now would hurt families"])
    }

    @Test func whatTheSpeakerDidBesidesSpeakingIsTheReporters() {
        #expect(statements("The agency said Monday that it is working with the state but declined to weigh in on the merits of its plan.").map(\.text)
                == ["it is working with the state"])
        #expect(statements("Obama claimed that his nominees have waited three times longer than others, and made that point twice for emphasis.").map(\.text)
                == ["his nominees have waited three times longer than others"])
        #expect(statements("Pence said the president showed leadership by acting quickly, but then the president said he had already made up his mind.").map(\.text)
                == ["the president showed leadership by acting quickly", "he had already made up his mind"])
    }

    @Test func aCueBetweenDashesOrInBracketsSaysNothingOutsideThem() {
        #expect(statements("Her troubles — the director called her careless, even as he said the case should be closed — are driving her numbers down.").map(\.text)
                == ["the case should be closed"])
        #expect(statements("He has played down the risk of a trade war (those are good and easy to win, he wrote on Twitter) with the country's partners.").map(\.text)
                == ["those are good and easy to win"])
    }

    @Test func anAdverbOfTimeBetweenTheSpeakerAndTheVerb() {
        #expect(statements("Senator Ruth Adler has long said that the tax cuts would pay for themselves.")
                == [indirect("the tax cuts would pay for themselves", "Ruth Adler")])
        #expect(statements("Mayor Tom Reyes has since said that the city will review its policy.")
                == [indirect("the city will review its policy", "Tom Reyes")])
    }

    @Test func anAsideBetweenCommasBeforeThat() {
        #expect(statements("Senator Ruth Adler insisted, in a rare interview with the Times, that the budget would pass.")
                == [indirect("the budget would pass", "Ruth Adler")])
        #expect(statements("Senator Ruth Adler warned on Tuesday, as she had in March, that the budget would not pass.")
                == [indirect("the budget would not pass", "Ruth Adler")])
        // a list after a noun is no aside: `states` here is no verb of saying
        #expect(statements("Ohio was one of five Midwest states, including Iowa, that the senator won in the spring.").isEmpty)
    }

    @Test func aVerbThatGoesOnWithWhatTheSubjectDoes() {
        #expect(statements("Senator Ruth Adler continues to insist that the budget would pass.")
                == [indirect("the budget would pass", "Ruth Adler")])
        #expect(statements("Mayor Tom Reyes went on to say that the bridge would reopen by spring.")
                == [indirect("the bridge would reopen by spring", "Tom Reyes")])
        #expect(statements("Mayor Tom Reyes declined to say whether the bridge would reopen.").isEmpty)
    }

    @Test func anAnnouncementOrTweetWithABareClause() {
        #expect(statements("Northway Bank announced it would end the bonuses in January.")
                == [indirect("it would end the bonuses in January", "Northway Bank")])
        #expect(statements("Governor Tom Reyes has said about 20 people have shown an interest in the seat.")
                == [indirect("about 20 people have shown an interest in the seat", "Tom Reyes")])
        #expect(statements("Mayor Tom Reyes told residents this weekend he would consider it a personal insult.")
                == [indirect("he would consider it a personal insult", "Tom Reyes")])
        // a noun in -s is no verb, nor is a participle with its agent
        #expect(statements("Last month, the council received expert reports it had requested from the academy.").isEmpty)
    }

    @Test func quotedWordsAsTheSubjectOfTheReportedClause() {
        #expect(statements("Mayor Tom Reyes said at an event in Springfield that “a bomb” had gone off downtown.")
                == [indirect("“a bomb” had gone off downtown", "Tom Reyes")])
    }

    @Test func aShareOfAGroupSpeaksAsPrinted() {
        let text = """
            “We will look at every option,” the minister said on Monday.

            Nearly eight of 10 voters said the country was on the wrong track.

            Six in 10 voters say they disapprove of the budget.

            Just 25% of voters say the tax should be cut.
            """
        #expect(readQuotes(text).map(\.speaker) == ["minister", "Nearly eight of 10 voters", "Six in 10 voters", "Just 25% of voters"])
    }

    @Test func aShortClauseAfterButOrStillIsWhatWasSaid() {
        let text = """
            “It is an area that is really important,” Dana Whitlock says.

            Still, the plan is sound, says Tom Reyes, a professor of law.

            But it is not enough, Reyes said.

            In an interview, Reyes said the budget would pass.
            """
        #expect(readQuotes(text).map(\.text) == ["It is an area that is really important", "the plan is sound", "it is not enough", "the budget would pass"])
    }

    @Test func aDatelineIsNotPartOfTheStatement() {
        #expect(statements("WASHINGTON (AP) — The storm will reach the coast on Friday, forecasters said.").map(\.text) == ["The storm will reach the coast on Friday"])
        #expect(statements("TROUT BROOK, N.B. — Two mills will close next year, according to the company.").map(\.text) == ["Two mills will close next year"])
        // in an article that prints its quotations without marks
        #expect(readQuotes("WASHINGTON (AP) — The storm will reach the coast on Friday, forecasters said.").map(\.text) == ["The storm will reach the coast on Friday"])
    }
}
