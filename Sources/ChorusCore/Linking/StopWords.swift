/// Function words that carry no part of what a remark says, so they neither suggest nor
/// support a link. Folded forms (lower case, straight apostrophe). English only: other
/// languages are matched on all their words, which IDF weighting keeps in proportion.
///
/// Beyond the classic list: closed-class adverbs, quantifiers and discourse words (`already`,
/// `well`, `everything`, `of course`). IDF would weigh them down in a large corpus, but in a
/// handful of articles every word looks rare, and two remarks sharing `already` are not one.
enum StopWords {
    static let english: Set<String> = Set("""
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
        she her hers herself it its itself they them their theirs themselves what which who whom
        this that these those am is are was were be been being have has had having do does did
        doing would should could ought i'm you're he's she's it's we're they're i've you've we've
        they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't
        aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't
        shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's when's
        where's why's how's a an the and but if or because as until while of at by for with about
        against between into through during before after above below to from up down in out on off
        over under again further then once here there when where why how all any both each few more
        most other some such no nor not only own same so than too very will can just now also may
        might must shall s t mr mrs ms dr
        already well still even ever always never yet really quite rather perhaps maybe indeed
        however therefore thus though although almost enough much many something anything
        everything someone anyone everyone somebody anybody everybody else instead whether either
        neither another every lot lots course certainly actually yes ok okay thing things way
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Whether a folded word is a stop word of `language` (nil: English).
    static func contains(_ folded: UnsafeBufferPointer<UInt8>, language: String?) -> Bool {
        guard language == nil || language == "english" || language == "en" else { return false }
        guard folded.count <= 10 else { return false }
        return english.contains(String(decoding: folded, as: UTF8.self))
    }
}
