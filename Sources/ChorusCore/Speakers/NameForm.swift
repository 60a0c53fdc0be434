/// A speaker's name reduced to what stays the same across outlets: case, accents, titles and
/// transliteration (`Zelensky`, `Zelenskyy`, `Zelenskiy` share one surname key).
struct NameForm: Sendable, Hashable {
    /// Words of the name, lower-cased and stripped of accents and titles.
    let words: [String]

    /// A word written twice (`Joe Biden Joe Biden`), as in a garbled line.
    var repeatsAWord: Bool {
        words.indices.contains { i in words[..<i].contains(words[i]) }
    }

    init(_ name: String) {
        var words: [String] = []
        // Split by scalars: splitting by characters would find each one's grapheme boundaries.
        for raw in name.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
            var w = NameForm.fold(Substring(raw))
            if w.hasSuffix("'s") { w.removeLast(2) }
            if w.isEmpty || NameForm.titles.contains(w) { continue }
            words.append(w)
        }
        if words.count > 1, let last = words.last, NameForm.suffixes.contains(last) {
            suffix = last
            words.removeLast()
        } else {
            suffix = nil
        }
        self.words = words
    }

    /// `jr`, `iii`: part of who the person is (`Donald Trump Jr.` is not `Donald Trump`).
    let suffix: String?

    var surname: String? { words.last }
    var firstName: String? { words.count >= 2 ? words.first : nil }

    /// The first letter of a middle name or initial (`w` of `George W. Bush`, `h` of `George
    /// H.W. Bush`), if the name has one; not a word printed twice (`Donald Trump Trump`).
    var middleInitial: Character? { words.count >= 3 && !repeatsAWord ? words[1].first : nil }

    /// Whether neither name has a middle initial the other contradicts.
    func agreesInMiddle(with other: NameForm) -> Bool {
        guard let a = middleInitial, let b = other.middleInitial else { return true }
        return a == b
    }

    /// The surname as it sounds: transliteration variants of one name map to one key.
    var surnameKey: String? { surname.map(NameForm.transliterationKey) }
    var firstNameKey: String? { firstName.map(NameForm.transliterationKey) }

    /// Lower case without accents, full stops or apostrophes other than a possessive's.
    static func fold(_ s: some StringProtocol) -> String {
        // Built as UTF-8: appending scalars to a String one at a time costs far more.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            let v = c.value
            if v == 0x2E { continue }
            if v == 0x2019 || v == 0x2018 { out.append(0x27); continue }
            if v < 128 {
                out.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
            } else if let plain = accentFree[v] {
                out.append(UInt8(ascii: plain))   // the plain letters are all ASCII
            } else {
                out.append(contentsOf: String(c).lowercased().utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Spellings a transliteration may vary in: y/i/j, doubled letters, w/v, kh/h, ph/f.
    static func transliterationKey(_ word: String) -> String {
        var s: [Unicode.Scalar] = []
        var scalars: [Unicode.Scalar] = []
        for c in word.unicodeScalars where ProseScalar.isLetter(c) { scalars.append(c) }
        var i = 0
        while i < scalars.count {
            var c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if (c == "k" || c == "p") && next == "h" { c = c == "k" ? "h" : "f"; i += 1 }
            if c == "y" || c == "j" { c = "i" }
            if c == "w" { c = "v" }
            if s.last != c { s.append(c) }
            i += 1
        }
        return ProseScalar.string(s, s.indices)
    }

    /// Hashes of the keys one deletion away from `key` (and of the key itself): two keys within one
    /// edit share one of these. Short keys have none, since one letter changes them too much.
    static func deletionNeighbours(_ key: String) -> [UInt64] {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 6 else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(scalars.count + 1)
        for skip in -1..<scalars.count {
            var h = WordKey.offsetBasis
            for (i, c) in scalars.enumerated() where i != skip { h = WordKey.mix(h, c) }
            out.append(h)
        }
        return out
    }

    /// Whether two surname keys that share a deletion neighbour are one transliteration apart: a
    /// letter more (`Zelensky`, `Zelenskyy`), one letter for a like one (`Zelenskiy`, `Qaddafi`,
    /// `Gaddafi`) or two swapped. Not `Marino` and `Martin` (a letter dropped from each) nor
    /// `Berman` and `Herman`: two people.
    static func isTransliteration(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.count == y.count {
            let differing = x.indices.filter { x[$0] != y[$0] }
            // two letters swapped, a slip of spelling (`Riedel`, `Reidel`)
            if differing.count == 2, differing[1] == differing[0] + 1 { return x[differing[0]] == y[differing[1]] && x[differing[1]] == y[differing[0]] }
            guard differing.count == 1, let k = differing.first else { return differing.isEmpty }
            return likeLetters.contains { $0.contains(x[k]) && $0.contains(y[k]) }
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        let k = short.indices.first { short[$0] != long[$0] } ?? short.count
        return short[k...].elementsEqual(long[(k + 1)...])
    }

    /// Letters that spellings of one name put for each other.
    private static let likeLetters: [Set<Unicode.Scalar>] = [Set("aeiouy".unicodeScalars), Set("cgkq".unicodeScalars), Set("sz".unicodeScalars), Set("vw".unicodeScalars), Set("ij".unicodeScalars)]

    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "messrs"]
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    static let accentFree: [UInt32: Unicode.Scalar] = {
        var map: [UInt32: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđĎĐ", "d"), ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"),
            ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"), ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"),
            ("ĺļľŀłĹĻĽĿŁ", "l"), ("ñńņňÑŃŅŇ", "n"), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
            ("śŝşšșŚŜŞŠȘ", "s"), ("ţťŧțŢŤŦȚ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵŴ", "w"),
            ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"),
        ]
        for (letters, plain) in groups { for s in letters.unicodeScalars { map[s.value] = plain } }
        return map
    }()
}

/// A role as printed (`Kremlin spokesman`, `US Secretary of State`), reduced to its head word and
/// the words that qualify it, so that `the Kremlin spokesman` can be matched to the person who holds it.
struct RoleForm: Sendable, Hashable {
    let head: WordKey
    let qualifiers: [WordKey]

    init?(_ role: String) {
        let words = role.split(whereSeparator: { $0 == " " }).map { w -> WordKey in
            let folded = NameForm.fold(w)
            return WordKey(folded.hasSuffix("'s") ? String(folded.dropLast(2)) : folded)
        }
        let of = WordKey("of")
        let beforeOf = words.firstIndex(of: of).map { Array(words[..<$0]) } ?? words
        let lexicon = QuoteLexicon.shared
        let roles = lexicon.roles, nameLinks = lexicon.nameLinks, determiners = lexicon.determiners
        guard let head = beforeOf.last(where: { roles.contains($0) }) ?? words.last(where: { roles.contains($0) }) else { return nil }
        self.head = head
        qualifiers = words.filter { $0 != head && !nameLinks.contains($0) && !determiners.contains($0) }
    }

    /// A role narrowed by a body or office (`Kremlin spokesman`), not a bare title or a country's
    /// (`spokesman`, `Russian president`), which many people hold.
    var isSpecific: Bool {
        let lexicon = QuoteLexicon.shared
        return qualifiers.contains { !lexicon.places.contains($0) && !lexicon.capitalisedFunctionWords.contains($0) }
    }

    /// A group's title (`officials`, `critics`), not one person's.
    var isPlural: Bool { QuoteLexicon.shared.pluralRoles.contains(head) }

    /// The role with its head word standing for its kind (any word for a spokesperson is one) and
    /// its qualifiers in order, for finding holders of exactly this role.
    var exact: RoleForm {
        RoleForm(head: QuoteLexicon.shared.titleKind(head), qualifiers: qualifiers.sorted { $0.value < $1.value })
    }

    init(head: WordKey, qualifiers: [WordKey]) {
        self.head = head
        self.qualifiers = qualifiers
    }

    /// Whether both roles have the same qualifiers, in any order and however often repeated.
    func hasQualifiers(of other: RoleForm) -> Bool {
        qualifiers.allSatisfy { other.qualifiers.contains($0) } && other.qualifiers.allSatisfy { qualifiers.contains($0) }
    }

    /// Whether a role as mentioned without a name fits a role a named speaker holds: same title
    /// (`the senator` is `Sen. Adler`; any word for a spokesperson counts as one), every specific qualifier of the mention present,
    /// and no qualifier that names another office (`the president` is not `Vice President Pence`).
    /// The lexicon is lent, not retained: readers on every core call this.
    func fits(_ held: RoleForm, _ lexicon: QuoteLexicon) -> Bool {
        let spokes = lexicon.spokespersonRoles
        var agree = head == held.head || lexicon.titleKind(head) == lexicon.titleKind(held.head)
        if !agree && ((spokes.contains(head) && held.head == lexicon.secretary) || (spokes.contains(held.head) && head == lexicon.secretary)) {
            // `the Kremlin secretary` for `the Kremlin spokesman`: the same office's voice.
            agree = qualifiers.contains { held.qualifiers.contains($0) }
        }
        guard agree, !held.qualifiers.contains(where: { lexicon.otherOffices.contains($0) && !qualifiers.contains($0) }) else { return false }
        // A title printed short (`Sen. Mike Lee`) says no state or party, so `the Florida senator`
        // is not known to be him; a place or party narrows only a title printed in full.
        let abbreviated = head != held.head && !spokes.contains(head)
        return qualifiers.allSatisfy { q in
            (!abbreviated && lexicon.places.contains(q)) || lexicon.capitalisedFunctionWords.contains(q) || held.qualifiers.contains(q)
        }
    }
}

/// Roles read once per spelling: the same few roles recur across thousands of speakers' forms.
struct RoleParses {
    private var parsed: [String: RoleForm?] = [:]

    /// The roles among `written` (a spelling that names no role is left out).
    mutating func roles(_ written: [String]) -> [RoleForm] {
        written.compactMap { w in
            if let known = parsed[w] { return known }
            let role = RoleForm(w)
            parsed[w] = role
            return role
        }
    }
}
