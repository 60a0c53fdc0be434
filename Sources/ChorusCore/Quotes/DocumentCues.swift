/// Documents that speak (`the letter reads`, `her statement said`): the words are the document's
/// owner's when the sentence names one, else the document's own, never a person named nearby.
extension CueFinder {
    static let possessivePronouns: [WordKey: WordKey] = [
        WordKey("his"): WordKey("he"), WordKey("her"): WordKey("she"), WordKey("their"): WordKey("they"), WordKey("its"): WordKey("it"),
    ]
    static let documentDeterminers = WordKey.set("the a an this that")
    /// What someone puts out that says something, but never speaks in a report of its own (`the
    /// tweets said` is rare; `tweeted` is the verb): only its issuer is read as speaking.
    static let messages = WordKey.set("tweet tweets video message messages post posts")
    static let documentVerbs = WordKey.set("""
        say says said read reads state states stated note notes noted add adds added write writes wrote \
        find finds found show shows showed conclude concludes concluded suggest suggests suggested estimate estimates estimated \
        predict predicts predicted argue argues argued claim claims claimed allege alleges alleged warn warns warned
        """)
    static let reads = WordKey.set("read reads")

    /// The source of a document that is the subject of the speech verb at `v`: its owner (`her
    /// statement`, `Trump's letter`), or the document itself (`the letter`).
    func documentSource(_ text: [Unicode.Scalar], _ t: [ProseToken], verb v: Int) -> Mention? {
        var d = v - 1
        while d >= 0, t[d].isWord, t[d].isLowercase, lexicon.verbAdjuncts.contains(t[d].key) { d -= 1 }
        guard d >= 1, t[d].isWord, t[d].isLowercase, lexicon.documents.contains(t[d].key) else { return nil }
        // one modifier: `her written statement`, `the joint letter`
        var k = d - 1
        if k >= 1, t[k].isWord, t[k].isLowercase, CueFinder.possessivePronouns[t[k].key] == nil,
           !CueFinder.documentDeterminers.contains(t[k].key) { k -= 1 }
        let w = t[k]
        guard w.isWord else { return nil }
        if w.isLowercase, let pronoun = CueFinder.possessivePronouns[w.key] {
            var m = parser.pronoun(text, t, k)
            m.pronoun = pronoun
            m.gender = pronoun == lexicon.he ? .male : pronoun == lexicon.she ? .female : .unknown
            m.plural = pronoun == lexicon.they
            m.tokens = k..<v
            return m
        }
        if w.isCapitalized, w.shape.contains(.possessive) {
            // `Jody Ramsay's statement`: the name up to the possessive ending.
            var first = k
            while first > 0, parser.isNameWord(t[first - 1]) { first -= 1 }
            var end = w.end
            if end - w.start > 2, text[end - 1] == "s", ProseScalar.isApostrophe(text[end - 2]) {
                end -= 2
            } else if end - w.start > 1, ProseScalar.isApostrophe(text[end - 1]) {
                end -= 1
            }
            let name = ProseScalar.string(text, t[first].start..<end)
            let body = lexicon.organisationHeads.contains(w.key) || (first..<k).contains { lexicon.organisationHeads.contains(t[$0].key) }
            var m = Mention(form: body ? .organisation : .person, tokens: first..<v, name: name, nameKeys: t[first...k].map(\.key))
            m.keyWord = body ? nil : t[k].start..<end
            return m
        }
        // `The suit says`, `a survey found`, `the report concluded`: a document nobody is said to
        // have issued is the source of what it says or finds.
        guard w.isLowercase || k == 0, CueFinder.documentDeterminers.contains(w.key), CueFinder.documentVerbs.contains(t[v].key) else { return nil }
        var m = parser.role(text, t, d..<(d + 1), plural: false, consumed: k..<v)
        m.roleHead = t[d].key
        m.speakingDocument = true
        return m
    }

    /// `A statement Wednesday by Boehner's leadership team said`, `a letter from the Department of
    /// Justice said`: a subject that is a document with its issuer named after `by` or `from`
    /// stands for the issuer, whose words they are.
    func documentIssuer(_ text: [Unicode.Scalar], _ t: [ProseToken], subject m: Mention) -> Mention? {
        let span = m.tokens
        guard let d = span.prefix(3).first(where: { t[$0].isWord && t[$0].isLowercase && lexicon.documents.contains(t[$0].key) }),
              let by = ((d + 1)..<min(span.upperBound, d + 3)).first(where: { t[$0].isWord && t[$0].isLowercase && CueFinder.issuedBy.contains(t[$0].key) }),
              (d + 1..<by).allSatisfy({ t[$0].isCapitalized }), by + 1 < span.upperBound else { return nil }
        let starts = t[by + 1].key == lexicon.the ? [by + 1, by + 2] : [by + 1]
        for start in starts {
            // A named office (`the Department of Justice`) reads as a role with capitals.
            guard var issuer = parser.phrase(text, t, startingAt: start, upper: span.upperBound), issuer.tokens.upperBound == span.upperBound,
                  issuer.form == .person || issuer.form == .organisation || (issuer.form == .role && t[issuer.tokens.lowerBound].isCapitalized)
            else { continue }
            issuer.tokens = span
            return issuer
        }
        return nil
    }

    static let issuedBy = WordKey.set("by from")
}
