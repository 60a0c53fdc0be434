import Testing
@testable import ChorusCore

/// Where a speaker is from is not who speaks: towns with their state, bodies with their town, and a
/// state's office before a title, as the large corpus showed them going wrong.
@Suite struct PlacesInAttributionTests {
    private func speakers(_ text: String) -> [String?] { reportedStatements(text).map(\.speaker) }

    @Test func theStateAfterATownInAnAppositiveIsNoSpeaker() {
        let found = speakers("""
            Tom Fox, a banker from Ames, Iowa, who declined to give his age, said the endorsement would not help.

            Mr. Thompson, now a lawyer in private practice in Shreveport, Louisiana, said he never heard from the donor.

            NPR's Deborah Amos, reporting from Amman, Jordan, tells the program that the plan comes late.
            """)
        #expect(found == ["Tom Fox", "Thompson", "Deborah Amos"])
    }

    @Test func aBodyWithItsTownIsTheBody() {
        let found = speakers("""
            Stanford University in Palo Alto, California, another top university, said it would return the funds.

            Harvard University in Cambridge, Massachusetts, said it would keep the funds.
            """)
        #expect(found == ["Stanford University", "Harvard University"])
    }

    @Test func aStatesOfficeBeforeATitleKeepsTheName() {
        let found = readQuotes("""
            “I will leave the party,” said New Hampshire state Rep. Daniel Tamburello, one of the delegates.

            “It's kinda weird,” said the Iowa operative, who asked not to be named.
            """)
        #expect(found.map(\.speaker) == ["Daniel Tamburello", "Iowa operative"])
    }

    @Test func aNameAfterInIsNotAPlaceWithoutAState() {
        // `in Instyle, Fauci, the director ..., said`: a magazine and a person, not a town and its state.
        let found = speakers("""
            In an interview published in Instyle, Fauci, the director of the institute, said he saw no end in sight.
            """)
        #expect(found == ["Fauci"])
    }

    @Test func heOrSheNeverStandsForAState() {
        let found = readQuotes("""
            “We are here,” John Smith said.

            New Hampshire is a classic swing state.

            “Ronald Reagan won the state,” he said.
            """)
        #expect(found.map(\.speaker) == ["John Smith", "John Smith"])
    }

    @Test func aPersonWhoWasInATownIsTheSpeakerNotTheState() {
        let found = readQuotes("""
            “We are here,” John Smith said.

            Dr. Bystrom, who heard Senator Harris speak in Council Bluffs, Iowa, a few weeks ago, says her message failed to resonate. “People don’t want to give money to people they think are not viable.”
            """)
        #expect(found.map(\.speaker) == ["John Smith", "Bystrom", "Bystrom"])
    }

    @Test func aGroupAfterACommaIsNoAppositiveOfTheNameBeforeIt() {
        // `For Sanders, Clinton aides said`: the aides speak, not the man named in the adjunct.
        let found = speakers("""
            Running through a scenario for Sanders, Clinton aides said they expect him to win Colorado.
            """)
        #expect(found == ["Clinton aides"])
    }

    /// `a Columbus, Ohio, schoolteacher`: the town and state describe the speaker, who is named before them.
    @Test func aTownAndStateInsideADescriptionAreNoSpeaker() {
        let found = readQuotes("""
            “It seems silly to pretend there is nuance,” Eileen, a Columbus, Ohio, schoolteacher, told me. “There is not.”
            """)
        #expect(found.map(\.speaker) == ["Eileen", "Eileen"])
    }

    /// The party and state after a lawmaker's name, however printed: the lawmaker speaks.
    @Test(arguments: [
        "Sen. Elizabeth Warren, D-Mass. tweeted: “The new rule hurts families.”",
        "Sen. Elizabeth Warren, D-Mass., a presidential contender, tweeted: “The new rule hurts families.”",
        "Sen. Elizabeth Warren, D-Massachusetts, a presidential contender, said: “The new rule hurts families.”",
        "Rep. Elizabeth Warren, D-South Carolina, chair of the panel, said: “The new rule hurts families.”",
    ])
    func aPartyAndStateTagIsPartOfTheName(_ text: String) {
        #expect(readQuotes(text).map(\.speaker) == ["Elizabeth Warren"])
    }

    /// Age, home town and a relative clause between the speaker's name and the verb describe the speaker.
    @Test(arguments: [
        "Donna Hale, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the event brought back memories of her father.",
        "Donna Hale, 59, of Ashton, who watched the ceremony on a screen, said the event brought back memories of her father.",
    ])
    func whatDescribesTheSpeakerBeforeTheVerbIsNoSpeaker(_ text: String) {
        #expect(readQuotes(text).map(\.speaker) == ["Donna Hale"])
    }

    /// `Arielle Gurin, a student at the university, who says`: the named person speaks, and `she` is her later.
    @Test func aDescriptionBeforeWhoIsOfTheNameBeforeIt() {
        let found = readQuotes("""
            “PayPal is struggling with this,” analyst Gene Munster said.

            The firm must win over customers like Arielle Gurin, a 22-year-old student at the University of Maryland, who says the service is outdated.

            “I know you have to have it for some sites,” she said.
            """)
        #expect(found.map(\.speaker) == ["Gene Munster", "Arielle Gurin", "Arielle Gurin"])
    }
}
