/// People across the corpus: full names one transliteration apart are one person, and a bare
/// surname is the bearer its roles or the corpus's counts point to.
extension FormTable {
    mutating func mergePeople() {
        let people = forms.indices.filter { forms[$0].mention.kind == .person && forms[$0].mention.named }
        // Each form's surname key, made once: it is looked up in every pass below.
        var surnameKey = [String?](repeating: nil, count: forms.count)
        for i in people { surnameKey[i] = forms[i].name.surnameKey }
        // Full names: same first name and a surname within one transliteration step, and no two
        // middle initials (`George W. Bush` is not `George H.W. Bush`).
        var byKey: [String: [Int]] = [:]
        var keyOf = [String](repeating: "", count: forms.count)
        var byNeighbour: [UInt64: Int] = [:]
        // Further representatives of a neighbour whose first is another person: few, so kept apart
        // rather than an array for every neighbour (the resolver runs at the build's memory peak).
        var moreByNeighbour: [UInt64: [Int]] = [:]
        for i in people {
            guard var first = forms[i].name.firstNameKey, let surname = surnameKey[i] else { continue }
            if let suffix = forms[i].name.suffix { first += " " + suffix }
            keyOf[i] = first + " " + surname
            byKey[keyOf[i], default: []].append(i)
            let firstKey = WordKey(first).value
            for n in NameForm.deletionNeighbours(surname) {
                // A few representatives per neighbour are enough: union-find joins the rest, and
                // forms of one key are joined below. A neighbour also holds names two letters
                // apart, which are kept only as representatives of their own.
                let nk = (n ^ firstKey) &* 0x9E37_79B9_7F4A_7C15
                guard let j = byNeighbour[nk] else { byNeighbour[nk] = i; continue }
                func spells(_ j: Int) -> Bool {
                    keyOf[j] == keyOf[i] || (forms[i].name.agreesInMiddle(with: forms[j].name) && surnameKey[j].map { NameForm.isTransliteration(surname, $0) } == true)
                }
                if spells(j) {
                    if keyOf[j] != keyOf[i] { union(i, j) }
                } else if let k = moreByNeighbour[nk]?.first(where: spells) {
                    if keyOf[k] != keyOf[i] { union(i, k) }
                } else if moreByNeighbour[nk, default: []].count < 3 {
                    moreByNeighbour[nk, default: []].append(i)
                }
            }
        }
        for group in byKey.values { joinFullNames(group) }
        // Bare surnames.
        var fullBySurname: [String: [Int]] = [:]
        for i in people where forms[i].name.firstName != nil && forms[i].name.suffix == nil {
            if let s = surnameKey[i] { fullBySurname[s, default: []].append(i) }
        }
        var parses = RoleParses()
        for i in people where forms[i].name.words.count == 1 && forms[i].name.suffix == nil {
            guard let s = surnameKey[i], let candidates = fullBySurname[s] else { continue }
            var people: [Int: Int] = [:]   // entity -> uses
            for c in candidates { people[find(c), default: 0] += forms[c].uses }
            if people.count == 1 { union(i, candidates[0]); continue }
            let roles = parses.roles(forms[i].mention.roles)
            let held = candidates.map { parses.roles(forms[$0].mention.roles) }
            let byRole = people.keys.filter { e in
                candidates.indices.contains { k in find(candidates[k]) == e && held[k].contains { held in roles.contains { $0.fits(held, QuoteLexicon.shared) } } }
            }
            if byRole.count == 1 { union(i, byRole[0]); continue }
            // Where a surname is common (`Kennedy`, `Kim`), the best-known bearer is no guide to the
            // one an article quotes: dominance decides between two people, or among more only when
            // one bearer is quoted nine times in ten (`Trump` beside Melania, Ivanka and Eric Trump).
            let total = people.values.reduce(0, +)
            if let (top, uses) = people.max(by: { $0.value < $1.value }), people.count == 2 ? uses * 4 >= total * 3 : uses * 10 >= total * 9 {
                union(i, top)
                joinedByDominance.insert(i)
            }
        }
    }

    /// Joins the forms of one first name and surname, those with different middle initials apart;
    /// a form without one joins the bearer nearly all of them are.
    private mutating func joinFullNames(_ group: [Int]) {
        var byInitial: [Character: [Int]] = [:]
        var plain: [Int] = []
        for i in group {
            if let m = forms[i].name.middleInitial { byInitial[m, default: []].append(i) } else { plain.append(i) }
        }
        for members in byInitial.values { for i in members.dropFirst() { union(i, members[0]) } }
        guard byInitial.count > 1 else {
            for i in group.dropFirst() { union(i, group[0]) }
            return
        }
        let uses = byInitial.values.map { members in members.reduce(0) { $0 + forms[$1].uses } }
        let total = uses.reduce(0, +)
        guard let top = uses.indices.max(by: { uses[$0] < uses[$1] }), uses[top] * 4 >= total * 3 else {
            for i in plain.dropFirst() { union(i, plain[0]) }
            return
        }
        let bearer = Array(byInitial.values)[top][0]
        for i in plain { union(i, bearer) }
    }
}
