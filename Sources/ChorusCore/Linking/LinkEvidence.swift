/// Whether two speakers' quotes can be one statement.
enum SpeakerRelation: Sendable {
    /// One resolved speaker.
    case same
    /// Different entities that share a surname (`Peskov` and `Dmitry Peskov` left unmerged).
    case related
    /// At least one side has nobody named.
    case unknown
    /// Two different people or bodies: one statement only if an outlet misattributed it.
    case different
}

/// Groups the corpus's speakers by surname, so that a speaker split in two by attribution still
/// counts as one person for linking, while two people never do.
struct SpeakerFamilies: Sendable {
    private let family: [Int32]

    init(_ speakers: [Speaker]) {
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
        var words: [String] = []
        var tokenizer = WordTokenizer()
        var name = speaker.name
        name.makeContiguousUTF8()
        _ = name.utf8.withContiguousStorageIfAvailable { bytes in
            tokenizer.scan(bytes) { _, folded in words.append(String(decoding: folded, as: UTF8.self)) }
        }
        let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
        while words.count > 1, let last = words.last, suffixes.contains(last) { words.removeLast() }
        if speaker.kind == .organisation { return "o:" + words.joined(separator: " ") }
        return "p:" + (words.last ?? speaker.name.lowercased())
    }

    /// The family of a speaker, or -1 for nobody.
    func family(of speaker: Int32) -> Int32 {
        speaker >= 0 && Int(speaker) < family.count ? family[Int(speaker)] : -1
    }

    func relation(_ a: Int32, _ b: Int32) -> SpeakerRelation {
        if a < 0 || b < 0 { return .unknown }
        if a == b { return .same }
        if Int(a) < family.count, Int(b) < family.count, family[Int(a)] == family[Int(b)] { return .related }
        return .different
    }
}

/// The rule that turns word overlap plus speaker and date evidence into a link or not.
///
/// Word evidence is the weighted overlap of two sentences' terms: `containment` (overlap over
/// the lighter side) lets a trimmed fragment link to the fuller rendering it came from, and
/// `dice` (overlap over both) says how near the two wordings are. A link needs a minimum
/// containment and a minimum absolute overlap, so that one shared rare word never suffices.
/// The same speaker lowers both minimums; quotes of two different speakers must be near
/// identical; articles far apart in time raise them.
struct LinkRule: Sendable {
    /// Strong links stand on their words; alignment links are weaker word evidence between
    /// quotes of one speaker in articles already known to report the same event, taken only
    /// where the two sentences are each other's best match (see `StatementAlignment`).
    enum Strength: Sendable { case strong, alignment }

    var strength = Strength.strong
    var containmentSameSpeaker: Float = 0.5
    var overlapSameSpeaker: Float = 0.7
    var containmentUnknownSpeaker: Float = 0.6
    var overlapUnknownSpeaker: Float = 1.0
    var diceDifferentSpeakers: Float = 0.8
    var overlapDifferentSpeakers: Float = 1.0
    /// Articles more than this many days apart must show stronger word evidence.
    var closeDays: Int32 = 7
    var distantPenalty: Float = 0.2

    /// The lowest containment and overlap any evidence allows: what the candidate search must find.
    var minimumContainment: Float { min(containmentSameSpeaker, containmentUnknownSpeaker) }
    var minimumOverlap: Float { min(overlapSameSpeaker, overlapUnknownSpeaker, overlapDifferentSpeakers) }

    /// A strength in 0...~1.1 when the evidence links the two sentences, else nil.
    /// Alignment evidence: one speaker, close dates, and a smaller share of wording.
    static let alignment = LinkRule(
        strength: .alignment, containmentSameSpeaker: 0.3, overlapSameSpeaker: 0.6,
        containmentUnknownSpeaker: 2, overlapUnknownSpeaker: .infinity,
        diceDifferentSpeakers: 2, overlapDifferentSpeakers: .infinity)

    /// `sharesWording`: the overlap holds a content word that is not a name. Quotes sharing only
    /// names share a topic, not a remark; only alignment, between one speaker's quotes in two
    /// reports of one event, takes two or more shared names (`Moscow or Putin`) as enough.
    func score(
        overlap: Float, sharesWording: Bool, sharedNames: Int, weightA: Float, weightB: Float,
        speakers: SpeakerRelation, dayA: Int32, dayB: Int32
    ) -> Float? {
        let lighter = min(weightA, weightB)
        guard lighter > 0, sharesWording || (strength == .alignment && sharedNames >= 2) else { return nil }
        if strength == .alignment {
            guard speakers == .same || speakers == .related else { return nil }
            if dayA != Int32.min, dayB != Int32.min, abs(Int(dayA) - Int(dayB)) > Int(closeDays) { return nil }
        }
        let containment = overlap / lighter
        let dice = 2 * overlap / (weightA + weightB)
        let distant = dayA != Int32.min && dayB != Int32.min && abs(Int(dayA) - Int(dayB)) > Int(closeDays)
        let penalty: Float = distant ? distantPenalty : 0
        switch speakers {
        case .different:
            guard dice >= diceDifferentSpeakers + penalty, overlap >= overlapDifferentSpeakers else { return nil }
        case .same:
            guard containment >= containmentSameSpeaker + penalty,
                  overlap >= overlapSameSpeaker * (1 + penalty) else { return nil }
        case .related, .unknown:
            guard containment >= containmentUnknownSpeaker + penalty,
                  overlap >= overlapUnknownSpeaker * (1 + penalty) else { return nil }
        }
        return 0.6 * containment + 0.4 * dice + (speakers == .same ? 0.1 : 0)
    }
}
