package events

import "retrace/timeline/lex"

// The class sets the rules test as constants (classbits.go,
// notNounishBits, articlesBits), written out as sets: the references the
// tests hold the constants and the rules to.
var (
	notNounish              = lex.Of(lex.FunctionWord, lex.Determiner, lex.Preposition, lex.SubjectPronoun, lex.Connector)
	articles                = lex.Of(lex.Article, lex.Possessive)
	determinerOrPreposition = lex.Of(lex.Determiner, lex.Preposition)
	determinerAlone         = lex.Of(lex.Determiner)
	particleOrNot           = lex.Of(lex.VerbObjectStart, lex.Determiner, lex.Preposition, lex.SubjectPronoun, lex.InfinitiveMarker)
	particleAlone           = lex.Of(lex.VerbObjectStart)
	phraseOpeners           = lex.Of(lex.Article, lex.Possessive, lex.Determiner, lex.Quantifier)
	pastParticiples         = lex.Of(lex.PastForm, lex.IrregularPast)
	participles             = lex.Of(lex.PastForm, lex.IrregularPast, lex.ParticipleForm)
	verbForms               = lex.Of(lex.PastForm, lex.IrregularPast, lex.VerbEnding, lex.AuxiliaryOrModal, lex.BaseVerbAfter, lex.ReportingVerb)
	leadingDrops            = lex.Of(lex.Connector, lex.Article, lex.QuasiPreposition, lex.PastForm)
	articlesAndRelatives    = lex.Of(lex.Article, lex.RelativePronoun)
	finiteVerbs             = lex.Of(lex.PastForm, lex.IrregularPast, lex.PredicateStart, lex.ReportingVerb)
	badEndings              = lex.Of(lex.FunctionWord, lex.ClauseBreakWord, lex.SubjectPronoun)
	trailingDrops           = badEndings.Union(lex.Of(lex.Possessive))
	subjectEnders           = lex.Of(lex.ThatWord, lex.AuxiliaryOrModal).Union(finiteVerbs)
	relationAfterSpan       = lex.Of(lex.AfterWord, lex.FollowingWord, lex.BeforeWord, lex.PriorWord, lex.LaterWord, lex.EarlierWord)
	notContent              = lex.Of(lex.FunctionWord, lex.LeftOfTime, lex.RightOfTime)
)
