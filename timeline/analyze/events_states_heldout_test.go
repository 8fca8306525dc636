package analyze

import "testing"

// heldOutStates are news sentences written for issue 10's fifth round
// (helper i10f) from no corpus, after that round's rules were written and
// before they were run on these: scored once, with no rule changed for
// them. They cover what that round works on, with cases where a rule must
// fire and cases where it must not:
//   - a present-tense verb that could be read as a plural noun, after its
//     subject and "now", "today" or "currently", or after such a time that
//     opens the clause, before an object or an amount ("they now number",
//     "Today the museum houses");
//   - a reporting verb with "now" and what it reports (a report, labelled
//     by what is said), and one with a noun phrase for its object (a
//     state);
//   - a verb of thinking with "now" (a state that keeps who holds it);
//   - a state in a relative clause after a name, and one joined by "and"
//     after another predicate, labelled by its own predicate;
//   - happenings with a present time (controls).
var heldOutStates = []eventCase{
	{pattern: "verb after subject and now", text: "The island's wild ponies now number fewer than 300.",
		time: "now", trigger: "number", headline: "ponies number (fewer) (than) 300", state: true},
	{pattern: "verb after subject and currently", text: "The hospital currently houses about 40 patients in its old wing.",
		time: "currently", trigger: "houses", headline: "Hospital houses (about) 40 patients", state: true},
	{pattern: "time opens the clause", text: "Today the cooperative supplies most of the region's coffee.",
		time: "Today", trigger: "supplies", headline: "Cooperative supplies (most) (of) (region's) coffee", state: true},
	{pattern: "time opens the clause", text: "Currently, the fund holds about 12% of the bank's shares.",
		time: "Currently", trigger: "holds", headline: "Fund holds (12%)", state: true},
	{pattern: "joined predicate", text: "Officials said the camp has grown since the spring and its residents now number about 9,000.",
		time: "now", trigger: "number", headline: "residents number (9,000)", state: true, not: []string{"grown"}},
	{pattern: "relative clause after a name", text: "The deal was backed by Atlas Shipping, which now controls a third of the port's traffic.",
		time: "now", trigger: "controls", headline: "Atlas Shipping controls (third) (of) (port's) traffic", state: true},
	{pattern: "reporting verb with now", text: "The health ministry now says the outbreak began in a market.",
		time: "now", trigger: "says", headline: "Outbreak began (in) (market)", not: []string{"says"}},
	{pattern: "reporting verb with now, aside", text: "The real cause of the fire, investigators now say, was a faulty heater.",
		time: "now", trigger: "say", headline: "investigators (cause) (fire)"},
	{pattern: "reporting verb with an object", text: "Some economists now predict a recession in the second half.",
		time: "now", trigger: "predict", headline: "economists predict recession", state: true},
	{pattern: "verb of thinking with now", text: "Many voters now believe the election was fair.",
		time: "now", trigger: "believe", headline: "voters believe (election) (was) fair", state: true},
	{pattern: "happening with now (control)", text: "The army has now withdrawn its last troops from the valley.",
		time: "now", trigger: "withdrawn", headline: "Army (has) withdrawn (last) troops"},
	{pattern: "happening with today (control)", text: "The court today rejected the appeal of the former governor.",
		time: "today", trigger: "rejected", headline: "Court rejected appeal"},
}

// TestHeldOutStates judges the fifth round's cases (heldOutStates).
func TestHeldOutStates(t *testing.T) {
	gateEventCases(t, "held-out present states", heldOutStates, minHeldOutStates)
}

// minHeldOutStates holds the fifth round's cases near what they score.
// Scored once, blind, after that round's rules: 10 of 12 (83.3 %). The two
// misses showed two defects, which were fixed, so those two cases are no
// longer blind: "The hospital currently houses about 40 patients" read
// "hospital" as a noun state (a noun, a word and a preposition, as in
// "troops now part of a force"; the preposition opens an amount here), and
// "... and its residents now number about 9,000" kept the clause's label
// ("Camp has grown and its residents number 9,000"). Now 12 of 12.
const minHeldOutStates = 90.0
