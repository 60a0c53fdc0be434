import Testing
@testable import ChorusCore

/// Reported speech that dev sets and the large corpus showed being missed: sources known only by
/// a description, courts and estimates, what a source says something is, and a clause whose verb
/// the speaker's quoted words carry.
@Suite struct DescribedSourcesTests {
    private func statements(_ text: String) -> [SeenQuote] { reportedStatements(text) }

    @Test func quotedWordsAfterAPronounCarryTheReportedClausesVerb() {
        let found = statements("""
            Dr. Dave Martell says he “fumbled into” addictions medicine while setting up a family practice.
            """)
        #expect(found == [SeenQuote(text: "he “fumbled into” addictions medicine while setting up a family practice", speaker: "Dave Martell", kind: .indirect)])
    }

    @Test func quotedWordsAfterAnObjectPronounAreNoClause() {
        // `found it “suspicious”` says what he made of it; `it` is its object, not a subject.
        let found = statements("Yet Evan Buetow found it “incredibly suspicious” that the attacks changed.")
        #expect(found.isEmpty)
    }

    @Test func aSourceDescribedByWhatTheyKnowIsTheSpeaker() {
        let found = statements("""
            Two people familiar with the negotiations told Reuters that the talks had stalled over tariffs.

            The plant will close in March, officials briefed on the plan said.

            The deal, a source close to the president said, could be signed within days.

            And one source close to the family says that a donor did some private polling.
            """)
        #expect(found.map(\.speaker) == [
            "people familiar with the negotiations", "officials briefed on the plan", "source close to the president", "source close to the family",
        ])
        #expect(found.first?.text == "the talks had stalled over tariffs")
    }

    @Test func aGroupKnownByItsTradeIsTheSource() {
        // `editors`, `journalists`: plurals of roles the lexicon knew only in the singular.
        let found = statements("""
            Two editors said the paper would fold by March.

            Several journalists who covered the campaign told reporters the rally had been moved.
            """)
        #expect(found.map(\.speaker) == ["editors", "journalists"])
    }

    @Test func aDocumentDescribedByWhenItCameOutIsTheSource() {
        let found = statements("""
            A survey released Tuesday found that most voters opposed the plan.
            """)
        #expect(found == [SeenQuote(text: "most voters opposed the plan", speaker: "survey", kind: .indirect)])
    }

    @Test func rulingsAndEstimatesAreStatements() {
        let found = statements("""
            The appeals court ruled that the state's practices could remove eligible voters.

            The judge ruled he was likely to pose a risk to others.

            The Congressional Budget Office estimated that the bill would cost $1.2 trillion.
            """)
        #expect(found.map(\.speaker) == ["appeals court", "judge", "Congressional Budget Office"])
        #expect(found.last?.text == "the bill would cost $1.2 trillion")
    }

    @Test func rulingOutAndRuledByAreNoRulings() {
        let found = statements("""
            The governor has ruled out a run, and he also said nothing about the budget.

            Even on the court, a place ruled by tradition, Gorsuch showed his independence.

            The firm faces a lawsuit filed in New York over claims that it hid losses from investors.
            """)
        #expect(found.isEmpty)
    }

    @Test func whatASourceSaysSomethingIsIsItsClaim() {
        let found = statements("""
            The province is grappling with what the treasurer says is a $14.5 billion deficit.
            """)
        #expect(found == [SeenQuote(text: "is a $14.5 billion deficit", speaker: "treasurer", kind: .indirect)])
    }

    @Test func severalSpeakersWhoAllSaidItAndAClauseNotedSeveralTimes() {
        let found = statements("""
            Jeff Merkley, Sherrod Brown and Robert Menendez all suggested that the claims could be grounds for a fraud case.

            Dolores LaPlante also noted several times that she looked forward to the trial.
            """)
        #expect(found.map(\.text) == ["the claims could be grounds for a fraud case", "she looked forward to the trial"])
        #expect(found.last?.speaker == "Dolores LaPlante")
    }

    @Test func aPassiveWithAnAdverbIsNoCue() {
        // `was reportedly told` is no one speaking: the aide the clause is credited to is the source.
        let found = statements("The coach was reportedly told that his contract would not be renewed, according to the aide.")
        #expect(found.map(\.speaker) == ["aide"])
    }

    @Test func courtsAndDistrictsAreBodiesAndTheirOrdinalsTellThemApart() {
        let found = statements("""
            The U.S. Court of Appeals for the 4th Circuit ruled that the order was unlawful.

            A day later the 9th Circuit ruled that the ban could not stand.

            The Solon City School District said the schools would stay closed.
            """)
        #expect(found.map(\.speaker) == ["4th Circuit", "9th Circuit", "Solon City School District"])
    }

    @Test func someoneDescribedAfterTheVerbIsTheSpeakerNotWhoeverSpokeLast() {
        let quotes = readQuotes("""
            Marco Ruiz spoke at the state fair on Friday. “I love this fair,” Ruiz said.

            “He drinks a lot of water,” said a person staffing the event.

            “He never stops,” said one longtime associate.

            “It went well,” said one.
            """).filter { $0.kind == .direct }
        #expect(quotes.map(\.speaker) == ["Marco Ruiz", "person staffing the event", "one longtime associate", "one longtime associate"])
    }

    /// `a Ruiz confidant`, `a Ruiz ally`: someone close to the person, not the person.
    @Test func someoneCloseToAPersonIsNotThePerson() {
        let quotes = readQuotes("""
            Marco Ruiz spoke at the state fair on Friday. “I love this fair,” Ruiz said.

            “They better not try that,” said a Ruiz confidant.

            “He will run again,” a longtime Ruiz ally said.
            """).filter { $0.kind == .direct }
        #expect(quotes.map(\.speaker) == ["Marco Ruiz", "Ruiz confidant", "Ruiz ally"])
    }

    /// A document from or by someone speaks for them: the issuer is the speaker.
    @Test func aDocumentFromSomeoneIsTheirs() {
        let found = statements("""
            A letter from House Speaker Nora Vance said the vote would go ahead.

            A statement from the Department of Justice said the inquiry was closed.

            A statement from the company said the plant would reopen.
            """)
        #expect(found.map(\.speaker) == ["Nora Vance", "Department of Justice", "A statement from the company"])
    }

    @Test func aDocumentDescribedBeforeTheBodyIsNotTheBodysName() {
        let found = readQuotes("""
            According to documents released by the Harbour Authority, the closure was planned for weeks.

            The Harbour Authority said the closure came at the request of the minister.
            """).map(\.speaker)
        #expect(found == ["documents released by the Harbour Authority", "Harbour Authority"])
    }

    @Test func aSpeechWordAfterAWordForOneIsANoun() {
        // A verb after `One` or `Another` would be `claims`, `noted`: `claim` and `note` are nouns.
        #expect(statements("Another claim is that the private server allowed her to avoid public records laws.").isEmpty)
        #expect(readQuotes("One note makes clear that this so-called “spear-phishing” worked.").isEmpty)
        #expect(statements("Two residents spoke to reporters. One said the water had been brown for weeks.").map(\.speaker) == ["One"])
    }
}
