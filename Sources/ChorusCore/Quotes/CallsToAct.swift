/// A call to act as reported speech: `urged residents to stay home`, `called on Ottawa to pay for
/// the repairs`, `implored her husband to come out`. What the speaker asked of whom is what they
/// said, told in the reporter's words. Not `urged caution` (no clause) nor `called for an inquiry`
/// (a demand for a thing, which reports read as an action more than as words).
extension ArticleReader {
    static let urgingVerbs = WordKey.set("urge urges urged urging implore implores implored")
    static let callingVerbs = WordKey.set("call calls called calling")

    /// The call that the verb at `verb` reports, from whom it went to up to the clause's end.
    func callToAct(_ t: [ProseToken], after verb: Int, cues: [Cue]) -> Range<Int>? {
        let n = t.count
        var k = verb + 1
        if Self.callingVerbs.contains(t[verb].key) {
            guard k < n, t[k].isWord, t[k].key == MentionParser.on else { return nil }
            k += 1
        } else if !Self.urgingVerbs.contains(t[verb].key) {
            return nil
        }
        // whom: a few words with no verb of their own, then `to` and a verb (`to stay`, not `to the`)
        guard let to = (k..<min(n - 1, k + 8)).first(where: { t[$0].isWord && t[$0].key == lexicon.to }), to > k,
              t[k..<to].allSatisfy({ $0.isWord && !($0.isLowercase && (isTenseWord($0) || lexicon.speechVerbs.contains($0.key))) }),
              t[to + 1].isWord, t[to + 1].isLowercase, !lexicon.determiners.contains(t[to + 1].key),
              !ProseScalar.isDigit(text[t[to + 1].start]) else { return nil }
        return statement(t, k..<clauseEnd(t, from: to, verb: verb, cues: cues))
    }
}
