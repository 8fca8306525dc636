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
	{lex.Preposition, `in on at by for from to of with during since until till through throughout within over around
		about before after into onto upon between against under across toward towards amid among per via like`},
	// may not end a label ("Ukrainian forces launch surprise incursion in"
	// reads broken) and do not count as content; every preposition is one
	{lex.FunctionWord, `a an the and or but nor that which who whom whose this these those its their his her our my
		your is are was were be been being has have had will would could should may might can must shall do does
		did not as than so if it also there then very more most`},
	// open a clause without being part of what happened in it
	{lex.Connector, `with and but or while whereas although though because as when where which that so then yet
		since after before until if also however meanwhile moreover furthermore thus therefore indeed instead
		still even just only now again amid among once unless`},
	{lex.Article, `a an the`},
	// join a clause to the noun it describes; a label that keeps the noun
	// ("The strike, which began...") reads better without them
	{lex.RelativePronoun, `which who`},
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
	{lex.Determiner, `a an the this that these those its their his her our my your some any each every no more most
		very of in for on at by to`},
	// open the object or complement of a verb: "launching a surprise
	// incursion", "calling for talks", "killing 12"
	{lex.VerbObjectStart, `a an the this that these those its their his her our some more for to up out off down
		over back into on against him them it us`},
	// end in -ing but are not participles worth turning into verbs
	{lex.IngNotVerb, `during according including following morning evening nothing something anything everything
		thing king ring spring string wing bring sing swing ceiling building ongoing willing interesting
		outstanding remaining existing upcoming missing amazing regarding concerning pending notwithstanding
		meeting funding spending training housing beijing wyoming darling sterling shilling`},
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
		insisted noted explained claimed`},
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
}

// clauseBreakMarks end a clause: commas, semicolons, colons, dashes,
// brackets and double quotes. A lone hyphen between spaces is a dash too.
var clauseBreakMarks = []string{",", ";", ":", "—", "–", "--", "-", "(", ")", "[", "]", "\"", "“", "”", "_", "``", "''"}

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
