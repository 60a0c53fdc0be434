/// Whether words open a clause of their own, a subject with its finite verb (`the plan would
/// fail`, `she plans`), rather than an object (`announced the plan`): the test that tells reported
/// speech from a verb's plain object.
extension ArticleReader {
    /// `that` with a verb right after it: a relative pronoun, not the opening of a statement.
    func followsAsRelative(_ t: [ProseToken], _ k: Int) -> Bool {
        guard k + 1 < t.count, t[k + 1].isLowercase else { return false }
        return isTenseWord(t[k + 1]) || endsInEd(t[k + 1])
    }

    /// A subject and its verb right after a comma: `, they extol`, `, Massachusetts offers`.
    func opensMainClause(_ t: [ProseToken], _ k: Int) -> Bool {
        guard t[k].isWord, lexicon.pronouns.contains(t[k].key) || lexicon.determiners.contains(t[k].key) || t[k].isCapitalized else { return false }
        // after a pronoun subject, the first word in small letters is its verb
        if lexicon.pronouns.contains(t[k].key), k + 1 < t.count, t[k + 1].isLowercase { return true }
        var j = k + 1
        while j < min(t.count, k + 5), t[j].isWord {
            let w = t[j]
            if w.isLowercase, isTenseWord(w) || endsInEd(w) || (w.end - w.start >= 4 && text[w.end - 1] == "s") { return true }
            j += 1
        }
        return false
    }

    func opensOwnClause(_ t: [ProseToken], _ k: Int) -> Bool {
        guard k > 0 else { return true }
        if t[k - 1].kind == .punctuation || t[k - 1].kind == .quote { return true }
        if t[k - 1].isWord && t[k - 1].key == CueFinder.but { return true }
        // `..., but then the president said`
        if k > 1, t[k - 1].isWord, ArticleReader.sequenceAdverbs.contains(t[k - 1].key), t[k - 2].isWord,
           t[k - 2].key == CueFinder.but || t[k - 2].key == lexicon.and { return true }
        return k > 1 && t[k - 1].isWord && ArticleReader.conjunctions.contains(t[k - 1].key) && t[k - 2].isComma
    }

    /// Whether a bare complement opens a clause of its own (`he would not`, `the plan is`) rather
    /// than an object (`announced the plan`, `urged voters to`).
    func opensClause(_ t: [ProseToken], _ k: Int, strict: Bool) -> Bool {
        let w = t[k]
        guard w.isWord else { return false }
        if ArticleReader.contractedIs.contains(w.key) || ArticleReader.contractedModal.contains(w.key)
            || lexicon.firstAndSecondPerson.contains(w.key) && lexicon.presentTense.contains(w.key) { return true }
        if ArticleReader.clauseSubjects.contains(w.key) && (w.isLowercase || k == 0 || w.key == lexicon.i) {
            // `there's`, `it's`: the verb is in the subject's contraction
            if w.shape.contains(.possessive) && ArticleReader.contractedSubjects.contains(w.key) { return true }
            // `he would`, `they never were`; not `said it before he did`
            var v = k + 1
            while v < t.count, t[v].isWord, lexicon.verbAdjuncts.contains(t[v].key) && !isTenseWord(t[v]) { v += 1 }
            // `says he “fumbled into” medicine`: the quoted words carry the verb of a pronoun that is
            // only ever a subject (not `found it “suspicious”`)
            if v < t.count, t[v].kind == .quote, ArticleReader.personalSubjects.contains(w.key) { return true }
            guard v < t.count, t[v].isLowercase, !ArticleReader.adjunctStarters.contains(t[v].key), !ArticleReader.subordinators.contains(t[v].key) else { return false }
            return presentAfterPronoun(t[v], subject: w.key) || finiteVerb(t, from: k + 1)
        }
        if opensWithRoughNumber(t, k) { return finiteVerb(t, from: k + 2, commas: 0) }
        if strict {
            // `added the plan would fail`, not `noted the rise in prices`
            guard lexicon.determiners.contains(w.key) || w.isCapitalized, !lexicon.capitalisedFunctionWords.contains(w.key) || lexicon.determiners.contains(w.key) else { return false }
            // `noted the two are very close, which ...`: the verb comes before any comma
            let verb = (k + 1..<min(t.count, k + 7)).first { t[$0].isLowercase && isTenseWord(t[$0]) }
            return verb.map { v in !t[k..<v].contains { $0.isComma } } ?? false
        }
        if w.isCapitalized && lexicon.capitalisedFunctionWords.contains(w.key) && !lexicon.determiners.contains(w.key) { return false }
        // `said further information about ... would be`, but not `said to`, `warned against`,
        // `has not said where`, `claimed responsibility for`
        if w.isLowercase && (ArticleReader.adjunctStarters.contains(w.key) || w.key == lexicon.to || w.key == lexicon.of
                             || lexicon.pronouns.contains(w.key) || ArticleReader.whWords.contains(w.key)) { return false }
        // a noun in small letters opens a subject only when its verb follows before any comma
        return finiteVerb(t, from: k + 1, commas: w.isLowercase && !lexicon.determiners.contains(w.key) && !ArticleReader.quantifiers.contains(w.key) ? 0 : 2)
    }

    /// `she plans`, `they want`: right after a personal pronoun, a word in the present tense, which
    /// no list of verbs holds all of (`opposes`, `expects`).
    func presentAfterPronoun(_ w: ProseToken, subject: WordKey) -> Bool {
        let letters = w.end - w.start
        guard w.kind == .word, letters >= 3, !lexicon.capitalisedFunctionWords.contains(w.key) else { return false }
        if ArticleReader.singularPronouns.contains(subject) {
            let last = text[w.end - 1], before = text[w.end - 2]
            return last == "s" && before != "s" && before != "u" && before != "i"
        }
        guard ArticleReader.pluralPronouns.contains(subject) else { return false }
        // `they really`, `we ourselves`: an adverb, not the verb
        return !(text[w.end - 1] == "y" && text[w.end - 2] == "l")
    }

    /// A finite verb within the next words: the subject has its predicate.
    func finiteVerb(_ t: [ProseToken], from k: Int, commas allowed: Int = 2) -> Bool {
        var j = k
        var commas = 0
        while j < min(t.count, k + 16) {
            let w = t[j]
            // `said the ruling “will hurt every family”`: the quoted words carry the verb
            // but a quoted term after a determiner (`with its “social scoring” system, is`) is read on
            if w.kind == .quote {
                // `said that “a bomb” had gone off`: quoted words as the subject, the verb after them
                if j == k { return j + 1 < t.count && t[j + 1].isLowercase && isVerbForm(t[j + 1]) }
                if !(t[j - 1].isWord && lexicon.determiners.contains(t[j - 1].key)) { return true }
            }
            if w.isComma && !separatesThousands(t, j) { commas += 1; if commas > allowed { return false } }
            if w.isLowercase {
                if isVerbForm(w) { return true }
                let e = w.end
                if e - w.start >= 3, text[e - 1] == "s", text[e - 2] != "s", text[e - 2] != "u", text[e - 2] != "i", j > k,
                   !lexicon.determiners.contains(w.key), t[j - 1].isWord, !lexicon.determiners.contains(t[j - 1].key) { return true }
            }
            j += 1
        }
        return false
    }

    /// The comma inside a number (`1,300`), which the tokens split.
    func separatesThousands(_ t: [ProseToken], _ j: Int) -> Bool {
        j > 0 && j + 1 < t.count && t[j - 1].end == t[j].start && t[j + 1].start == t[j].end
            && t[j - 1].shape.contains(.number) && t[j + 1].shape.contains(.number)
    }

    /// A word that is a verb by its form alone: one of tense, a past form, a verb of speech.
    func isVerbForm(_ w: ProseToken) -> Bool {
        isTenseWord(w) || ArticleReader.irregularPast.contains(w.key) || endsInEd(w) || lexicon.speechVerbs.contains(w.key)
    }

    /// A verb of tense by its word alone: `is`, `had`, `would`, `can`.
    func isTenseWord(_ w: ProseToken) -> Bool {
        lexicon.presentTense.contains(w.key) || lexicon.pastTense.contains(w.key) || ArticleReader.modals.contains(w.key)
    }

    /// A verb that can carry a clause: an auxiliary, a modal or a past form.
    func isFiniteVerb(_ w: ProseToken) -> Bool {
        isTenseWord(w) || endsInEd(w) || ArticleReader.irregularPast.contains(w.key)
    }

    /// A past form in -ed (`greeted`), four letters or more.
    func endsInEd(_ w: ProseToken) -> Bool {
        w.end - w.start >= 4 && w.endsInEd(text)
    }

    static let sequenceAdverbs = WordKey.set("then later also")
    static let clauseSubjects = WordKey.set("he she it they we i you there this these those that who")
    static let singularPronouns = WordKey.set("he she it")
    /// Pronouns that open a reported clause after a phrase of place or channel.
    static let subjectOfClause = WordKey.set("he she they we i there")
    static let personalSubjects = WordKey.set("he she they we i")
    static let pluralPronouns = WordKey.set("they we i you")
    /// `about 20 people`, `nearly 300 workers`: a number, roughly, opening a subject (not a phrase
    /// of what something was about).
    func opensWithRoughNumber(_ t: [ProseToken], _ k: Int) -> Bool {
        t[k].isLowercase && ArticleReader.approximators.contains(t[k].key) && k + 1 < t.count && t[k + 1].shape.contains(.number)
    }

    /// A subject with its verb in the contraction: `she'll`, `they'd`, `they're`.
    static let contractedModal = WordKey.set("he'll she'll it'll they'll he'd she'd they'd they're they've")
    static let quantifiers = WordKey.set("some many most no all any every each one another several few both more less much")
    static let approximators = WordKey.set("about nearly almost roughly around some over under only just")
    /// Past forms without -ed, for telling a clause's verb.
    static let irregularPast = WordKey.set("""
        found made took gave went came got saw knew thought brought left kept held felt became began ran paid sent \
        spent lost won built bought caught fell hit led met put set shot sold stood struck taught understood grew \
        rose drove broke chose spoke wrote told said spread cut hurt cost quit shut split burst cast upset \
        beat bent blew bore bound dealt drank drew ate fed fled flew forgot froze heard hid hung laid lay lent lit \
        meant rang rode sang sank sat shook shone slept slid sought fought spun stole stuck swore swept swung threw \
        tore woke wore withdrew underwent overtook forgave forbade
        """)
    static let modals = WordKey.set("will would can could may might must should shall")
}
