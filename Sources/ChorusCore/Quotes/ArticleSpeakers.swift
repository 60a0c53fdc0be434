/// The speakers of one article as the article names them, and the order they spoke in, so that
/// `Peskov`, `Mr. Peskov`, `he` and `the Kremlin spokesman` in one article are one speaker.
struct ArticleSpeakers: Sendable {
    /// Unowned, as the lexicon outlives every reader: counting references to it, every core wrote one cache line.
    unowned(unsafe) let lexicon = QuoteLexicon.shared

    struct Entry: Sendable {
        var name: String
        var nameKeys: [WordKey]
        var aliases: [String] = []
        var roles: [String] = []
        var roleKeys: [RoleForm] = []
        var kind: SpeakerKind
        /// False for a speaker known only by a role (`a Kremlin spokesman`).
        var named: Bool
        var acronym: String?
        var suffix: WordKey?
        /// Initials of an organisation's capitalised words, to recognise its acronym.
        var initials: String?
        var gender: Mention.Gender = .unknown
        var plural = false
        /// Brought in as `one GOP operative`: see `Mention.newcomer`.
        var newcomer = false
        /// See `Mention.relative`.
        var relative = false
        /// Named by a description in small letters: see `isDescription`.
        var described = false
    }

    private(set) var entries: [Entry] = []
    /// Where an entry was merged into another one.
    private var mergedInto: [Int] = []
    /// When each entry was last spoken of, on a clock that ticks with every mention.
    private var lastSeen: [Int] = []
    private var clock = 0
    /// Speakers in the order the article gave them words, the latest last.
    private var recent: [Int] = []
    /// Speakers and people the article talked about, the latest last: what a pronoun points back to.
    private var salient: [Int] = []
    /// A named person the reporter turned to after the last words given (`Wendy Golden lives in
    /// Amherst.`): whom a quotation standing alone most likely belongs to.
    private(set) var introducedSinceSpeech: Int?
    /// Who issued the documents the article introduced (`X said in a statement`), by their noun.
    private var documentOwners: [WordKey: Int] = [:]

    /// The speaker that `mention` names, creating one when the article has not named it before.
    /// Returns nil for pronouns with no fitting antecedent and for the first and second person.
    mutating func resolve(_ m: Mention) -> Int? {
        let id: Int?
        if let aged = describedByAge(m) {
            note(aged)
            return aged
        }
        switch m.form {
        case .pronoun:
            id = antecedent(of: m)
            // `he said` of a speaker whose name told no gender: a later `she` is someone else.
            if let id, m.gender != .unknown, entries[id].gender == .unknown { entries[id].gender = m.gender }
        case .person: id = person(m)
        case .organisation: id = organisation(m)
        case .role: id = role(m)
        }
        if let id { note(id) }
        return id
    }

    /// `The 32-year-old labourer says`: a definite description by age speaks of the person the
    /// article is on about, as a pronoun would.
    private func describedByAge(_ m: Mention) -> Int? {
        guard m.form == .role || m.form == .organisation, !m.plural, m.name.hasPrefix("The ") || m.name.hasPrefix("the "),
              m.name.contains("-year-old") else { return nil }
        for id in salient.reversed() {
            let c = canonical(id)
            guard entries[c].kind == .person, entries[c].named, !entries[c].plural else { continue }
            if entries[c].gender.agrees(with: m.gender) { return c }
        }
        return nil
    }

    /// Records a person or body the article talks about without giving them words
    /// (`Opposition leader Tom Baker disagreed.`), for pronouns that follow. `introducing` is
    /// false for someone named in passing, not as the one the sentence is about.
    mutating func mentioned(_ m: Mention, introducing: Bool = true) {
        guard m.form != .pronoun else { return }
        let id: Int
        switch m.form {
        case .person: id = person(m)
        case .organisation: id = organisation(m)
        default:
            guard let r = role(m) else { return }
            id = r
        }
        let s = canonical(id)
        clock += 1
        lastSeen[s] = clock
        if salient.last != s { salient.append(s) }
        if introducing && entries[s].kind == .person && entries[s].named && recent.last != s { introducedSinceSpeech = s }
    }

    /// Makes a speaker the likeliest antecedent again, without giving them words.
    mutating func keepSalient(_ id: Int) {
        let s = canonical(id)
        clock += 1
        lastSeen[s] = clock
        if salient.last != s { salient.append(s) }
    }

    /// Whether some organisation of the article goes by this acronym or is named by it.
    func knowsAcronym(_ a: String) -> Bool {
        entries.contains { $0.kind == .organisation && ($0.name == a || $0.acronym == a || $0.initials == a) }
    }

    /// Whether the article has named a person with this surname.
    func knowsPerson(surname: WordKey) -> Bool {
        entries.indices.contains { entries[$0].kind == .person && entries[$0].named && entries[$0].nameKeys.last == surname }
    }

    /// Whether a lone word may stand for the full name it opens: a common given name, a name of
    /// three words or one printed with a role (`North Korean leader Kim Jong Un`). Not `Trump` for
    /// a `Trump Tower` the parser took for a person.
    func opensName(_ keys: [WordKey], role: Bool) -> Bool {
        guard let first = keys.first else { return false }
        return keys.count >= 3 || role || lexicon.femaleFirstNames.contains(first) || lexicon.maleFirstNames.contains(first)
    }

    /// The full name of the person the article named whose name opens or ends with this word.
    func personNamed(_ key: WordKey) -> (name: String, keys: [WordKey])? {
        entries.indices.first { e in
            mergedInto[e] == e && entries[e].kind == .person && entries[e].named && entries[e].nameKeys.count >= 2
                && (entries[e].nameKeys.last == key || entries[e].nameKeys.first == key)
        }.map { (entries[$0].name, entries[$0].nameKeys) }
    }

    /// Whether some speaker of the article holds the role a role mention names.
    func knowsHolder(of m: Mention) -> Bool {
        guard let key = roleKey(m) else { return true }
        return entries.indices.contains { e in entries[e].roleKeys.contains { key.fits($0, lexicon) } }
    }

    /// Records that `speaker` spoke, for later pronouns and for quotes that continue a speaker.
    mutating func note(_ speaker: Int) {
        let s = canonical(speaker)
        clock += 1
        lastSeen[s] = clock
        if recent.last != s { recent.append(s) }
        if salient.last != s { salient.append(s) }
        introducedSinceSpeech = nil
    }

    var lastSpeaker: Int? { recent.last }

    /// `X said in a statement`, `X filed a lawsuit, saying`: the statement or lawsuit the article
    /// speaks of later is X's.
    mutating func noteDocument(_ head: WordKey, issuedBy owner: Int) {
        guard entries[canonical(owner)].roleKeys.allSatisfy({ !lexicon.documents.contains($0.head) }) else { return }
        documentOwners[head] = canonical(owner)
    }

    func canonical(_ id: Int) -> Int {
        var i = id
        while mergedInto[i] != i { i = mergedInto[i] }
        return i
    }

    /// How the corpus-wide resolver sees this speaker.
    func speakerMention(_ id: Int) -> SpeakerMention {
        let e = entries[canonical(id)]
        let people = e.named ? [] : entries.indices.filter { mergedInto[$0] == $0 && entries[$0].named && entries[$0].kind == .person }.map { entries[$0].name }
        return SpeakerMention(name: e.name, aliases: e.aliases, roles: e.roles, kind: e.kind, named: e.named, candidates: people, newcomer: e.newcomer)
    }

    // MARK: kinds of mention

    /// Whom a pronoun stands for, without recording it.
    func antecedent(of m: Mention) -> Int? {
        guard let p = m.pronoun else { return nil }
        let wantsPerson = p == lexicon.he || p == lexicon.she
        let wantsThing = p == lexicon.it
        let wantsPlural = p == lexicon.they
        guard wantsPerson || wantsThing || wantsPlural else { return nil }
        for id in salient.reversed() {
            let c = canonical(id)
            let kind = entries[c].kind, plural = entries[c].plural, gender = entries[c].gender
            if wantsPerson && kind == .person && !plural && (gender == .unknown || gender == m.gender) && !namesPlace(entries[c]) { return c }
            if wantsThing && kind == .organisation && !plural { return c }
            if wantsPlural && (plural || kind == .organisation) { return c }
        }
        // `Facebook told employees ... It also told workers`: a one-word name nothing marks as a
        // person's may be the body `it` stands for, as for `the company` (see `namedBody`).
        if wantsThing {
            for id in salient.reversed() {
                let e = entries[canonical(id)]
                if e.kind == .person && e.named && e.nameKeys.count == 1 && e.gender == .unknown && e.roleKeys.isEmpty && !e.plural { return canonical(id) }
            }
        }
        return nil
    }

    /// `Iowa`, `New Hampshire`: a state or country the reader took for a name, which `he` or `she`
    /// never stands for.
    private func namesPlace(_ e: Entry) -> Bool {
        guard let last = e.nameKeys.last, lexicon.namesPlace(last) else { return false }
        return e.nameKeys.count == 1 || (e.nameKeys.count == 2 && lexicon.compassWords.contains(e.nameKeys[0]))
    }

    private mutating func person(_ m: Mention) -> Int {
        guard let surname = m.nameKeys.last else { return add(m, kind: .person, named: true) }
        let first = m.nameKeys.count >= 2 ? m.nameKeys.first : nil
        func bears(_ e: Int) -> Bool {
            guard entries[e].kind == .person && entries[e].named && entries[e].nameKeys.last == surname else { return false }
            let keys = entries[e].nameKeys.count
            if m.nameKeys.count >= 2 && keys >= 2 && entries[e].suffix != m.suffix { return false }
            if let first, keys >= 2, entries[e].nameKeys.first != first { return false }
            // `his daughter and senior adviser Ivanka Trump` after `President Trump`: someone of
            // his family, not him; nor is a woman of the name the `Trump` the article called `he`.
            if first != nil, keys == 1, m.relative, !entries[e].relative { return false }
            return entries[e].gender.agrees(with: m.gender)
        }
        // `Trump said` after `President Trump's daughter and senior adviser Ivanka Trump`: the
        // surname alone is the relative's only when nobody else bears it.
        let match = first == nil ? latest { bears($0) && !entries[$0].relative } ?? latest(where: bears) : latest(where: bears)
        // `Kim` after `Kim Jong Un`, `Wendy` after `Wendy Golden`: a lone name no surname
        // matches is the person whose name it opens (family names first, or a first name used alone).
        // Of several such names (`Kim Jong Un`, `Kim Yong-chol`), the one the article introduced first:
        // the person it is about goes by the short name.
        // `Donald Jr.` is the son, whatever his father's given name.
        let byFirstName = match != nil || m.nameKeys.count != 1 || m.suffix != nil ? nil : entries.indices.first { e in
            mergedInto[e] == e && entries[e].kind == .person && entries[e].named && entries[e].nameKeys.count >= 2 && entries[e].nameKeys.first == surname
                && opensName(entries[e].nameKeys, role: !entries[e].roleKeys.isEmpty)
        }
        if let id = byFirstName {
            addAlias(m.name, to: id)
            return id
        }
        guard let id = match else {
            let id = add(m, kind: .person, named: true)
            absorbRoleOnlySpeaker(into: id)
            return id
        }
        if m.nameKeys.count > entries[id].nameKeys.count {
            addAlias(entries[id].name, to: id)
            entries[id].name = m.name
            entries[id].nameKeys = m.nameKeys
        } else {
            addAlias(m.name, to: id)
        }
        addRole(of: m, to: id)
        if entries[id].gender == .unknown { entries[id].gender = m.gender }
        return id
    }

    private mutating func organisation(_ m: Mention) -> Int {
        if let id = namedBody(for: m) { return id }
        let described = isDescription(m.name)
        if let id = latest(where: { entries[$0].kind == .organisation && sameOrganisation($0, m, described: described) }) {
            // A name with the acronym the article went on to use (`International Monetary Fund
            // (IMF)`) names a body known so far by its name alone.
            let withAcronym = m.acronym != nil && entries[id].acronym == nil && m.name.hasSuffix(")")
            if m.name.utf8.count > entries[id].name.utf8.count && (m.acronym == nil || withAcronym) && !isAcronym(m.name) {
                addAlias(entries[id].name, to: id)
                entries[id].name = m.name
                entries[id].nameKeys = m.nameKeys
            } else {
                addAlias(m.name, to: id)
            }
            if entries[id].acronym == nil { entries[id].acronym = m.acronym }
            return id
        }
        let id = add(m, kind: .organisation, named: true)
        entries[id].acronym = m.acronym
        if let a = m.acronym { entries[id].aliases.append(a) }
        return id
    }

    private mutating func role(_ m: Mention) -> Int? {
        // `the statement said`: the cue does not say who issued it; the document is the source,
        // not someone named nearby.
        if let head = m.roleHead, lexicon.documents.contains(head) {
            guard m.speakingDocument else { return nil }
            // `The statement also said`, after `the association said in a statement`
            if let owner = documentOwners[head] { return canonical(owner) }
            if let id = latest(where: { e in !entries[e].named && entries[e].roleKeys.contains { $0.head == head } }) { return id }
            return add(m, kind: .organisation, named: false)
        }
        if let head = m.roleHead, lexicon.organisationHeads.contains(head), !lexicon.roles.contains(head) {
            // `the ministry`: the organisation of that kind the article named last.
            for id in recent.reversed() where entries[id].kind == .organisation && entries[id].nameKeys.contains(head) && !entries[id].described {
                return id
            }
            if let id = namedBody(for: m) { return id }
        }
        // `Angus King said` after `Sen. Angus King`: the name, though its last word is a title.
        if let id = latest(where: { entries[$0].named && entries[$0].kind == .person && entries[$0].name == m.name }) { return id }
        // `an expert at the center` is not the `experts` of an earlier sentence: one and many differ.
        if let key = roleKey(m), !m.newcomer {
            for id in recent.reversed() where entries[id].plural == m.plural && entries[id].roleKeys.contains(where: { key.fits($0, lexicon) }) { return id }
            if let id = latest(where: { e in entries[e].plural == m.plural && entries[e].roleKeys.contains { key.fits($0, lexicon) } }) { return id }
        }

        let kind: SpeakerKind = m.roleHead.map { lexicon.organisationHeads.contains($0) && !lexicon.roles.contains($0) } == true ? .organisation : .person
        return add(m, kind: kind, named: false)
    }

    /// `the company said`, `the group says`: the body the article named last, whatever its name.
    /// A one-word name the parser could not tell from a surname (`Facebook`) counts when nothing
    /// marks it as a person (a role, a gender).
    private func namedBody(for m: Mention) -> Int? {
        let head = m.roleHead ?? (m.nameKeys.count == 1 ? m.nameKeys[0] : nil)
        guard let head, lexicon.genericOrganisationHeads.contains(head), m.roleQualifiers.isEmpty else { return nil }
        // one body, not a group (`Police said ... The company insists` is not the police)
        return latest { entries[$0].kind == .organisation && entries[$0].named && !entries[$0].plural && entries[$0].nameKeys != [head] }
            ?? latest { e in
                entries[e].kind == .person && entries[e].named && entries[e].nameKeys.count == 1 && entries[e].gender == .unknown && entries[e].roleKeys.isEmpty
            }
    }

    // MARK: helpers

    /// The matching speaker the article spoke of last, so that a name repeated later finds its
    /// latest bearer. Entries are matched by position: handing each one over would copy it.
    private func latest(where match: (Int) -> Bool) -> Int? {
        var best: Int?
        for id in entries.indices where mergedInto[id] == id && match(id) {
            if let b = best, lastSeen[b] >= lastSeen[id] { continue }
            best = id
        }
        return best
    }

    private mutating func add(_ m: Mention, kind: SpeakerKind, named: Bool) -> Int {
        var e = Entry(name: m.name, nameKeys: m.nameKeys, kind: kind, named: named)
        e.gender = m.gender
        e.plural = m.plural
        e.suffix = m.suffix
        e.initials = m.initials
        e.newcomer = m.newcomer
        e.relative = m.relative
        e.described = kind == .organisation && isDescription(m.name)
        entries.append(e)
        mergedInto.append(entries.count - 1)
        clock += 1
        lastSeen.append(clock)
        let id = entries.count - 1
        if named { addRole(of: m, to: id) } else if let key = roleKey(m) {
            entries[id].roles = [m.name]
            entries[id].roleKeys = [key]
        }
        return id
    }

    /// A role-only speaker met earlier (`a Kremlin spokesman said`) is the named person who
    /// later turns up with the same role.
    private mutating func absorbRoleOnlySpeaker(into id: Int) {
        guard let key = entries[id].roleKeys.first else { return }
        for other in entries.indices where other != id && mergedInto[other] == other && !entries[other].named && entries[other].kind == .person && !entries[other].newcomer {
            if entries[other].roleKeys.contains(where: { $0.fits(key, lexicon) }) {
                mergedInto[other] = id
                recent = recent.map { $0 == other ? id : $0 }
                salient = salient.map { $0 == other ? id : $0 }
            }
        }
    }

    private mutating func addRole(of m: Mention, to id: Int) {
        guard let role = m.role, !role.isEmpty else { return }
        if !entries[id].roles.contains(role) { entries[id].roles.append(role) }
        if let key = roleKey(m), !entries[id].roleKeys.contains(key) { entries[id].roleKeys.append(key) }
    }

    private mutating func addAlias(_ alias: String, to id: Int) {
        guard alias != entries[id].name, !entries[id].aliases.contains(alias) else { return }
        entries[id].aliases.append(alias)
    }

    private func roleKey(_ m: Mention) -> RoleForm? {
        guard let head = m.roleHead else { return nil }
        return RoleForm(head: head, qualifiers: m.roleQualifiers)
    }

    private func sameOrganisation(_ id: Int, _ m: Mention, described: Bool) -> Bool {
        let e = entries[id]
        if e.nameKeys == m.nameKeys { return true }
        // `documents released by the White House` is a source described, not the White House.
        if e.described != described { return false }
        if isAcronym(m.name), e.acronym == m.name || e.initials == m.name { return true }
        if isAcronym(e.name), m.acronym == e.name || m.initials == e.name { return true }
        if let a = m.acronym, a == e.acronym { return true }
        // `Foreign Ministry` and `Russian Foreign Ministry`
        guard let last = m.nameKeys.last, last == e.nameKeys.last, m.nameKeys.count >= 2 || e.nameKeys.count >= 2 else { return false }
        let shorter = m.nameKeys.count <= e.nameKeys.count ? m.nameKeys : e.nameKeys
        let longer = m.nameKeys.count <= e.nameKeys.count ? e.nameKeys : m.nameKeys
        return shorter.allSatisfy { longer.contains($0) } && shorter.count >= 2
    }

    /// A source described in small letters before the body it names (`documents released by the
    /// White House`) rather than the body's name (`White House`, `Trump campaign`).
    private func isDescription(_ name: String) -> Bool {
        var described = false
        for word in name.split(separator: " ") {
            guard let first = word.first else { continue }
            if first.isUppercase, described { return true }
            guard first.isLowercase else { continue }
            let key = WordKey(String(word))
            if !lexicon.nameLinks.contains(key), !lexicon.nameParticles.contains(key) { described = true }
        }
        return false
    }

    private func isAcronym(_ s: String) -> Bool {
        let scalars = s.unicodeScalars
        return scalars.count >= 2 && scalars.count <= 6 && scalars.allSatisfy { ProseScalar.isUpper($0) || $0 == "." }
    }
}
