/// What a speaker called something (`called the senator a “nasty guy”`, `described the attempt
/// as a carjacking`, `calls it a rookie mistake`): the label is the speaker's word for it, reported.
extension ArticleReader {
    /// `called the senator a “nasty guy” and “unstable”`, `described the crash as a “terrible
    /// tragedy for the town”`: the object with the speaker's words for it, up to the last of them.
    /// Not `called for`, `called on`: those name no label.
    func labelledObject(_ t: [ProseToken], _ c: Cue) -> Range<Int>? {
        let verb = c.verb
        guard lexicon.characterisationVerbs.contains(t[verb].key) else { return nil }
        // `what it called a “thorough process”`: the object is `what`, and the label is the quotation
        if c.span.lowerBound > 0, t[c.span.lowerBound - 1].isWord, ArticleReader.whWords.contains(t[c.span.lowerBound - 1].key) { return nil }
        let n = t.count
        let start = verb + 1
        guard start < n, t[start].isWord, !ArticleReader.adjunctStarters.contains(t[start].key) || t[start].isCapitalized else { return nil }
        var q = start + 1
        while q < n, q - start < 10, t[q].isWord { q += 1 }
        guard q < n, t[q].kind == .quote else { return nil }
        // a list of labels: `a “nasty guy,” an “anchor baby” and “sick”`
        var last = q
        var labels = 1
        var j = q + 1
        while j < n, j - last <= 3, t[j].kind != .punctuation || t[j].isComma {
            if t[j].kind == .quote { last = j; labels += 1 }
            j += 1
        }
        // A single label of a word or three (`called the allegation “false”`) is the quotation itself.
        guard labels > 1 || wordCount(marked[t[q].quote].inner) > 3 else { return nil }
        return start..<(last + 1)
    }

    /// `described his attempt to steal a car as a carjacking`, `dismissed the report as a political
    /// stunt`, `calls it a rookie mistake`: the label after `as`, or after a pronoun object of
    /// `call`, of two words at least. Not `as well`, `as part of`.
    func labelAfterAs(_ t: [ProseToken], _ c: Cue, cues: [Cue]) -> Range<Int>? {
        let verb = c.verb, n = t.count
        guard lexicon.characterisationVerbs.contains(t[verb].key), verb + 2 < n else { return nil }
        var label: Int?
        if ArticleReader.callVerbs.contains(t[verb].key) {
            if t[verb + 1].isLowercase, ArticleReader.labelledPronouns.contains(t[verb + 1].key), ArticleReader.articles.contains(t[verb + 2].key) { label = verb + 2 }
        } else if let a = ((verb + 2)..<min(n, verb + 12)).first(where: { t[$0].isLowercase && t[$0].key == lexicon.as }),
                  t[(verb + 1)..<a].allSatisfy({ $0.isWord }), a + 1 < n, t[a + 1].isWord, !ArticleReader.notLabels.contains(t[a + 1].key) {
            label = a + 1
        }
        guard let label else { return nil }
        // The label is a noun phrase: it ends at a comma or at the next verb's `and` (`as a
        // carjacking and said ...`), and holds no verb of its own (`condemned the launch as
        // Pyongyang fired three missiles` says when, not what).
        var end = clauseEnd(t, from: label, verb: verb, cues: cues)
        if let stop = (label..<end).first(where: { t[$0].isComma || (t[$0].isWord && ArticleReader.conjunctions.contains(t[$0].key) && $0 + 1 < n && t[$0 + 1].isLowercase && isVerbForm(t[$0 + 1])) }) {
            end = stop
        }
        guard !t[label..<end].contains(where: { $0.isLowercase && isVerbForm($0) }) else { return nil }
        return statement(t, label..<end, minimum: 2)
    }

    static let callVerbs = WordKey.set("call calls called calling")
    static let labelledPronouns = WordKey.set("it him her them himself herself themselves itself this that")
}
