/// Whether two speakers' quotes can be one statement.
enum SpeakerRelation: Sendable {
    /// One resolved speaker.
    case same
    /// Different entities that share a surname (`Peskov` and `Dmitry Peskov` left unmerged).
    case related
    /// At least one side has nobody named: no name at all, or only a description (`officials`,
    /// `analysts`), which one outlet uses where another names the person. Also a person and a
    /// body: outlets give a spokesperson's words to the body they speak for (`the Kremlin said`).
    /// Such speakers do not contradict each other, but neither do they say it is one speaker.
    case unknown
    /// Two different people or bodies: one statement only if an outlet misattributed it.
    case different
}

/// Groups the corpus's speakers by surname, so that a speaker split in two by attribution still
/// counts as one person for linking, while two people never do.
struct SpeakerFamilies: Sendable {
    private let family: [Int32]
    private let isOrganisation: [Bool]
    private let isDescription: [Bool]
    /// Each speaker's name folded as an outlet's is, to tell an outlet credited with a remark.
    private let outletKey: [String]

    init(_ speakers: [Speaker]) {
        isOrganisation = speakers.map { $0.kind == .organisation }
        isDescription = speakers.map(Self.isDescription)
        outletKey = speakers.map { OutletName.key($0.name) }
        var ids: [String: Int32] = [:]
        family = speakers.map { speaker in
            let key = Self.key(speaker)
            if let id = ids[key] { return id }
            let id = Int32(ids.count)
            ids[key] = id
            return id
        }
    }

    /// A person's last name; an organisation's whole name.
    private static func key(_ speaker: Speaker) -> String {
        var tokenizer = WordTokenizer()
        tokenizer.scan(speaker.name)
        var words = tokenizer.words.map { String(decoding: tokenizer.folded($0), as: UTF8.self) }
        let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
        while words.count > 1, let last = words.last, suffixes.contains(last) { words.removeLast() }
        if speaker.kind == .organisation { return "o:" + words.joined(separator: " ") }
        return "p:" + (words.last ?? speaker.name.lowercased())
    }

    /// A name whose last word is not capitalised is a description (`Russian officials`,
    /// `international experts`), not a name of someone in particular.
    private static func isDescription(_ speaker: Speaker) -> Bool {
        guard let last = speaker.name.split(separator: " ").last, let first = last.unicodeScalars.first else { return true }
        return first.properties.isLowercase
    }

    /// Whether the speaker is only described (`officials`, `China's data`), no one in particular.
    func isDescribed(_ speaker: Int32) -> Bool {
        speaker >= 0 && Int(speaker) < isDescription.count && isDescription[Int(speaker)]
    }

    /// Whether the speaker is someone in particular, not a description (`officials`) nor an outlet
    /// of the corpus credited with what it reported (`the Oregonian`).
    func isNamedSource(_ speaker: Int, outlets: Set<String>) -> Bool {
        guard speaker >= 0, speaker < isDescription.count, !isDescription[speaker] else { return false }
        return !outlets.contains(outletKey[speaker])
    }

    /// The family of a speaker, or -1 for nobody.
    func family(of speaker: Int32) -> Int32 {
        speaker >= 0 && Int(speaker) < family.count ? family[Int(speaker)] : -1
    }

    func relation(_ a: Int32, _ b: Int32) -> SpeakerRelation {
        if a < 0 || b < 0 { return .unknown }
        if a == b { return .same }
        guard Int(a) < family.count, Int(b) < family.count else { return .different }
        if family[Int(a)] == family[Int(b)] { return .related }
        if isDescription[Int(a)] || isDescription[Int(b)] || isOrganisation[Int(a)] != isOrganisation[Int(b)] { return .unknown }
        return .different
    }
}

/// What the evidence makes of two sentences.
enum LinkKind: Sendable, Hashable {
    /// The words alone (with the speaker's help) say it is one remark.
    case strong
    /// One speaker, close dates, a smaller share of wording, or nobody named and only a word or
    /// two in common: kept only where the two sentences are each other's best match in articles
    /// known to report one event (`StatementAlignment`).
    case alignment
}

/// The rule that turns word overlap plus speaker and date evidence into a link or not.
///
/// Word evidence is the weighted overlap of two sentences' terms: `containment` (overlap over
/// the lighter side) lets a trimmed fragment link to the fuller rendering it came from, and
/// `dice` (overlap over both) says how near the two wordings are. A link needs a minimum
/// containment and a minimum absolute overlap, half of it in content words that are not names.
///
/// The same speaker is evidence in itself, so one speaker's sentences need less wording (and are
/// searched apart, per speaker: `Scope.withinSpeaker`). Without a named speaker the words must
/// carry more, and must come from articles close in time unless near identical. Quotes of two
/// different speakers must be near identical (an outlet misattributed one).
struct LinkRule: Sendable {
    /// Which pairs one search considers: each pair is judged in exactly one scope.
    enum Scope: Sendable { case acrossSpeakers, withinSpeaker }

    var containmentSameSpeaker: Float = 0.5
    var overlapSameSpeaker: Float = 0.7
    var containmentUnknownSpeaker: Float = 0.6
    var overlapUnknownSpeaker: Float = 1.2
    var nearIdenticalDice: Float = 0.8
    var overlapDifferentSpeakers: Float = 1.5
    var containmentAlignment: Float = 0.3
    var overlapAlignment: Float = 0.6
    /// Of the minimum overlap, the share that content words other than names must carry: names
    /// say who and where, not what was said, so quotes sharing mostly a name (`Kim Jong Un`)
    /// share a topic, not a remark.
    var wordingShare: Float = 0.5
    /// Below this dice, a light side is a fragment of the heavier: little of it is shared.
    var fragmentDice: Float = 0.4
    /// Articles more than this many days apart must show stronger word evidence.
    var closeDays: Int32 = 7
    var distantPenalty: Float = 0.2

    /// Two long renderings that share this much weight, most of it wording, are one remark even
    /// when each adds as much again of its own (an outlet's fuller paraphrase of a report):
    /// `heavyContainment` is then enough where a speaker's name is missing.
    var heavyOverlap: Float = 3
    var heavyContainment: Float = 0.4
    /// Without one speaker to tie them, two renderings that share fewer words and names than this
    /// link only as an alignment (kept between articles known to report one event) unless
    /// reported within `sameNewsDays` of each other: two words (`the highest bidder`, `fake news`)
    /// make a phrase many people use, while `the United States was behind the attack on the
    /// Kremlin` is a claim, and `suffered a seizure` the same day is one piece of news.
    var sharedTermsWithoutSpeaker = 3
    var sameNewsDays = 2

    /// The lowest containment and overlap a scope accepts: what its candidate search must find.
    func minimum(_ scope: Scope) -> (containment: Float, overlap: Float) {
        switch scope {
        case .withinSpeaker:
            return (min(containmentSameSpeaker, containmentAlignment), min(overlapSameSpeaker, overlapAlignment))
        case .acrossSpeakers:
            return (min(containmentUnknownSpeaker, nearIdenticalDice), min(overlapUnknownSpeaker, overlapDifferentSpeakers))
        }
    }

    /// The least overlap a link of a sentence of this weight (the lighter side) needs in a scope.
    func need(weight: Float, scope: Scope) -> Float {
        let (containment, overlap) = minimum(scope)
        let heavy = scope == .acrossSpeakers ? max(heavyContainment * weight, heavyOverlap) : .infinity
        return max(min(containment * weight, heavy), overlap)
    }

    /// Whether two sentences of these weights and speakers could link at all, whatever they
    /// share: lets a search drop a candidate before comparing its words. Each scope judges only
    /// its own speaker relations, and different speakers need near-identical wording, which two
    /// sentences of very different weights cannot have.
    func admits(_ speakers: SpeakerRelation, weightA: Float, weightB: Float, scope: Scope) -> Bool {
        switch (scope, speakers) {
        case (.withinSpeaker, .same), (.withinSpeaker, .related), (.acrossSpeakers, .unknown):
            return true
        case (.acrossSpeakers, .different):
            // dice ≥ d with overlap ≤ the lighter weight L bounds the heavier: H ≤ (2/d − 1) L.
            return max(weightA, weightB) <= (2 / nearIdenticalDice - 1) * min(weightA, weightB) * 1.0001
        default:
            return false
        }
    }

    /// A short phrase inside a longer sentence (`no strings attached`): a phrase people share,
    /// not evidence of one remark unless one speaker used it within days.
    func isFragment(lighter: Float, dice: Float) -> Bool {
        dice < fragmentDice && lighter < heavyOverlap
    }

    /// The kind and strength (about 0...1.1) of the link the evidence makes, if any.
    func judge(
        overlap: Float, wording: Float, sharedNames: Int, sharedWords: Int, weightA: Float, weightB: Float,
        speakers: SpeakerRelation, dayA: Int32, dayB: Int32, scope: Scope
    ) -> (kind: LinkKind, score: Float)? {
        let lighter = min(weightA, weightB)
        guard lighter > 0 else { return nil }
        let containment = overlap / lighter
        let dice = 2 * overlap / (weightA + weightB)
        let dated = dayA != Int32.min && dayB != Int32.min
        let distant = dated && abs(Int(dayA) - Int(dayB)) > Int(closeDays)
        let penalty: Float = distant ? distantPenalty : 0
        let score = 0.6 * containment + 0.4 * dice
        let fragment = isFragment(lighter: lighter, dice: dice)
        switch (scope, speakers) {
        case (.withinSpeaker, .same), (.withinSpeaker, .related):
            if fragment && distant { return nil }
            if wording >= wordingShare * overlapSameSpeaker, containment >= containmentSameSpeaker + penalty,
               overlap >= overlapSameSpeaker * (1 + penalty) {
                return (.strong, score + (speakers == .same ? 0.1 : 0))
            }
            // Two shared names (`Moscow or Putin`) count here, between one speaker's quotes.
            if !distant, wording >= wordingShare * overlapAlignment || sharedNames >= 2,
               containment >= containmentAlignment, overlap >= overlapAlignment {
                return (.alignment, score * 0.5)
            }
            return nil
        case (.acrossSpeakers, .unknown):
            if fragment { return nil }
            let heavy = overlap >= heavyOverlap && wording >= wordingShare * heavyOverlap
            guard wording >= wordingShare * overlapUnknownSpeaker,
                  containment >= (heavy ? heavyContainment : containmentUnknownSpeaker) + penalty,
                  overlap >= overlapUnknownSpeaker * (1 + penalty),
                  !distant || dice >= nearIdenticalDice else { return nil }
            let sameNews = dated && abs(Int(dayA) - Int(dayB)) <= sameNewsDays
            if sharedWords + sharedNames < sharedTermsWithoutSpeaker && !sameNews { return (.alignment, score * 0.5) }
            return (.strong, score)
        case (.acrossSpeakers, .different):
            guard sharedWords + sharedNames >= sharedTermsWithoutSpeaker, wording >= wordingShare * overlapDifferentSpeakers, dice >= nearIdenticalDice + penalty, overlap >= overlapDifferentSpeakers else { return nil }
            return (.strong, score)
        default:
            return nil
        }
    }
}
