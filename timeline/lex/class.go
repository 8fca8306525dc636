package lex

// Class is a word class: a set of words the tagger, the events stage or the
// merger treat alike, named by what they do and not by how any language
// writes them. A language's lexicon says which of its words are in which
// classes; the code that asks knows only the class.
type Class uint8

// The word classes. A word may be in several (English "may" is a month, an
// ambiguous one, and a modal verb); a value it carries for a class is in
// its Entry (Num, Unit, Code).
const (
	_ Class = iota // no class: the zero Class is none of them

	// Calendar words, with their values.
	Month           // a month name or abbreviation; Num is 1..12
	MonthAmbiguous  // a month name that is also a common word ("may", "march"): it needs a capital and a cue
	MonthAbbrev     // an abbreviation that needs its full stop or a day after it ("Sept." "Oct 3")
	MonthAlone      // a month form that stands on its own after "next" or "every" (no three-letter abbreviation)
	Weekday         // a weekday name; Num is the time.Weekday
	WeekdayAbbrev   // a short weekday name that counts only where a date follows; Num as Weekday
	WeekdayPlural   // "Mondays": every Monday; Num as Weekday
	NumberWord      // a count in words; Num is its value
	YearNumberWord  // a number word a year in words begins with ("nineteen ninety-six", "two thousand")
	VagueQuantity   // an unknown count: "several" days
	Ordinal         // an ordinal in words; Num is its value
	QuarterOrdinal  // an ordinal that numbers a quarter or half; Num is 1..4
	DecadeWord      // a decade in words; Num is its two digits (20 for the twenties)
	UnitWord        // a calendar unit; the entry's Unit says which
	Plural          // a calendar unit in the plural
	Season          // Code is the TIMEX3 season: SP, SU, FA, WI
	PartOfDay       // Code is the TIMEX3 part of day: MO, AF, EV, NI
	PartOfDayPlural // a part of day in the plural ("nights"); Code as PartOfDay
	SetWord         // an adverb of frequency; Code is its TIMEX3 set value (P1D)
	RefWord         // a word with a TIMEX3 reference value (Code: PRESENT_REF, PAST_REF)
	RelWord         // a word that moves a period from the anchor's ("last", "next"); Num is by how many
	RelAnaphoric    // a RelWord that counts from the last date mentioned, not the document's ("following")
	RelNeedsArticle // a RelWord that counts only after the definite article ("the following year")
	TimeZone        // a time zone abbreviation written after a clock time

	// Cues the tagger reads around an expression.
	FutureCue          // a word that marks the future near a bare weekday or month
	PastCue            // a past-tense word
	MonthCue           // a word before an ambiguous month name that makes it a month ("in May")
	YearCue            // a word before a four-digit number that makes it a year outside 1900-2099
	PhraseCloser       // a word that cannot be the noun a number counts ("around 2010 when")
	DurationLead       // a word that opens a counted span ("the past three years")
	BareDurationBefore // a word before a bare plural unit that makes it a span ("for years")
	BareDurationAfter  // a word after a bare plural unit that makes it a span ("weeks after")
	NameAbbreviation   // an abbreviation written before a name ("Mr.", "vs."): its full stop ends no sentence
	SentenceEnd        // a mark that ends a sentence
	MidSentenceMark    // a mark after a full stop that shows the sentence goes on ("Ala., killed")
	OrdinalSuffix      // the ending of a written ordinal ("3rd", "21st")
	SeasonAmbiguous    // a season that is also a verb or noun ("fall", "spring"): it needs a cue
	NamingLink         // a word after an ambiguous month name that makes it a name ("the March on Washington")
	NotYearAfter       // a word before a number that makes it a price, a code or a count, not a year
	DayPairLink        // a word joining two days of one month ("April 24 and 25", "19-20 Oct")
	RangeLink          // a word joining the two ends of a range ("from March to May 2023")
	ClauseCloser       // a word or mark after a span that closes its clause ("two days later.")
	DeadlineWord       // a preposition that makes a bare month or weekday a deadline ahead ("by May")
	SayingVerb         // a verb of saying in the past: it dates the saying ("said Friday")
	PlanWord           // a form of "plan": it looks ahead with "to" or "for"
	ScheduleWord       // a participle that looks ahead after "is" or before "for" ("expected", "scheduled")
	ScheduleLink       // a word after a ScheduleWord that makes it look ahead
	BeForm             // a form of "be"
	DefinitePast       // a past-tense word whatever comes before it ("was", "ago")
	PerfectOrPassive   // an auxiliary after which a participle says nothing of when ("has decided")
	ModalVerb          // a modal: what it governs lies ahead ("could be held in the autumn"), unless "have" follows
	ProspectiveVerb    // a verb or adjective whose infinitive lies ahead of it ("expected the fighting to continue")
	ScheduledVerb      // a verb of a fixed programme whose present tense tells what lies ahead ("votes Tuesday", "host Rovers on Wednesday")

	// Words the events stage reads when it cuts clauses and writes labels.
	LeftOfTime               // a word that belongs to a time expression right before it ("in late 2024")
	RightOfTime              // one that belongs to it right after it ("two years ago")
	Quantifier               // a word that may open the span of a relative expression ("just weeks after")
	WindowAdverb             // how soon one thing followed another, with no number ("shortly after"); Num is the most days it allows
	Preposition              // a word that introduces a phrase
	FunctionWord             // a word that may not end a label and does not count as content
	Connector                // a word that opens a clause without being part of what happened in it
	Article                  // a word a headline leaves out
	RelativePronoun          // a word that joins a clause to the noun it describes
	Title                    // an office written before a name
	CompanySuffix            // a company suffix ("Inc.")
	Auxiliary                // a form of "be" that makes a progressive with a participle
	Determiner               // a word after which an -ing word is a noun
	VerbObjectStart          // a word that opens a verb's object or complement
	IngNotVerb               // an -ing word that is not a participle worth turning into a verb
	LyNotAdverb              // an -ly word that is a noun or adjective that matters
	SentenceAdverb           // an adverb that comments on a report rather than says what happened
	PredicateStart           // an auxiliary, modal or common irregular past form that opens a predicate
	ReportingVerb            // a verb that introduces what someone said
	PlaceAdverb              // an adverb of place or repetition a reporting clause may end with
	TemporalPreposition      // a preposition that relates two events ("after the vote")
	SubjectPronoun           // a pronoun that can be a clause's subject
	ClauseBreakWord          // a conjunction or relative word that starts a new clause
	ClauseBreakBeforePronoun // a preposition that opens a clause when a subject pronoun follows
	ClauseBreakMark          // a punctuation mark that ends a clause
	PartOpener               // a word that joins a new predicate to a clause ("and")
	ComparisonWord           // a word that sets one time against another ("from", "than")
	PlacePreposition         // a preposition of place or occasion
	AuxiliaryOrModal         // an auxiliary or modal verb
	AfterWord                // a word that places what follows it before ("weeks after the clashes")
	FollowingWord            // a word that does so only after a counted span ("days following the vote")
	BeforeWord               // a word that places what follows it after ("months before the election")
	PriorWord                // a word that does so with a preposition after it ("days prior to")
	PriorLink                // the preposition after a PriorWord
	LaterWord                // a word that places the sentence's event after the last dated one ("a year later")
	EarlierWord              // one that places it before ("two days earlier")
	QuasiPreposition         // a word that with a QuasiPrepositionLink is a preposition ("according to")
	QuasiPrepositionLink     // the word after a QuasiPreposition
	ThirdPersonAuxiliary     // an Auxiliary whose progressive is written in the third person singular
	PerfectAuxiliary         // an auxiliary after which a participle keeps its tense ("has been expanding")
	TitleQualifier           // a word that joins a Title to make one office ("Attorney General")
	ThatWord                 // a relative or complementizer "that"
	ExistentialThere         // the subject "there", which lends no subject to a predicate
	BornWord                 // a participle that opens a life ("Born in 1938, ..."), lending no subject
	PossessiveS              // the s of a possessive written apart from its apostrophe
	DefiniteArticle          // "the": with a decade or century after it, a premodifier of its own
	CenturyWord              // the word for a century, singular
	EventNoun                // a noun that names a happening ("raid", "election"): a time that modifies it dates it
	IrregularPast            // a past tense or participle not written with -ed, or too short for PastForm ("fell", "died")
	BaseVerbAfter            // a modal or "do" form, after which a verb stands in its base form ("may rule", "did not pay")
	Negation                 // a word that negates a predicate ("not", "never")
	PresentWord              // a time word that says "at present" ("now", "currently", "today")
	StampWord                // a word that opens a publication stamp ("Published", "Updated"), not a happening
	NavigationMark           // a mark that separates the entries of a menu or breadcrumb ("|", "›")
	DashMark                 // a dash, which ends a dateline ("WASHINGTON, March 3 (AP) — ...")
	OfWord                   // the preposition that joins a noun to what it is of ("the protests of June 1989")
	InfinitiveMarker         // the word before a verb's base form in an infinitive ("agreed to buy")
	Adverb                   // an adverb that qualifies a predicate without being it ("almost", "never")
	Copula                   // a form of "be", which links a subject to what it is ("was part", "is payable")
	LightVerb                // a verb whose object names the happening ("posted a loss", "held talks")
	AddresseeVerb            // a reporting verb whose object is who was told ("told reporters that ...")
	OpeningQuote             // a mark that opens a quotation; mid-sentence it opens an object, and breaks no clause
	PossessivePronoun        // a pronoun that says whose ("its troops", "their ships")
	PersonPronoun            // a pronoun for one person as a subject ("he", "she")
	RelativeSubject          // a relative pronoun that is its clause's subject: the word after it is the clause's verb ("which fell")
	WhenWord                 // a word that opens a clause telling what happened at the time before it ("in 1983, when the mills closed")
	DateAdjective            // an adjective a date completes, the predicate of what happens then ("notes due Nov. 1", "payable Jan. 3")

	// Classes a word has by its form (see Rules.Form), not by being listed.
	PastForm       // a regular past tense or participle, longer than four letters ("rescued")
	ParticipleForm // a present participle or gerund of five letters or more ("launching")
	LyForm         // an -ly word longer than four letters: an adverb, unless LyNotAdverb
	EnForm         // an -en participle longer than four letters ("broken")
	ActionNounForm // a noun made from a verb to name its action, by its ending ("agreement", "declaration")
	VerbEnding     // a word ending the way a verb that "that" follows does ("said", "suggests", "shown")
	Possessive     // a possessive noun ("Putin's")

	// Words the merger ignores when it compares two labels.
	StopWord

	numClasses
)

// Set is a set of word classes.
//
// It has room for 192; the compiler refuses more (see setFits). Its words
// are fields, not an array's elements: the compiler keeps a struct of
// three numbers in registers, where it keeps an array in memory, so a test
// of a class is one instruction and no copy.
type Set struct{ w0, w1, w2 uint64 }

// Of returns the set of the classes given.
func Of(cs ...Class) Set {
	var s Set
	for _, c := range cs {
		s = s.Union(single(c))
	}
	return s
}

// single returns the set of class c alone.
func single(c Class) Set {
	bit := uint64(1) << (c & 63)
	switch c >> 6 {
	case 0:
		return Set{w0: bit}
	case 1:
		return Set{w1: bit}
	}
	return Set{w2: bit}
}

// Has reports whether c is in the set. For a constant class the word and
// the bit are chosen as it compiles.
func (s Set) Has(c Class) bool {
	bit := uint64(1) << (c & 63)
	switch c >> 6 {
	case 0:
		return s.w0&bit != 0
	case 1:
		return s.w1&bit != 0
	}
	return s.w2&bit != 0
}

// Any reports whether the sets share a class. The three words are tested
// in one: no branch to mispredict, and a body small enough (cost 20 to the
// inliner, against 24 for three tests joined by ||) that callers testing a
// set and a class or two still inline.
func (s Set) Any(t Set) bool { return s.w0&t.w0|s.w1&t.w1|s.w2&t.w2 != 0 }

// AnyBits reports whether the set has one of the classes whose bits are
// set in w0, w1 and w2, the three words of a set: class c is bit c&63 of
// word c>>6 (see Has). Given as constants ("const m = 1<<A | 1<<B", an
// untyped constant, cut into its words: m&(1<<64-1), m>>64&(1<<64-1),
// m>>128), the test reads only the words of the set that hold one of the
// classes, and no set in memory: Any of a package's set loaded all three
// words of both.
func (s Set) AnyBits(w0, w1, w2 uint64) bool { return s.w0&w0|s.w1&w1|s.w2&w2 != 0 }

// MaskedIs reports whether the set's classes among those of the bits
// m0, m1, m2 are those of v0, v1, v2 (each a subset of its mask): as
// s.Intersect(m) == v, with the sets' words given as AnyBits takes them,
// as constants. "a and not b" is MaskedIs of the bits of a and b, and of
// those of a alone: the words that hold neither are not read.
func (s Set) MaskedIs(m0, m1, m2, v0, v1, v2 uint64) bool {
	return (s.w0&m0^v0)|(s.w1&m1^v1)|(s.w2&m2^v2) == 0
}

// Under128 returns the set's classes below 128, those of its first two
// words: a union of many sets whose reader asks only for such classes need
// not read the third word of each.
func (s Set) Under128() Set { return Set{w0: s.w0, w1: s.w1} }

// Intersect returns the classes in both sets. A test of a class against
// several others is one Intersect and a comparison: s.Intersect(Of(a, b))
// == Of(a) is "a and not b", at two thirds the inliner's cost of two Has.
func (s Set) Intersect(t Set) Set { return Set{s.w0 & t.w0, s.w1 & t.w1, s.w2 & t.w2} }

// Union returns the classes in either set.
func (s Set) Union(t Set) Set { return Set{s.w0 | t.w0, s.w1 | t.w1, s.w2 | t.w2} }

// IsEmpty reports whether the set has no class.
func (s Set) IsEmpty() bool { return s.w0 == 0 && s.w1 == 0 && s.w2 == 0 }

// setFits fails to compile when there are more classes than a Set holds.
var _ [192 - numClasses]struct{}

// Unit is a calendar unit a span or a shift counts in.
type Unit uint8

// The calendar units.
const (
	NoUnit Unit = iota
	UnitSecond
	UnitMinute
	UnitHour
	UnitDay
	UnitNight
	UnitWeek
	UnitFortnight
	UnitMonth
	UnitQuarter
	UnitYear
	UnitDecade
	UnitCentury
	UnitMillennium
	UnitWeekend
)
