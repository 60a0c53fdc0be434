import Testing
@testable import ChorusCore

/// What an analyst sees in the statements panel for small corpora: which renderings are one
/// remark, and which are not.
@Suite struct StatementLinkingTests {
    /// The index of articles given as (outlet, date, text).
    static func index(_ articles: [(outlet: String, date: String, text: String)]) -> CorpusIndex {
        let built = articles.enumerated().map { i, a in
            Article(id: "a\(i)", path: "a\(i).txt", text: a.text, outlet: a.outlet, date: a.date)
        }
        return IndexBuilder().build(Corpus(root: "test", articles: built))
    }

    /// Each statement as the renderings of its members, in order of first report.
    static func statements(_ index: CorpusIndex) -> [[String]] {
        index.statements.map { s in s.members.map { m in index.articles[index.quotes[m.quote].article].excerpt(m.start, m.end) } }
    }

    /// The statement holding a rendering that contains `words`, if any.
    static func statement(containing words: String, in index: CorpusIndex) -> [String]? {
        statements(index).first { $0.contains { $0.contains(words) } }
    }

    @Test func aTrimmedFragmentLinksToTheFullerRendering() throws {
        let index = Self.index([
            ("Wire", "2024-03-04", """
             Kremlin spokesman Dmitry Peskov told reporters on Monday that the accusations "are absolutely ridiculous and have nothing to do with the actual state of affairs."
             """),
            ("Daily", "2024-03-05", """
             The Kremlin dismissed the report. "Absolutely ridiculous," Peskov said of the accusations.
             """),
        ])
        let statement = try #require(Self.statement(containing: "nothing to do", in: index))
        #expect(statement.count == 2)
        #expect(statement.contains { $0.contains("Absolutely ridiculous") })
    }

    @Test func spellingsOfOneNameAndInflectionsMatch() throws {
        let index = Self.index([
            ("Wire", "2024-03-04", """
             "The decisions on such attacks are made not in Kyiv, but in Washington," Kremlin spokesman Dmitry Peskov said.
             """),
            ("Daily", "2024-03-04", """
             "We know that the decision on such attacks is not made in Kiev, but in Washington," Peskov told reporters.
             """),
        ])
        let statement = try #require(Self.statement(containing: "Washington", in: index))
        #expect(statement.count == 2)
    }

    @Test func oneSpeakersTwoRemarksOnOneTopicStayApart() {
        let index = Self.index([
            ("Wire", "2024-03-04", """
             "The new sanctions will hurt European farmers more than anyone in Moscow," Foreign Minister Anna Berg said.
             """),
            ("Daily", "2024-03-04", """
             "Our ministry will publish its own assessment of the sanctions next week," Foreign Minister Anna Berg said.
             """),
        ])
        #expect(index.statements.isEmpty)
    }

    @Test func twoSpeakersShareWordsOnlyWhenAnOutletMisattributedOneRemark() throws {
        let misattributed = Self.index([
            ("Wire", "2024-03-04", """
             "Nobody in this government will negotiate with people who shell hospitals," Prime Minister Olaf Brandt said on Tuesday.
             """),
            ("Daily", "2024-03-04", """
             "Nobody in this government will negotiate with people who shell hospitals," Defence Minister Karl Weiss said on Tuesday.
             """),
        ])
        #expect(try #require(Self.statement(containing: "shell hospitals", in: misattributed)).count == 2)

        let twoRemarks = Self.index([
            ("Wire", "2024-03-04", """
             "This government will never negotiate with people who shell hospitals and schools," Prime Minister Olaf Brandt said.
             """),
            ("Daily", "2024-03-04", """
             "The government should negotiate now, before more hospitals and schools are lost," opposition leader Karl Weiss said.
             """),
        ])
        #expect(twoRemarks.statements.isEmpty)
    }

    /// Wire copy: one story under several mastheads. Each outlet's quote is a member in its own
    /// article, attributed there, and repeating the copy again adds members, not statements.
    @Test func wireCopyUnderSeveralMastheadsIsOneStatementPerRemark() throws {
        let story = """
            The minister defended the plan on Monday. "We will rebuild every bridge the floods destroyed before winter," Transport Minister Lena Vogt said.

            Critics were unconvinced. "The money simply is not there for a programme of that size," said opposition spokesman Tom Reyes.
            """
        let three = Self.index([("Wire", "2024-05-06", story), ("Gazette", "2024-05-06", "Updated. " + story), ("Herald", "2024-05-07", story)])
        #expect(three.statements.count == 2)
        for statement in three.statements {
            #expect(Set(statement.members.map { three.quotes[$0.quote].article }) == [0, 1, 2])
            for member in statement.members {
                let quote = three.quotes[member.quote]
                #expect(three.articles[quote.article].excerpt(member.start, member.end) == String(quote.text))
                #expect(quote.speaker.map { three.speakers[$0].name } != nil)
            }
        }
        let rebuild = try #require(Self.statement(containing: "rebuild every bridge", in: three))
        #expect(rebuild.allSatisfy { $0.contains("rebuild every bridge") })
    }

    /// The date signal: what links between reports a few days apart needs more shared wording
    /// between reports months apart.
    @Test func renderingsMonthsApartNeedMoreSharedWording() {
        func kind(_ dayB: Int32) -> LinkKind? {
            LinkRule().judge(overlap: 1.2, wording: 1.0, sharedNames: 0, sharedWords: 3, weightA: 2.0, weightB: 3.0, speakers: .same,
                             dayA: 100, dayB: dayB, scope: .withinSpeaker)?.kind
        }
        #expect(kind(102) == .strong)
        #expect(kind(300) == nil)
    }

    /// The search drops candidates by `admits` before comparing their words, so it must never
    /// drop a pair the rule would link.
    @Test func theSearchNeverDropsAPairTheRuleWouldLink() {
        var random = SystemRandomNumberGenerator()
        let relations: [SpeakerRelation] = [.same, .related, .unknown, .different]
        for _ in 0..<20_000 {
            let a = Float.random(in: 0.1...8, using: &random), b = Float.random(in: 0.1...8, using: &random)
            let overlap = Float.random(in: 0...min(a, b), using: &random)
            let relation = relations.randomElement(using: &random)!
            let scope: LinkRule.Scope = Bool.random(using: &random) ? .withinSpeaker : .acrossSpeakers
            let day = Int32.random(in: 0...20, using: &random)
            let rule = LinkRule()
            if rule.judge(overlap: overlap, wording: overlap, sharedNames: 0, sharedWords: Int.random(in: 0...6, using: &random), weightA: a, weightB: b, speakers: relation,
                          dayA: 0, dayB: day, scope: scope) != nil {
                #expect(rule.admits(relation, weightA: a, weightB: b, scope: scope), "\(a) \(b) \(overlap) \(relation) \(scope)")
            }
        }
    }

    /// The index reads the quotes' words while speakers are still being resolved, and learns the
    /// speakers afterwards: its statements are those of linking with speakers known throughout.
    @Test func theIndexLinksAsIfSpeakersWereKnownFromTheStart() throws {
        let corpus = try CorpusLoader().load(LinkingGold.repository.appendingPathComponent("sample-data").path)
        let index = IndexBuilder().build(corpus)
        let linked = StatementLinker().link(quotes: index.quotes, articles: index.articles, speakers: index.speakers)
        #expect(!index.statements.isEmpty)
        #expect(index.statements == linked)
        // The speakers matter here: without them, linking finds other statements.
        let anonymous = index.quotes.map { q in
            Quote(id: q.id, article: q.article, start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: nil, sentences: q.sentences)
        }
        #expect(StatementLinker().link(quotes: anonymous, articles: index.articles, speakers: index.speakers) != linked)
    }

    /// One outlet credits the remark to the outlet that ran it first, another to the person:
    /// the statement is the person's.
    @Test func aStatementIsThePersonsNotTheOutletsThatReportedIt() throws {
        let index = Self.index([
            ("The Harbour Ledger", "2024-03-04", """
             The Harbour Ledger reported that "the ferry service will end in June unless the province pays for new boats."
             """),
            ("Valley Post", "2024-03-05", """
             "The ferry service will end in June unless the province pays for new boats," Mayor Elsa Brandt told the Valley Post.
             """),
        ])
        let statement = try #require(index.statements.first)
        #expect(statement.members.count == 2)
        #expect(statement.speaker.map { index.speakers[$0].name } == "Elsa Brandt")
    }
}
