import Testing
@testable import ChorusCore

/// Which renderings a statement keeps once its links are checked against its core, and whose
/// words can be one remark: what the analyst sees in *Also reported by*.
@Suite struct StatementCoreTests {
    typealias Linking = StatementLinkingTests

    /// Quotes of other people on other days, so that the words of the story are rare in the
    /// corpus, as they are in real news.
    static let background: [(outlet: String, date: String, text: String)] = [
        "\"The harbour will reopen to ferries next week,\" port director Ivo Lang said.",
        "\"Our schools need more teachers, not more paperwork,\" union leader Rosa Fenn said.",
        "\"The budget leaves rural hospitals without a plan,\" Senator Tom Ashby said.",
        "\"We expect rain across the valley by the weekend,\" forecaster Nina Holt said.",
        "\"Ticket prices will stay the same this season,\" club chairman Ralf Ode said.",
        "\"The new library opens its doors to readers in March,\" librarian Ada Moss said.",
    ].enumerated().map { ("Gazette", "2024-02-0\($0 + 1)", $1) }

    @Test func aPhraseASpeakerRepeatsMonthsApartIsManyRemarks() {
        let index = Linking.index([
            ("Wire", "2024-01-10", "\"This inquiry is a witch hunt and a waste of public money,\" Senator Mara Quill said on Tuesday."),
            ("Daily", "2024-01-11", "Senator Mara Quill called the inquiry a \"witch hunt.\""),
            ("Post", "2024-06-20", "\"It remains a witch hunt, and the voters see through it,\" Senator Mara Quill told supporters at a rally."),
            ("Times", "2024-06-21", "\"It remains a witch hunt, and voters see through it,\" Quill said at the rally."),
        ] + Self.background)
        let statements = Linking.statements(index)
        #expect(statements.count == 2, "\(statements)")
        for statement in statements {
            let january = statement.contains { $0.contains("waste") }
            let june = statement.contains { $0.contains("remains") }
            #expect(january != june, "\(statement)")
        }
    }

    @Test func outletsQuotingOnlyALabelMakeNoStatement() {
        let index = Linking.index([
            ("Wire", "2024-01-10", "Senator Mara Quill called the protesters outside the plant \"radical environmentalists\" on Tuesday."),
            ("Daily", "2024-01-10", "Quill, who chairs the energy committee, called them \"radical environmentalists.\""),
        ] + Self.background)
        #expect(index.quotes.filter { $0.text.hasPrefix("radical environmentalists") }.count == 2)
        #expect(index.statements.isEmpty)
    }

    @Test func oneOutletPrintingTheSameWordsTwiceIsNoStatement() throws {
        let remark = "\"We will not raise the toll on the harbour bridge this year,\" Governor Ellen Marsh said."
        let alone = Linking.index([("Courier", "2024-03-04", remark), ("Courier Online", "2024-03-09", remark)] + Self.background)
        #expect(alone.statements.isEmpty)
        let reported = Linking.index([("Courier", "2024-03-04", remark), ("Courier Online", "2024-03-09", remark), ("Wire", "2024-03-04", remark)] + Self.background)
        let statement = try #require(reported.statements.first)
        #expect(statement.members.count == 3)
    }

    @Test func aRenderingWithoutASpeakerDoesNotJoinSeveralPeoplesLikeRemarks() {
        let index = Linking.index([
            ("Wire", "2024-04-09", "Governor Ellen Marsh said there are signs that the state is flattening the curve of new infections."),
            ("Daily", "2024-04-10", "\"We are flattening the curve of new infections,\" the post read."),
            ("Post", "2024-04-10", "\"All of this data suggests we are flattening the curve of new infections so far,\" Governor Tom Reyes said."),
            ("Times", "2024-04-11", "Governor Ana Pike said her state is truly flattening the curve of new infections."),
        ] + Self.background)
        for statement in Linking.statements(index) {
            let governors = ["signs that", "All of this data", "truly"].filter { words in statement.contains { $0.contains(words) } }
            #expect(governors.count <= 1, "\(statement)")
        }
    }

    @Test func aRenderingOfADescribedSourceDoesNotJoinSeveralPeoplesLikeRemarks() {
        let index = Linking.index([
            ("Wire", "2024-04-10", "\"We are flattening the curve of new infections across the state,\" health officials said."),
            ("Post", "2024-04-10", "\"All of this data suggests we are flattening the curve of new infections across the state so far,\" Governor Tom Reyes said."),
            ("Times", "2024-04-11", "Governor Ana Pike said her state is truly flattening the curve of new infections across the state."),
        ] + Self.background)
        for statement in Linking.statements(index) {
            let governors = ["All of this data", "truly"].filter { words in statement.contains { $0.contains(words) } }
            #expect(governors.count <= 1, "\(statement)")
        }
    }

    @Test func aDenialIsNoRenderingOfTheClaimItDenies() throws {
        let index = Linking.index([
            ("Wire", "2024-03-04", "Senator Mara Quill said the harbour authority had hidden the cost overruns from the council."),
            ("Daily", "2024-03-04", "Quill said the harbour authority hid the cost overruns from the council for months."),
            ("Post", "2024-03-05", "Port director Ivo Lang denied claims that the harbour authority had hidden the cost overruns from the council."),
        ] + Self.background)
        let statement = try #require(Linking.statement(containing: "cost overruns", in: index))
        #expect(statement.count == 2, "\(statement)")
        #expect(!statement.contains { $0.contains("claims") })
    }

    @Test func aBodyAndItsSpokespersonCanBeReportedSayingOneThing() throws {
        let index = Linking.index([
            ("Wire", "2024-03-04", "The Kremlin said the United States was behind Wednesday's drone attack, which it called a planned attempt on the president's life."),
            ("Daily", "2024-03-04", "Kremlin spokesman Dmitry Peskov said the United States was behind the drone attack."),
        ] + Self.background)
        let statement = try #require(Linking.statement(containing: "United States", in: index))
        #expect(statement.count == 2)
    }

    @Test func unnamedOfficialsAndANamedOfficialCanBeReportedSayingOneThing() throws {
        let index = Linking.index([
            ("Wire", "2024-05-02", "City officials said the bridge would stay closed to heavy trucks until the inspection ends in August, and that buses would be rerouted through the old town."),
            ("Daily", "2024-05-02", "Mayor Ana Ruiz said the bridge would stay closed to heavy trucks until the inspection ends."),
        ] + Self.background)
        let statement = try #require(Linking.statement(containing: "heavy trucks", in: index))
        #expect(statement.count == 2)
    }

    @Test func twoNamedPeopleSharingAShortPhraseAreNotOneRemark() {
        let index = Linking.index([
            ("Wire", "2024-05-02", "\"They are becoming an endangered species,\" historian Paul Ortega said of local newspapers."),
            ("Daily", "2024-05-09", "\"They are certainly an endangered species,\" farmer Lena Brandt said of small dairies."),
        ])
        #expect(Linking.statement(containing: "endangered", in: index) == nil)
    }

    @Test func spellingsOfOneOutletCountOnce() throws {
        #expect(OutletName.key("Fox News") == OutletName.key("Fox Online News"))
        #expect(OutletName.key("Fox News (Online)") == OutletName.key("fox news"))
        #expect(OutletName.key("New York Times - Opinion") == OutletName.key("New York Times - News"))
        #expect(OutletName.key("Fox News") != OutletName.key("NBC News"))
        let index = Linking.index([
            ("Fox News", "2024-03-04", "\"We will not raise the toll on the harbour bridge this year,\" Governor Ellen Marsh said."),
            ("Fox News (Online)", "2024-03-04", "\"We will not raise the toll on the harbour bridge this year,\" Marsh said."),
            ("NBC News", "2024-03-04", "\"We will not raise the toll on the harbour bridge this year,\" Governor Ellen Marsh told reporters."),
        ])
        let statement = try #require(index.statements.first)
        #expect(statement.members.count == 3)
        #expect(index.outlets(of: statement) == ["Fox News", "NBC News"])
    }

    /// Two renderings that only a phrase holds together, days apart: no statement.
    /// The same pair in two undated articles that other remarks show to cover one briefing is
    /// kept: there two translations of one answer may share no more.
    static let treatedBadly = "\"Leon Brandt was treated very badly,\" Governor Ellen Marsh said."
    static let treatedHorribly = "\"The fact is that Leon Brandt was treated very badly, and so were many other people in that office who lost their jobs before the election,\" Governor Ellen Marsh said."

    @Test func aPhraseOfALongerRemarkDaysApartIsNoStatementAlone() {
        let index = Linking.index([("Wire", "2024-05-02", Self.treatedBadly), ("Daily", "2024-05-06", Self.treatedHorribly)] + Self.background)
        #expect(index.quotes.count == 2 + Self.background.count)
        #expect(index.statements.isEmpty, "\(Linking.statements(index))")
    }

    /// Undated articles may be years apart: one speaker's stock phrase gathers nothing there.
    @Test func aSpeakersStockPhraseInUndatedArticlesIsManyRemarks() {
        let index = Linking.index([
            ("Wire", "", "\"The road crews did a fantastic job on the bridge,\" Governor Ellen Marsh said."),
            ("Daily", "", "\"She has done a fantastic job as our treasurer,\" Governor Ellen Marsh said."),
            ("Post", "", "Governor Ellen Marsh said the volunteers were \"doing a fantastic job.\""),
            ("Times", "", "\"The nurses did a fantastic job this winter,\" Governor Ellen Marsh said."),
        ] + Self.background)
        #expect(index.statements.isEmpty, "\(Linking.statements(index))")
    }

    @Test func aLooseRenderingStaysBesideAnotherRemarkBothOutletsCarried() throws {
        let shared = """
            "The bridge toll will not rise this year, and the ferry fares will be frozen as well," Governor Ellen Marsh said.

            "The harbour tunnel reopens to cyclists once the inspectors have signed it off in June," she added.
            """
        let index = Linking.index([
            ("Wire", "", Self.treatedBadly + "\n\n" + shared),
            ("Daily", "", Self.treatedHorribly + "\n\n" + shared),
        ] + Self.background)
        let statements = Linking.statements(index)
        #expect(statements.count == 3, "\(statements)")
        #expect(statements.contains { $0.contains { $0.contains("very badly") } && $0.contains { $0.contains("lost their jobs") } })
    }
}

/// The evidence rule on its own, for what a corpus's word weights make hard to stage.
@Suite struct LinkRuleTests {
    let rule = LinkRule()

    /// `no strings attached` inside two people's different sentences.
    @Test func aShortPhraseInsideALongerSentenceLinksOnlyOneSpeakersWordsWithinDays() {
        func judge(_ speakers: SpeakerRelation, days: Int32) -> LinkKind? {
            let scope: LinkRule.Scope = speakers == .same ? .withinSpeaker : .acrossSpeakers
            return rule.judge(overlap: 1.5, wording: 1.4, sharedNames: 0, sharedWords: 3, weightA: 1.5, weightB: 9, speakers: speakers,
                              dayA: 100, dayB: 100 + days, scope: scope)?.kind
        }
        #expect(judge(.unknown, days: 1) == nil)
        #expect(judge(.same, days: 1) == .strong)
        #expect(judge(.same, days: 90) == nil)
    }

    @Test func longRenderingsSharingMuchWordingLinkWithoutANamedSpeaker() {
        let heavy = rule.judge(overlap: 6, wording: 5, sharedNames: 1, sharedWords: 8, weightA: 13, weightB: 14, speakers: .unknown,
                               dayA: 100, dayB: 101, scope: .acrossSpeakers)
        let light = rule.judge(overlap: 1.3, wording: 1.1, sharedNames: 0, sharedWords: 3, weightA: 2.9, weightB: 3, speakers: .unknown,
                               dayA: 100, dayB: 101, scope: .acrossSpeakers)
        #expect(heavy?.kind == .strong)
        #expect(light == nil)
    }

    /// `they were not the highest bidder` and a columnist's `sell to the highest bidder`: two
    /// words in common make a phrase, not one remark, unless reported as the same news or in
    /// articles known to report one event (an alignment).
    @Test func twoWordsInCommonLinkNobodysRenderingsOnlyWhenReportedTogether() {
        func judge(words: Int, names: Int = 0, dayB: Int32) -> LinkKind? {
            rule.judge(overlap: 2, wording: 2, sharedNames: names, sharedWords: words, weightA: 2, weightB: 3.5, speakers: .unknown,
                       dayA: 100, dayB: dayB, scope: .acrossSpeakers)?.kind
        }
        #expect(judge(words: 2, dayB: 101) == .strong)
        #expect(judge(words: 2, dayB: 105) == .alignment)
        #expect(judge(words: 2, dayB: Int32.min) == .alignment)
        #expect(judge(words: 2, names: 1, dayB: 105) == .strong)
        #expect(judge(words: 3, dayB: 105) == .strong)
    }
}
