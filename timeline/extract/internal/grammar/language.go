package grammar

import "retrace/timeline/lex"

// Language is what the tagger asks of a language: its words, the named
// days it knows, and a grammar that finds the expressions of a text and
// reads the words around them. The resolver asks the grammar's Reader, never
// a word.
type Language interface {
	// Lexicon returns the language's words, with the names of Holidays
	// listed.
	Lexicon() *lex.Lexicon
	// Holidays returns a fresh copy of the named days known by default.
	Holidays() []Holiday
	// HolidayIndex returns Holidays indexed over Lexicon, built once.
	HolidayIndex() *HolidayIndex
	// Sieve returns what the reader looks for first, over Lexicon with the
	// default holidays: a text cut with it (Sieve.Tokenize) is read without
	// a pass over every token.
	Sieve() *lex.Sieve
	// Read returns a reader of the text the scanner holds.
	Read(s *Scanner) Reader
}

// Reader finds the expressions of one text and reads the context the
// resolver weighs when it places them.
type Reader interface {
	// Scan returns every expression in text order, none overlapping.
	Scan() []Cand
	// MatchAt returns the expression that begins at token i, if any.
	MatchAt(i int) (Cand, bool)
	// Tense says whether the words around c speak of the past, of what
	// lies ahead, or neither (TenseNone).
	Tense(c *Cand) int
	// Deadline reports whether c is a deadline ahead ("by May", "until
	// Tuesday").
	Deadline(c *Cand) bool
	// EndsSentence reports whether token k ends a sentence.
	EndsSentence(k int) bool
	// Join says how token k joins the expressions on either side of it.
	Join(k int) Join
}

// The tenses a Reader tells; those ahead are greater than TenseNone, the
// past less.
const (
	TensePast = -1 // the words around speak of the past ("said Friday")
	TenseNone = 0
	// TenseAhead: ahead of the time the clause speaks from, which in a
	// history is the story's time: a modal or an infinitive of intention
	// ("would resign on Friday", "expected the fighting to continue
	// through the weekend")
	TenseAhead = 1
	// TenseFuture: ahead of the time of writing ("will", "next week",
	// "tomorrow", "is to")
	TenseFuture = 2
)

// Join is how a word between two expressions joins them.
type Join uint8

const (
	JoinNone  Join = iota
	JoinRange      // the two ends of a range: "March to May 2023"
	JoinList       // two items of a list: "March and April 2023"
)
