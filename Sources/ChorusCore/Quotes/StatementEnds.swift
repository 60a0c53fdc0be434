/// Where a statement ends: at the next speaker's cue, where the sentence's main clause takes over
/// from the clause it opened with, or where the reporter adds words of their own.
extension ArticleReader {
    /// Where the clause opened at `start` by the cue at `verb` ends: at the next cue or participle
    /// (`..., he said, adding ...`), where the main clause begins after one the sentence opened with,
    /// or where the reporter takes over.
    func clauseEnd(_ t: [ProseToken], from start: Int, verb: Int, cues: [Cue]) -> Int {
        var stop = t.count
        // A cue inside the clause (`said when Liberals dismiss concerns, ...`) does not end it; one
        // that opens a clause of its own (`..., and Ottawa said ...`) does, and so does one that
        // says something of what the clause named (`the attack, which Moscow says was ...`).
        for c in cues where c.span.lowerBound > start {
            if opensOwnClause(t, c.span.lowerBound) { stop = c.span.lowerBound; break }
            if let pronoun = relativeCue(t, c) { stop = pronoun; break }
        }
        if let p = (start..<stop).first(where: { isParticipleCue(t, $0) || isAside(t, $0) || leavesUnsaid(t, $0) || continuesNarration(t, $0) || turnsToAnother(t, $0)
            || shiftsToPast(t, from: start, at: $0) }) { stop = p }
        // `— Comey said the case was closed — are driving ...`: a cue inside a pair of dashes says
        // nothing past the closing one
        if (0..<start).filter({ isSpacedDash(t, $0) }).count % 2 == 1, let dash = (start..<stop).first(where: { isSpacedDash(t, $0) }) { stop = dash }
        // `As lawmakers assert that the cure is worse, they extol ...`: the clause the sentence
        // opened with ends where its main clause begins.
        let subordinate = (0..<verb).last { t[$0].isWord && ArticleReader.subordinators.contains(t[$0].key) && ($0 == 0 || t[$0 - 1].isComma) }
        if let subordinate, !t[subordinate..<verb].contains(where: { $0.isComma }),
           let main = (start..<stop).first(where: { t[$0].isComma && $0 + 1 < stop && opensMainClause(t, $0 + 1) }) {
            stop = main
        }
        if let tail = reportersTail(t, start..<stop) { stop = tail }
        return stop
    }

    /// `it would help; roughly one-tenth said it would hurt`: a semicolon before someone else's
    /// speech verb, whose subject the cue reader may not have recognised.
    /// So does a comma and `and`, `but` or `with` before someone else's (`, and a similar
    /// percentage said ...`, `, with his ministry insisting ...`).
    func turnsToAnother(_ t: [ProseToken], _ k: Int) -> Bool {
        // The word after the conjunction must open a subject (`a similar percentage`, `his
        // ministry`, `Democrats`), not go on with the predicate (`, but would eventually`).
        let joined = t[k].isComma && k + 2 < t.count && t[k + 1].isWord && ArticleReader.turningWords.contains(t[k + 1].key)
            && t[k + 2].isWord && t[k + 2].key != lexicon.that
            && (t[k + 2].isCapitalized || lexicon.determiners.contains(t[k + 2].key) || ArticleReader.quantifiers.contains(t[k + 2].key))
        guard t[k].isPunctuation(";") || joined else { return false }
        let from = joined ? k + 3 : k + 1
        guard from < t.count else { return false }
        return t[from..<min(t.count, from + 5)].contains { $0.isWord && $0.isLowercase && lexicon.speechVerbs.contains($0.key) }
    }

    /// `which Moscow says was`, `that officials said would`: a cue inside a relative clause, its verb
    /// followed by the predicate it reports.
    /// Where its relative pronoun stands, or nil. The phrase reader may have taken `that` for the
    /// subject's determiner (`deaths that Lohmar said are unrelated`).
    func relativeCue(_ t: [ProseToken], _ c: Cue) -> Int? {
        let k = c.span.lowerBound
        guard !c.inverted, !c.participle, k > 0, c.verb + 1 < t.count, t[c.verb + 1].isLowercase, isTenseWord(t[c.verb + 1]) else { return nil }
        if t[k - 1].isLowercase, t[k - 1].key == lexicon.which || t[k - 1].key == lexicon.that { return k - 1 }
        // `grappling with what it says is a deficit`, `a fire at what police said was a warehouse`;
        // not `What he said was a lie`, the reporter's judgement of it
        if k >= 2, t[k - 1].isLowercase, t[k - 1].key == ArticleReader.what, t[k - 2].isWord, t[k - 2].isLowercase { return k - 1 }
        if t[k].isLowercase, t[k].key == lexicon.that, k + 1 < c.verb, t[k + 1].isCapitalized,
           t[k - 1].isLowercase, !lexicon.speechVerbs.contains(t[k - 1].key) { return k }
        return nil
    }

    func isRelativeCue(_ t: [ProseToken], _ c: Cue) -> Bool { relativeCue(t, c) != nil }

    /// `... and made that point twice`, `... but declined to weigh in`: a second predicate of the
    /// cue's subject, the reporter's account of what the speaker did, not part of what was said.
    /// Without a comma, only a verb that is seldom a passive's second participle counts: `said the
    /// bill was dead and vowed to fight on`, but not `said the man was arrested and charged`.
    func continuesNarration(_ t: [ProseToken], _ k: Int) -> Bool {
        guard k + 1 < t.count, t[k].isWord else { return false }
        if t[k].key == lexicon.and && !(k > 0 && t[k - 1].isComma) {
            var v = k + 1
            if v + 1 < t.count, t[v].isLowercase, ArticleReader.sequenceAdverbs.contains(t[v].key) { v += 1 }
            return t[v].isLowercase && ArticleReader.secondPredicates.contains(t[v].key)
        }
        guard t[k].key == CueFinder.but || (t[k].key == lexicon.and && k > 0 && t[k - 1].isComma) else { return false }
        let next = t[k + 1]
        return next.isLowercase && (ArticleReader.narrationVerbs.contains(next.key) || lexicon.speechVerbs.contains(next.key) && endsInEd(next))
    }

    /// `said there's room in the party but appealed to them to ...`, `said Bloomberg's wealth was
    /// offensive, yet he refused to ...`: after `but` or `yet`, a past verb where the reported
    /// clause kept the speaker's present, or the speaker's refusal, is the reporter's again.
    func shiftsToPast(_ t: [ProseToken], from start: Int, at k: Int) -> Bool {
        // not `have all but halted`
        guard k > start, k + 1 < t.count, t[k].isWord, t[k].isLowercase, !(t[k - 1].isWord && t[k - 1].key == ArticleReader.all),
              t[k].key == CueFinder.but || (t[k].key == ArticleReader.yet && t[k - 1].isComma) else { return false }
        var v = k + 1
        if v + 1 < t.count, t[v].isLowercase, ArticleReader.subjectOfClause.contains(t[v].key) {
            return ArticleReader.narrationVerbs.contains(t[v + 1].key)
        }
        if t[v].isLowercase, t[v].key == ArticleReader.then || t[v].key == ArticleReader.later, v + 1 < t.count { v += 1 }
        let next = t[v]
        guard next.isLowercase, !next.shape.contains(.hyphenated), !text[next.start..<next.end].contains("-"),
              endsInEd(next) || ArticleReader.irregularPast.contains(next.key) else { return false }
        // A verb takes an object or a complement (`appealed to them`, `rated it`); an adjective in
        // -ed (`but unintended consequences`, `— but unsubstantiated —`) does not.
        guard v + 1 < t.count else { return false }
        let object = t[v + 1]
        guard object.kind == .quote || object.isCapitalized || (object.isWord && (lexicon.determiners.contains(object.key) || lexicon.pronouns.contains(object.key)
            || ArticleReader.prepositions.contains(object.key) || ArticleReader.whWords.contains(object.key) || object.key == lexicon.that || object.key == lexicon.to))
        else { return false }
        // `a pandemic that originated in China but spread globally`: two verbs of a relative clause
        if let relative = (max(start, k - 6)..<k).last(where: { t[$0].isLowercase && (t[$0].key == lexicon.that || t[$0].key == lexicon.which || t[$0].key == lexicon.who) }),
           t[(relative + 1)..<k].contains(where: { $0.isLowercase && (endsInEd($0) || ArticleReader.irregularPast.contains($0.key)) }) { return false }
        // `there's`, `it's`: the key leaves the `'s` out.
        // A perfect (`has tried but failed`) is one predicate in two tenses.
        let isPresent = { (w: ProseToken) in
            (lexicon.presentTense.contains(w.key) && !ArticleReader.perfectAuxiliaries.contains(w.key))
                || (w.shape.contains(.possessive) && ArticleReader.clauseSubjects.contains(w.key))
        }
        guard let finite = (start..<k).last(where: { t[$0].isLowercase && (isPresent(t[$0]) || lexicon.pastTense.contains(t[$0].key) || ArticleReader.perfectAuxiliaries.contains(t[$0].key)) })
        else { return false }
        // `did not need to`: the auxiliary before carries the tense.
        return isPresent(t[finite]) && !(max(start, finite - 2)..<finite).contains { lexicon.pastTense.contains(t[$0].key) }
    }

    /// An em or en dash, or a hyphen standing alone between spaces.
    func isSpacedDash(_ t: [ProseToken], _ k: Int) -> Bool {
        let w = t[k]
        guard w.kind == .punctuation else { return false }
        if w.key.value == 0x2013 || w.key.value == 0x2014 { return true }
        return w.key.value == 0x2D && k > 0 && k + 1 < t.count && t[k - 1].end < w.start && w.end < t[k + 1].start
    }

    /// `, although it has not specified how`: the reporter's note of what the speaker left unsaid.
    func leavesUnsaid(_ t: [ProseToken], _ k: Int) -> Bool {
        guard k > 0, t[k - 1].isComma, t[k].isWord, ArticleReader.concessions.contains(t[k].key) else { return false }
        return (k + 1..<min(t.count, k + 6)).contains { t[$0].isLowercase && (lexicon.speechVerbs.contains(t[$0].key) || ArticleReader.detailVerbs.contains(t[$0].key)) }
            && (k + 1..<min(t.count, k + 5)).contains { t[$0].isLowercase && ArticleReader.negations.contains(t[$0].key) }
    }

    /// `, as did the army`: the reporter's aside that others did the same.
    func isAside(_ t: [ProseToken], _ k: Int) -> Bool {
        k > 0 && k + 1 < t.count && t[k - 1].isComma && t[k].isWord && t[k].key == lexicon.as && t[k + 1].isWord && ArticleReader.asideVerbs.contains(t[k + 1].key)
    }

    /// Where the reporter's own addition at the clause's end begins: a noun phrase after a single
    /// dash (`... — a problem compounded by delays`) or after a comma when a relative clause
    /// follows it (`..., a sentiment that Ryan seemed to endorse`); a link (`https://t.co/...`) or
    /// a quotation right after a full stop the sentence splitter missed (`desk.“It has been ...`).
    /// Not a pair of dashes around an aside.
    func reportersTail(_ t: [ProseToken], _ r: Range<Int>) -> Int? {
        for k in r where k > r.lowerBound + 2 && k + 1 < r.upperBound {
            if t[k].isPunctuation("."), t[k + 1].kind == .quote { return k }
            if t[k].isWord, ArticleReader.linkSchemes.contains(t[k].key), t[k + 1].isPunctuation(":") || t[k + 1].isPunctuation(".") { return k }
            if t[k].isComma, k + 3 < r.upperBound, t[k + 1].isLowercase, lexicon.indefiniteArticles.contains(t[k + 1].key),
               let rel = ((k + 3)..<min(r.upperBound, k + 5)).first(where: { t[$0].isLowercase && (t[$0].key == lexicon.that || t[$0].key == lexicon.which) }),
               t[(k + 2)..<rel].allSatisfy({ $0.isLowercase }) { return k }
            // `said 1,300 people attended the event, which was the latest in a series of forums`:
            // what the reporter adds of the thing named last, up to the end, unless in the speaker's
            // own voice (`, which is something I'm not sure of`)
            if t[k].isComma, k + 3 < r.upperBound, t[k + 1].isLowercase, t[k + 1].key == lexicon.which, t[k + 2].isLowercase,
               ArticleReader.describingVerbs.contains(t[k + 2].key),
               !t[(k + 2)..<r.upperBound].contains(where: { $0.isComma || $0.kind == .quote || ($0.isWord && lexicon.firstAndSecondPerson.contains($0.key)) }) { return k }
            let next = t[k + 1]
            guard next.isWord, next.isLowercase else { continue }
            let rest = (k + 1)..<r.upperBound
            if t[k].kind == .punctuation, t[k].key.value == 0x2014 || t[k].key.value == 0x2013, lexicon.indefiniteArticles.contains(next.key),
               !t[rest].contains(where: { $0.kind == .punctuation && ($0.key.value == 0x2014 || $0.key.value == 0x2013) || $0.kind == .quote }) { return k }
        }
        return nil
    }
}
