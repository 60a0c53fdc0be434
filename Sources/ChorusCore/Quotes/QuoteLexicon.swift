/// The words the quote finder reads attribution by: verbs of saying, titles, roles, organisation
/// words and the small words around them. Lexicons only: no names, places or sentences of any story.
final class QuoteLexicon: Sendable {
    /// The one lexicon; readers hold it so that a lookup is a field read, not a check that a
    /// static is made (millions of lookups per corpus).
    static let shared = QuoteLexicon()

    private init() {}

    /// Verbs that attribute words to a speaker, in every form a report uses them.
    let speechVerbs = WordKey.set(QuoteLexicon.speechVerbWords)
    private static let speechVerbWords = """
        say says said saying tell tells told telling add adds added adding note notes noted noting \
        stress stresses stressed stressing claim claims claimed claiming states stated stating \
        insist insists insisted insisting warn warns warned warning vow vows vowed vowing \
        deride derides derided deriding dismiss dismisses dismissed dismissing tweet tweets tweeted tweeting \
        write writes wrote writing explain explains explained explaining argue argues argued arguing \
        ask asks asked asking reply replies replied replying respond responds responded responding \
        declare declares declared declaring announce announces announced announcing \
        acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting \
        emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising \
        underline underlines underlined underscore underscores underscored suggest suggests suggested suggesting \
        predict predicts predicted promise promises promised pledge pledges pledged threaten threatens threatened \
        urge urges urged urging deny denies denied denying reject rejects rejected confirm confirms confirmed confirming \
        recall recalls recalled recalling remark remarks remarked observe observes observed comment comments commented \
        conclude concludes concluded concede concedes conceded complain complains complained complaining \
        lament laments lamented caution cautions cautioned contend contends contended maintain maintains maintained \
        assert asserts asserted allege alleges alleged counter counters countered retort retorts retorted \
        quip quips quipped joke jokes joked testify testifies testified report reports reported \
        indicate indicates indicated mention mentions mentioned recount recounts recounted boast boasts boasted \
        reiterate reiterates reiterated demand demands demanded affirm affirms affirmed proclaim proclaims proclaimed \
        post posts posted hint hints hinted answer answers answered continue continues continued \
        shout shouts shouted yell yells yelled scream screamed agree agrees agreed express expresses expressed \
        assure assures assured explain wonder wonders wondered muse mused sigh sighed scoff scoffs scoffed \
        fume fumed chide chided snap snapped grumble grumbled whisper whispered conclude insist \
        accuse accuses accused blame blames blamed charge charges charged \
        call calls called describe describes described brand brands branded label labels labeled labelled \
        term terms termed dub dubs dubbed characterize characterized characterise characterised \
        praise praises praised hail hails hailed slam slams slammed blast blasts blasted criticize criticized \
        criticise criticised condemn condemns condemned decry decries decried mock mocks mocked ridicule ridiculed \
        speak speaks spoke refute refutes refuted share shares shared point points pointed \
        find finds found show shows showed sing sings sang \
        exclaim exclaims exclaimed advise advises advised plead pleads pleaded interject interjects interjected \
        marvel marvels marveled marvelled gush gushes gushed opine opines opined clarify clarifies clarified \
        elaborate elaborates elaborated inform informs informed \
        editorialize editorializes editorialized editorialise editorialises editorialised \
        bemoan bemoans bemoaned concur concurs concurred implore implores implored gripe gripes griped \
        grouse groused mutter mutters muttered murmur murmured sneer sneered rant rants ranted \
        summarize summarizes summarized summarise summarises summarised surmise surmised \
        theorize theorizes theorized theorise theorised reckon reckons reckoned blurt blurted \
        ruled estimates estimated
        """
    /// The first three letters of the speech verbs and of `according`: most words of the corpus
    /// are told apart from them by their opening letters alone.
    let speechOpenings = WordOpenings(QuoteLexicon.speechVerbWords + " according " + QuoteLexicon.speechActNounWords)
    /// Words that make a paragraph worth reading for speech: the speech verbs and the nouns of
    /// speech acts (`made the argument that`).
    let speechWords = WordKey.set(QuoteLexicon.speechVerbWords + " " + QuoteLexicon.speechActNounWords)
    /// See `speechAct(_:after:)`.
    let speechActVerbs = WordKey.set(QuoteLexicon.speechActVerbWords)
    let speechActNouns = WordKey.set(QuoteLexicon.speechActNounWords)
    /// Every word a speech cue turns on (the speech verbs, `according`, `quoted`, `read`): most
    /// words of a sentence are none of them, and are passed over after one look-up.
    let cueWords = WordKey.set(QuoteLexicon.speechVerbWords + " according quoted read reads " + QuoteLexicon.retortVerbWords + " " + QuoteLexicon.speechActVerbWords)
    /// `shot back`, `fired back`, `hit back`: speech only with `back`.
    let retortVerbs = WordKey.set(QuoteLexicon.retortVerbWords)
    private static let retortVerbWords = "shot fired hit hits shoots fires"

    /// Speech verbs that can end a clause whose words are the speaker's own (`..., he said.`):
    /// verbs of denial or characterisation take an object instead.
    let clauseFinalVerbs = WordKey.set("""
        say says said tell tells told add adds added note notes noted stress stresses stressed \
        claim claims claimed states stated insist insists insisted warn warns warned \
        write writes wrote explain explains explained argue argues argued ask asks asked \
        reply replies replied respond responds responded declare declares declared continue continues continued \
        emphasize emphasizes emphasized emphasise emphasises emphasised recall recalls recalled remark remarks remarked \
        observe observes observed comment comments commented conclude concludes concluded concede concedes conceded \
        complain complains complained caution cautions cautioned contend contends contended maintain maintains maintained \
        assert asserts asserted tweet tweets tweeted post posts posted quip quips quipped joke jokes joked \
        admit admits admitted acknowledge acknowledges acknowledged predict predicts predicted promise promises promised \
        vow vows vowed suggest suggests suggested testify testifies testified reiterate reiterates reiterated \
        lament laments lamented counter counters countered retort retorts retorted answer answers answered \
        announce announces announced wonder wonders wondered share shares shared pointed report reports reported \
        ruled estimates estimated
        """)

    /// Verbs that pin a label on something (`dismissed the claims as ...`): their object carries a
    /// fragment of the speaker's words.
    let characterisationVerbs = WordKey.set("""
        call calls called describe describes described brand brands branded label labels labeled labelled \
        term terms termed dub dubs dubbed characterize characterized characterise characterised \
        dismiss dismisses dismissed deride derides derided reject rejects rejected decry decries decried \
        slam slams slammed blast blasts blasted condemn condemns condemned denounce denounces denounced mock mocked
        """)

    /// Speech verbs whose content clause may follow without `that` (`Scheer says he would not ...`).
    let bareClauseVerbs = WordKey.set("""
        say says said saying tell tells told telling argue argues argued arguing claim claims claimed claiming \
        insist insists insisted insisting warn warns warned warning suggest suggests suggested suggesting \
        predict predicts predicted contend contends contended maintain maintains maintained assert asserts asserted \
        allege alleges alleged testify testifies testified agree agrees agreed complain complains complained \
        concede concedes conceded admit admits admitted acknowledge acknowledges acknowledged stress stresses stressed \
        reiterate reiterates reiterated add adds added adding note notes noted noting write writes wrote \
        explain explains explained state states stated recall recalls recalled confirm confirms confirmed \
        find finds found show shows showed ruled
        """ + " " + QuoteLexicon.announcingVerbs)

    /// Of those, the ones that also take a plain object (`added a clause`, `noted the rise`): their
    /// bare complement must open with a pronoun subject (`added he would`).
    let weakClauseVerbs = WordKey.set("""
        add adds added adding note notes noted noting write writes wrote explain explains explained \
        recall recalls recalled confirm confirms confirmed admit admits admitted find finds found show shows showed \
        acknowledge acknowledges acknowledged stress stresses stressed reiterate reiterates reiterated \
        predict predicts predicted suggest suggests suggested ruled
        """ + " " + QuoteLexicon.announcingVerbs)

    /// Verbs that make something known, with or without `that` (`announced it would`, `tweeted he was`):
    /// weak, as they also take a plain object (`announced a plan`).
    private static let announcingVerbs = """
        announce announces announced announcing tweeted caution cautions cautioned emphasize emphasizes emphasized \
        emphasise emphasises emphasised vowed promised reported
        """

    /// Heads of an organisation that `the company`, `the group` may stand for when the article
    /// named it otherwise (`Facebook ... The company noted`).
    let genericOrganisationHeads = WordKey.set("company firm group department bank agency organization organisation business retailer airline carrier network team club")

    /// Verbs that deny what others claimed, and the claims they deny (`denied reports that ...`).
    let denialVerbs = WordKey.set("deny denies denied denying refute refutes refuted reject rejects rejected dismiss dismisses dismissed dispute disputes disputed")
    let claimNouns = WordKey.set("claims claim allegations allegation accusations accusation reports report suggestions suggestion charges rumours rumors speculation assertions assertion")

    /// Nouns for people an article does not name (`people familiar with the matter`), and the
    /// roles it gives a speaker it will not name (`a source`, `the person`).
    let unnamedPeople = WordKey.set(QuoteLexicon.unnamedPeopleWords)
    let unnamedSources = WordKey.set(QuoteLexicon.unnamedPeopleWords + " source sources insider")
    private static let unnamedPeopleWords = "people person individual individuals someone"

    /// Verbs that name whom they address before what they say (`warned senators that`).
    let addressingVerbs = WordKey.set("warn warns warned warning remind reminds reminded assure assures assured inform informs informed")

    /// Verbs of asking: what follows is a question, not a statement.
    let questionVerbs = WordKey.set("ask asks asked asking wonder wonders wondered")

    /// Words of a speech verb's object that come before `that` or a colon (`told reporters that`).
    let addressees = WordKey.set("""
        reporters journalists media press audience crowd lawmakers senators members supporters viewers \
        listeners readers interviewer an us him her them me parliament congress television radio news \
        program programme show broadcast podcast station network channel newspaper residents voters students donors \
        delegates workers employees staff colleagues officials investors followers fans attendees guests troops \
        soldiers officers parents court jury jurors judge committee panel hearing council board commission \
        police investigators detectives agents authorities prosecutors reporter host hosts anchor paper magazine \
        outlet website agency forum conference summit rally meeting gathering room crowds interviewers constituents
        """)

    /// Small words that stand between a speaker and the verb (`Peskov had previously said`).
    let verbAdjuncts = WordKey.set("""
        also has have had previously earlier later then now again further recently repeatedly once already just \
        only still reportedly publicly privately separately simply flatly quickly immediately firmly openly \
        initially originally first finally subsequently yesterday today tonight would will did does do is was \
        were are had not never often always even himself herself themselves itself too in turn however \
        monday tuesday wednesday thursday friday saturday sunday
        """)

    /// Prepositions that open a time adjunct between speaker and verb (`Peskov on Thursday derided`).
    let timePrepositions = WordKey.set("on in at during last this late early")

    /// Personal pronouns that can be the subject of a speech verb.
    let pronouns = WordKey.set("he she they it we i who")

    /// Words of the speaker's own voice: a clause with them is not the reporter's.
    let firstAndSecondPerson = WordKey.set("""
        i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves \
        you you're you've you'd you'll your yours yourself yourselves let's
        """)

    /// Finite verbs in the present or future: words left in the tense the speaker used.
    let presentTense = WordKey.set("""
        is isn't are aren't am 's 're has hasn't have haven't does doesn't do don't will won't can can't cannot \
        must shall need needs remains remain seems seem know knows want wants think thinks believe believes \
        hope hopes see sees continues continue stands stand they've we've i've you've they're we're you're i'm \
        he's she's it's that's there's
        """)

    /// Finite verbs in the past or backshifted: the reporter retelling.
    let pastTense = WordKey.set("""
        was wasn't were weren't had hadn't did didn't would wouldn't could couldn't might should shouldn't
        """)

    /// Adverbs after which a word ending in -s is a present-tense verb (`always remains`).
    let frequencyAdverbs = WordKey.set("""
        always never often still also only now usually rarely sometimes already just really simply clearly \
        certainly increasingly constantly generally actually
        """)

    /// Titles printed before a name (`Mr.`, `Sen.`, `President`); not roles in themselves when short.
    let honorifics = WordKey.set("mr mrs ms miss dr prof sir dame lord lady messrs madam monsieur herr")

    let maleWords = WordKey.set("mr sir lord king prince spokesman chairman congressman he him his father son brother husband")
    let femaleWords = WordKey.set("mrs ms miss dame lady queen princess spokeswoman chairwoman congresswoman she her mother daughter sister wife")

    /// The gender a title or word of kinship says (`Mrs.`, `daughter`), if any.
    func gender(of key: WordKey) -> Mention.Gender? {
        femaleWords.contains(key) ? .female : maleWords.contains(key) ? .male : nil
    }

    /// Common given names that are rarely given to the other sex, for pronouns (`she said`) when no
    /// title says. Names used for both (`Jordan`, `Alex`, `Kim`) are in neither list.
    let femaleFirstNames = WordKey.set("""
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa betty margaret \
        sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie \
        rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen \
        samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie \
        olivia joyce virginia victoria lauren christina joan evelyn judith megan andrea cheryl hannah \
        jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy \
        sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany \
        charlotte marie kayla alexis lori nikki elaine wendy caroline ursula sheila jane valerie gina \
        melanie justine jenny claire fiona nicola nancy hillary maxine alexandria \
        kirsten marsha madeleine sonia elena sally \
        molly holly katie kate kathy cathy peggy penny betsy dianne erin tina tammy stacey stacy tanya \
        vanessa veronica yvonne yolanda wanda irene joanne joanna josephine julia kristen kristin krista \
        leah lillian lily lucy lynn mandy marcia maureen meghan mia miriam monica nina nora norma paula \
        phyllis priscilla rita roberta rosa rosemary roxanne sabrina sophie stella susie sylvia tara \
        tiffany toni vera vicki vicky vivian whitney yasmin zoe beth becky bonnie carla carmen cindy \
        claudia colleen dolores edith eileen eleanor ella ellen eva gail gwen heidi ingrid jill kay \
        lara laurie lois loretta louise lorraine marjorie naomi olga patty regina renee rhonda sheryl \
        tamara thelma jeanne joni greta michele anne annie alexandra caitlin kaitlyn chelsea gretchen \
        jeanine kristi marianne marina melinda nadia natasha serena haley hailey elise elisa ivana \
        mariah maggie carly debbie janine jeanette fatima aisha layla leila mona priya anjali sunita
        """)
    let maleFirstNames = WordKey.set("""
        james robert john michael david william richard joseph thomas charles christopher daniel matthew \
        anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward \
        jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin \
        samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan \
        henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald \
        carl terry sean austin arthur lawrence jesse dylan bryan joe billy bruce albert willie gabriel \
        logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny \
        mike bill tom jim bob dick pierre doug brad chuck jeff steve ted rick ben dan tim greg ken matt \
        andy tony nick fred ed ron don jon josh marco bernie mitch rudy devin \
        pete cory jared mick todd kirk glenn lloyd neil ian colin martin marc mario carlos luis \
        miguel jorge manuel ricardo pedro francisco rafael alejandro fernando sergio allen alvin andre \
        barry bernard bradley brett calvin clarence clifford craig curtis darren darryl derek dominic \
        duane dustin edwin elliott emmanuel erik ernest floyd franklin frederick gavin gilbert gordon \
        hank harvey herbert howard hugh isaac ivan jake jamal javier jay jeremiah jerome joel julian \
        karl kurt leon leonard leroy lester lewis lucas luke malcolm marcus marvin maurice melvin micah \
        mitchell mohammed muhammad ahmed omar hassan morris nathaniel norman oliver oscar otis owen \
        phil preston quentin ramon randall reggie reginald ricky rodney roland ronnie ross ruben rufus \
        shane sidney simon stanley stuart terrence theodore toby travis trevor troy vernon victor vince \
        wallace warren wesley xavier zach dave danny tommy jimmy jimmie timmy \
        charlie eddie freddie gus hal abe
        """)

    /// Role words, capitalised or not, that name what a speaker is.
    let roles = WordKey.set("""
        spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople secretary minister ministers director \
        chief head president vice-president vice chairman chairwoman chair chairperson leader leaders governor senator \
        senators congressman congresswoman representative representatives lawmaker lawmakers legislator legislators \
        ambassador envoy diplomat diplomats commander general admiral officer officers official officials adviser \
        advisers advisor advisors aide aides analyst analysts expert experts economist economists scientist \
        scientists researcher researchers professor scholar strategist strategists pollster consultant attorney \
        attorneys lawyer lawyers prosecutor prosecutors judge justice mayor sheriff detective investigator \
        investigators agent agents ceo executive executives founder co-founder owner manager coach candidate nominee \
        correspondent reporter journalist editor columnist author activist activists organizer organiser \
        protester protesters resident residents witness witnesses source sources member members voter voters \
        worker workers student students doctor doctors nurse physician delegate deputy premier chancellor king \
        queen prince princess pope cardinal bishop archbishop pastor rabbi imam commissioner administrator \
        superintendent regulator regulators negotiator negotiators mediator observer observers critic critics \
        supporter supporters opponent opponents counsel ombudsman inspector treasurer staffer staffers lobbyist \
        historian epidemiologist epidemiologists virologist psychologist commentator host anchor pundit \
        investor investors forecaster forecasters percent emir sheikh speaker marshal colonel captain lieutenant sergeant major sen rep gov gen \
        lt col sgt capt maj adm cmdr rev hon president-elect secretary-general tank think-tank authorities \
        police monitor monitors clerk officeholder mp mps mep meps staff republican republicans democrat democrats \
        coroner councillor councilor councilman councilwoman alderman trustee trustees firefighter firefighters \
        paramedic paramedics teacher teachers plaintiff plaintiffs cfo sergeant-at-arms editor-in-chief \
        commander-in-chief attorney-general director-general governor-general solicitor-general auditor-general \
        lieutenant-governor supervisor operative operatives confidant confidante ally loyalist insider donor
        """ + " " + QuoteLexicon.pluralTrades)

    /// Titles of the person a name follows in `the spokesman of the President X`.
    let headsOfState = WordKey.set("president prime premier king queen chancellor pope emir sheikh prince princess governor mayor")

    /// Role heads that name one person's public voice.
    let spokespersonRoles = WordKey.set("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople")

    /// Plural role words (and `percent`, a share of those asked): a speaker the article refers to as `they`.
    let pluralRoles = WordKey.set("""
        officials experts analysts aides advisers advisors diplomats officers leaders lawmakers legislators senators \
        representatives economists scientists researchers strategists attorneys lawyers prosecutors investigators \
        agents executives activists protesters residents witnesses sources members voters workers students doctors \
        regulators negotiators observers critics supporters opponents staffers investors epidemiologists forecasters \
        spokesmen spokeswomen spokespeople authorities police monitors mps meps republicans democrats conservatives \
        liberals progressives trustees firefighters paramedics teachers plaintiffs percent
        """ + " " + QuoteLexicon.pluralTrades)

    /// Plurals of roles (`editors`, `justices`): roles, and plural ones.
    private static let pluralTrades = """
        editors journalists columnists correspondents authors nurses physicians delegates deputies \
        commissioners administrators inspectors historians commentators pundits directors secretaries \
        governors congressmen congresswomen ambassadors envoys commanders generals professors scholars \
        pollsters consultants judges justices mayors sheriffs detectives founders owners managers coaches \
        candidates nominees organizers organisers chairmen chiefs presidents ceos virologists psychologists \
        supervisors councillors councilors treasurers cardinals bishops pastors rabbis imams marshals \
        colonels captains lieutenants sergeants
        """

    /// Head words of an organisation's name.
    let organisationHeads = WordKey.set("""
        ministry department street council institute agency office committee commission party union organization \
        organisation association bank court government administration service services police army navy forces \
        force guard command parliament congress senate assembly duma kremlin pentagon house times news post journal \
        network television radio university college school foundation fund center centre group corporation company \
        inc co corp ltd llc board bureau authority cabinet secretariat embassy consulate mission coalition alliance \
        federation league campaign front movement society club channel presidency ministries review tribune \
        herald telegraph guardian gazette institution lab laboratory observatory watch initiative program programme \
        project trust caucus junta regime circuit tribunal district reuters ap afp tass interfax xinhua ria novosti bloomberg cnn bbc \
        statement report letter article paper memo complaint lawsuit suit filing indictment study survey poll document \
        release editorial analysis ruling graphic caption banner headline ad advertisement notice email petition \
        resolution verdict judgment transcript
        """)

    /// States and provinces, and the abbreviations news style gives them (`Ames, Iowa`, `Springfield,
    /// Va.`, `Antigonish, N.S.`): what follows a town and a comma. Of two-word names, the last word.
    let regions = WordKey.set("""
        alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho \
        illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota \
        mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah \
        vermont virginia washington wisconsin wyoming hampshire jersey mexico york carolina dakota island \
        ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev \
        okla ore pa tenn vt va wash wis wisc wyo n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va d.c \
        ontario quebec alberta manitoba saskatchewan scotia brunswick newfoundland labrador columbia yukon \
        b.c n.s n.b ont que alta man sask nfld p.e.i
        """)

    /// Whether the word names a state, province or country, or the last word of one (`Iowa`, `Va.`, `Hampshire`).
    func namesPlace(_ key: WordKey) -> Bool { regions.contains(key) || places.contains(key) }

    /// First words of two-word states and countries (`New Hampshire`, `North Korea`).
    let compassWords = WordKey.set("new north south east west rhode")

    /// Countries, peoples and capitals: they qualify a role (`Russian President`) or stand for a government.
    let places = WordKey.set("""
        american us usa america united states russian russia ukrainian ukraine chinese china british britain uk \
        english england french france german germany italian italy spanish spain polish poland israeli israel \
        palestinian palestine iranian iran iraqi iraq syrian syria turkish turkey japanese japan korean korea north \
        south indian india pakistani pakistan afghan afghanistan saudi arabia egyptian egypt mexican mexico canadian \
        canada european europe eu australian australia brazilian brazil venezuelan venezuela cuban cuba belarusian \
        belarus georgian georgia swedish sweden finnish finland norwegian norway danish denmark dutch netherlands \
        belgian belgium swiss switzerland austrian austria greek greece hungarian hungary czech romanian romania \
        serbian serbia lebanese lebanon jordanian jordan qatari qatar emirati libyan libya nigerian nigeria african \
        africa western eastern soviet taiwanese taiwan washington moscow kyiv kiev beijing london paris berlin \
        brussels tehran jerusalem damascus baghdad kabul tokyo seoul pyongyang ankara warsaw minsk caracas havana \
        ottawa federal state national international democratic republican gop \
        alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana \
        iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana \
        nebraska nevada hampshire jersey carolina dakota ohio oklahoma oregon pennsylvania tennessee texas utah vermont \
        virginia wisconsin wyoming ontario quebec alberta manitoba saskatchewan newfoundland labrador nunavut yukon
        """)

    /// Capitalised words that open a sentence without being a name (`But`, `Meanwhile`, `Asked`).
    let capitalisedFunctionWords = WordKey.set("""
        the a an this that these those it he she they we i you his her their its our my your but and or so yet for of \
        nor if when while as after before since because although though however meanwhile also then now still in \
        on at by from with without into over under about against among between during through across along around \
        despite following given instead later earlier last next some many most several both each every all any no \
        not only even just asked speaking referring according yesterday today tomorrow monday tuesday wednesday \
        thursday friday saturday sunday january february march april may june july august september october \
        november december there here what who which where why how one two three four five six seven eight nine ten \
        such other another more less first second third old former senior top deputy acting interim getty \
        which whose whom than others to was were is are has have had do does did will would can could should might \
        must pressed told questioned challenged responding writing noting citing adding we're we've we'll we'd i'm i've i'll i'd you're you've you'll they're they've \
        they'll he's she's it's that's there's let's nobody everybody everyone someone anyone somebody anybody nothing something \
        everything none whereas whilst unlike besides unless until upon within amid amidst thus hence indeed perhaps
        """)

    /// Lower-case words that qualify a role although they are small words elsewhere.
    let roleModifiers = WordKey.set("former senior top deputy acting interim")

    /// Qualifiers that make a role another office than its head word alone: a vice president is
    /// not `the president`, a lieutenant governor not `the governor`. (Not `former`: `the official`
    /// goes on with `a former official` the article quoted.)
    let otherOffices = WordKey.set("vice deputy lieutenant assistant under associate")

    /// Prepositions that tie a role or body to a place or body (`officials in Washington`).
    let placePrepositions = WordKey.set("in at from")

    /// Capitalised words that open sentences and are never first names, nor are the ends of photo
    /// credits and prompts a scraper glued to the sentence after them (`Jim Watson/Getty Images
    /// Trump says`, `Click David Corbin`).
    let openingWords = WordKey.set("""
        like whatever plus neither either almost presumably whether unlike longtime surprised impeaching introducing \
        story highlights ex indeed nearly suppose case perhaps notably clearly certainly obviously actually \
        apparently ultimately basically hence thus therefore moreover furthermore nevertheless nonetheless \
        otherwise yes well okay sure maybe imagine consider remember once overall separately similarly likewise additionally \
        often sometimes usually elsewhere afterwards afterward \
        images image photo photos click
        """)

    /// Documents that `say` things: a cue, but the speaker is whoever issued them.
    let documents = WordKey.set("""
        statement report letter article paper memo complaint lawsuit suit filing indictment study survey poll document \
        release editorial analysis ruling graphic caption banner headline ad advertisement notice email petition \
        resolution verdict judgment transcript
        """)

    /// Particles inside a personal name (`Mohammed bin Salman`, `Ursula von der Leyen`).
    let nameParticles = WordKey.set("bin ibn al el de da di du del della der van von la le dos das ben abu")

    /// Words that end a name (`Martin Luther King Jr.`).
    let nameSuffixes = WordKey.set("jr sr ii iii iv")

    /// Determiners that open a noun phrase.
    let determiners = WordKey.set("the a an this that these those his her their its our")

    /// Words inside an organisation's name or a role (`Institute for the Study of War`, `Secretary of State`).
    let nameLinks = WordKey.set("of for the and on")

    /// Number words that may open a plural speaker (`Three US officials`).
    let numbers = WordKey.set("two three four five six seven eight nine ten several many some dozens hundreds")

    let according = WordKey("according")
    let to = WordKey("to")
    let that = WordKey("that")
    let which = WordKey("which")
    let `as` = WordKey("as")
    let by = WordKey("by")
    let of = WordKey("of")
    let and = WordKey("and")
    let who = WordKey("who")
    let it = WordKey("it")
    let they = WordKey("they")
    let he = WordKey("he")
    let she = WordKey("she")
    let we = WordKey("we")
    let i = WordKey("i")
    let us = WordKey("us")
    let quoted = WordKey("quoted")
    let told = WordKey("told")
    let saying = WordKey("saying")
    let tells = WordKey("tells")
    let telling = WordKey("telling")
    let out = WordKey("out")
    let `in` = WordKey("in")
    let the = WordKey("the")
    let `for` = WordKey("for")
    let a = WordKey("a")
    let an = WordKey("an")
    let indefiniteArticles = WordKey.set("a an")

    /// Roles many people hold at once: `one GOP operative` is someone new, not the operative the
    /// article named (while `a Kremlin spokesman` is the one who holds that office).
    let sharedRoles = WordKey.set("""
        operative adviser advisor aide official strategist consultant analyst expert lawyer attorney staffer \
        officer agent member lobbyist witness resident supporter critic activist researcher scientist professor \
        doctor nurse worker student voter delegate investigator diplomat economist scholar pollster \
        correspondent reporter journalist protester teacher firefighter paramedic employee source insider \
        executive democrat republican percent senator sen congressman congresswoman representative rep lawmaker \
        legislator mp councillor councilor councilman councilwoman alderman
        """)
    let you = WordKey("you")
    let secretary = WordKey("secretary")
    let spokespersonKey = WordKey("spokesperson")

    /// One word for each title printed several ways: `Sen.` and `senator`, `Rep.`, `congressman`
    /// and `representative` (any word for a spokesperson is one too, by `spokespersonRoles`).
    private static let titleKinds: [WordKey: WordKey] = {
        let kinds = [
            "senator": "sen", "representative": "rep congressman congresswoman congressmember", "governor": "gov",
            "general": "gen", "lieutenant": "lt", "colonel": "col", "sergeant": "sgt", "captain": "capt", "major": "maj",
            "admiral": "adm", "commander": "cmdr",
        ]
        var table: [WordKey: WordKey] = [:]
        for (kind, words) in kinds { for w in words.split(separator: " ") { table[WordKey(String(w))] = WordKey(kind) } }
        return table
    }()
    /// The keys of `titleKinds`, for a look-up without hashing: most heads are none of them.
    private let titleShorts = WordSet(Array(QuoteLexicon.titleKinds.keys))

    /// The title `head` stands for: `senator` for `sen`, `representative` for `congressman`.
    func titleKind(_ head: WordKey) -> WordKey {
        if spokespersonRoles.contains(head) { return spokespersonKey }
        return titleShorts.contains(head) ? QuoteLexicon.titleKinds[head] ?? head : head
    }
}
