/// The names under which a state speaks. Outlets write `Moscow said`, `Russia said` and `the Russian
/// government said` of one voice, and `the Kremlin`, `the Russian presidency` and `Russia's
/// presidential press service` of another, its head of state's office: an analyst counting who said
/// what wants each voice once, however an outlet named it.
enum StateVoices {
    /// A state's government, or its head of state's office.
    enum Voice: Hashable {
        case government(Int)
        case presidency(Int)
    }

    /// The voice an organisation's name stands for, if it names a state or its presidency.
    static func voice(of name: String) -> Voice? {
        var folded = NameForm.fold(name)
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        if let v = table.whole[folded] { return v }
        // `russian government`, `government of ukraine`, `office of the russian president`: the
        // state's name or adjective, possessive or not, set in a pattern of the voice's words.
        let words = folded.split(separator: " ")
        guard words.count >= 2, words.count <= 7, words.contains(where: { table.referenceWords.contains(String($0)) }) else { return nil }
        for (reference, state) in table.references {
            let n = reference.count
            guard n < words.count else { continue }
            for i in 0...(words.count - n) where zip(words[i..<(i + n)].indices, reference).allSatisfy({ k, r in
                words[k] == r || (k == i + n - 1 && words[k] == r + "'s")
            }) {
                let pattern = (words[..<i] + ["x"] + words[(i + n)...]).joined(separator: " ")
                if governmentPatterns.contains(pattern) { return .government(state) }
                if presidencyPatterns.contains(pattern) { return .presidency(state) }
            }
        }
        return nil
    }

    /// Names of a state's government, `x` standing for the state.
    private static let governmentPatterns: Set<String> = [
        "x government", "government of x", "x federal government", "federal government of x", "x national government",
    ]

    /// Names of a head of state's office, `x` standing for the state.
    private static let presidencyPatterns: Set<String> = [
        "x presidency", "presidency of x", "x presidential press service", "x presidential administration",
        "x presidential office", "x presidential press office", "x president's office", "office of the x president",
        "press service of the x president", "office of the president of x", "press service of the president of x",
    ]

    /// Names, adjectives and capitals of states often heard in the news, and the seat that names
    /// the head of state's office where outlets use one.
    private static let states: [(names: [String], adjectives: [String], capitals: [String], seats: [String])] = [
        (["united states", "us", "usa", "america", "united states of america"], ["american", "us"], ["washington"], ["white house"]),
        (["russia", "russian federation"], ["russian"], ["moscow"], ["kremlin"]),
        (["ukraine"], ["ukrainian"], ["kyiv", "kiev"], []),
        (["china", "people's republic of china", "prc"], ["chinese"], ["beijing"], ["zhongnanhai"]),
        (["united kingdom", "uk", "britain", "great britain"], ["british", "uk"], ["london"], ["downing street", "number 10"]),
        (["france"], ["french"], ["paris"], ["elysee", "elysee palace"]),
        (["germany"], ["german"], ["berlin"], []),
        (["israel"], ["israeli"], ["jerusalem"], []),
        (["iran"], ["iranian"], ["tehran"], []),
        (["iraq"], ["iraqi"], ["baghdad"], []),
        (["syria"], ["syrian"], ["damascus"], []),
        (["turkey", "turkiye"], ["turkish"], ["ankara"], []),
        (["japan"], ["japanese"], ["tokyo"], []),
        (["north korea"], ["north korean"], ["pyongyang"], []),
        (["south korea"], ["south korean"], ["seoul"], []),
        (["india"], ["indian"], ["new delhi"], []),
        (["pakistan"], ["pakistani"], ["islamabad"], []),
        (["afghanistan"], ["afghan"], ["kabul"], []),
        (["saudi arabia"], ["saudi"], ["riyadh"], []),
        (["egypt"], ["egyptian"], ["cairo"], []),
        (["poland"], ["polish"], ["warsaw"], []),
        (["belarus"], ["belarusian"], ["minsk"], []),
        (["venezuela"], ["venezuelan"], ["caracas"], []),
        (["cuba"], ["cuban"], ["havana"], []),
        (["canada"], ["canadian"], ["ottawa"], []),
        (["mexico"], ["mexican"], ["mexico city"], []),
        (["taiwan"], ["taiwanese"], ["taipei"], []),
        (["qatar"], ["qatari"], ["doha"], []),
        (["european union", "eu"], [], ["brussels"], []),
    ]

    private static let table: (whole: [String: Voice], references: [([Substring], Int)], referenceWords: Set<String>) = {
        var whole: [String: Voice] = [:]
        var references: [([Substring], Int)] = []
        for (i, s) in states.enumerated() {
            for n in s.names + s.capitals { whole[n] = .government(i) }
            for seat in s.seats { whole[seat] = .presidency(i) }
            for r in Set(s.names + s.adjectives).sorted() { references.append((r.split(separator: " "), i)) }
        }
        // Longer references first, so that `north korean` is not read as `korean`.
        references.sort { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0.joined(separator: " ") < $1.0.joined(separator: " ") }
        // Words that some reference contains, possessive or not: most names hold none and are
        // passed over after one look-up per word.
        let referenceWords = Set(references.flatMap { r in r.0.flatMap { [String($0), $0 + "'s"] } })
        return (whole, references, referenceWords)
    }()
}
