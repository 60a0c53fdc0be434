/// Which organisations an acronym joins. An acronym is short and many bodies share one: `AOC` is
/// the Administrative Office of the Courts in one article, Australia's Olympic Committee in another
/// and Alexandria Ocasio-Cortez in a third; `CPD` the Commission on Presidential Debates and the
/// Chicago Police Department. So the names an acronym abbreviates join one another only when their
/// words say they are one body, and the bare acronym joins them only when they are.
enum AcronymBodies {
    /// Groups of form indices to be joined: `bare` are the forms written as an acronym,
    /// `spelled` the full names that abbreviate to it, `uses` how often each form is quoted.
    static func groups(bare: [Int], spelled: [Int], names: (Int) -> String, uses: (Int) -> Int) -> [[Int]] {
        var bodies: [(words: Set<String>, members: [Int])] = []
        for i in spelled {
            let w = contentWords(names(i))
            if let b = bodies.firstIndex(where: { sameBody($0.words, w) }) {
                bodies[b].members.append(i)
                bodies[b].words.formUnion(w)
            } else {
                bodies.append((w, [i]))
            }
        }
        var groups = bodies.map(\.members)
        // With several bodies, the bare acronym is the one the corpus quotes far more than the others.
        let weight = groups.map { $0.reduce(0) { $0 + uses($1) } }
        let total = weight.reduce(0, +)
        if let top = weight.indices.max(by: { weight[$0] < weight[$1] }), groups.count == 1 || weight[top] >= 4 * (total - weight[top]) {
            groups[top] += bare
        } else if !bare.isEmpty {
            groups.append(bare)
        }
        return groups
    }

    /// Most of their words in common (`Centers for Disease Control`, `Center for Disease Control`;
    /// `Institute for War Studies`, `Institute for the Study of War`), not a word or two of kind
    /// (`Chicago Police Department`, `Charlotte Police Department`).
    static func sameBody(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let shared = a.intersection(b).count
        return shared * 2 > a.union(b).count || (shared > 0 && (a.isSubset(of: b) || b.isSubset(of: a)))
    }

    /// The words of a name, folded to lower case and a rough singular, without its small words,
    /// possessive endings and a bracketed acronym.
    static func contentWords(_ name: String) -> Set<String> {
        var out: Set<String> = []
        for raw in name.split(whereSeparator: { $0 == " " || $0 == "," }) where !raw.hasPrefix("(") {
            var w = raw.lowercased()
            for ending in ["’s", "'s"] where w.hasSuffix(ending) { w.removeLast(2) }
            guard !w.isEmpty, !QuoteLexicon.shared.nameLinks.contains(WordKey(w)) else { continue }
            if w.hasSuffix("ies"), w.count > 4 { w.removeLast(3); w += "y" }
            else if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { w.removeLast() }
            out.insert(w)
        }
        return out
    }
}
