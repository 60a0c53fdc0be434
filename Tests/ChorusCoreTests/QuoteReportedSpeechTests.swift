import Testing
@testable import ChorusCore

/// Quotes printed without marks, and reported speech.
@Suite struct QuoteReportedSpeechTests {
    @Test func aClauseBeforeTheCueIsTheSpeakersOwn() {
        let quotes = readQuotes("We will not accept this ruling, Interior Minister Arvid Holm said during a press conference.")
        #expect(quotes == [SeenQuote(text: "We will not accept this ruling", speaker: "Arvid Holm", kind: .reported)])
    }

    @Test func theSpeakersVoiceContinuesAfterTheCue() {
        let text = "Vera Lind, the city's mayor, spoke on Monday.\n\nThe water is safe to drink, she said at the town hall. We test it every day. Nobody has fallen ill."
        let quotes = readQuotes(text)
        #expect(quotes.map(\.text) == ["The water is safe to drink", "We test it every day. Nobody has fallen ill."])
        #expect(quotes.allSatisfy { $0.speaker == "Vera Lind" && $0.kind == .reported })
    }

    @Test func earlierSentencesInTheSpeakersVoiceBelongToTheQuote() {
        let text = "Arvid Holm faced questions on Friday.\n\nI was never told about the audit. Nobody called me, he said on Friday."
        #expect(readQuotes(text) == [SeenQuote(text: "I was never told about the audit. Nobody called me", speaker: "Arvid Holm", kind: .reported)])
    }

    @Test func theReportersSentenceBeforeIsNotPartOfTheQuote() {
        let text = "Arvid Holm denied that his ministry was involved. We had no part in it, he said."
        #expect(readQuotes(text) == [
            SeenQuote(text: "his ministry was involved", speaker: "Arvid Holm", kind: .indirect),
            SeenQuote(text: "We had no part in it", speaker: "Arvid Holm", kind: .reported),
        ])
    }

    @Test func aClauseMayFollowTheCue() {
        let quotes = readQuotes("We need a plan, she said as the minister Vera Lind left the hall. It's that simple.")
        #expect(quotes.map(\.text) == ["We need a plan", "It's that simple."])
    }

    @Test func aShortFragmentGoesWithItsNeighbours() {
        let text = "Arvid Holm spoke to the committee.\n\nI signed every page. About forty pages in all. And I kept copies, Holm testified."
        #expect(readQuotes(text).map(\.text) == ["I signed every page. About forty pages in all. And I kept copies"])
    }

    @Test func aParagraphWithACueOfItsOwnIsNotTheLastSpeakersContinuation() {
        let text = "Vera Lind said: We are ready.\n\nI signed every page. It was late, Arvid Holm testified."
        #expect(readQuotes(text) == [
            SeenQuote(text: "We are ready.", speaker: "Vera Lind", kind: .reported),
            SeenQuote(text: "I signed every page. It was late", speaker: "Arvid Holm", kind: .reported),
        ])
    }

    @Test func aColonIntroducesTheWords() {
        let quotes = readQuotes("Arvid Holm said: The agreement is dead. Nobody will revive it.")
        #expect(quotes.map(\.text) == ["The agreement is dead. Nobody will revive it."])
    }

    @Test func wordsInTheSpeakersOwnVoiceAfterSaid() {
        #expect(readQuotes("Asked about the strike, Arvid Holm said we remain open to talks with anyone.").map(\.text)
                == ["we remain open to talks with anyone."])
        // Reported speech keeps the present tense as often as not: only the first or second person
        // shows the speaker's own words; the rest is what the reporter says they said.
        #expect(readQuotes("Asked about the strike, Arvid Holm said the government remains open to talks.")
                == [SeenQuote(text: "the government remains open to talks", speaker: "Arvid Holm", kind: .indirect)])
        #expect(readQuotes("Arvid Holm said the agreement would be reviewed next year.")
                == [SeenQuote(text: "the agreement would be reviewed next year", speaker: "Arvid Holm", kind: .indirect)])
    }

    @Test func thatClausesAreQuotesOnlyInTheSpeakersVoice() {
        #expect(readQuotes("Arvid Holm said on Monday that the deal was signed in May.")
                == [SeenQuote(text: "the deal was signed in May", speaker: "Arvid Holm", kind: .indirect)])
        let quotes = readQuotes("The inquiry is ongoing, Holm said, adding that any response would protect the interests of our country, without giving details.")
        #expect(quotes.map(\.text) == ["The inquiry is ongoing", "any response would protect the interests of our country"])
        #expect(quotes.map(\.kind) == [.reported, .reported])
    }

    @Test func aLabelPinnedOnSomethingIsIndirectSpeech() {
        let quotes = readQuotes("Arvid Holm dismissed the opposition's claims as pure fiction.")
        #expect(quotes == [SeenQuote(text: "dismissed the opposition's claims as pure fiction.", speaker: "Arvid Holm", kind: .indirect)])
        // `as did the army` is the reporter's aside, not the ministry's words, nor a label
        #expect(readQuotes("The ministry dismissed the charge, saying it had no part in it, as did the army.")
                == [SeenQuote(text: "it had no part in it", speaker: "ministry", kind: .indirect)])
    }

    @Test func scenesettingBeforeTheCueIsNotAQuote() {
        #expect(readQuotes("In a statement on Friday, the ministry said.").isEmpty)
    }

    @Test func inAnArticleWithMarksOnlyTheSpeakersOwnVoiceCounts() {
        let text = """
            “Talks will resume,” said Arvid Holm.

            The deal is off, Vera Lind said. We are done negotiating, Lind said later.
            """
        // Unmarked words in the reporter's voice are what Lind said, not her words.
        #expect(readQuotes(text) == [
            SeenQuote(text: "Talks will resume", speaker: "Arvid Holm", kind: .direct),
            SeenQuote(text: "The deal is off", speaker: "Vera Lind", kind: .indirect),
            SeenQuote(text: "We are done negotiating", speaker: "Vera Lind", kind: .reported),
        ])
    }
    @Test func aCallToActIsWhatTheSpeakerAskedOfWhom() {
        let text = """
            Mayor Ann Lee spoke on Monday.

            Lee urged residents to stay home during the storm. She called on the province to pay for the repairs.

            Lee urged caution. The council called for an inquiry. Shoppers were urged to stay away. Officials called on 28 stores.
            """
        #expect(readQuotes(text) == [
            SeenQuote(text: "residents to stay home during the storm", speaker: "Ann Lee", kind: .indirect),
            SeenQuote(text: "the province to pay for the repairs", speaker: "Ann Lee", kind: .indirect),
        ])
    }

    @Test func aSpeechActToldByItsNounSaysWhatTheClauseSays() {
        let text = """
            Mayor Ann Lee spoke on Monday.

            Lee made the argument that the tax cut would pay for itself. The budget office added the weighty caveat that the range assumes growth.

            Lee expressed concern that the new rules would hurt small farms. She later rejected the suggestion that the council had misled voters.

            The storm raised fears that the dam could fail. Claims were made that the vote was rigged. The plan offers families hope that rents will fall. Lee made arguments that were similar to his. She made the
            """
        #expect(readQuotes(text) == [
            SeenQuote(text: "the tax cut would pay for itself", speaker: "Ann Lee", kind: .indirect),
            SeenQuote(text: "the range assumes growth", speaker: "budget office", kind: .indirect),
            SeenQuote(text: "the new rules would hurt small farms", speaker: "Ann Lee", kind: .indirect),
        ])
        let infinitive = """
            Mayor Ann Lee spoke on Monday.

            Lee tried on Tuesday to make the case that rents would fall. She hopes to make the case that taxes will fall.
            """
        #expect(readQuotes(infinitive) == [SeenQuote(text: "rents would fall", speaker: "Ann Lee", kind: .indirect)])
    }
}
