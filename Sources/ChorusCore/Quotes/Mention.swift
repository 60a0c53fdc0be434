/// A speaker as one sentence names them: `US Secretary of State Antony Blinken`, `Peskov`, `he`,
/// `the Russian Foreign Ministry`, `a Kremlin spokesman`.
struct Mention: Sendable {
    enum Form: Sendable { case person, organisation, role, pronoun }
    enum Gender: Sendable {
        case unknown, male, female

        /// An unknown gender agrees with either.
        func agrees(with other: Gender) -> Bool { self == .unknown || other == .unknown || self == other }
    }

    var form: Form
    /// Token positions in the sentence.
    var tokens: Range<Int>
    /// The person's or organisation's name as printed, the role for a role mention, the pronoun.
    var name: String
    /// Keys of the name's words; for a person the last is the surname.
    var nameKeys: [WordKey] = []
    /// The role printed with a name (`Kremlin spokesman`), or the role of a role mention.
    var role: String?
    var roleHead: WordKey?
    var roleQualifiers: [WordKey] = []
    /// An acronym printed after an organisation's name: `Institute for War Studies (ISW)`.
    var acronym: String?
    /// Initials of an organisation's capitalised words after any leading country
    /// (`US Institute for the Study of War` gives `ISW`).
    var initials: String?
    var gender: Gender = .unknown
    var plural = false
    var pronoun: WordKey?
    /// Where the word that identifies the speaker is printed: the surname, or the role's head word
    /// (for finding where the article introduced them).
    var keyWord: Range<Int>?
    /// `Jr.`, `III`: a son is not his father.
    var suffix: WordKey?
    /// A document that says or reads words itself (`the letter reads`), the source when nobody issued it.
    var speakingDocument = false
    /// `one GOP operative`, `an aide`: someone the article brings in with a role many hold at
    /// once, not the person it named in that role.
    var newcomer = false
    /// Named for who they are to someone (`his father, Ron Paul`, `daughter and adviser Ivanka
    /// Trump`): the surname alone seldom means them.
    var relative = false

    /// Takes the description another mention gives (`Peskov, the Kremlin spokesman`) as this one's role.
    mutating func takeRole(of description: Mention) {
        role = description.name
        roleHead = description.roleHead
        roleQualifiers = description.roleQualifiers
    }
}

/// Reads the noun phrase that names a speaker next to a speech verb, in either direction.
struct MentionParser: Sendable {
    /// Unowned, as the lexicon outlives every reader: counting references to it, every core wrote one cache line.
    unowned(unsafe) let lexicon = QuoteLexicon.shared

    /// The subject of the verb at `verb`, reading leftwards no further than `lower`: skips adverbs and
    /// time phrases (`Peskov on Thursday derided`), appositives (`Zelensky, the president of Ukraine,
    /// said`) and relative `who`.
    func subject(_ text: [Unicode.Scalar], _ t: [ProseToken], verb: Int, lower: Int) -> Mention? {
        var k = verb - 1
        var skipped = 0
        var timeSkipped = false
        while k >= lower && skipped < 5 {
            let w = t[k]
            guard w.isWord, !w.isCapitalized || lexicon.verbAdjuncts.contains(w.key) else { break }
            // `Merkley, Brown and Menendez all suggested`: a quantifier floated after the subject
            // `Cruz has long said`, `she has since said`: adverbs of time without -ly, before the verb
            if lexicon.verbAdjuncts.contains(w.key) || isAdverb(text, w) || (k == verb - 1 && MentionParser.timeAdverbs.contains(w.key))
                || (MentionParser.floatingQuantifiers.contains(w.key) && k > lower && (t[k - 1].isWord || t[k - 1].isPunctuation(")"))) {
                k -= 1; skipped += 1
                if k >= lower && t[k].isWord && lexicon.timePrepositions.contains(t[k].key) && !t[k].isCapitalized { k -= 1 }
                continue
            }
            // `continues to insist`, `went on to say`: the verb goes on with what the subject does
            if k == verb - 1, w.key == lexicon.to, k - 1 >= lower, t[k - 1].isWord, MentionParser.continuers.contains(t[k - 1].key) {
                k -= 2; skipped += 1
                continue
            }
            if k == verb - 1, w.key == lexicon.to, k - 2 >= lower, t[k - 1].isWord, t[k - 1].key == MentionParser.on,
               t[k - 2].isWord, MentionParser.goers.contains(t[k - 2].key) {
                k -= 3; skipped += 1
                continue
            }
            // `Michelle Rempel earlier this week called`: a time phrase of a determiner and a unit
            // of time stands between the speaker and the verb.
            if MentionParser.timeUnits.contains(w.key), k - 1 >= lower, t[k - 1].isWord, t[k - 1].isLowercase,
               MentionParser.timeDeterminers.contains(t[k - 1].key) {
                k -= 2; skipped += 1; timeSkipped = true
                continue
            }
            break
        }
        guard k >= lower else { return nil }
        // `An official with the agency who was present in court told`: a relative clause between
        // the speaker and the verb.
        if let who = relativeBefore(t, k, lower: lower), let m = phrase(text, t, endingAt: who - 1, lower: lower), m.form != .pronoun {
            var head = m
            head.tokens = head.tokens.lowerBound..<verb
            return head
        }
        // So does a phrase of which ones (`people familiar with the matter said`): a source known by
        // no name but that description, taken as printed; a document's (`a survey released Tuesday
        // by Pew found`) only says which document.
        if let modifier = postModifierBefore(t, k, lower: lower) {
            // `who in a statement released after the announcement maintained`: the object of a
            // preposition is no subject
            let afterPreposition = { (s: Int) in s > lower && t[s - 1].isWord && ArticleReader.adjunctStarters.contains(t[s - 1].key) }
            let m = phrase(text, t, endingAt: modifier - 1, lower: lower).flatMap { afterPreposition($0.tokens.lowerBound) ? nil : $0 }
            if var m, m.form == .organisation || (m.form == .role && m.roleHead.map({ lexicon.documents.contains($0) }) == true) {
                m.tokens = m.tokens.lowerBound..<verb
                m.speakingDocument = m.form == .role
                return m
            }
            if !MentionParser.issuedParticiples.contains(t[modifier].key),
               let start = m.flatMap({ $0.form == .role ? $0.tokens.lowerBound : nil }) ?? describedHead(t, modifier - 1, lower: lower),
               !afterPreposition(start) {
                // The source as printed, without its article: each description is a source of its own
                // (`a source close to the project` is not `the source familiar with the matter`).
                let first = (t[start].key == lexicon.the || lexicon.indefiniteArticles.contains(t[start].key)) && start < modifier - 1 ? start + 1 : start
                // `close to the family says`: a noun in -ly the adverb reader passed over ends the phrase
                let last = lexicon.determiners.contains(t[k].key) || ArticleReader.prepositions.contains(t[k].key) ? verb - 1 : k
                return Mention(form: .organisation, tokens: start..<verb, name: ProseScalar.string(text, t[first].start..<t[last].end),
                               nameKeys: t[first...last].map(\.key), plural: m?.plural ?? (text[t[modifier - 1].end - 1] == "s" || t[modifier - 1].key == MentionParser.people))
            }
        }
        // Only a name or pronoun takes such a phrase before its verb: in `a campaign last year
        // called Code Critical` the verb names the campaign.
        if timeSkipped, !(t[k].isWord && (t[k].isCapitalized || lexicon.pronouns.contains(t[k].key))) { return nil }
        if t[k].isWord && t[k].key == lexicon.who {
            k -= 1
            if k >= lower && t[k].isComma { k -= 1 }
            guard k >= lower, let m = phrase(text, t, endingAt: k, lower: lower) else { return nil }
            // `Arielle Gurin, a 22-year-old student at the university, who says`: the one the
            // description after the comma is of
            let a = m.tokens.lowerBound
            if m.form == .role, a - 2 >= lower, t[a - 1].isComma, var person = phrase(text, t, endingAt: a - 2, lower: lower), person.form == .person {
                if person.role == nil { person.takeRole(of: m) }
                person.tokens = person.tokens.lowerBound..<m.tokens.upperBound
                return person
            }
            return m
        }
        // Appositives and asides between the speaker and the verb: `Dmitry Peskov, the Kremlin
        // spokesman, said`, `Rep. Trey Gowdy, R-South Carolina, chairman of the panel, said`,
        // `Sen. Susan Collins (R-Maine) said`.
        var role: Mention?
        // `His father, Ernie LeBlanc, says`: the name between commas is the speaker.
        var named: Mention?
        // `Motel 6's parent company, G6 Hospitality LLC, said`: the body's name between commas.
        var namedBody: Mention?
        // Where the place whose state was skipped ends (-1 for none): the part before it says
        // where someone is.
        var placeEnd = -1
        var rounds = 0
        while k > lower && rounds < 5 {
            if t[k].isPunctuation(")"), let open = (max(lower, k - 10)..<k).last(where: { t[$0].isPunctuation("(") }),
               !(open == k - 2 && t[k - 1].shape.contains(.allCaps)) {
                k = open - 1; rounds += 1
                continue
            }
            // `Rep. Darrell Issa, R-Calif., chairman of the committee, told`: the party and state
            // (`R-South Carolina`), the abbreviation's period a token of its own; also where the
            // comma after them was left out (`Sen. Elizabeth Warren, D-Mass. tweeted`).
            var tag = k > lower && t[k].isPunctuation(".") ? k - 1 : k
            if tag - 1 > lower, t[tag].isCapitalized, !isPartyTag(text, t[tag]), isPartyTag(text, t[tag - 1]) { tag -= 1 }
            if tag - 2 >= lower, isPartyTag(text, t[tag]), t[tag - 1].isComma {
                k = tag - 2
                rounds += 1
                continue
            }
            if !t[k].isComma {
                // `Tareq Hadad, the co-founder of Peace By Chocolate, a company based in Antigonish,
                // N.S., says`: an appositive runs over several commas; each further part opens
                // in small letters, as descriptions do, while the speaker's name does not (nor
                // does an adjective made of a name: `the guitar-playing, Nugent-loving preacher`).
                guard rounds > 0 else { break }
                var c = k
                while c > lower && !t[c].isComma && t[c].kind != .quote && !isClauseBreak(t[c]) { c -= 1 }
                // `a banker from Boone, Iowa, who declined ..., said`: the state of the place is no speaker.
                if c > lower, t[c].isComma, isPlaceTail(t, (c + 1)..<(k + 1), comma: c, lower: lower) {
                    k = c - 1
                    placeEnd = k
                    rounds += 1
                    continue
                }
                // `Mitch McConnell, in a speech at the American Enterprise Institute, a conservative
                // group, said`: the body and its description are in the speaker's adjunct.
                // Only where a name stands right before it: else the adjunct opens the sentence, and
                // the description and name after it are the speaker's (`on Friday, the former
                // administrator, Christine Todd Whitman, wrote`).
                if c > lower, t[c].isComma, t[c + 1].isWord, t[c + 1].isLowercase, MentionParser.settingPrepositions.contains(t[c + 1].key),
                   !MentionParser.relatives.contains(t[c + 2].key), !isClause(t, (c + 1)..<(k + 1)), t[c - 1].isCapitalized,
                   let before = phrase(text, t, endingAt: c - 1, lower: lower), before.form == .person || before.form == .organisation {
                    k = c - 1
                    role = nil; named = nil; namedBody = nil
                    rounds += 1
                    continue
                }
                // `Mr. Thompson, now a lawyer in Shreveport, Louisiana, said`
                let wherePart = k == placeEnd && t[c + 1].isLowercase
                // `Donna Hale, 59, of Ashton, who ..., said`: her age, and the town she is from
                let agePart = c + 1 == k && t[k].shape.contains(.number)
                let homePart = c + 2 <= k && t[c + 1].isLowercase && t[c + 1].key == lexicon.of && t[(c + 2)...k].allSatisfy(\.isCapitalized)
                guard c > lower, t[c].isComma, t[c + 1].isWord,
                      (t[c + 1].isLowercase && (lexicon.determiners.contains(t[c + 1].key) || isRole(t[c + 1]) || wherePart)) || t[c + 1].shape.isSuperset(of: [.hyphenated, .participle])
                        || agePart || homePart,
                      !isClause(t, (c + 1)..<(k + 1)) else { break }
                k = c - 1
                rounds += 1
                continue
            }
            var c = k - 1
            while c > lower && !t[c].isComma && t[c].kind != .quote && !isClauseBreak(t[c]) { c -= 1 }
            guard c > lower, t[c].isComma, c < k - 1 else { return nil }
            // `Donna Hale, 59, who watched the ceremony from the Mall, said`: a relative clause
            // that describes the speaker between commas
            if t[c + 1].isLowercase, t[c + 1].key == lexicon.who, c - 1 > lower, t[c - 1].isWord || t[c - 1].isPunctuation(".") {
                k = c - 1
                rounds += 1
                continue
            }
            // `Somehow, the family will find a way, adds Al Basha`: a clause between commas is no
            // appositive, and what precedes it is no subject.
            if isClause(t, (c + 1)..<k) { return nil }
            // `Harvard University in Cambridge, Massachusetts, said`
            if isPlaceTail(t, (c + 1)..<k, comma: c, lower: lower) {
                k = c - 1
                placeEnd = k
                rounds += 1
                continue
            }
            if let a = phrase(text, t, startingAt: c + 1, upper: k), a.tokens.upperBound == k {
                if role == nil, a.form == .role || a.form == .organisation { role = a }
                if named == nil, a.form == .person { named = a }
                if namedBody == nil, a.form == .organisation, a.nameKeys.count >= 2 { namedBody = a }
            }
            k = c - 1
            rounds += 1
        }
        guard k >= lower, !(t[k].isWord && t[k].shape.contains(.possessive)) else { return nil }
        guard var head = phrase(text, t, endingAt: k, lower: lower) ?? named else { return nil }
        // `Often, money ... gets spent on other things, said an official`: an adverb opening the
        // sentence, not a speaker with an appositive.
        if rounds > 0, opensAsAdverb(text, t, head) { return nil }
        // `the director of operations for EHS, Jeff Fraser, says`: the name, with the description as role
        if let named, head.form == .role || head.form == .organisation {
            if head.form == .role, role == nil { role = head }
            let from = head.tokens.lowerBound
            head = named
            head.tokens = from..<head.tokens.upperBound
        }
        let described = head.form == .role || (head.form == .organisation && t[head.tokens.upperBound - 1].isLowercase)
        if named == nil, let body = namedBody, described, !head.plural {
            let from = head.tokens.lowerBound
            head = body
            head.tokens = from..<head.tokens.upperBound
        }
        // `Peskov, the Kremlin spokesman said`: a role right after a name and a comma is the name's.
        // Not `In Boston, the police said`: a name after a preposition is a place.
        // Not `according to Gibson, Major said`: a lone capitalised rank is someone's name.
        // Not `For Sanders, Clinton aides said`: a group is no one person's appositive.
        if head.form == .role, !head.plural, head.tokens.count > 1 || !t[head.tokens.lowerBound].isCapitalized,
           head.tokens.lowerBound - 2 >= lower, t[head.tokens.lowerBound - 1].isComma,
           let person = phrase(text, t, endingAt: head.tokens.lowerBound - 2, lower: lower), person.form == .person,
           !followsPreposition(t, person.tokens.lowerBound, lower: lower), !followsAdjunctPreposition(t, person.tokens.lowerBound, lower: lower),
           !opensAsAdverb(text, t, person) {
            role = head
            head = person
        }
        // `Mitch McConnell (R) of Kentucky has told`: the place qualifies the person before it; so
        // does the body in `Tim Guest with the health authority says`.
        if head.form != .pronoun, followsPreposition(t, head.tokens.lowerBound, lower: lower) || followsWith(t, head.tokens.lowerBound, lower: lower) {
            var k = head.tokens.lowerBound - 2
            if k > lower, t[k].isPunctuation(")"), let open = (max(lower, k - 6)..<k).last(where: { t[$0].isPunctuation("(") }) { k = open - 1 }
            // `Johnnie Wilson, of Springfield, Va., said`: the place set off by commas.
            if k > lower, t[k].isComma { k -= 1 }
            // `The Ukrainian Catholic Eparchy based in Stamford, Connecticut, told`
            if placeEnd >= 0, k > lower, t[k].isWord, t[k].isLowercase, t[k].endsInEd(text) { k -= 1 }
            if k >= lower, let before = phrase(text, t, endingAt: k, lower: lower), before.form != .pronoun {
                head = before
            } else if placeEnd >= 0 {
                return nil
            } else if rounds == 0, t[head.tokens.lowerBound - 1].key != lexicon.of, head.form == .organisation || head.nameKeys.count == 1,
                      !head.tokens.contains(where: { t[$0].isWord && lexicon.organisationHeads.contains(t[$0].key) }) {
                // `one rancher in Texas has said`: where they are, not who speaks.
                return nil
            }
        }
        if rounds > 0 && head.form == .pronoun { return nil }
        if head.form != .pronoun, var source = sourceCloseTo(text, t, name: head.tokens, lower: lower) {
            source.tokens = source.tokens.lowerBound..<verb
            return source
        }
        if let role, head.form == .person, head.role == nil {
            head.takeRole(of: role)
            if head.gender == .unknown { head.gender = role.gender }
        }
        head.tokens = head.tokens.lowerBound..<verb
        return head
    }

    /// Where `who` opens a relative clause that runs, without a comma, to the word at `k` before
    /// the verb: `who was present in court`, not `who Trump said` (whose verb has its own subject).
    private func relativeBefore(_ t: [ProseToken], _ k: Int, lower: Int) -> Int? {
        var w = k
        while w > lower, k - w < 12, t[w].isWord || t[w].shape.contains(.number) {
            if t[w].isLowercase, t[w].key == lexicon.who {
                let next = t[w + 1]
                guard w > lower, w + 1 <= k, next.isLowercase, !lexicon.determiners.contains(next.key), !lexicon.pronouns.contains(next.key) else { return nil }
                return w
            }
            w -= 1
        }
        return nil
    }

    /// `familiar with the matter`, `close to the president`, `with knowledge of the talks`, and of a
    /// document `released Friday`: a phrase after the speaker's noun that says which ones, with no
    /// verb of its own, that ends just before the speech verb at `k + 1`.
    private func postModifierBefore(_ t: [ProseToken], _ k: Int, lower: Int) -> Int? {
        // `a lawsuit filed against the firm over claims that`: a preposition before the verb makes it a noun
        guard !(t[k].isLowercase && ArticleReader.adjunctStarters.contains(t[k].key)) else { return nil }
        var w = k
        while w > lower, k - w < 10, t[w].isWord || t[w].shape.contains(.number) {
            let head = t[w - 1]
            if t[w].isLowercase, head.isWord, head.isLowercase, !lexicon.determiners.contains(head.key), !ArticleReader.prepositions.contains(head.key) {
                let next = t[w + 1]
                if w < k, MentionParser.informedAdjectives.contains(t[w].key), next.isWord, ArticleReader.prepositions.contains(next.key) || next.key == CueFinder.about { return w }
                if w < k, t[w].key == MentionParser.with, next.isWord, next.key == MentionParser.knowledge || (w + 2 <= k && t[w + 2].key == MentionParser.knowledge) { return w }
                if MentionParser.issuedParticiples.contains(t[w].key), lexicon.documents.contains(head.key) { return w }
            }
            w -= 1
        }
        return nil
    }

    /// `people`, `an individual`: a noun no lexicon names as a source, with the number or quantifier before it.
    private func describedHead(_ t: [ProseToken], _ h: Int, lower: Int) -> Int? {
        guard h >= lower, t[h].isWord, t[h].isLowercase, lexicon.unnamedPeople.contains(t[h].key) else { return nil }
        let before = h - 1
        guard before >= lower, t[before].isWord else { return h }
        let w = t[before]
        return w.shape.contains(.number) || ArticleReader.quantifiers.contains(w.key) || lexicon.determiners.contains(w.key) ? before : h
    }

    static let people = WordKey("people")
    /// What opens the setting of someone's words between commas: `in a speech at ...`, `during a visit to ...`.
    static let settingPrepositions = WordKey.set("in at during on")
    static let floatingQuantifiers = WordKey.set("all both")
    static let timeAdverbs = WordKey.set("long since")
    static let continuers = WordKey.set("continue continues continued continuing")
    static let goers = WordKey.set("go goes went going")
    static let on = WordKey("on")
    static let informedAdjectives = WordKey.set("familiar close knowledgeable briefed privy")
    static let issuedParticiples = WordKey.set("released published issued conducted commissioned obtained filed")
    static let knowledge = WordKey("knowledge")
    static let ordinalEndings = WordKey.set("st nd rd th")

    /// Whether the words hold a finite verb of their own (`the family will find a way`) rather than
    /// describe someone (`the president of Ukraine`, `who was elected in 2019`).
    private func isClause(_ t: [ProseToken], _ r: Range<Int>) -> Bool {
        guard let first = r.first, t[first].isWord, !MentionParser.relatives.contains(t[first].key) else { return false }
        // `Regardless, it's now part of his legacy, says ...`: a subject pronoun opens a clause,
        // unless it only says who speaks (`A study, he noted, showed`).
        if MentionParser.subjectPronouns.contains(t[first].key) { return !(r.count == 2 && lexicon.speechVerbs.contains(t[first + 1].key)) }
        // a relative clause inside it describes too (`a former minister who is a harsh critic`)
        let main = r.lowerBound..<(r.first { t[$0].isWord && MentionParser.relatives.contains(t[$0].key) } ?? r.upperBound)
        return main.contains { t[$0].isWord && t[$0].isLowercase && MentionParser.auxiliaries.contains(t[$0].key) }
    }

    static let relatives = WordKey.set("who whose which where whom")
    static let subjectPronouns = WordKey.set("it it's he he's she she's they they're we we're i i'm you you're there's that's")
    static let bareQuantifiers = WordKey.set("some many others most several few both")
    static let auxiliaries = WordKey.set("will would can could is are was were has have had should may might must does did do won't can't")

    static let with = WordKey("with")
    static let state = WordKey("state")
    static let possessives = WordKey.set("his her their")
    /// Kin and circle: `the family of`, `friends of`, `relatives of`.
    static let relations = WordKey.set(kinWords + " friends friend")
    /// Relations who may share a surname.
    static let kin = WordKey.set(kinWords)
    private static let kinWords = "family families relatives parents wife husband widow son daughter mother father brother sister children"
    static let family = WordKey("family")
    /// Whether the article at `k` links the words of a body's name (`Institute for the Study of
    /// War`, `Committee for a Responsible Federal Budget`): `the` after `of` or `for`, `a` after `for`.
    func isLinkedArticle(_ t: [ProseToken], _ k: Int, lower: Int) -> Bool {
        guard k - 1 >= lower, t[k].isWord, t[k - 1].isWord, k + 1 < t.count, t[k + 1].isCapitalized else { return false }
        let link = t[k - 1].key
        if t[k].key == lexicon.the { return link == lexicon.of || link == lexicon.for }
        return lexicon.indefiniteArticles.contains(t[k].key) && !t[k].isCapitalized && link == lexicon.for
    }
    static let timeUnits = WordKey.set("week month year morning afternoon evening night weekend")
    static let timeDeterminers = WordKey.set("this last next that")
    static let one = WordKey("one")
    static let another = WordKey("another")
}
