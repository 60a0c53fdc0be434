/// Merges the speakers that articles name into one entity per person across the corpus.
///
/// - A person's full name, with or without titles and accents, is one speaker; transliterations of
///   the surname (`Zelensky`, `Zelenskyy`) are one speaker when the first names agree.
/// - A bare surname (`Peskov`, where an article never gave the full name) joins the full name with
///   that surname only when the corpus knows one such person, or one who clearly dominates the only
///   other, or one whose role the article also gives; otherwise it stays on its own rather than
///   merge two people.
/// - An organisation and its acronym are one (`Institute for War Studies (ISW)`, `ISW`,
///   `Institute for the Study of War`): an acronym seen in the corpus joins the names whose
///   capitalised words it abbreviates.
/// - A speaker an article names only by role (`a Kremlin spokesman`) is the person named in the same
///   article who holds that role elsewhere in the corpus; else one speaker per role.
public struct SpeakerResolver: Sendable {
    public init() {}

    /// Speakers, and for each article's quotes the position of its speaker in that list.
    public func resolve(_ mentions: [[SpeakerMention?]]) -> (speakers: [Speaker], assignment: [[Int?]]) {
        let collected = collect(mentions)
        let starts = collected.articleStart
        let (speakers, assignment) = resolve(collected)
        return (speakers, starts.indices.dropLast().map { a in
            assignment[Int(starts[a])..<Int(starts[a + 1])].map { $0 < 0 ? nil : Int($0) }
        })
    }

    /// The distinct ways speakers are written, and which each quote uses: the part of resolving
    /// that reads the mentions, which can be let go afterwards.
    func collect(_ mentions: [[SpeakerMention?]]) -> SpeakerForms {
        var collector = SpeakerCollector()
        for article in mentions { collector.add(article) }
        return collector.finish()
    }

    /// Speakers from collected forms, and each quote's speaker in corpus order (-1 for none).
    func resolve(_ collected: consuming SpeakerForms) -> (speakers: [Speaker], assignment: [Int32]) {
        // Taken out rather than copied: it is merged in place.
        var forms = FormTable()
        swap(&forms, &collected.table)
        forms.mergePeople()
        forms.mergeOrganisations()
        let placed = forms.placeRoles(collected.formOf, articleStart: collected.articleStart, people: collected.people, newcomers: collected.newcomers)
        return forms.speakers(collected.formOf, articleStart: collected.articleStart, placed: placed)
    }
}

/// What a `SpeakerCollector` gathers from the mentions.
struct SpeakerForms: Sendable {
    fileprivate var table: FormTable
    /// The form of each quote's speaker in corpus order, or -1: flat, as an array per article
    /// (of optionals, twice the size) would be half a million small blocks for a large corpus.
    let formOf: [Int32]
    /// Where each article's quotes begin in `formOf`, and where the last ends.
    let articleStart: [Int32]
    /// The forms of the people each article names besides its speakers.
    let people: [[Int]]
    /// The role-only forms each article used for someone it brought in (`one GOP operative`).
    let newcomers: [[Int]]
}

/// Gathers the forms of speakers article by article, in corpus order, so that an article's
/// mentions can be let go as soon as it is read.
struct SpeakerCollector: Sendable {
    private var forms = FormTable()
    private var formOf: [Int32] = []
    private var articleStart: [Int32] = [0]
    /// Per article, the form keys of the people a role-only mention may stand for; looked up once
    /// every article is in, since a later article may bring the form.
    private var candidates: [[String]] = []
    private var newcomers: [[Int]] = []

    /// Reads the speaker mentions of the next article's quotes.
    mutating func add(_ mentions: [SpeakerMention?]) {
        let article = ArticleWritings(mentions)
        let a = articleStart.count - 1
        let form = article.distinct.map { d in
            let id = forms.add(mentions[d.quote]!, key: d.key, article: a)
            forms.forms[id].uses += d.uses - 1
            return id
        }
        for q in article.ofQuote { formOf.append(q.map { Int32(form[$0]) } ?? -1) }
        articleStart.append(Int32(formOf.count))
        candidates.append(article.candidates)
        newcomers.append(article.distinct.indices.filter { mentions[article.distinct[$0].quote]!.newcomer }.map { form[$0] })
    }

    /// Lets go of what only adding needs, once every article is in: it holds on to strings of
    /// the extraction's findings, which are let go right after.
    mutating func endAdding() {
        forms.dropListings()
    }

    consuming func finish() -> SpeakerForms {
        // The people each article names besides its speakers, for placing role-only speakers.
        let people: [[Int]] = candidates.map { $0.compactMap { forms.index[$0] } }
        // Resolving looks forms up by position only; the keys are let go before it runs beside
        // the linker's reading, where the build's memory peaks.
        candidates = []
        forms.index = [:]
        return SpeakerForms(table: forms, formOf: formOf, articleStart: articleStart, people: people, newcomers: newcomers)
    }
}

/// How one article writes its speakers: an article repeats a speaker's mention at each of its
/// quotes, and folding names into keys is most of the cost of collecting forms.
private struct ArticleWritings {
    /// Each distinct mention once, in order: the first quote it is written at, its form key, and
    /// how many quotes it is written at.
    var distinct: [(quote: Int, key: String, uses: Int)] = []
    /// The position in `distinct` of each quote's mention.
    var ofQuote: [Int?] = []
    /// The form keys of the people a role-only mention may stand for.
    var candidates: [String] = []

    init(_ mentions: [SpeakerMention?]) {
        ofQuote = mentions.enumerated().map { q, m in
            guard let m else { return nil }
            // Names first: unequal mentions almost always differ there, and comparing a name
            // copies no mention.
            if let known = distinct.firstIndex(where: { mentions[$0.quote]?.name == m.name && mentions[$0.quote]! == m }) {
                distinct[known].uses += 1
                return known
            }
            // A mention differing only in its aliases or roles has the same key.
            let key = distinct.first { d in
                let other = mentions[d.quote]!
                return other.name == m.name && other.kind == m.kind && other.named == m.named
            }?.key ?? FormTable.key(m.kind, m.named, m.name)
            distinct.append((q, key, 1))
            return distinct.count - 1
        }
        var names = Set<String>()
        for case let m? in mentions where !m.named { names.formUnion(m.candidates) }
        candidates = names.map { FormTable.key(.person, true, $0) }
    }
}

/// The distinct forms of speakers, and which forms are one speaker.
struct FormTable: Sendable {
    struct Form {
        var mention: SpeakerMention
        var name: NameForm
        var uses = 0
        var firstSeen: Int
        /// Aliases and roles already listed, for cheap membership tests.
        var listed: Set<Listing> = []
    }

    /// An alias or a role of a form, told apart without building a string for each.
    enum Listing: Hashable {
        case alias(String)
        case role(String)
    }

    var forms: [Form] = []
    var index: [String: Int] = [:]
    var parent: [Int] = []
    /// Bare surnames joined to their best-known bearer only because that bearer dominates: the
    /// roles such a form was printed with may be anyone's of that name, so they say nothing of
    /// the roles the bearer holds.
    var joinedByDominance: Set<Int> = []

    static func key(_ kind: SpeakerKind, _ named: Bool, _ name: String) -> String {
        // Concatenated, not interpolated: interpolation is several times dearer, once per mention.
        kind.rawValue + (named ? "|true|" : "|false|") + NameForm.fold(name)
    }

    /// Mentions are read where the extractor left them, among an article's scratch on a worker:
    /// what the table keeps of them is copied, lest it pin those pages once the scratch is let go.
    mutating func add(_ m: SpeakerMention, key: String, article: Int) -> Int {
        if let id = index[key] {
            forms[id].uses += 1
            for alias in m.aliases where forms[id].listed.insert(.alias(alias)).inserted { forms[id].mention.aliases.append(alias.freshCopy) }
            for role in m.roles where forms[id].listed.insert(.role(role)).inserted { forms[id].mention.roles.append(role.freshCopy) }
            return id
        }
        let id = forms.count
        let listed = Set(m.aliases.map { Listing.alias($0) } + m.roles.map { Listing.role($0) })
        forms.append(Form(mention: m.freshCopy, name: NameForm(m.name), uses: 1, firstSeen: id, listed: listed))
        parent.append(id)
        index[key.freshCopy] = id
        return id
    }

    /// The membership sets, and the people a role-only mention may stand for (collected per
    /// article as it is added), are needed only while forms are added; they are let go after.
    mutating func dropListings() {
        for i in forms.indices {
            forms[i].listed = []
            forms[i].mention.candidates = []
        }
    }

    mutating func find(_ i: Int) -> Int {
        var r = i
        while parent[r] != r { r = parent[r] }
        var j = i
        while parent[j] != r { let n = parent[j]; parent[j] = r; j = n }
        return r
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    // MARK: organisations

    mutating func mergeOrganisations() {
        let orgs = forms.indices.filter { forms[$0].mention.kind == .organisation }
        var bare: [String: [Int]] = [:]
        var spelled: [String: [Int]] = [:]
        // Acronyms an article printed beside a full name (`Institute for War Studies (ISW)`).
        var printed: Set<String> = []
        for i in orgs {
            let m = forms[i].mention
            if FormTable.isAcronym(m.name) {
                bare[m.name.replacingAll(".", with: ""), default: []].append(i)
                continue
            }
            let aliases = Set(m.aliases.filter(FormTable.isAcronym).map { $0.replacingAll(".", with: "") })
            printed.formUnion(aliases)
            var keys = aliases
            // A name abbreviates to its initials only when it is a proper name (`Institute for the
            // Study of War`, not `career official in the White House`), and two letters abbreviate too much.
            if let initials = FormTable.initials(m.name), initials.unicodeScalars.count >= 3 { keys.insert(initials) }
            for k in keys { spelled[k, default: []].append(i) }
        }
        for (key, names) in spelled where bare[key] != nil || printed.contains(key) {
            let groups = AcronymBodies.groups(bare: bare.removeValue(forKey: key) ?? [], spelled: names,
                                              names: { forms[$0].mention.name }, uses: { forms[$0].uses })
            for g in groups { for i in g.dropFirst() { union(g[0], i) } }
        }
        for group in bare.values { for i in group.dropFirst() { union(group[0], i) } }
        var byVoice: [StateVoices.Voice: Int] = [:]
        for i in orgs {
            guard let voice = StateVoices.voice(of: forms[i].mention.name) else { continue }
            if let j = byVoice[voice] { union(i, j) } else { byVoice[voice] = i }
        }
    }

    static func isAcronym(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { $0 != "." }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { ProseScalar.isUpper($0) }
    }

    /// Initials of the capitalised words after a leading country or people (`US Institute for the
    /// Study of War` gives `ISW`).
    static func initials(_ name: String) -> String? {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 2, let first = words.first, QuoteLexicon.shared.places.contains(WordKey(first)) || first.hasSuffix("-based") { words.removeFirst() }
        var out = ""
        for w in words {
            guard let c = w.unicodeScalars.first else { continue }
            guard ProseScalar.isUpper(c) else {
                if QuoteLexicon.shared.nameLinks.contains(WordKey(w)) { continue }
                return nil
            }
            out.unicodeScalars.append(c)
        }
        return out.unicodeScalars.count >= 2 ? out : nil
    }

    // MARK: roles

    /// Speakers known only by role are the person of the same article who holds that role. A role
    /// is placed article by article (`the president` is one person in 2013 and another in 2019), so
    /// the answer is a form for each article rather than a merge of forms.
    mutating func placeRoles(_ formOf: [Int32], articleStart: [Int32], people: [[Int]], newcomers: [[Int]]) -> [Int: [Int: Int]] {
        var placed: [Int: [Int: Int]] = [:]   // article -> role form -> form of the holder
        var heldRoles: [Int: Set<RoleForm>] = [:]   // entity -> roles
        var parses = RoleParses()
        for i in forms.indices where forms[i].mention.named && forms[i].mention.kind == .person && !joinedByDominance.contains(i) {
            heldRoles[find(i), default: []].formUnion(parses.roles(forms[i].mention.roles))
        }
        // Who holds each specific role (`Kremlin spokesman`, not a bare `spokesman`) across the corpus.
        var holdersOf: [RoleForm: Set<Int>] = [:]
        for (e, roles) in heldRoles {
            for role in roles where role.isSpecific { holdersOf[role.exact, default: []].insert(e) }
        }
        var roleOf: [Int: RoleForm?] = [:]
        for a in articleStart.indices.dropLast() {
            let perArticle = formOf[Int(articleStart[a])..<Int(articleStart[a + 1])]
            // Most articles name all their speakers: they are passed over before any set is made.
            guard perArticle.contains(where: { $0 >= 0 && !forms[Int($0)].mention.named }) else { continue }
            let present = Set(perArticle.filter { $0 >= 0 }.map { Int($0) })
            let named = present.filter { forms[$0].mention.named && forms[$0].mention.kind == .person }.union(people[a])
            for r in present where !forms[r].mention.named && !newcomers[a].contains(r) {
                if roleOf[r] == nil { roleOf[r] = RoleForm(forms[r].mention.name) }
                // `critics`, `party officials`: a group, which no one person holds; nor does anyone
                // named hold `a source`, which the article gives because it names no one.
                guard let role = roleOf[r] ?? nil, !role.isPlural, !QuoteLexicon.shared.unnamedSources.contains(role.head) else { continue }
                let holders = Set(named.map { find($0) }.filter { e in heldRoles[e]?.contains { role.fits($0, QuoteLexicon.shared) } ?? false })
                if holders.count == 1, let e = holders.first {
                    placed[a, default: [:]][r] = e
                } else if holders.count > 1, let e = holders.only(where: { e in heldRoles[e]?.contains { $0.head == role.head && $0.hasQualifiers(of: role) } ?? false })
                            ?? (role.qualifiers.isEmpty ? mostQuoted(holders, in: perArticle) : nil) {
                    // `the president` with a president and a `Russian President` in the article: the
                    // holder of exactly that role; else, for a bare title, the holder the article
                    // quotes most, whom it is about (`the president` of a report quoting Trump,
                    // Obama named once). Not `the Vermont senator`: places do not narrow `fits`.
                    placed[a, default: [:]][r] = e
                } else if holders.isEmpty, role.isSpecific, !QuoteLexicon.shared.sharedRoles.contains(role.head),
                          let only = holdersOf[role.exact], only.count == 1, let e = only.first {
                    // The article names nobody in that role, but the corpus knows one holder of it:
                    // of an office (`Justice Department inspector general`), not of a title many
                    // hold (`Obama administration official`), whose one named holder is chance.
                    placed[a, default: [:]][r] = e
                }
            }
        }
        return placed
    }

    /// Of several entities, the one the article's quotes go to most, if one is ahead of the rest.
    private mutating func mostQuoted(_ entities: Set<Int>, in quotes: ArraySlice<Int32>) -> Int? {
        var count: [Int: Int] = [:]
        for f in quotes where f >= 0 {
            let e = find(Int(f))
            if entities.contains(e) { count[e, default: 0] += 1 }
        }
        let ranked = count.sorted { $0.value > $1.value }
        guard let top = ranked.first, ranked.count == 1 || ranked[1].value < top.value else { return nil }
        return top.key
    }

    // MARK: output

    mutating func speakers(_ formOf: [Int32], articleStart: [Int32], placed: [Int: [Int: Int]]) -> (speakers: [Speaker], assignment: [Int32]) {
        var members: [Int: [Int]] = [:]
        for i in forms.indices { members[find(i), default: []].append(i) }
        // A placed role is one of the holder's roles.
        var extraRoles: [Int: [String]] = [:]
        for a in placed.keys.sorted() {
            for (r, holder) in placed[a]!.sorted(by: { $0.key < $1.key }) { extraRoles[find(holder), default: []].append(forms[r].mention.name) }
        }
        var speakerOf: [Int: Int] = [:]
        var speakers: [Speaker] = []
        var assignment = [Int32](repeating: -1, count: formOf.count)
        for a in articleStart.indices.dropLast() {
            for q in Int(articleStart[a])..<Int(articleStart[a + 1]) where formOf[q] >= 0 {
                let form = Int(formOf[q])
                let root = find(placed[a]?[form] ?? form)
                if let s = speakerOf[root] {
                    assignment[q] = Int32(s)
                    continue
                }
                let s = speakers.count
                speakerOf[root] = s
                speakers.append(speaker(id: s, forms: members[root] ?? [form], extraRoles: extraRoles[root] ?? []))
                assignment[q] = Int32(s)
            }
        }
        return (speakers, assignment)
    }

    /// One speaker from its forms: the fullest named form as its name, every other form an alias.
    private func speaker(id: Int, forms ids: [Int], extraRoles: [String]) -> Speaker {
        let named = ids.filter { forms[$0].mention.named }
        var pool = named.isEmpty ? ids : named
        // The fullest form among the usual ones: a form seen once in a garbled line (`Joe Biden Joe
        // Biden`) or a rare variant must not name the speaker.
        let mostUsed = pool.map { forms[$0].uses }.max() ?? 0
        let usual = pool.filter { forms[$0].uses * 20 >= mostUsed && !forms[$0].name.repeatsAWord }
        if !usual.isEmpty { pool = usual }
        let best = pool.max { a, b in
            let fa = forms[a], fb = forms[b]
            if fa.name.words.count != fb.name.words.count { return fa.name.words.count < fb.name.words.count }
            if fa.uses != fb.uses { return fa.uses < fb.uses }
            return fa.firstSeen > fb.firstSeen
        }!
        let name = forms[best].mention.name
        var aliases: [String] = []
        var roles: [String] = []
        var organisationUses = 0, personUses = 0
        var seenRoles = Set<String>()
        for i in ids.sorted(by: { forms[$0].uses > forms[$1].uses }) {
            let m = forms[i].mention
            if m.kind == .organisation { organisationUses += forms[i].uses } else { personUses += forms[i].uses }
            // A role-only form is a role of the person, not another name.
            let names = m.named || named.isEmpty ? [m.name] + m.aliases : m.aliases
            for a in names where a != name && !aliases.contains(a) { aliases.append(a) }
            for r in m.roles + (m.named ? [] : [m.name]) where seenRoles.insert(NameForm.fold(r)).inserted { roles.append(r) }
        }
        for r in extraRoles where seenRoles.insert(NameForm.fold(r)).inserted { roles.append(r) }
        let kind: SpeakerKind = organisationUses > personUses ? .organisation : .person
        return Speaker(id: id, name: name, aliases: Array(aliases.prefix(16)), roles: Array(roles.prefix(8)), kind: kind)
    }
}

private extension Sequence {
    /// The one element that satisfies `predicate`, or nil when none or several do.
    func only(where predicate: (Element) -> Bool) -> Element? {
        var found: Element?
        for element in self where predicate(element) {
            guard found == nil else { return nil }
            found = element
        }
        return found
    }
}
