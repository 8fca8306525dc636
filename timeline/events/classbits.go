package events

import "retrace/timeline/lex"

// The class sets the rules test most often, as constants: each class its
// bit (see notNounishBits and lex.Set.AnyBits), read by the rules as
// xBits&word0, xBits>>64&word0, xBits>>128. Any of a set in memory loaded
// its three words and the token's three, at every word of the rules'
// loops. TestClassBitsAsSets holds each to the set of its classes.
const (
	// phraseOpenersBits are the classes of the words that open a noun
	// phrase or count its noun, when they are no preposition:
	// determiner's (an article, a possessive, a determiner) and a
	// quantifier.
	phraseOpenersBits = 1<<lex.Article | 1<<lex.Possessive | 1<<lex.Determiner | 1<<lex.Quantifier
	// pastParticiplesBits are the forms of a participle after a noun: "a
	// bid launched", "the money raised".
	pastParticiplesBits = 1<<lex.PastForm | 1<<lex.IrregularPast
	// participlesBits are the verb forms an auxiliary takes. Words ending
	// in -en are left to the listed irregular forms ("taken", "fallen"):
	// by their ending alone they are as often "often" or "garden".
	participlesBits = 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.ParticipleForm
	// verbFormsBits are the classes that mark a word as a verb by its form
	// or its listing.
	verbFormsBits = 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.VerbEnding | 1<<lex.AuxiliaryOrModal | 1<<lex.BaseVerbAfter | 1<<lex.ReportingVerb
	// leadingDropsBits are what trimLeadingConnectors drops of a label's
	// first word.
	leadingDropsBits = 1<<lex.Connector | 1<<lex.Article | 1<<lex.QuasiPreposition | 1<<lex.PastForm
	// finiteVerbsBits are the forms of a predicate's verb.
	finiteVerbsBits = 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.PredicateStart | 1<<lex.ReportingVerb
	// finiteFormsBits open or continue a verb group (finiteForms, as a
	// constant).
	finiteFormsBits = 1<<lex.AuxiliaryOrModal | 1<<lex.BaseVerbAfter | 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.PredicateStart
	// badEndingsBits may not end a label: a label cut after them reads
	// broken ("asked whether he").
	badEndingsBits = 1<<lex.FunctionWord | 1<<lex.ClauseBreakWord | 1<<lex.SubjectPronoun
	// trailingDropsBits are the classes of the words
	// trimTrailingFunctionWords may drop from a label's end.
	trailingDropsBits = 1<<lex.Possessive | badEndingsBits
	// subjectEndersBits are the classes of the words shortenSubject ends a
	// subject at.
	subjectEndersBits = 1<<lex.ThatWord | 1<<lex.AuxiliaryOrModal | finiteVerbsBits
	// relationAfterSpanBits are the classes of the words after a span that
	// make it place one event from another (findRelatives).
	relationAfterSpanBits = 1<<lex.AfterWord | 1<<lex.FollowingWord | 1<<lex.BeforeWord | 1<<lex.PriorWord | 1<<lex.LaterWord | 1<<lex.EarlierWord
	// notContentBits are the classes of words that say nothing of what
	// happened between two times: function words and the words that
	// belong to a time.
	notContentBits           = 1<<lex.FunctionWord | 1<<lex.LeftOfTime | 1<<lex.RightOfTime
	auxiliariesBits          = 1<<lex.AuxiliaryOrModal | 1<<lex.BaseVerbAfter | 1<<lex.Copula // verb's
	articlesAndRelativesBits = 1<<lex.Article | 1<<lex.RelativePronoun                        // withoutArticles'
	openerOrThatBits         = 1<<lex.PartOpener | 1<<lex.ThatWord
	relativeOrThatBits       = 1<<lex.RelativeSubject | 1<<lex.ThatWord // verbInContext's relative word
	connectorOrArticleBits   = 1<<lex.Connector | 1<<lex.Article
	predicateOrPastBits      = 1<<lex.PredicateStart | 1<<lex.PastForm | 1<<lex.IrregularPast
	pastOrBornBits           = 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.BornWord
	adverbOrLyBits           = 1<<lex.SentenceAdverb | 1<<lex.LyForm                                             // labelRules' dropAdverbs
	clauseBreaksBits         = 1<<lex.ClauseBreakMark | 1<<lex.ClauseBreakWord | 1<<lex.ClauseBreakBeforePronoun // splitClauses'

	// determiner's and particle's "a and not b", by lex.Set.MaskedIs: a
	// determiner opens a noun phrase only when it is not also a
	// preposition, and a particle opens a verb's object when it is no
	// determiner, preposition, subject pronoun or infinitive marker (of
	// the classes, it has the first alone)
	determinerOrPrepositionBits = 1<<lex.Determiner | 1<<lex.Preposition
	determinerBits              = 1 << lex.Determiner
	particleOrNotBits           = 1<<lex.VerbObjectStart | 1<<lex.Determiner | 1<<lex.Preposition | 1<<lex.SubjectPronoun | 1<<lex.InfinitiveMarker
	particleBits                = 1 << lex.VerbObjectStart
)
