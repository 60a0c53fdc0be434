import Testing
@testable import ChorusCore

/// People named for who they are to someone (`her father, Daniel Okafor`, `his daughter and
/// adviser ...`): a bare surname is theirs only when nobody else of the article bears it.
@Suite struct SpeakerRelativesTests {
    @Test func aBareSurnameIsNotTheRelativeNamedInPassing() {
        let text = """
            Adaeze Okafor said it was hard for her to take a harsh stance on the union because both her parents were born there. While her mother was born in Lagos, her father, Daniel Okafor, was born in Leeds.

            “You know I love those countries,” Okafor told reporters.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Adaeze Okafor", "Adaeze Okafor"])
    }

    @Test func aRelativeWithAnotherSurnameMaySpeakNext() {
        let text = """
            “We decided we would just face whatever consequences here,” Matthew Smithson said.

            His wife, Katherine Codell, was met with some surprise at the airport on Monday.

            “I said no, we’re not going,” Codell told a local station.
            """
        #expect(readQuotes(text).map(\.speaker) == ["Matthew Smithson", "Katherine Codell"])
    }

    @Test func aRelativeNamedInFullLaterIsNotTheSpeakerKnownBySurname() {
        let text = """
            Governor Halvorsen, responding Monday to the floods, called for new levees.

            “We must build before the next storm,” Halvorsen said.

            Several towns have backed such plans. Governor Halvorsen’s son and chief of staff Erik Halvorsen endorsed the idea on Sunday.

            “Nobody will be left behind,” Halvorsen said on Monday.
            """
        #expect(readQuotes(text).filter { $0.kind == .direct }.map(\.speaker) == ["Halvorsen", "Halvorsen"])
    }

    @Test func aWomanOfTheNameIsNotTheManCalledHe() {
        let senate = """
            “The budget is balanced,” Senator Marlowe said. He said the cuts were “painful but fair.”

            Later in the day Jane Marlowe, a lawyer, spoke at the rally.

            “We need the funds back,” Marlowe said.
            """
        // Another outlet names the senator in full, as most do.
        let wire = "“We will not raise taxes,” Senator Tom Marlowe said on Monday."
        let quotes = readQuotes(senate, wire)
        #expect(quotes[0].filter { $0.kind == .direct }.map(\.speaker).first == "Tom Marlowe")
    }
}
