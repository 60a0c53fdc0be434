/// Speakers a cue names only by what they are, or names wrongly at first sight: someone described
/// after the verb, and the addressee of a document, who is not its writer.
extension CueFinder {
    /// `“...,” said a person staffing the event.`, `said one longtime associate`: someone the
    /// article describes and does not name, after the verb, is the speaker, not whoever spoke last.
    /// After `asked` the words may be what was asked (`asked a followup question`): a word for a
    /// person must say it is someone (`asked one woman`).
    func describedAfter(_ text: [Unicode.Scalar], _ t: [ProseToken], verb v: Int) -> Mention? {
        guard v + 2 < t.count, t[v + 1].isWord, t[v + 1].isLowercase,
              lexicon.indefiniteArticles.contains(t[v + 1].key) || CueFinder.describers.contains(t[v + 1].key) || CueFinder.someone.contains(t[v + 1].key),
              let m = source(text, t, from: v + 1), m.tokens.count >= 2 // not `said one.`: one of a group, no name
        else { return nil }
        if CueFinder.asking.contains(t[v].key), !t[m.tokens].contains(where: { parser.isRole($0) || lexicon.unnamedPeople.contains($0.key) || CueFinder.persons.contains($0.key) }) {
            return nil
        }
        return m
    }

    static let someone = WordKey.set("someone somebody")
    static let asking = WordKey.set("ask asks asked")
    static let persons = WordKey.set("man woman men women boy girl mother father friend neighbor neighbour")

    /// Where the document someone was sent stands before a mention (`a letter to Trump`): the
    /// mention is its addressee. Not a gerund's subject (`objected to the secretary suggesting`), nor
    /// its author (`a letter from Trump insisting`).
    func addressee(_ t: [ProseToken], before m: Mention) -> Int? {
        let p = m.tokens.lowerBound - 1
        guard p > 0, t[p].isWord, t[p].isLowercase, CueFinder.addressing.contains(t[p].key),
              t[p - 1].isWord, lexicon.documents.contains(t[p - 1].key) else { return nil }
        return p
    }

    static let addressing = WordKey.set("to for")
}
