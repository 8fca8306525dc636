package analyze

import "testing"

// heldOutAttachment are news sentences written for the attachment work of
// issue 10's second round (helper i10b) before any of its rules were
// written, from no corpus, and never tuned on. They cover the patterns that
// round works on: a time that premodifies the subject of a verb ("Third-
// quarter profit rose"), a verb whose object is an event noun ("posted a
// loss", "held talks"), market reports ("In heavy trading Tuesday, shares
// fell"), periods that end on a date ("the quarter ended June 30"),
// relative and subordinate clauses that keep their own times, reporting
// clauses, coordinated verbs, nominalisations, aspectual verbs, participles
// and adjectives of time ("debentures due Nov. 1"), and present tenses of
// scheduled events. Where a time dates both a verb and the event noun it
// takes, trigger lists both ("posted|loss"): either is right (rubric 3a).
var heldOutAttachment = []eventCase{
	{pattern: "subject noun", text: "Third-quarter profit at the steelmaker rose 14 percent to $220 million.",
		time: "Third-quarter", trigger: "rose|profit", headline: "Profit (at) (steelmaker) (rose)"},
	{pattern: "subject noun", text: "Last year's harvest fell short of the government's target by a wide margin.",
		time: "Last year", trigger: "harvest|fell", headline: "harvest (fell) (short)"},
	{pattern: "subject noun", text: "Tuesday's vote in the Senate was the closest in a decade.",
		time: "Tuesday", trigger: "vote", headline: "Vote (in) (Senate)"},
	{pattern: "object noun", text: "The airline posted a net loss of $41 million in the second quarter, its first in three years.",
		time: "the second quarter", trigger: "posted|loss", headline: "(Airline) (posted) (net) loss"},
	{pattern: "object noun", text: "Negotiators wrapped up a fourth round of talks in Vienna on Thursday without a deal.",
		time: "Thursday", trigger: "wrapped|round|talks", headline: "(Negotiators) (wrapped) (up) (fourth) round|talks"},
	{pattern: "object noun", text: "Rescuers ended their search for survivors on Saturday.",
		time: "Saturday", trigger: "ended|search", headline: "(Rescuers) (ended) (their) search"},
	{pattern: "light verb", text: "The two sides held talks in Cairo on Sunday but failed to agree.",
		time: "Sunday", trigger: "held|talks", headline: "(Two) (sides) (held) talks", not: []string{"failed"}},
	{pattern: "market report", text: "In heavy trading on the Nasdaq on Tuesday, shares of Orbex fell 8 percent to $12.40.",
		time: "Tuesday", trigger: "fell|trading", headline: "Shares (of) (Orbex) fell"},
	{pattern: "market report", text: "In early trading in Tokyo Monday, the dollar rose against the yen.",
		time: "Monday", trigger: "rose|trading", headline: "Dollar rose (against) (yen)"},
	{pattern: "period ended", text: "For the quarter ended June 30, the retailer earned $18 million, up from $11 million a year earlier.",
		time: "June 30", trigger: "earned", headline: "Retailer earned (18) (million)", not: []string{"ended"}},
	{pattern: "period ended", text: "In the fiscal year ended March 31, the utility had revenue of $2.1 billion.",
		time: "March 31", trigger: "had|revenue", headline: "(Utility) (had) revenue", not: []string{"ended"}},
	{pattern: "relative clause", text: "The warrants, which expire on Dec. 15, can be exchanged for common stock at $9 each.",
		time: "Dec. 15", trigger: "expire", headline: "Warrants expire", not: []string{"exchanged"}},
	{pattern: "relative clause", text: "The museum holds relics of the siege, which ended in 1683 when a relief army arrived.",
		time: "1683", trigger: "ended", headline: "Siege ended", not: []string{"holds"}},
	{pattern: "relative clause", text: "Investors dumped shares of Dunmore, whose chief executive quit on Monday.",
		time: "Monday", trigger: "quit", headline: "(Chief) executive quit", not: []string{"dumped"}},
	{pattern: "time after relative clause", text: "Losses in bank stocks weighed on the Dax index, which fell 2.1 percent, or 310 points, on Friday, to 14,200.",
		time: "Friday", trigger: "fell", headline: "(Dax) index fell", not: []string{"weighed"}},
	{pattern: "subordinate clause", text: "Unemployment peaked at 11 percent in 1983, when the steel mills closed.",
		time: "1983", trigger: "peaked", headline: "Unemployment peaked", not: []string{"closed"}},
	{pattern: "subordinate clause", text: "The mayor resigned after prosecutors charged her with fraud on Tuesday.",
		time: "Tuesday", trigger: "charged", headline: "Prosecutors charged (her) (with) (fraud)"},
	{pattern: "reporting", text: "The health ministry said on Wednesday that 40 people had died in the outbreak.",
		time: "Wednesday", trigger: "said", headline: "(40) people (had) died"},
	{pattern: "reporting", text: "Rebels seized the border town of Kalema on Sunday, a military spokesman said.",
		time: "Sunday", trigger: "seized", headline: "Rebels seized (border) town", not: []string{"spokesman"}},
	{pattern: "coordination", text: "The singer recorded her first album in 1961 and toured Europe in 1963.",
		time: "1963", trigger: "toured", headline: "(Singer) toured Europe", not: []string{"recorded"}},
	{pattern: "coordination", text: "Protesters blocked the highway on Monday and clashed with police on Tuesday.",
		time: "Tuesday", trigger: "clashed", headline: "(Protesters) clashed (with) police", not: []string{"blocked"}},
	{pattern: "nominalisation", text: "Regulators approved the sale of the chemicals unit in March.",
		time: "March", trigger: "approved|sale", headline: "(Regulators) (approved) sale"},
	{pattern: "nominalisation", text: "Her appointment as chief justice in 2019 drew criticism from the opposition.",
		time: "2019", trigger: "appointment", headline: "Appointment (as) (chief) (justice)", not: []string{"criticism"}},
	{pattern: "nominalisation", text: "The company's 1998 merger with Rexon doubled its size.",
		time: "1998", trigger: "merger", headline: "Merger (with) (Rexon)"},
	{pattern: "aspectual", text: "The coalition began to fall apart in early 2016 after the finance minister resigned.",
		time: "early 2016", trigger: "began|fall", headline: "Coalition (began) (to) fall (apart)", not: []string{"resigned"}},
	{pattern: "aspectual", text: "Work on the bridge resumed in April after a two-year delay.",
		time: "April", trigger: "resumed", headline: "Work (on) (bridge) resumed"},
	{pattern: "participle", text: "A takeover bid launched last week by Orion Capital values the group at $3 billion.",
		time: "last week", trigger: "launched|bid", headline: "bid (launched) (by) (Orion) (Capital)", not: []string{"values"}},
	{pattern: "adjective of time", text: "The first payment on the bonds will be due on Jan. 15.",
		time: "Jan. 15", trigger: "due", headline: "(First) payment (on) (bonds) (will) (be) due"},
	{pattern: "present tense", text: "The two leaders meet Thursday in Geneva with the UN envoy.",
		time: "Thursday", trigger: "meet", headline: "(Two) leaders meet"},
	{pattern: "present tense", text: "Voters in Ohio choose a new governor on Nov. 4.",
		time: "Nov. 4", trigger: "choose", headline: "Voters (in) (Ohio) choose (new) governor"},
}

// TestHeldOutAttachment judges the events of the attachment cases
// (heldOutAttachment), written before the rules they test and never tuned
// on. When they were written, before any rule of that round, 22 of 30 were
// right (73.3 %).
func TestHeldOutAttachment(t *testing.T) {
	gateEventCases(t, "held-out attachment events", heldOutAttachment, minHeldOutAttachment)
}

// minHeldOutAttachment is the share of the attachment cases that must stay
// right: 28 of 30 were once that round's rules were in (two of its cases,
// "which fell 2.1 percent, or 310 points, on Friday" and, in the first
// held-out set, "which parliament passed in May", were looked at while a
// rule was refined, and are no longer blind).
const minHeldOutAttachment = 90.0

// heldOutAttachment3 are news sentences written for issue 10's third round
// (helper i10c) after its rules were in, from no corpus, and scored once
// without any rule being changed for them: relative phrases ("in the days
// before the robbery", "three weeks after a crash"), possessive times, a
// time between a subject and its verb, "today" before a phrase, vague
// futures, "now" before a verb, a copula's long predicate, compounded and
// listed happenings, and the patterns of the rounds before them.
var heldOutAttachment3 = []eventCase{
	{pattern: "relative phrase after its clause's verb", text: "A gunman robbed the First Union bank in Dover on March 3. Witnesses said the suspect's van was parked outside the bank in the days before the robbery.",
		time: "days", trigger: "parked", headline: "van (was) parked", not: []string{"robbery"}},
	{pattern: "relative phrase with its own date", text: "The airline resumed flights to Lagos on Monday, three weeks after a crash grounded its fleet.",
		time: "three weeks", trigger: "grounded|crash", headline: "crash|grounded"},
	{pattern: "possessive time", text: "Regulators said Tuesday's outage at the exchange delayed thousands of trades.",
		time: "Tuesday", trigger: "outage|delayed", headline: "outage|delayed"},
	{pattern: "subject, time, verb", text: "A state appeals panel Wednesday overturned the conviction of the former mayor.",
		time: "Wednesday", trigger: "overturned", headline: "panel overturned conviction"},
	{pattern: "a day before a phrase", text: "Two navy ships left Singapore today under orders to shadow the convoy.",
		time: "today", trigger: "left", headline: "(Two) (navy) ships left Singapore"},
	{pattern: "vague future", text: "The central bank will probably cut interest rates again in the coming months.",
		time: "the coming months", trigger: "cut", headline: "bank (will) (probably) cut (interest) rates"},
	{pattern: "now before a progressive", text: "Engineers are now rebuilding the damaged dam.",
		time: "now", trigger: "rebuilding", headline: "Engineers (are) rebuilding (damaged) dam"},
	{pattern: "present state", text: "The family now owns three hotels on the island.",
		time: "now", trigger: "owns", headline: "Family owns (three) hotels", state: true},
	{pattern: "present state", text: "Sweden currently holds the rotating presidency of the council.",
		time: "currently", trigger: "holds", headline: "Sweden holds (rotating) presidency", state: true},
	{pattern: "copula's long predicate", text: "She had been the party's deputy leader for eleven years.",
		time: "eleven years", trigger: "leader|been", headline: "(She) (had) (been) (party's) (deputy) leader"},
	{pattern: "compounded happening", text: "He was acquitted in the 2011 stabbing death of a nightclub owner.",
		time: "2011", trigger: "stabbing|death", headline: "stabbing|death"},
	{pattern: "listed happenings", text: "The region has endured a decade of floods, droughts and crop failures.",
		time: "a decade", trigger: "floods|droughts|failures|endured", headline: "floods|droughts|endured"},
	{pattern: "reporting", text: "The ministry announced Friday that fuel prices would rise by 10 percent.",
		time: "Friday", trigger: "announced", headline: "(Fuel) prices (would) rise"},
	{pattern: "relative clause", text: "The senator, who was first elected in 1998, announced her retirement on Monday.",
		time: "1998", trigger: "elected", headline: "Senator (was) (first) elected", not: []string{"retirement"}},
	{pattern: "coordination", text: "The factory opened in 1952 and closed in 2009.",
		time: "1952", trigger: "opened", headline: "Factory opened", not: []string{"closed"}},
	{pattern: "event noun of a date", text: "Thousands joined the march of 12 May through the capital.",
		time: "12 May", trigger: "march", headline: "march"},
	{pattern: "since", text: "Prices have risen sharply since January.",
		time: "January", trigger: "risen", headline: "Prices (have) risen"},
	{pattern: "opening time", text: "On Saturday, a magnitude 6.1 earthquake struck the coast of Peru.",
		time: "Saturday", trigger: "struck|earthquake", headline: "earthquake struck"},
	{pattern: "infinitive", text: "The union voted on Thursday to end the strike.",
		time: "Thursday", trigger: "voted", headline: "Union voted (to) (end) (strike)"},
	{pattern: "participle", text: "A report published in March found widespread abuse in the prisons.",
		time: "March", trigger: "published|report", headline: "Report (published)", not: []string{"abuse"}},
	{pattern: "weeks later", text: "The dam failed on 4 June. Weeks later, the government ordered an inquiry.",
		time: "Weeks", trigger: "ordered|inquiry", headline: "Government ordered inquiry"},
	{pattern: "deadline", text: "The loan must be repaid by the end of 2027.",
		time: "the end of 2027", trigger: "repaid", headline: "Loan (must) (be) repaid"},
}

// TestHeldOutAttachment3 judges the third round's cases
// (heldOutAttachment3), written after that round's rules and scored once,
// with no rule changed for them since.
func TestHeldOutAttachment3(t *testing.T) {
	gateEventCases(t, "held-out attachment events, third round", heldOutAttachment3, minHeldOutAttachment3)
}

// minHeldOutAttachment3 holds the third round's cases at the share they
// scored when first run: 20 of 22. Wrong then: "A state appeals panel
// Wednesday overturned" took "appeals" (an event noun in the subject wins
// over the verb after the time), and "A report published in March found
// widespread abuse" was labelled "Report published found widespread abuse".
const minHeldOutAttachment3 = 90.0

// heldOutAttachment4 are news and history sentences written for issue 10's
// fourth round (helper i10d) before any of its rules, from no corpus, and
// scored once at the end with no rule changed for them. They cover the
// patterns that round works on, each with cases where the rule must fire
// and cases where it must not: a reporting verb with "here" or "there"
// before its time ("said here Friday that"); a day chosen as the deadline
// or the date of something ("set March 1 as the deadline for the
// transfer"); a subject pronoun and a verb with no ending ("we meet",
// "they train"); the far end of a range cut off by a clause ("from 1921,
// when ..., until 1939"); a participle qualifying a subject before its
// auxiliary ("the money raised will go"); an -ing form between a noun and
// its object ("a truck crossing the bridge"); "within hours of" a
// happening; a relative phrase in a clause another time already dates
// ("at 7 a.m. ... two days before the robbery"); a letter "dated" a day.
var heldOutAttachment4 = []eventCase{
	{pattern: "reporting verb, here, time", text: "The foreign minister said here Tuesday that the border crossings would reopen within a week.",
		time: "Tuesday", trigger: "said", headline: "(Border) crossings (would) reopen"},
	{pattern: "reporting verb, there, time", text: "A police spokesman said there on Sunday that two suspects had been detained.",
		time: "Sunday", trigger: "said", headline: "(Two) suspects (had) (been) detained"},
	{pattern: "reporting verb, time (control)", text: "The agency reported Thursday that exports had fallen for a third month.",
		time: "Thursday", trigger: "reported", headline: "Exports (had) fallen"},
	{pattern: "deadline for a happening", text: "The league set March 1 as the deadline for the transfer of the club's debts.",
		time: "March 1", trigger: "transfer", headline: "transfer"},
	{pattern: "date to do something", text: "The two governments chose June 12 as the date to sign the border treaty.",
		time: "June 12", trigger: "sign", headline: "sign (border) treaty"},
	{pattern: "subject pronoun, verb", text: "\"We train on the old pitch every morning,\" the coach said.",
		time: "every morning", trigger: "train", headline: "train"},
	{pattern: "subject pronoun, verb", text: "\"They still visit the grave every year,\" a neighbour said.",
		time: "every year", trigger: "visit", headline: "visit (the) grave"},
	{pattern: "subject pronoun, verb", text: "I walk to the market each Saturday with my daughter.",
		time: "each Saturday", trigger: "walk", headline: "walk (to) (market)"},
	{pattern: "range cut by a clause", text: "The poet, who lived in Paris from 1921, when the franc collapsed, until 1939, died in Lisbon in 1950.",
		time: "1939", trigger: "lived", headline: "lived (in) (Paris)", not: []string{"franc", "collapsed"}},
	{pattern: "range cut by a clause", text: "General Ortega, who ruled the country from 1967, when the army seized power, to 1974, was arrested in 1990.",
		time: "1974", trigger: "ruled", headline: "ruled (country)", not: []string{"seized"}},
	{pattern: "range start (control)", text: "The poet, who lived in Paris from 1921, when the franc collapsed, until 1939, died in Lisbon in 1950.",
		time: "1921", trigger: "lived|collapsed", headline: "lived|collapsed"},
	{pattern: "participle before an auxiliary", text: "Most of the money raised will go to flood victims next month.",
		time: "next month", trigger: "go", headline: "money (raised) (will) go"},
	{pattern: "participle before a modal", text: "Anyone affected should call the hotline before Friday.",
		time: "Friday", trigger: "call", headline: "Anyone (affected) (should) call (hotline)"},
	{pattern: "participle before an auxiliary", text: "Many of the workers dismissed last spring have since found new jobs.",
		time: "last spring", trigger: "dismissed", headline: "workers dismissed"},
	{pattern: "-ing form before its object", text: "A camera filmed a white truck crossing the bridge at 2:40 a.m.",
		time: "2:40 a.m.", trigger: "crossing|filmed", headline: "truck|filmed"},
	{pattern: "-ing form before its object", text: "Witnesses saw a man carrying a large bag near the station shortly before 9 p.m.",
		time: "9 p.m.", trigger: "carrying|saw", headline: "man|saw"},
	{pattern: "within hours of", text: "Police arrested two men within hours of the attack on the mosque.",
		time: "hours", trigger: "arrested", headline: "Police arrested (two) men", not: []string{"attack"}},
	{pattern: "within days of", text: "The rebels reached the capital within three days of the landing.",
		time: "three days", trigger: "reached", headline: "Rebels reached capital"},
	{pattern: "span of a happening (control)", text: "The agreement followed four days of talks in Oslo.",
		time: "four days", trigger: "talks|followed", headline: "talks|followed"},
	{pattern: "relative phrase in a dated clause", text: "A neighbour saw the van at 7 a.m. outside the bank two days before the robbery.",
		time: "two days", trigger: "saw", headline: "neighbour saw (van)", not: []string{"robbery"}},
	{pattern: "relative phrase in a dated clause", text: "The ship left Plymouth on a calm morning in 1620, three weeks before the storm.",
		time: "three weeks", trigger: "left", headline: "ship left Plymouth", not: []string{"storm"}},
	{pattern: "letter dated a day", text: "The ambassador protested in a letter, dated March 4, to the foreign ministry.",
		time: "March 4", trigger: "protested", headline: "ambassador protested"},
	{pattern: "letter dated a day", text: "\"We will not give up,\" the rebels said in a statement dated Sunday.",
		time: "Sunday", trigger: "said|statement", headline: "(rebels) said|statement|give"},
	{pattern: "history, coordination (control)", text: "The city fell to the Ottomans in 1453 and became their capital in 1457.",
		time: "1457", trigger: "became", headline: "City became (their) capital", not: []string{"fell"}},
}

// TestHeldOutAttachment4 judges the fourth round's cases
// (heldOutAttachment4), written before that round's rules.
func TestHeldOutAttachment4(t *testing.T) {
	gateEventCases(t, "held-out attachment events, fourth round", heldOutAttachment4, minHeldOutAttachment4)
}

// minHeldOutAttachment4 holds the fourth round's cases at what they score
// now. Before any of that round's rules 10 of 24 were right (41.7 %); scored
// once, blind, after the rules, 19 of 24 (79.2 %). "Many of the workers
// dismissed last spring have since found new jobs" then showed a defect of
// the rule for a participle before an auxiliary (it passed over the
// participle's own time), which was fixed, so that case is no longer
// blind: 20 of 24 (83.3 %). Still wrong: "the money raised will go to
// flood victims" ("to flood" read as an infinitive), both "within hours
// of the attack" cases (the corpora's annotators link such spans to the
// noun as often as to the verb, so no rule was made), and "in a letter,
// dated March 4" (the participle "dated" is dated, not the protest).
const minHeldOutAttachment4 = 83.0
