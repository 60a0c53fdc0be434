import Testing
@testable import ChorusCore

/// Quotation marks as news really prints them.
@Suite struct QuoteMarksTests {
    @Test func curlyMarksGiveTheWordsBetweenThem() {
        let quotes = readQuotes("“We will rebuild the bridge by spring,” Mayor Linda Okafor said on Tuesday.")
        #expect(quotes == [SeenQuote(text: "We will rebuild the bridge by spring", speaker: "Linda Okafor", kind: .direct)])
    }

    @Test func aProgrammeOrBookTitleInMarksIsNoQuotationAndTheSentenceReadsOnPastIt() {
        let text = """
            “The plan will fail,” Senator Ruth Adler told NBC’s “Meet the Press.”

            Adler said on “Fox News Sunday” that the vote would be held in March.

            Mayor Tom Reyes told the “Today” show that the bridge would reopen by spring.

            Reyes, appearing on CBS’s “Face the Nation,” said the budget would pass.

            Dana Bash, host of CNN’s “State of the Union,” said the interview had been planned for weeks.
            """
        #expect(readQuotes(text) == [
            SeenQuote(text: "The plan will fail", speaker: "Ruth Adler", kind: .direct),
            SeenQuote(text: "the vote would be held in March", speaker: "Ruth Adler", kind: .indirect),
            SeenQuote(text: "the bridge would reopen by spring", speaker: "Tom Reyes", kind: .indirect),
            SeenQuote(text: "the budget would pass", speaker: "Tom Reyes", kind: .indirect),
            SeenQuote(text: "the interview had been planned for weeks", speaker: "Dana Bash", kind: .indirect),
        ])
    }

    @Test func aTitleAtTheEndOfAStatementStaysInIt() {
        let quotes = readQuotes("“We will see,” Adler said.\n\nAdler also canceled an appearance on “The Late Show,” an NBC spokeswoman said.")
        #expect(quotes.last?.text == "Adler also canceled an appearance on “The Late Show")
    }

    @Test func marksPointingTheWrongWayWithSpacesInside() {
        let quotes = readQuotes("” The budget is balanced for the first time in a decade, ” Finance Minister Tomas Varga told reporters.")
        #expect(quotes == [SeenQuote(text: "The budget is balanced for the first time in a decade", speaker: "Tomas Varga", kind: .direct)])
    }

    @Test func aQuoteClosedByAnOpeningMarkAtTheParagraphEnd() {
        let quotes = readQuotes("Tomas Varga noted that “inflation has peaked and will fall next year . “\n\nThe markets rose.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasPrefix("inflation has peaked and will fall next year") == true)
        #expect(quotes.first?.speaker == "Tomas Varga")
    }

    @Test func twoApostrophesStandForADoubleMark() {
        // Some archives print `''` for a double mark; the apostrophe of `isn't` inside stays a letter.
        let quotes = readQuotes("''This isn't the reform we were promised,'' said Tomas Varga, an economist.\n\n''We will see,'' he added.")
        #expect(quotes == [SeenQuote(text: "This isn't the reform we were promised", speaker: "Tomas Varga", kind: .direct),
                           SeenQuote(text: "We will see", speaker: "Tomas Varga", kind: .direct)])
    }

    @Test func noBreakSpacesInsideMarks() {
        let quotes = readQuotes("Coach Ines Braga said: «\u{00A0}We played without fear.\u{00A0}»")
        #expect(quotes == [SeenQuote(text: "We played without fear.", speaker: "Ines Braga", kind: .direct)])
    }

    @Test func marksStopsAndLineBreaksAreFoundWhereverTheyFall() {
        // Text is decoded, and marks, full stops and line breaks looked for, several scalars at a
        // time: moved one place at a time, after plain or accented text, each is found at its place.
        for offset in 0..<17 {
            for lead in [String(repeating: "x", count: offset), "é" + String(repeating: "x", count: offset)] {
                let first = "\(lead) Mayor Linda Okafor said: “We will rebuild the bridge.” It rained \(lead). It rained."
                let second = "\(lead) Dan Ruiz said \"no\" \(lead)."
                let text = first + "\r\n" + second + "\n"
                let scalars = ProseScalar.scalars(of: text)
                #expect(scalars == Array(text.unicodeScalars))
                let paragraphs = QuoteExtractor().paragraphs(scalars, from: 0)
                #expect(paragraphs.map { ProseScalar.string(scalars, $0) } == [first, second].map(\.trimmingSpaces))
                let sentences = SentenceSplitter().sentences(in: scalars, range: paragraphs[0]).map { ProseScalar.string(scalars, $0) }
                #expect(sentences == ["\(lead) Mayor Linda Okafor said: “We will rebuild the bridge.”".trimmingSpaces, "It rained \(lead).", "It rained."])
                #expect(readQuotes(text) == [
                    SeenQuote(text: "We will rebuild the bridge.", speaker: "Linda Okafor", kind: .direct),
                    SeenQuote(text: "no", speaker: "Dan Ruiz", kind: .direct),
                ])
            }
        }
    }

    @Test func aQuoteIsCutFromTheArticleWhateverTheWidthOfTheScalarsBeforeIt() {
        // Scalar offsets become UTF-8 offsets sixteen bytes at a time; one, two, three and four
        // bytes wide, at every place, the quote's text is still its own.
        for lead in ["x", "é", "€", "😀"].flatMap({ s in (0..<17).map { String(repeating: s, count: $0) } }) {
            let text = "\(lead) Mayor Linda Okafor said: “We will rebuild the bridge.”"
            #expect(readQuotes(text).map(\.text) == ["We will rebuild the bridge."], "after \(lead)")
        }
    }

    @Test func lettersAndTheirCaseBeyondASCIIAreUnicodes() {
        // Common scalars beyond ASCII are answered without Unicode's tables; the answers must be its.
        for value in UInt32(0x80)...0x2FFF {
            guard let s = Unicode.Scalar(value) else { continue }
            #expect(ProseScalar.isLetter(s) == s.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(ProseScalar.isUpper(s) == s.properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(ProseScalar.isLower(s) == s.properties.isLowercase, "U+\(String(value, radix: 16))")
        }
    }

    @Test func straightMarksAndInchesAreToldApart() {
        let quotes = readQuotes("\"Nobody expected the river to rise this fast,\" said Carla Mendes, a local farmer, whose 6\" pipes burst.")
        #expect(quotes == [SeenQuote(text: "Nobody expected the river to rise this fast", speaker: "Carla Mendes", kind: .direct)])
    }

    @Test func aQuotationRunsOnWhenTheNextParagraphReopensIt() throws {
        let text = "Governor Ruth Allen said: “The first phase is complete.\n\n“The second phase begins in June.”\n\nWork stopped at noon."
        let article = Article(id: "a", path: "a.txt", text: text)
        let found = QuoteExtractor().extract(from: article)
        #expect(found.count == 1)
        let quote = try #require(found.first)
        #expect(article.excerpt(quote.start, quote.end).hasSuffix("The second phase begins in June."))
        #expect(quote.sentences.map { article.excerpt($0.lowerBound, $0.upperBound) } == ["The first phase is complete.", "The second phase begins in June."])
        #expect(readQuotes(text).first?.speaker == "Ruth Allen")
    }

    @Test func aQuoteIsCutIntoItsSentencesForLinking() throws {
        let text = "“We will win. We always do, don’t we?” said coach Rui Alves."
        let article = Article(id: "a", path: "a.txt", text: text)
        let quote = try #require(QuoteExtractor().extract(from: article).first)
        #expect(quote.sentences.map { article.excerpt($0.lowerBound, $0.upperBound) } == ["We will win.", "We always do, don’t we?"])
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Café owner Zoë Ünal 🙂 said: “Prices rise — again.”\r\n“Wages don’t,” she added."
        let article = Article(id: "a", path: "a.txt", text: text)
        let index = IndexBuilder().build(Corpus(root: "t", articles: [article]))
        #expect(index.quotes.map(\.text) == ["Prices rise — again.", "Wages don’t"])
        #expect(index.quotes.allSatisfy { article.excerpt($0.start, $0.end) == $0.text })
    }

    @Test func singleMarksInsideDoubleMarksStayInTheQuote() {
        let quotes = readQuotes("“He told me, ‘Wait here,’ and then he left,” the witness, Sam Ortiz, said.")
        #expect(quotes.map(\.text) == ["He told me, ‘Wait here,’ and then he left"])
    }

    @Test func apostrophesAreNotMarks() {
        let quotes = readQuotes("The union’s leader, Dana Kerr, said they “don’t accept the offer” and won’t meet again until the ’90s pay rules go.")
        // The quoted words are part of the union's reported statement, which the apostrophe of
        // `’90s` does not cut.
        #expect(quotes.map(\.text) == ["they “don’t accept the offer” and won’t meet again until the ’90s pay rules go"])
        #expect(quotes.first?.kind == .indirect)
    }

    @Test func singleMarksAsAHouseStyle() {
        let quotes = readQuotes("‘We will appeal against the ruling,’ said the club’s chairman, Peter Hale.")
        #expect(quotes == [SeenQuote(text: "We will appeal against the ruling", speaker: "Peter Hale", kind: .direct)])
    }

    @Test func aDashIntroducesAnUtterance() {
        let quotes = readQuotes("– We are not leaving this city, ” said Mayor Anna Kowal.\n\n– We will hold out until spring – said Anna Kowal.")
        #expect(quotes.map(\.text) == ["We are not leaving this city", "We will hold out until spring"])
        #expect(quotes.allSatisfy { $0.speaker == "Anna Kowal" && $0.kind == .direct })
    }

    @Test func aDashedLineWithoutASpeakerIsNotAQuote() {
        #expect(readQuotes("– Reporting from the coast by our correspondents").isEmpty)
    }

    @Test func fragmentsInsideTheReportersSentenceArePartial() {
        let quotes = readQuotes("Senator Joan Pike called the plan “a gift to polluters” during the debate.")
        // The label is most of the object it is pinned on (`the plan “a gift to polluters”`, a
        // statement of its own), so it stands as a quotation too.
        #expect(quotes.contains(SeenQuote(text: "a gift to polluters", speaker: "Joan Pike", kind: .partial)))
        #expect(quotes.filter { $0.kind != .partial } == [SeenQuote(text: "the plan “a gift to polluters”", speaker: "Joan Pike", kind: .indirect)])
    }

    @Test func aScareQuoteWithNoSpeakerIsNotAQuote() {
        #expect(readQuotes("The so-called “experts” were nowhere to be seen at the hearing.").isEmpty)
    }

    @Test func titlesInMarksAreNotQuotes() {
        #expect(readQuotes("She starred in “The Long Winter of Our Town” last year and won an award.").isEmpty)
    }

    @Test func theOutletsOwnAppealsAreNotQuotes() {
        let text = """
            “The port will reopen on Monday,” harbour master Eli Stone said.

            Copyright 2021 “Coastal Times” all rights reserved.

            Dear readers,

            Our “independent” newsroom needs your support. “Every gift counts,” as we like to say.
            """
        #expect(readQuotes(text).map(\.text) == ["The port will reopen on Monday"])
    }

    @Test func aPhotoCreditGluedToTheSentenceIsNoPartOfTheName() {
        let text = """
            Sen. Bill Cassidy spoke on Monday.

            Jim Watson/Getty Images Cassidy said the bill would pass the Senate this week.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Bill Cassidy"])
    }

    @Test func aSignUpFormNamesNoOne() {
        let text = """
            But Lena Ross, counsel for the growers' association, said the test was not reliable either.

            Newsletter Sign Up Continue reading the main story Please verify you are not a robot. Sign Up You will receive emails containing news content from the Coastal Times. View all newsletters.

            “There is no point in rolling out a test that does not work,” she said.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Lena Ross", "Lena Ross"])
        let playbook = """
            But Lena Ross, counsel for the growers' association, said the test was not reliable either.

            COASTAL NEWSLETTERS Coastal Playbook Sign up today to receive the newsletter. Sign Up Loading By signing up you agree to receive email alerts. You can unsubscribe at any time.

            “There is no point in rolling out a test that does not work,” she said.
            """
        #expect(readQuotes(playbook).map(\.speaker) == ["Lena Ross", "Lena Ross"])
        // a newsletter in the reporting is no form
        #expect(readQuotes("Newsletter editor Tom Hale said readers could sign up for the test next week.").map(\.speaker) == ["Tom Hale"])
    }

    @Test func aFirstParagraphTakenForTheTitleStillQuotesWhenItEndsAsASentence() {
        let first = "Mayor Linda Okafor told reporters: “We will rebuild the bridge.”"
        let quotes = readQuotes(first + "\n\nWork starts in May.", titles: [first])[0]
        #expect(quotes.map(\.text) == ["We will rebuild the bridge."])
    }

    @Test func aRepeatedTitleIsNotAQuote() {
        let title = "“We will win,” says coach"
        let quotes = readQuotes("“We will win,” says coach\n\n“We will win the cup,” coach Rui Alves told the press.", titles: [title])[0]
        #expect(quotes.map(\.text) == ["We will win the cup"])
    }
    @Test func aWebAddressBetweenMarksIsNoQuotation() {
        let text = """
            The video opened with a poster "http://v.example.com/images/2019/07/3600-vs.jpg?pubId=11" and no sound.

            “We will rebuild the bridge,” Mayor Linda Okafor said. https://t.co/nfsdovQMbq pic.twitter.com/LDeYL3dL26 — This Week (@ThisWeekABC) October 6, 2019
            """
        #expect(readQuotes(text).map(\.text) == ["We will rebuild the bridge"])
    }
}
