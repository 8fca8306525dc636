package events

import "retrace/timeline/lex"

// The class sets the rules test most often, as constants: each class its
// bit (see notNounishBits and lex.Set.AnyBits), read by the rules as
// xBits&word0, xBits>>64&word0, xBits>>128. Any of the set in memory
// loaded its three words and the token's three, at every word of the
// rules' loops. TestClassBitsAsSets holds each to its set (the variable
// of the same name, which the rules no longer read but where noted).
const (
	phraseOpenersBits        = 1<<lex.Article | 1<<lex.Possessive | 1<<lex.Determiner | 1<<lex.Quantifier
	pastParticiplesBits      = 1<<lex.PastForm | 1<<lex.IrregularPast
	participlesBits          = 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.ParticipleForm
	verbFormsBits            = 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.VerbEnding | 1<<lex.AuxiliaryOrModal | 1<<lex.BaseVerbAfter | 1<<lex.ReportingVerb
	leadingDropsBits         = 1<<lex.Connector | 1<<lex.Article | 1<<lex.QuasiPreposition | 1<<lex.PastForm
	finiteVerbsBits          = 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.PredicateStart | 1<<lex.ReportingVerb
	finiteFormsBits          = 1<<lex.AuxiliaryOrModal | 1<<lex.BaseVerbAfter | 1<<lex.PastForm | 1<<lex.IrregularPast | 1<<lex.PredicateStart
	badEndingsBits           = 1<<lex.FunctionWord | 1<<lex.ClauseBreakWord | 1<<lex.SubjectPronoun
	trailingDropsBits        = 1<<lex.Possessive | badEndingsBits
	subjectEndersBits        = 1<<lex.ThatWord | 1<<lex.AuxiliaryOrModal | finiteVerbsBits
	relationAfterSpanBits    = 1<<lex.AfterWord | 1<<lex.FollowingWord | 1<<lex.BeforeWord | 1<<lex.PriorWord | 1<<lex.LaterWord | 1<<lex.EarlierWord
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

	// determiner's and particle's "a and not b", by lex.Set.MaskedIs
	determinerOrPrepositionBits = 1<<lex.Determiner | 1<<lex.Preposition
	determinerBits              = 1 << lex.Determiner
	particleOrNotBits           = 1<<lex.VerbObjectStart | 1<<lex.Determiner | 1<<lex.Preposition | 1<<lex.SubjectPronoun | 1<<lex.InfinitiveMarker
	particleBits                = 1 << lex.VerbObjectStart
)
