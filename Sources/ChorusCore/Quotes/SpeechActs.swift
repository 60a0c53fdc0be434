/// A speech act told by its noun: `added the weighty caveat that the range assumes ...`, `made the
/// argument that the cut would pay for itself`, `issued a warning that the storm could ...`,
/// `expressed concern that the rules would hurt farms`. The clause after `that` is what the
/// subject said, in the reporter's words. Not what someone is said to deny or reject (`rejected
/// the suggestion that`: the words are someone else's), nor `gave hope that` (no one said it).
extension QuoteLexicon {
    /// Verbs that report speech through a noun of speech as their object. Those that are not
    /// speech verbs of their own (`made`, `issued`) are cues only with such an object.
    static let speechActVerbWords = """
        make makes made making raise raises raised raising voice voices voiced voicing \
        issue issues issued issuing repeat repeats repeated repeating echo echoes echoed echoing \
        renew renews renewed renewing offer offers offered offering \
        add adds added adding express expresses expressed expressing reiterate reiterates reiterated reiterating
        """

    /// Nouns of speech whose content a `that` clause gives; `hope`, `point` and `case` only as
    /// what someone voiced or made (`made the case that`, `expressed hope that`).
    static let speechActNounWords = """
        claim claims warning warnings caveat assurance assurances argument arguments allegation allegations \
        accusation accusations prediction predictions promise pledge vow assertion assertions reminder \
        admission insistence concern concerns fear fears belief view point case hope hopes
        """

    /// The index of the `that` after a noun of speech that the verb at `verb` takes as its object:
    /// an optional determiner, up to two words in small letters, the noun, `that`.
    func speechAct(_ t: [ProseToken], after verb: Int) -> Int? {
        let n = t.count
        guard speechActVerbs.contains(t[verb].key) else { return nil }
        var k = verb + 1
        if k < n, t[k].isWord, determiners.contains(t[k].key) { k += 1 }
        var noun: Int?
        // (a sentence may end on the verb or its determiner)
        for j in k..<max(k, min(n - 1, k + 3)) {
            guard t[j].isWord, t[j].isLowercase else { return nil }
            if speechActNouns.contains(t[j].key), t[j + 1].isWord, t[j + 1].key == that {
                noun = j
                break
            }
            // a modifier (`weighty`, `renewed`), never a verb of tense or a small word (`in`, `it`)
            if presentTense.contains(t[j].key) || pastTense.contains(t[j].key) || capitalisedFunctionWords.contains(t[j].key) { return nil }
        }
        guard let noun else { return nil }
        let key = t[noun].key
        if key == Self.point || key == Self.caseNoun {
            guard Self.making.contains(t[verb].key) else { return nil }
        } else if key == Self.hope || key == Self.hopes {
            guard Self.voicing.contains(t[verb].key) else { return nil }
        }
        return noun + 1
    }

    private static let point = WordKey("point")
    private static let caseNoun = WordKey("case")
    private static let hope = WordKey("hope")
    private static let hopes = WordKey("hopes")
    private static let making = WordKey.set("make makes made making")
    private static let voicing = WordKey.set("voice voices voiced voicing express expresses expressed expressing")
}

extension CueFinder {
    /// The cue of a verb that speaks through its noun (`issued a warning that`): its subject, or
    /// after a comma the one who spoke last or the sentence's subject (`..., making the point
    /// that`). Someone who can speak: a thing does not make claims (`The attack raised fears
    /// that` is no one's words), nor is the speaker's own `I` or `we` the reporter's cue.
    func speechActCue(_ text: [Unicode.Scalar], _ t: [ProseToken], verb v: Int, after last: Cue?) -> Cue? {
        let w = t[v]
        // `tried on Tuesday to make the case that`: the sentence's subject, unless someone else
        // was asked to (`urged him to make the case`) or it is yet to be said (`plans to make the
        // case`, `will make it harder for her to make the case`)
        if v >= 2, t[v - 1].isWord, t[v - 1].key == lexicon.to {
            guard !t[max(0, v - 5)..<(v - 1)].contains(where: { $0.isWord && (CueFinder.objectPronouns.contains($0.key) || CueFinder.askingVerbs.contains($0.key)
                                                                                || CueFinder.unsaidYet.contains($0.key)) }),
                  let trying = (max(0, v - 5)..<(v - 1)).last(where: { t[$0].isWord && t[$0].isLowercase && CueFinder.tryingVerbs.contains(t[$0].key) }),
                  let m = parser.subject(text, t, verb: trying, lower: 0), canSpeak(m) else { return nil }
            return Cue(verb: v, mention: m, span: v..<(v + 1), inverted: true, participle: true)
        }
        if isParticiple(text, w), v > 0, t[v - 1].isComma { return participleCue(text, t, verb: v, after: last, subjectSpeaks: canSpeak) }
        // `claims were made that`: no one is said to have made them
        if v > 0, t[v - 1].isWord, CueFinder.passiveAuxiliaries.contains(t[v - 1].key) { return nil }
        guard let subject = parser.subject(text, t, verb: v, lower: 0) else { return nil }
        let m = parser.withShare(text, t, subject)
        guard canSpeak(m) else { return nil }
        return Cue(verb: v, mention: m, span: m.tokens.lowerBound..<(v + 1), inverted: false)
    }

    /// Verbs that ask someone else to do what follows (`asked her to`).
    static let askingVerbs = WordKey.set("""
        ask asks asked urge urges urged tell tells told invite invites invited encourage encourages encouraged \
        persuade persuaded press pressed challenge challenged force forced allow allowed
        """)

    /// Verbs of trying whose subject is the one who speaks (`has tried to make the case`).
    static let tryingVerbs = WordKey.set("try tries tried trying seek seeks sought seeking attempt attempts attempted attempting")

    /// Words that put what follows in the future or in doubt (`hopes to`, `would be able to`).
    static let unsaidYet = WordKey.set("""
        plan plans planned planning hope hopes hoped hoping intend intends intended want wants wanted \
        will would could might may should position harder easier able unable likely expected
        """)

    private func canSpeak(_ m: Mention) -> Bool {
        switch m.form {
        case .person, .organisation:
            return true
        case .pronoun:
            return m.pronoun != lexicon.i && m.pronoun != lexicon.we && m.pronoun != lexicon.you && m.pronoun != lexicon.it
        case .role:
            guard let head = m.roleHead else { return false }
            return lexicon.roles.contains(head) || lexicon.organisationHeads.contains(head) || lexicon.unnamedPeople.contains(head)
        }
    }
}
