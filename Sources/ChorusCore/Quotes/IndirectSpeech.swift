/// Reported speech: what a sentence says someone said, in the reporter's words.
///
/// `Scheer says [he would not pursue a free trade deal]`, `[Iran would retaliate], officials said`,
/// `According to the report, [sales fell]`, `..., adding [that the plan would fail]`. The span is the
/// content clause, not the cue. Only clauses are taken: `announced $2.6 billion in aid` and
/// `declined to comment` say no content of anyone's; a call to act (`urged them to leave`) is one.
extension ArticleReader {
    /// Reads the sentence's cues for reported speech, if the sentence gave no quotation of its own.
    mutating func readIndirect(_ s: ReadSentence, covered: inout Bool) {
        let t = s.tokens
        // Where the last statement ended: a later cue reads only what follows it.
        var claimed = 0
        for c in s.cues {
            // A statement's parts: two around a cue set inside it (`A, he says, B`), else one.
            let parts: [Range<Int>]
            if t[c.verb].key == lexicon.according {
                parts = accordingParts(s, c, first: claimed == 0)
            } else if c.participle {
                parts = complement(t, after: c.verb, cues: s.cues, participle: true).map { [$0] } ?? []
            } else if let pronoun = relativeCue(t, c) {
                // `the attack, which Moscow says was an attempt on Putin's life`: what the source
                // says of the thing named before is the predicate after its cue, two words at least
                // (`deaths that Lohmar said are unrelated`), to the comma that closes a clause a
                // comma opened, where the main clause's verb follows (`The attack, which Moscow
                // says was staged, drew condemnation`; not `states such as New York, New Jersey`).
                var end = clauseEnd(t, from: c.verb + 1, verb: c.verb, cues: s.cues)
                if pronoun > 0, t[pronoun - 1].isComma,
                   let comma = ((c.verb + 1)..<(end - 1)).first(where: { t[$0].isComma && t[$0 + 1].isLowercase && isFiniteVerb(t[$0 + 1]) }) { end = comma }
                parts = statement(t, (c.verb + 1)..<end, minimum: 2).map { [$0] } ?? []
            } else if let (before, after) = clauseAround(t, c, cues: s.cues, first: claimed == 0) {
                parts = [before, after].compactMap { $0 }
            } else {
                parts = c.inverted ? [] : (complement(t, after: c.verb, cues: s.cues, participle: false) ?? labelledObject(t, c) ?? labelAfterAs(t, c, cues: s.cues)).map { [$0] } ?? []
            }
            guard let first = parts.first, let last = parts.last, first.lowerBound >= claimed else { continue }
            if leadsToLaterSpeaker(t, c, before: first.lowerBound, cues: s.cues) { continue }
            emitStatement(t, parts, speaker: c.speaker, deniedClaim: lexicon.denialVerbs.contains(t[c.verb].key) && lexicon.claimNouns.contains(t[first.lowerBound].key))
            claimed = last.upperBound
            // `according to Gibson, Major said he saw the sign`: the source's clause reports a
            // speaker of its own, whose words are read too.
            if t[c.verb].key == lexicon.according, s.cues.contains(where: { !$0.inverted && $0.span.lowerBound == first.lowerBound }) {
                claimed = first.lowerBound
            }
            covered = true
        }
        // `“...,” he said, adding that ...`: a participle whose subject is the speaker of the cue before it.
        for k in claimed..<t.count where isParticipleCue(t, k) && !s.cues.contains(where: { $0.verb == k }) {
            guard let speaker = s.cues.last(where: { $0.verb < k })?.speaker,
                  let span = complement(t, after: k, cues: s.cues, participle: true) else { continue }
            emitStatement(t, [span], speaker: speaker)
            covered = true
            break
        }
    }

    /// `A judge ruled after Mueller said that ...`: a clause of time or reason whose own subject
    /// speaks stands between the cue and the statement, which is that speaker's, not the cue's.
    private func leadsToLaterSpeaker(_ t: [ProseToken], _ c: Cue, before start: Int, cues: [Cue]) -> Bool {
        guard !c.inverted, !c.participle, t[c.verb].key != lexicon.according else { return false }
        return cues.contains { d in
            let s = d.span.lowerBound
            return d.verb > c.verb && d.verb < start && !d.inverted && !d.participle && s > c.verb + 1
                && t[s - 1].isWord && t[s - 1].isLowercase && Self.clauseOpeners.contains(t[s - 1].key) && t[s - 1].key != Self.at
                && (d.mention.form == .person || d.mention.form == .organisation || d.mention.form == .pronoun)
        }
    }

    /// Records the statement; what it quotes verbatim is part of it, not a quotation of its own,
    /// when that is a word or three (`said he was “gobsmacked”`) or less than half the statement
    /// (`said operations would go on but “would stop at the first sign of high tides”`). Words
    /// that make up most of the statement are the speaker's own and stand as their quotation too.
    private mutating func emitStatement(_ t: [ProseToken], _ parts: [Range<Int>], speaker: Int?, deniedClaim: Bool = false) {
        let segments = parts.map { t[$0.lowerBound].start..<end(of: t, $0) }
        let span = segments[0].lowerBound..<segments[segments.count - 1].upperBound
        let text = self.text
        found.removeAll {
            ($0.kind == .partial || $0.kind == .direct) && span.contains($0.inner.lowerBound) && $0.inner.upperBound <= span.upperBound
                && (2 * $0.inner.count < span.count || ProseScalar.wordCount(text, $0.inner) <= 3)
        }
        if let speaker { speakers.note(speaker) }
        found.append(FoundQuote(inner: span, kind: .indirect, segments: segments, speaker: speaker, deniedClaim: deniedClaim))
    }

    // MARK: the clause before the cue

    /// `CLAUSE, officials said.`, `CLAUSE, said the minister on Friday.`, and the cue set inside
    /// the statement, `A, he says, B`: nil when the cue does not close a clause.
    private func clauseAround(_ t: [ProseToken], _ c: Cue, cues: [Cue], first: Bool) -> (Range<Int>?, Range<Int>?)? {
        // `..., asks the editor`: what comes before is a question
        guard first, lexicon.clauseFinalVerbs.contains(t[c.verb].key), !lexicon.questionVerbs.contains(t[c.verb].key) else { return nil }
        let cueStart = c.inverted ? c.verb : c.span.lowerBound
        guard cueStart >= 2 else { return nil }
        // `In fact, railways used unions “to keep them in their place,” Foster says.`: the reporter's
        // words run into the speaker's, whose comma closes the clause inside the marks.
        let quoted = closesOnQuotedComma(t, cueStart - 1)
        guard quoted || t[cueStart - 1].isComma else { return nil }
        var k = c.inverted ? c.mention.tokens.upperBound : c.verb + 1
        if !c.inverted, t[c.verb].key == lexicon.told || t[c.verb].key == lexicon.tells { k = pastAddressee(t, k) }
        guard endsClause(t, from: k) || (c.inverted && describesSpeaker(t, from: k)) else { return nil }
        var after: Range<Int>?
        if k < t.count, t[k].isComma, k + 1 < t.count, t[k + 1].isWord, !isParticipleCue(t, k + 1),
           !ArticleReader.relativePronouns.contains(t[k + 1].key), !cues.contains(where: { $0.span.lowerBound > k }) {
            after = statement(t, (k + 1)..<t.count, minimum: 2)
        }
        // `(those are “good,” he announced on Twitter)`: a cue inside brackets reads from the bracket
        var from = 0
        if let open = (0..<cueStart).last(where: { t[$0].isPunctuation("(") }), !t[open..<cueStart].contains(where: { $0.isPunctuation(")") }) {
            from = open + 1
        }
        let end = quoted ? cueStart : cueStart - 1
        // `Gates writes that “...,” the Post reports`: the outlet relays the one the clause names.
        let relayed = ArticleReader.reportVerbs.contains(t[c.verb].key) && !personalCues(cues, in: from..<end, besides: c).isEmpty
        let before = relayed || isFrame(t, from..<end) ? nil : statement(t, from..<end, minimum: after == nil ? 3 : 1)
        return before == nil && after == nil ? nil : (before, after)
    }

    /// `Asked about the plan, ...`, `Discussing his efforts to cope, ...`, `As the phone rang, ...`:
    /// a phrase that says what prompted the words or when, not what was said. Not `Raising taxes
    /// would hurt families`, a clause with its verb.
    private func isFrame(_ t: [ProseToken], _ r: Range<Int>) -> Bool {
        guard r.count > 1, t[r.lowerBound].isWord, t[r.lowerBound].isCapitalized else { return false }
        let w = t[r.lowerBound]
        if ArticleReader.promptParticiples.contains(w.key) { return true }
        // `On Thursday, when asked what came of the meeting, Tillerson said`
        if r.contains(where: { i in i + 1 < r.upperBound && (i == r.lowerBound || t[i - 1].isComma) && t[i].isWord
                               && ArticleReader.clauseOpeners.contains(t[i].key) && ArticleReader.promptParticiples.contains(t[i + 1].key) }) { return true }
        // `As a phone rang, the announcer said`: a clause that only says when, without its main clause
        if ArticleReader.clauseOpeners.contains(w.key), w.key != ArticleReader.at, !t[r].contains(where: { $0.isComma }) { return true }
        return cueFinder.isParticiple(text, w) && !t[(r.lowerBound + 1)..<r.upperBound].contains { $0.isLowercase && (isTenseWord($0) || ArticleReader.irregularPast.contains($0.key)) }
    }

    /// A quotation at `k` that the sentence's own words lead into and that closes on a comma inside
    /// its marks (`used unions “to keep them in their place,”`).
    private func closesOnQuotedComma(_ t: [ProseToken], _ k: Int) -> Bool {
        guard k >= 1, t[k].kind == .quote, t[k - 1].isWord else { return false }
        let q = marked[t[k].quote]
        return q.segments.count == 1 && (q.inner.upperBound..<q.outer.upperBound).contains { text[$0] == "," }
    }

    /// Whether nothing but a time, place or channel follows the cue (`during his briefing`), up to
    /// the sentence's end or a comma.
    func endsClause(_ t: [ProseToken], from k: Int) -> Bool {
        guard k < t.count else { return true }
        if t[k].isComma || (t[k].kind == .punctuation && !t[k].isPunctuation(":")) { return true }
        guard t[k].isWord, !t[k...].contains(where: { $0.kind == .quote }) else { return false }
        // `said Saturday`, `said during a briefing`; not `said Smith`
        return lexicon.verbAdjuncts.contains(t[k].key) || (ArticleReader.adjunctStarters.contains(t[k].key) && !t[k].isCapitalized)
    }

    /// `said Jane Doe, CEO and founder of the firm.`: the rest of the sentence, after an inverted
    /// cue's name, only describes the speaker (no verb, no quotation).
    private func describesSpeaker(_ t: [ProseToken], from k: Int) -> Bool {
        guard k > 0, k < t.count, t.count - k <= 12, t[k - 1].isWord else { return false }
        return t[k...].allSatisfy { w in
            w.kind == .punctuation ? !w.isPunctuation(":") : w.isWord && !(w.isLowercase && (isTenseWord(w) || endsInEd(w)
                || lexicon.speechVerbs.contains(w.key) || ArticleReader.relativePronouns.contains(w.key)))
        }
    }

    // MARK: the clause after the verb

    /// `said [that] CLAUSE`, `told CNN on Friday that CLAUSE`, `said in a statement that CLAUSE`,
    /// `, adding CLAUSE`.
    private func complement(_ t: [ProseToken], after verb: Int, cues: [Cue], participle: Bool) -> Range<Int>? {
        let n = t.count
        // `Pence: Flowers Won't Be at Debate`: a headline's claim after the name and colon
        if t[verb].isPunctuation(":") { return statement(t, (verb + 1)..<clauseEnd(t, from: verb + 1, verb: verb, cues: cues)) }
        let key = t[verb].key
        // `denied claims that Kyiv had attempted ...`: what the denial is about, the claim with its noun,
        // so that it reads as what was denied
        if lexicon.denialVerbs.contains(key), verb + 2 < n, t[verb + 1].isLowercase, lexicon.claimNouns.contains(t[verb + 1].key),
           t[verb + 2].isWord, t[verb + 2].key == lexicon.that, finiteVerb(t, from: verb + 3) {
            return statement(t, (verb + 1)..<clauseEnd(t, from: verb + 3, verb: verb, cues: cues))
        }
        if let call = callToAct(t, after: verb, cues: cues) { return call }
        if let that = lexicon.speechAct(t, after: verb) {
            // not `made arguments that were similar to ...`, a relative clause about the noun
            guard finiteVerb(t, from: that + 1), !followsAsRelative(t, that) else { return nil }
            return statement(t, (that + 1)..<clauseEnd(t, from: that + 1, verb: verb, cues: cues))
        }
        guard !lexicon.characterisationVerbs.contains(key), !lexicon.questionVerbs.contains(key) else { return nil }
        var k = verb + 1
        if key == lexicon.told || key == lexicon.tells || key == lexicon.telling || lexicon.addressingVerbs.contains(key) {
            k = pastAddressee(t, k)
            // `told Times reporter David Samuels that`, `warned fellow senators that`
            // not `told reporters after the meeting that was held on a boat`: a relative `that`
            if let that = (k..<min(n, k + 8)).first(where: { t[$0].isWord && t[$0].key == lexicon.that }),
               !t[k..<that].contains(where: { $0.kind != .word }) {
                guard !followsAsRelative(t, that) else { return nil }
                k = that
            } else if let that = relativeBeforeThat(t, from: k) {
                // `told more than 50 donors, who gathered at a hotel, that`
                k = that
            } else if k > verb + 1, k + 1 < n, t[k].isWord, t[k].key == lexicon.to, t[k + 1].isLowercase {
                // `told workers to install the public versions`: an instruction, with whom it went to
                return statement(t, (verb + 1)..<clauseEnd(t, from: k, verb: verb, cues: cues))
            }
        }
        if k < n, t[k].isWord, t[k].key == lexicon.out { k += 1 }  // `pointed out that`
        // `complained bitterly that`: an adverb of manner before `that`
        if k + 1 < n, t[k].isLowercase, t[k + 1].isWord, t[k + 1].key == lexicon.that, t[k].end - t[k].start >= 4,
           text[t[k].end - 1] == "y", text[t[k].end - 2] == "l" { k += 1 }
        // `noted several times that`
        if k + 2 < n, t[k].isLowercase, ArticleReader.quantifiers.contains(t[k].key), t[k + 1].isWord, t[k + 1].key == ArticleReader.times,
           t[k + 2].isWord, t[k + 2].key == lexicon.that { k += 2 }
        // A preposition here opens a phrase of where it was said (`said in a statement that`), read below.
        k = pastTimeWords(t, from: k, prepositions: false)
        // `said Friday night`, `said last week`, `told them this weekend`
        while k < n, t[k].isWord, ArticleReader.timeNouns.contains(t[k].key)
                || (ArticleReader.timeDeterminers.contains(t[k].key) && k + 1 < n && ArticleReader.timeNouns.contains(t[k + 1].key)) { k += 1 }
        // `insisted, in an interview with the Times, that`, `cautioned, as did the campaign, that`:
        // an aside between commas before `that`; not a list a noun opens (`states, including Delaware, that`)
        if k + 1 < n, t[k].isComma, !ArticleReader.listAsides.contains(t[k + 1].key), let close = ((k + 1)..<min(n, k + 16)).first(where: { !t[$0].isWord }), close > k + 1, t[close].isComma,
           close + 2 < n, t[close + 1].isWord, t[close + 1].key == lexicon.that, finiteVerb(t, from: close + 2) { k = close + 1 }
        // `said often, paramedics ...`: the adverb's comma
        if k > verb + 1, k + 1 < n, t[k].isComma, t[k - 1].isWord, lexicon.verbAdjuncts.contains(t[k - 1].key) { k += 1 }
        guard k < n else { return nil }
        var start: Int
        var bare = false
        if t[k].isWord && t[k].key == lexicon.that && (t[k].shape.contains(.possessive) || (k + 1 < n && t[k + 1].isLowercase && ArticleReader.singularBe.contains(t[k + 1].key))) {
            // `said that isn't the preferred choice`, `said that's not true`: `that` is the subject
            start = k
        } else if t[k].isWord && t[k].key == lexicon.that {
            // `announced that decision during his visit`: a determiner, not a clause
            guard finiteVerb(t, from: k + 1) else { return nil }
            start = k + 1
        } else if t[k].isPunctuation(":") {
            start = k + 1
        } else if lexicon.bareClauseVerbs.contains(key), opensWithRoughNumber(t, k) {
            // `said about 20 people have`
            start = k
            bare = true
        } else if t[k].isWord, ArticleReader.adjunctStarters.contains(t[k].key), !t[k].isCapitalized,
                  t[k].key != ArticleReader.this || (k + 1 < n && ArticleReader.timeNouns.contains(t[k + 1].key)) {
            // `said in a statement on Friday that ...`
            if let that = (k..<min(n, k + 14)).first(where: { t[$0].isWord && t[$0].key == lexicon.that }),
               !t[k..<that].contains(where: { $0.isComma || $0.kind == .quote }) {
                // `said at a rally with a crowd that numbered ...`: a relative clause, no statement
                guard !followsAsRelative(t, that) else { return nil }
                start = that + 1
            } else if lexicon.bareClauseVerbs.contains(key), !lexicon.weakClauseVerbs.contains(key) || t[k].key != lexicon.by,
                      let p = subjectAfterAdjunct(t, from: k) {
                // `said in his New Year's speech he was ready to meet`; not `measures announced by
                // the Kremlin, he said`, a participle's agent
                start = p
            } else if lexicon.bareClauseVerbs.contains(key), !lexicon.weakClauseVerbs.contains(key), ArticleReader.clauseOpeners.contains(t[k].key),
                      !(k + 1 < n && (cueFinder.isParticiple(text, t[k + 1]) || ArticleReader.promptParticiples.contains(t[k + 1].key))) {
                // `said when Trudeau and other Liberals dismiss ..., he is insulting ...`; not
                // `told the House before slamming ...`, nor `“...,” she said when she resigned`,
                // where the quotation before is what was said and the clause says when
                guard finiteVerb(t, from: k + 1), !attributesQuotation(t, verb: verb, cues: cues) else { return nil }
                start = k
            } else {
                return nil
            }
        } else {
            guard lexicon.bareClauseVerbs.contains(key) || (participle && key == lexicon.saying) else { return nil }
            start = k
            bare = true
        }
        // not a quotation alone (`said that “...”`), but quoted words with their verb after them
        guard start < n, t[start].kind != .quote || (start + 1 < n && t[start + 1].isLowercase && isVerbForm(t[start + 1])) else { return nil }
        if bare && !opensClause(t, start, strict: lexicon.weakClauseVerbs.contains(key)) { return nil }
        // `as dire as Republicans say it is, but ...`: a comparison, whose clause says nothing
        if start + 2 <= n, t[start].isWord, lexicon.pronouns.contains(t[start].key), t[start + 1].isWord,
           CueFinder.passiveAuxiliaries.contains(t[start + 1].key), start + 2 == n || t[start + 2].kind == .punctuation { return nil }
        return statement(t, start..<clauseEnd(t, from: start, verb: verb, cues: cues))
    }

    /// Whether the cue of the verb at `verb` stands right after a quotation (`“...,” Earnest said`).
    private func attributesQuotation(_ t: [ProseToken], verb: Int, cues: [Cue]) -> Bool {
        guard let c = cues.first(where: { $0.verb == verb }) else { return false }
        var k = (c.inverted ? c.verb : c.span.lowerBound) - 1
        if k >= 0, t[k].isComma { k -= 1 }
        return k >= 0 && t[k].kind == .quote
    }

    /// Where a subject and its verb follow a phrase of where or how it was said (`in a statement
    /// he was`, `at a news conference the minister would`), within a few words and no comma.
    private func subjectAfterAdjunct(_ t: [ProseToken], from k: Int) -> Int? {
        guard ArticleReader.prepositions.contains(t[k].key) else { return nil }
        var j = k + 2
        while j < min(t.count, k + 9), t[j].isWord || (t[j].isComma && j + 1 < t.count && t[j + 1].isWord) {
            // `admits in this instance, there were fatalities`: the phrase may close on a comma
            if t[j].isComma { j += 1 }
            if t[j].isLowercase, ArticleReader.subjectOfClause.contains(t[j].key), !lexicon.determiners.contains(t[j - 1].key),
               !ArticleReader.prepositions.contains(t[j - 1].key), opensClause(t, j, strict: false) { return j }
            // `said by text message the weather had been fine`: a subject with its article
            if t[j].isLowercase, ArticleReader.articles.contains(t[j].key), t[j - 1].isWord, !lexicon.determiners.contains(t[j - 1].key),
               !ArticleReader.prepositions.contains(t[j - 1].key), opensClause(t, j, strict: true) { return j }
            if t[j - 1].isComma { return nil }
            j += 1
        }
        return nil
    }

    /// `told reporters`, `told CNN`, `told the Globe and Mail`: whom they told.
    func pastAddressee(_ t: [ProseToken], _ from: Int) -> Int {
        var k = from
        // an article only opens the addressee (`told the Globe`, not `told CNN the plan ...`)
        while k < t.count, t[k].isWord, t[k].isCapitalized || lexicon.addressees.contains(t[k].key) || (ArticleReader.articles.contains(t[k].key) && k == from)
                || (k > from && t[k].key == lexicon.and && k + 1 < t.count && t[k + 1].isCapitalized)
                // `BBC Radio 4's Today programme`
                || (k > from && ProseScalar.isDigit(text[t[k].start]) && t[k - 1].isCapitalized),
              !lexicon.pronouns.contains(t[k].key) {
            if k > from, t[k].key == lexicon.that { break }
            k += 1
        }
        return k
    }

    /// `donors, who gathered at a hotel, that`: whom they told described between commas before `that`.
    private func relativeBeforeThat(_ t: [ProseToken], from k: Int) -> Int? {
        guard let open = (k..<min(t.count, k + 8)).first(where: { t[$0].isComma }), t[k..<open].allSatisfy(\.isWord),
              open + 1 < t.count, t[open + 1].isWord, t[open + 1].key == lexicon.who || t[open + 1].key == lexicon.which,
              let close = ((open + 2)..<min(t.count, open + 16)).first(where: { t[$0].isComma }), close + 2 < t.count,
              t[(open + 2)..<close].allSatisfy(\.isWord), t[close + 1].isWord, t[close + 1].key == lexicon.that,
              finiteVerb(t, from: close + 2) else { return nil }
        return close + 1
    }

    /// `, adding`, `, saying`, `, noting`: a participle of saying after a comma.
    func isParticipleCue(_ t: [ProseToken], _ k: Int) -> Bool {
        k > 0 && t[k - 1].isComma && t[k].isLowercase && lexicon.speechVerbs.contains(t[k].key) && cueFinder.isParticiple(text, t[k])
    }

    /// The tokens of `r` as a statement: trimmed of punctuation and joining words at its ends, long
    /// enough to say something, not a question, not only a quotation already given, and not the
    /// scene-setting phrase of a cue (`In a statement`).
    func statement(_ t: [ProseToken], _ r: Range<Int>, minimum: Int = 3) -> Range<Int>? {
        // `WASHINGTON (AP) — Officials said ...`: the dateline is the outlet's, not the statement's
        var lo = r.lowerBound == 0 ? cueFinder.dateline(t) : r.lowerBound, hi = r.upperBound
        while lo < hi, t[lo].kind == .punctuation { lo += 1 }
        while hi > lo, t[hi - 1].kind == .punctuation || (t[hi - 1].isWord && ArticleReader.conjunctions.contains(t[hi - 1].key))
                || (hi - 2 > lo && t[hi - 1].isWord && ArticleReader.sequenceAdverbs.contains(t[hi - 1].key) && ArticleReader.conjunctions.contains(t[hi - 2].key)) {
            if t[hi - 1].isPunctuation("?") { return nil }
            hi -= 1
        }
        guard hi > lo else { return nil }
        let words = wordCount(t, lo..<hi)
        let quoted = t[lo..<hi].contains { $0.kind == .quote }
        guard words >= minimum || (quoted && words >= 2) else { return nil }
        // `In an interview, he ...` is a frame; `But it's not enough, she said` and `Still, the
        // plan is sound, says ...` are what was said, after a word that ties them to what came
        // before (the reporter's, left out): a clause with its verb, standing alone (in `But in
        // this case, she added, "..."` the words go on after the cue).
        if ArticleReader.introductions.contains(t[lo].key), t[lo].isWord, words < 6 {
            // Not `the bottom line is`, `when they were young`: a clause that needs more.
            let rest = t[(lo + 1)..<hi].filter(\.isWord)
            guard t[lo].isCapitalized, ArticleReader.connectives.contains(t[lo].key), minimum >= 3, words - 1 >= minimum,
                  rest.contains(where: { $0.isLowercase && isTenseWord($0) }), let first = rest.first, let last = rest.last,
                  !ArticleReader.subordinators.contains(first.key), !isTenseWord(last) else { return nil }
            lo += 1
            while lo < hi, t[lo].kind == .punctuation { lo += 1 }
        }
        // an embedded post's address and byline (`https://t.co/... — This Week (@ThisWeekABC)`)
        if t[lo].isWord, ArticleReader.linkSchemes.contains(t[lo].key) { return nil }
        return lo..<hi
    }

    /// Words that open an adverbial clause before the reported clause's subject.
    static let clauseOpeners = WordKey.set("when while if although though because since after before once until unless at as whenever")
    static let subordinators = WordKey.set("as with while although though if because when since after before even despite unless whereas once")
    static let this = WordKey("this")
    static let connectives = WordKey.set("still yet also however but and meanwhile")
    static let linkSchemes = WordKey.set("http https pic www")
    static let at = WordKey("at")
    /// `, as did the army`: the reporter's aside that others did the same.
    static let asideVerbs = WordKey.set("did does do has had have is was were are well part")
    static let whWords = WordKey.set("where what when why how whether which who whom whose")
    /// Verbs of a relative clause that describes what it follows (`, which was the latest`).
    static let describingVerbs = WordKey.set("was is were are")
    static let what = WordKey("what")
    static let times = WordKey("times")
    static let listAsides = WordKey.set("including such like")
    static let prepositions = WordKey.set("in on at during to for from with by via")
    static let singularBe = WordKey.set("is was isn't wasn't")
    static let turningWords = WordKey.set("and but with while whereas")
    static let yet = WordKey("yet")
    static let all = WordKey("all")
    static let then = WordKey("then")
    static let later = WordKey("later")
    static let perfectAuxiliaries = WordKey.set("has hasn't have haven't")
    static let timeNouns = WordKey.set("morning afternoon evening night week weekend month year")
    static let timeDeterminers = WordKey.set("last this next")
    static let detailVerbs = WordKey.set("specify specified elaborate elaborated detail detailed provide provided offer offered give given gave disclose disclosed")
    /// What a speaker did besides speaking, in the reporter's words.
    static let narrationVerbs = WordKey.set("declined refused made offered gave did went stopped left walked repeated")
    /// Past verbs that, after `and`, go on with what the speaker did rather than what they said.
    static let secondPredicates = WordKey.set("""
        added vowed pledged promised urged insisted warned noted stressed said argued explained acknowledged conceded \
        cautioned predicted reiterated emphasized emphasised suggested
        """)
    static let promptParticiples = WordKey.set("asked pressed questioned challenged prompted quizzed")
    static let concessions = WordKey.set("although though but while")
    static let negations = WordKey.set("not never yet hasn't haven't didn't doesn't don't wouldn't won't")
}

