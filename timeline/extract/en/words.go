package en

import "retrace/timeline/lex"

// This file is every English word table the tagger, the events stage and
// the merger read: each list is the words of one class (see lex's classes
// for what a class is for). Words are in lower case.

// eventWords are the words the events stage reads when it cuts a sentence
// into clauses and writes a label.
var eventWords = []struct {
	class lex.Class
	words string
}{
	// belong to a time expression right before it: "in late 2024", "on
	// Monday", "from March to May", "for now"; a label drops them with it
	{lex.LeftOfTime, `in on at during since until till by from to through throughout for of within over around
		about circa before after as early late the this that last next each every just only between and or
		starting beginning earlier later sometime mid some nearly almost roughly`},
	// belong to a time expression just after it: "two years ago", "a week later"
	{lex.RightOfTime, `ago earlier later afterwards afterward previously`},
	// may open the span of a relative expression: "just weeks after", "only
	// days before", "a few months later"
	{lex.Quantifier, `just only some about barely mere nearly almost roughly around a few several less more than merely`},
	{lex.Preposition, `in on at by for from to of with without during since until till through throughout within over around
		about before after into onto upon between against under across toward towards amid among per via like including
		excluding`},
	// may not end a label ("Ukrainian forces launch surprise incursion in"
	// reads broken) and do not count as content; every preposition is one
	{lex.FunctionWord, `a an the and or but nor that which who whom whose this these those its their his her our my
		your is are was were be been being has have had will would could should may might can must shall do does
		did not as than so if whether it also there then very more most least`},
	// open a clause without being part of what happened in it
	{lex.Connector, `with and but or while whereas although though because as when where which that so then yet whether
		since after before until if also however meanwhile moreover furthermore thus therefore indeed instead
		still even just only now again amid among once unless`},
	{lex.Article, `a an the`},
	// join a clause to the noun it describes; a label that keeps the noun
	// ("The strike, which began...") reads better without them
	{lex.RelativePronoun, `which who whom whose`},
	{lex.RelativeSubject, `which who`},
	{lex.WhenWord, `when`},
	// completed by a date, they are what happens then: "debentures due
	// Nov. 1, 2031", "the dividend is payable Jan. 3", "effective Monday"
	{lex.DateAdjective, `due payable effective`},
	// the offices news writers put before a name
	{lex.Title, `leader president minister secretary chancellor spokesman spokeswoman spokesperson official
		chairman chairwoman senator governor mayor ambassador envoy commander dictator premier ceo pope judge sen
		rep gov gen representative lawmaker director attorney`},
	{lex.TitleQualifier, `general`}, // "Attorney General Janet Reno": both words are the office
	{lex.CompanySuffix, `inc inc. corp corp. ltd ltd. co. plc llc`},
	// before a participle they form its progressive: "were launching" becomes "launch"
	{lex.Auxiliary, `is are was were am`},
	{lex.ThirdPersonAuxiliary, `is was`}, // "the department is considering" -> "considers"
	{lex.PerfectAuxiliary, `been be`},    // "has been expanding": the tense carries meaning
	// precede a noun: an -ing word after one is a noun or an adjective
	// ("the meeting", "a deepening alliance"), not a verb
	{lex.Determiner, `a an the this that these those its their his her our my your some any each every no more most all
		both either neither several many few
		very of in for on at by to`},
	// open the object or complement of a verb: "launching a surprise
	// incursion", "calling for talks", "killing 12"
	{lex.VerbObjectStart, `a an the this that these those its their his her our some more for to up out off down
		over back into on against him them it us`},
	// end in -ing but are not participles worth turning into verbs
	{lex.IngNotVerb, `during according including following morning evening nothing something anything everything being
		thing king ring spring string wing bring sing swing ceiling building ongoing willing interesting
		outstanding remaining existing upcoming missing amazing regarding concerning pending notwithstanding
		meeting funding spending training housing beijing wyoming darling sterling shilling operating`},
	// end in -ly but are nouns or adjectives that matter
	{lex.LyNotAdverb, `family ally rally supply reply july italy assembly monopoly anomaly only early daily weekly
		monthly yearly likely friendly deadly costly elderly holy ugly lonely lovely orderly quarterly nightly
		hourly timely kelly emily lily beverly sicily`},
	// comment on a report rather than say what happened
	{lex.SentenceAdverb, `reportedly allegedly apparently also just already still now then however meanwhile indeed
		finally eventually recently previously initially subsequently ultimately officially publicly reputedly
		supposedly purportedly ostensibly`},
	// the auxiliaries, modals and common irregular past forms that open a
	// predicate; with the -ed forms they mark a clause whose subject lies
	// elsewhere in the sentence
	{lex.PredicateStart, `has have had is are was were will would could can may might must should did does said says
		began became took made told went came won lost fell rose held left met sent gave saw found led struck
		fought broke ran spoke wrote brought built kept paid sold`},
	{lex.AuxiliaryOrModal, `has have had is are was were will would could can may might must should did does`},
	// introduce what someone said
	{lex.ReportingVerb, `said says told added predicted stated warned announced declared reported wrote argued
		insisted noted explained claimed disclosed confirmed revealed acknowledged showed shows indicated indicates
		suggested suggests say replied`},
	{lex.PlaceAdverb, `here there again also`},
	// relate two events: in "After the vote on Monday, protests erupted"
	// the vote is what Monday dates
	{lex.TemporalPreposition, `after before since until till`},
	{lex.SubjectPronoun, `i you he she it we they`},
	// start a new clause. "and" is not among them: it joins noun phrases
	// ("Russia and North Korea") far more often than clauses, and a clause
	// it joins usually follows a comma anyway. Nor are "which" and "who"
	// without a comma: a restrictive relative clause ("a suspect who was
	// returned from Pakistan had not admitted") sits inside the clause
	// whose verb follows it.
	{lex.ClauseBreakWord, `but while whereas although though because when where unless`},
	// open a clause when a subject pronoun follows: "since he was rescued", "after they left"
	{lex.ClauseBreakBeforePronoun, `since after before until as once`},
	// join a new predicate to a clause: "founded in 750 BC and reached its height ..."
	{lex.PartOpener, `and or then`},
	// set one time against another ("from $4 million a year ago", "over
	// comparable periods in 1988") or make two times one range
	{lex.ComparisonWord, `from than over compared versus vs vs. against`},
	// follow a participle that only says where or on what occasion
	// something (named before the comma) happened
	{lex.PlacePreposition, `in at during on`},
	{lex.AfterWord, `after`},
	{lex.FollowingWord, `following`},
	{lex.BeforeWord, `before`},
	{lex.PriorWord, `prior ahead`},
	{lex.PriorLink, `to of`},
	{lex.LaterWord, `later afterwards afterward`},
	{lex.EarlierWord, `earlier previously`},
	{lex.QuasiPreposition, `according compared`}, // prepositions in all but spelling: "compared with a loss"
	{lex.QuasiPrepositionLink, `to with`},
	{lex.ThatWord, `that`},
	{lex.ExistentialThere, `there`},
	{lex.BornWord, `born`},
	{lex.PossessiveS, `s`}, // "Corp.'s" arrives as "Corp", ".", "'", "s"
	{lex.DefiniteArticle, `the`},
	{lex.CenturyWord, `century`},
	// name a happening: a time that modifies one ("the 2010 raid", "the
	// protests of June 1989") dates it, and it can stand alone as a
	// headline ("Battle of Verdun"); plurals are listed too
	{lex.EventNoun, `accident accidents acquisition acquisitions airlift airstrike airstrikes ambush annexation
		anniversary arrest arrests assassination assault attack attacks auction ballot battle battles blackout blast
		blasts blaze blockade boom bombing bombings boycott breakout bust campaign capture ceasefire celebration
		ceremony championship clash clashes collapse collision competition conference congress convention coronation
		coup crackdown crash crisis cup debate debut defeat demonstration demonstrations deployment depression
		derailment disaster drought earthquake election elections embargo eruption escape evacuation execution
		expedition explosion famine festival fire fires flight flood flooding floods funeral game games genocide
		hearing hijacking hurricane inauguration incident incursion independence invasion killing killings landing
		landslide launch lockout march marathon massacre match meeting merger mutiny negotiations offensive olympics
		operation outbreak pandemic parade premiere primary protest protests raid raids rally recession referendum
		reunion revolt revolution riot riots robbery sale scandal session shooting shootings shutdown siege sinking
		slaying slayings speech spill storm strike strikes summit surrender takeover talks tournament tour trial
		truce tsunami uprising visit vote voting walkout war wars wedding withdrawal
		rise increase increases decline declines drop surge jump slump plunge loss losses gain gains cutback cutbacks
		grab income earnings profit profits sales revenue revenues results charge charges payment payments purchase
		purchases offer offers redemption announcement establishment creation completion closing output
		production remarks remark statement statements comments briefing interview lecture testimony
		decision decisions ruling rulings verdict verdicts
		accord deal pact treaty settlement contract lawsuit suit indictment conviction sentencing appeal inquiry probe
		audit review survey poll census primary caucus nomination appointment resignation dismissal retirement
		promotion departure arrival return trip journey voyage mission deployment occupation retreat rebellion
		skirmish fight fighting combat bombardment shelling airstrike rocket missile crime murder rape theft fraud
		kidnapping abduction hostage torture detention release rescue escape execution hanging dispute conflict
		confrontation standoff crackdown purge boycott sanction sanctions embargo warning threat ultimatum demand
		request proposal plan bid tender offering issue listing flotation buyout buy-out spinoff spin-off divestiture
		restructuring reorganization layoff layoffs cut cuts reduction expansion contraction growth recovery rebound
		slide slowdown downturn upturn fall jump spike rally selloff sell-off crash bankruptcy default
		closure opening debut release introduction unveiling delivery shipment transfer change shift move reform
		overhaul revision amendment repeal veto approval rejection ratification signing agreement negotiation
		discussion consultation dialogue mediation visit tour audience reception ceremony banquet dinner lunch
		breakfast party gala concert show exhibition performance broadcast screening publication
		birth death burial marriage divorce injury illness surgery operation diagnosis
		quake tremor aftershock tornado typhoon cyclone wildfire avalanche mudslide epidemic
		leak collapse breakdown failure outage malfunction derailment sinking outflow inflow write-down writedown
		write-off writeoff trend squeeze crunch advance tenure stint turnaround effort attempt close`},
	// past tenses and participles not written with -ed, and -ed forms too
	// short for the rule that reads them by their ending
	{lex.IrregularPast, `arose awoke awoken became become overcame began begun bent bet bid bit bitten bled blew blown bore born borne bought
		bound bred broke broken brought built burned burnt burst cast caught chose chosen clung came cost crept cut
		dealt died dug did done drew drawn dreamt drank drunk drove driven dwelt ate eaten fell fallen fed felt fought
		found fled flung flew flown forbade forbidden forecast forgot forgotten forgave forgiven froze frozen got
		gotten gave given went gone ground grew grown hung heard hid hidden hit held hurt kept knelt knew known laid
		led leapt learnt left lent let lay lied lit lost made meant met mistook paid proved proven put quit read rid
		rode ridden rang rung rose risen ran sold sent set shook shaken shed shone shot shown shrank shut sang sung
		sank sunk sat slew slain slept slid slung slit spoke spoken sped spent spilt spun spat split spread sprang
		sprung stood stole stolen stuck stung stank strode struck striven swore sworn swept swam swum swung took
		taken taught tore torn told thought threw thrown thrust trod understood undertook undertaken underwent
		undergone upheld upset woke woken wore worn wove woven wed wept won wound withdrew withdrawn wrote written
		used tied owed eyed was were had said been sought overran overtook overthrew overthrown outran undid
		withheld withstood misled rebuilt retook rewrote foresaw befell broadcast seen saw beaten shrunk mistaken
		overtaken overcome overseen foreseen offset`},
	// after these a verb stands in its base form: "may rule", "did not pay"
	{lex.BaseVerbAfter, `will would shall should can could may might must do does did won't wouldn't shan't
		shouldn't can't cannot couldn't mightn't mustn't don't doesn't didn't`},
	{lex.Negation, `not never won't wouldn't shan't shouldn't can't cannot couldn't mightn't mustn't don't doesn't
		didn't isn't aren't wasn't weren't hasn't haven't hadn't`},
	// say "at present": with a verb of state in the present tense ("Kuwait
	// now controls", "the firm currently employs") they date no happening
	{lex.PresentWord, `now currently today nowadays presently`},
	// open a publication stamp ("Published 6:15 a.m. ET, Jan. 12, 2025",
	// "Updated: 14:05 GMT"): the date is the page's, not a happening's
	{lex.StampWord, `published updated posted modified filed dated`},
	{lex.OfWord, `of`},
	{lex.InfinitiveMarker, `to`},
	{lex.Adverb, `almost nearly even ever soon also still already just only never again further jointly quickly
		later first last once twice quietly secretly formally officially finally eventually immediately often usually
		sometimes always frequently rarely`},
	{lex.Copula, `is are was were am be been being isn't aren't wasn't weren't`},
	{lex.AddresseeVerb, `told tell tells telling informed assured warned reminded notified`},
	{lex.PossessivePronoun, `its their his her`},
	{lex.PersonPronoun, `he she`},
	// their object names the happening: "posted a $2 million loss", "held
	// talks", "had a falling out"
	{lex.LightVerb, `have has had having post posts posted posting report reports reported reporting take takes took
		taken taking make makes made making hold holds held holding record records recorded suffer suffers
		suffered give gives gave given launch launched launches stage staged stages`},
}

// dashMarks end a dateline: "WASHINGTON, March 3, 2024 (AP) — The Senate ...".
var dashMarks = []string{"—", "–", "--", "-", "_"}

// navigationMarks separate the entries of a menu or a breadcrumb trail:
// "Home | World | Elections 2024", "News > Europe > 2023".
var navigationMarks = []string{"|", "›", "»", ">", "•", "·"}

// clauseBreakMarks end a clause: commas, semicolons, colons, dashes,
// brackets and double quotes. A lone hyphen between spaces is a dash too.
var clauseBreakMarks = []string{",", ";", ":", "—", "–", "--", "-", "(", ")", "[", "]", "\"", "“", "”", "_", "``", "''"}

// openingQuotes open a quotation. Right after a word they open its object
// ("denounced Saddam's “ruinous policies of war”") and break no clause.
var openingQuotes = []string{"``", "“"}

// windowAdverbs say how soon one thing followed another without a number:
// "shortly after the vote" is within about two weeks, "immediately after"
// within about two days.
var windowAdverbs = []struct {
	word string
	days int
}{{"shortly", 14}, {"soon", 14}, {"immediately", 2}, {"right", 2}, {"just", 2}, {"directly", 2}}

// stopWords say nothing about which happening a label names: function
// words, reporting verbs and time words (the interval already says when;
// two sources calling the same clash "Friday's clash" and "the clash on 3
// May" must not differ for it).
const stopWords = `
	a an the this that these those its it's it their there his her he she they them we us our you your i my me
	of in on at by for from to into onto over under with without within about after before during since until
	between against among around across through toward towards near off out up down as than
	and or but nor so yet if then also not no only very just still even again further more most much many
	some any all each both several few other another such same own
	is are was were be been being am has have had having do does did done will would shall should can could
	may might must
	say says said saying tell tells told report reports reported reportedly according claim claims claimed
	who whom whose which what when where why how while
	time times day days week weeks month months year years decade decades century centuries
	today yesterday tomorrow tonight now recently ago later earlier last next early late mid
	morning afternoon evening night weekend
	january february march april june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday
	spring summer autumn fall winter`

// tagWords are the tagger's word classes without values.
var tagWords = []struct {
	class lex.Class
	words string
}{
	// month names that are also common English words: they need a capital
	// and a cue to count ("in May", "the March accession")
	{lex.MonthAmbiguous, `may march mar august jan jun`},
	// abbreviations that need their full stop or a day after them
	{lex.MonthAbbrev, `jan feb mar apr jun jul aug sep sept oct nov dec`},
	{lex.MonthAlone, `january february march april june july august september october november december sept`},
	{lex.VagueQuantity, `several few some many numerous`}, // "several days" is PXD
	// begin a year written in words: "nineteen ninety-six", "two thousand"
	{lex.YearNumberWord, `two eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty`},
	{lex.SeasonAmbiguous, `fall spring`}, // verbs and nouns too: they need a cue ("in the spring")
	// a word after a bare weekday or month that marks the future
	{lex.FutureCue, `will ll shall scheduled next upcoming slated tomorrow soon expected going effective`},
	// what a modal governs lies ahead of the time it is said ("a vote
	// could be held in June", "said he would resign on Friday"), unless
	// "have" follows ("might have left on Monday"); "can" and "could" with
	// a negation report what was not possible ("could not be reached for
	// comment on Monday") and say nothing of when
	// in the present tense they tell a fixed programme, which lies ahead:
	// "the Senate votes Tuesday", "United host Rovers on Wednesday", "the
	// show opens on Friday"; base and -s forms only, the past ones are past
	{lex.ScheduledVerb, `vote votes meet meets play plays host hosts face faces visit visits travel travels open opens
		close closes begin begins start starts resume resumes end ends reopen reopens kick kicks launch launches
		arrive arrives depart departs leave leaves return returns`},
	{lex.ModalVerb, `would could should might may must can cannot wouldn couldn shouldn mightn mustn`},
	// their infinitive lies ahead of them: "expected the fighting to
	// continue through the weekend", "agreed to meet on Friday", "is due to
	// open in May"; not "declined to comment", "began to fall"; so does
	// what they are "of": "warned of further walkouts in July"
	{lex.ProspectiveVerb, `expect expects expected expecting plan plans planned planning hope hopes hoped hoping
		intend intends intended intending aim aims aimed aiming want wants wanted promise promises promised vow vows
		vowed pledge pledges pledged threaten threatens threatened agree agrees agreed decide decides decided prepare
		prepares prepared preparing propose proposes proposed urge urges urged warn warns warned warning scheduled
		slated likely poised ready
		going due set`}, // "due" and "set" only after a form of "be": "is due to open", not "due to rain"
	// past-tense words; regular verbs in -ed are recognised by their
	// ending, so the list holds the common irregular ones of news
	{lex.PastCue, `said was were had did ago last announced reported told closed rose fell since ended earlier began
		came went took made brought became won lost left met held gave got sent sold bought paid fled found saw knew
		thought spent struck shot ran wrote spoke sank broke drove flew stood fought led grew kept felt`},
	{lex.DefinitePast, `was were had did ago last since earlier`}, // past whatever comes before them
	// before a participle: the present perfect or the passive says nothing
	// of when ("has decided to admit them in March", "will be held May 5"),
	// nor does a participle that is an adjective after a verb of state
	// ("will stay closed until Thursday", "remains closed")
	{lex.PerfectOrPassive, `has have be been being is are stay stays remain remains`},
	{lex.SayingVerb, `said told announced reported added stated`},
	{lex.PlanWord, `plans planned planning`},
	{lex.ScheduleWord, `expected scheduled slated`},
	{lex.BeForm, `is are was were be been being`},
	// after a ScheduleWord they make it look ahead: "scheduled for Friday"
	{lex.ScheduleLink, `to for in on by at next later this early late soon`},
	{lex.DeadlineWord, `by until till`},
	// make a following "May" or "March" a month
	{lex.MonthCue, `in since until till by from to through during of early late mid last next this that before after
		between end beginning start middle on each every`},
	// make a following four-digit number a year even outside 1900-2099
	{lex.YearCue, `in since until by from to through during of before after year early late mid fiscal around circa c born died`},
	// cannot be the noun a number counts: "around 2010 when"
	{lex.PhraseCloser, `and or but when while as the a an in on at to by for with after before until that which it he
		she they we bc ad bce ce`},
	// before a number: a price, a code or a count, not a year
	{lex.NotYearAfter, `$ £ € # no number flight route room / some nearly almost than over least`},
	// after an ambiguous month name: a name, "the March on Washington", "the March of Dimes"
	{lex.NamingLink, `of on to for in at by from with and or is was will has had`},
	{lex.DurationLead, `past last next first coming previous following final initial latest preceding remaining ensuing`},
	// around a bare plural unit ("weeks"), make it a span
	{lex.BareDurationBefore, `for within over in lasting took take takes last lasted spent spend just only after wait waited`},
	{lex.BareDurationAfter, `after before later earlier ago long`},
	// join two days of one month: "19-20 Oct", "April 24 and 25"
	{lex.DayPairLink, `- and or to through & /`},
	// end a clause after a span, so "two days later." is anaphoric
	{lex.ClauseCloser, `. , ; : ! ? ) - and but when`},
	// join the two ends of a range: "from March to May 2023"
	{lex.RangeLink, `to through until till -`},
	{lex.OrdinalSuffix, `st nd rd th`},
	// written before a name ("Mr. Price", "Roe vs. Wade"), so their full stop
	// never ends a sentence; after "Corp." or "Jr." a capital may well
	// start a new one, and the general rule decides
	{lex.NameAbbreviation, `vs mr mrs ms dr st gen gov sen rep lt col sgt capt prof rev ft mt`},
	{lex.SentenceEnd, `. ! ? ;`},
	// after a full stop, a mark that shows the sentence goes on: "Birmingham, Ala., killed"
	{lex.MidSentenceMark, `, ; ) :`},
	{lex.TimeZone, `est edt gmt utc pst pdt cst cdt et bst cet msk`},
}

// valued are the tagger's word classes whose words carry a value.
var valued = []struct {
	class lex.Class
	words map[string]int
}{
	{lex.Month, map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
		"sept": 9, "oct": 10, "nov": 11, "dec": 12}},
	{lex.Weekday, map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
		"friday": 5, "saturday": 6}},
	// short weekday names count only right before a date ("Sun., March 3"),
	// since "sun", "sat" and "wed" are ordinary words
	{lex.WeekdayAbbrev, map[string]int{"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4,
		"thurs": 4, "fri": 5, "sat": 6}},
	{lex.WeekdayPlural, map[string]int{"sundays": 0, "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4,
		"fridays": 5, "saturdays": 6}},
	{lex.NumberWord, map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
		"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
		"dozen": 12, "couple": 2}},
	// ordinals in words number centuries ("the twentieth century");
	// written ordinals such as "21st" are read from their digits
	{lex.Ordinal, map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
		"twentieth": 20}},
	{lex.QuarterOrdinal, map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
		"3rd": 3, "4th": 4, "final": 4}},
	{lex.DecadeWord, map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
		"seventies": 70, "eighties": 80, "nineties": 90}},
	// move a period from the anchor's by Num; see relAnaphoric and relNeedsArticle
	{lex.RelWord, map[string]int{"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1,
		"preceding": -1, "next": 1, "coming": 1, "following": 1, "ensuing": 1, "that": 0, "same": 0}},
}

// relative words that count from the last date mentioned ("the following
// year"), and those that count only after "the"
const relAnaphoric, relNeedsArticle = `previous preceding following ensuing that same`, `present preceding following ensuing same`

// quarterCodes number the quarters written "Q1" to "Q4".
var quarterCodes = map[string]int{"q1": 1, "q2": 2, "q3": 3, "q4": 4}

// coded are the tagger's word classes whose words carry a TIMEX3 code.
var coded = []struct {
	class lex.Class
	words map[string]string
}{
	{lex.Season, map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}},
	{lex.PartOfDay, map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}},
	{lex.PartOfDayPlural, map[string]string{"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
		"overnights": "NI"}},
	{lex.SetWord, map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
		"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W"}},
	// single words with a TIMEX3 reference value. "soon", "previously",
	// "current" and "recent" are temporal too, but as adjectives ("the
	// current crisis") they date nothing a reader would put on a timeline,
	// and annotators mark them unevenly.
	{lex.RefWord, map[string]string{"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
		"presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF"}},
}

// unitWords name the calendar units; the plural forms are in plural.
var unitWords = map[string]lex.Unit{
	"second": lex.UnitSecond, "seconds": lex.UnitSecond, "minute": lex.UnitMinute, "minutes": lex.UnitMinute,
	"hour": lex.UnitHour, "hours": lex.UnitHour, "day": lex.UnitDay, "days": lex.UnitDay,
	"night": lex.UnitNight, "nights": lex.UnitNight, "week": lex.UnitWeek, "weeks": lex.UnitWeek,
	"fortnight": lex.UnitFortnight, "month": lex.UnitMonth, "months": lex.UnitMonth,
	"quarter": lex.UnitQuarter, "quarters": lex.UnitQuarter, "year": lex.UnitYear, "years": lex.UnitYear,
	"decade": lex.UnitDecade, "decades": lex.UnitDecade, "century": lex.UnitCentury, "centuries": lex.UnitCentury,
	"millennium": lex.UnitMillennium, "millennia": lex.UnitMillennium, "weekend": lex.UnitWeekend,
	"weekends": lex.UnitWeekend,
}

const pluralUnits = `seconds minutes hours days nights weeks months quarters years decades centuries millennia weekends`
