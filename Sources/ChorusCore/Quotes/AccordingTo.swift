/// `According to X, ...`: the clause the phrase is set beside is what the source says.
extension ArticleReader {
    /// The parts of the sentence an `according to` cue reports: the source's clause, up to where
    /// a speaker of its own takes over (`According to EHS, the target is met, but Chapman says ...`).
    func accordingParts(_ s: ReadSentence, _ c: Cue, first: Bool) -> [Range<Int>] {
        let t = s.tokens
        guard let p = accordingClause(t, c, first: first) else { return [] }
        // The source after the clause relays a speaker the clause names, whose words they are.
        if p.upperBound <= c.verb, personalCues(s.cues, in: p, besides: c).contains(where: { joining(t, $0.span.lowerBound, after: p.lowerBound) == nil }) {
            return []
        }
        for i in s.cues where !i.inverted && i.span.upperBound <= p.upperBound {
            guard var end = joining(t, i.span.lowerBound, after: p.lowerBound) else { continue }
            while end > p.lowerBound, t[end - 1].isComma { end -= 1 }
            return end - p.lowerBound >= 3 ? [p.lowerBound..<end] : []
        }
        return [p]
    }

    /// `According to X, CLAUSE`, `CLAUSE, according to X.` and `Y, according to X, CLAUSE`.
    private func accordingClause(_ t: [ProseToken], _ c: Cue, first: Bool) -> Range<Int>? {
        let after = c.span.upperBound
        let opensSentence = c.verb == 0 || (c.verb == 1 && t[0].isWord && ArticleReader.conjunctions.contains(t[0].key))
        if opensSentence {
            guard after < t.count, t[after].isComma else { return nil }
            return statement(t, (after + 1)..<t.count)
        }
        guard first, c.verb >= 2, t[c.verb - 1].isComma else { return nil }
        let before = 0..<(c.verb - 1)
        if after < t.count, t[after].isComma, wordCount(t, (after + 1)..<t.count) >= 2 {
            // Inserted after the subject: the predicate is what the source says.
            if wordCount(t, before) <= 4 { return statement(t, (after + 1)..<t.count, minimum: 2) }
        } else if !endsClause(t, from: after) {
            return nil
        }
        return statement(t, before)
    }

    /// The `but` or `and` joining the clause whose subject opens at `k` (`but driver Lucia
    /// Ferraro says`), after `lower`.
    private func joining(_ t: [ProseToken], _ k: Int, after lower: Int) -> Int? {
        (max(lower + 1, k - 3)..<max(lower + 1, k)).last { t[$0].isWord && t[$0].isLowercase && ArticleReader.conjunctions.contains(t[$0].key) }
    }
}
