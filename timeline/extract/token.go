package extract

import "retrace/timeline/lex"

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters, possibly with trailing digits ("Q3") or leading digits ("1990s")
	tokNum                  // ASCII digits only
	tokPunct                // one punctuation or symbol rune
)

// token is one word, number or punctuation mark of the text. The tagger
// works on tokens so that every rule looks at a bounded window after its
// first token and the whole text is scanned once.
type token struct {
	start, end int
	num        int // value of the leading digits (saturated at 1e9)
	ndigits    int // number of leading ASCII digits
	kind       tokKind
	upper      bool   // first rune is upper case
	space      bool   // whitespace (or text start) precedes the token
	lower      string // lowercased text; apostrophes normalized to '
}

// tokensOf views the shared tokens the way the grammar reads them, each
// with its lower-case form. It goes once the grammar asks the tokens'
// classes instead of comparing words.
func tokensOf(tt *lex.Tokenized) []token {
	toks := make([]token, len(tt.Tokens))
	for i := range tt.Tokens {
		t := &tt.Tokens[i]
		toks[i] = token{start: t.Start(), end: t.End(), num: t.Num(), ndigits: t.Digits(), upper: t.Upper(),
			space: t.Space(), lower: tt.Lower(i)}
		switch t.Kind() {
		case lex.Word:
			toks[i].kind = tokWord
		case lex.Number:
			toks[i].kind = tokNum
		default:
			toks[i].kind = tokPunct
		}
	}
	return toks
}
