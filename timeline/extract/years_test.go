package extract

import "testing"

// Years, decades, centuries and eras.
func TestYearsDecadesCenturies(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The war began in 2014.", dct: "2026-01-02",
			want: []want{{text: "2014", typ: "DATE", value: "2014", earliest: "2014-01-01", latest: "2014-12-31"}}},
		{text: "Profits fell in fiscal 1989.", want: []want{{text: "fiscal 1989", value: "1989"}}},
		{name: "the turn of a century straddles its start", dct: "2025-11-06",
			text: "By the turn of the century, the city had doubled; at the turn of the 19th century it was small.",
			want: []want{{text: "the turn of the century", value: "20", mod: "START", earliest: "1995-01-01", latest: "2004-12-31"},
				{text: "the turn of the 19th century", value: "18", mod: "START", earliest: "1795-01-01", latest: "1804-12-31"}}},
		{name: "a fiscal year written FY2025", text: "FY2025 guidance was cut; FYI, fy2020 and FY20 are not.",
			want: []want{{text: "FY2025", typ: "DATE", value: "2025", earliest: "2025-01-01", latest: "2025-12-31"}}},
		{text: "Prices soared in the 1990s and the '80s.",
			want: []want{{text: "the 1990s", value: "199", earliest: "1990-01-01", latest: "1999-12-31"}, {text: "the '80s", value: "198"}}},
		{text: "Retro is back, like the nineties.", want: []want{{text: "the nineties", value: "199"}}},
		{name: "an age is not a decade", text: "Both men are in their 80s.", want: nil},
		{name: "hundreds are centuries", text: "Trade grew in the 1400s and 1800s, and again in the 1900s.",
			want: []want{{text: "the 1400s", value: "14", earliest: "1400-01-01", latest: "1499-12-31"}, {text: "1800s", value: "18"}, {text: "the 1900s", value: "190"}}},
		{text: "Steam power transformed the 19th century.",
			want: []want{{text: "the 19th century", value: "18", earliest: "1800-01-01", latest: "1899-12-31"}}},
		{text: "It was the twentieth century that changed it.", want: []want{{text: "the twentieth century", value: "19"}}},
		{name: "ranges are two years", text: "The 2009-2010 season was long.",
			want: []want{{text: "2009", value: "2009"}, {text: "2010", value: "2010"}}},
		{name: "the second of a pair of old years is a year too", text: "The French fought it in 1782 and 1783, and the Dutch from 1780-1784.",
			want: []want{{text: "1782", value: "1782"}, {text: "1783", value: "1783"}, {text: "1780", value: "1780"}, {text: "1784", value: "1784"}}},
		{name: "a range of old years after a pause", text: "War in the north, 1775-1780. The long siege (1756-1763) ended.",
			want: []want{{text: "1775", value: "1775"}, {text: "1780", value: "1780"}, {text: "1756", value: "1756"}, {text: "1763", value: "1763"}}},
		{name: "a chronology line opens with its year", text: "Born on this day\n\n1819 – Charles Kingsley, novelist (died 1875)\n1845: Florida joins the Union.",
			want: []want{{text: "1819", value: "1819"}, {text: "1875", value: "1875"}, {text: "1845", value: "1845"}}, partial: true},
		{name: "a date does not run across a blank line", text: "Today in History: January 20\n\n1841 – Hong Kong Island is occupied.",
			want: []want{{text: "January 20", value: "XXXX-01-20"}, {text: "1841", value: "1841"}}, partial: true},
		{name: "numbers paired with numbers stay numbers", text: "See pages 1210-1250 and items 1500 and 1600.", want: nil},
		{name: "BC years", text: "Alexander's empire split after 323 BC, and Rome was founded in 753 B.C.",
			want: []want{{text: "323 BC", value: "BC0323", earliest: "-0322-01-01", latest: "-0322-12-31"}, {text: "753 B.C.", value: "BC0753"}}},
		{text: "Pompeii was buried in AD 79.", want: []want{{text: "AD 79", value: "0079"}}},
		{text: "Carthage fell in the 2nd century BC.", want: []want{{text: "the 2nd century BC", value: "BC01", earliest: "-0199-01-01", latest: "-0100-12-31"}}},
		{text: "She was born in nineteen ninety-six.", want: []want{{text: "nineteen ninety-six", value: "1996"}}},
		{name: "approximate years", dct: "2026-01-02",
			text: "The town was founded around 1850, rebuilt about 300 BC, and grew circa the 1990s; prices rose around 2010.",
			want: []want{{text: "around 1850", value: "1850", mod: "APPROX", earliest: "1850-01-01", latest: "1850-12-31"},
				{text: "about 300 BC", value: "BC0300", mod: "APPROX"}, {text: "circa the 1990s", value: "199", mod: "APPROX"},
				{text: "around 2010", value: "2010", mod: "APPROX"}}},
		{name: "an approximate full date", text: "It happened about March 3, 1990, and around Nov. 1.", dct: "1989-11-20",
			want: []want{{text: "about March 3, 1990", value: "1990-03-03", mod: "APPROX"}, {text: "Nov. 1", value: "1989-11-01", mod: "-"}}},
		{name: "approximate counts are not years", text: "Around 2000 troops and about 1500 police were there.", want: nil},
		{name: "counts are not years", text: "Some 2000 people and 1500 troops marched; 2000 years passed.",
			want: []want{{text: "2000 years", typ: "DURATION", value: "P2000Y"}}},
	})
}

// "between" two four-digit numbers close together, with nothing after them
// they could count, names two years.
func TestYearsBetween(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The canal was dug between 1792 and 1799 to carry coal.",
			want: []want{{text: "1792", value: "1792"}, {text: "1799", value: "1799"}}},
		{name: "counts", text: "The army lost between 1500 and 1800 men.", want: nil},
	})
}

// A four-digit number between "the" and a happening or a name is that
// happening's year, however old.
func TestYearOfAHappening(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Both generals resigned after the 1777 campaign.", want: []want{{text: "1777", value: "1777"}}},
		{text: "The war ended with the 1784 Treaty of Mangalore.", want: []want{{text: "1784", value: "1784"}}},
		{name: "a count", text: "The 1500 men who stayed were captured.", want: nil},
	})
}

// A four-digit number alone in parentheses is the year of what is named
// before it, however old.
func TestYearInParentheses(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The Vendée revolted against the Civil Constitution of the Clergy (1790).", want: []want{{text: "1790", value: "1790"}}},
		{text: "Siege of Vellmar (1632)", want: []want{{text: "1632", value: "1632"}}},
		{name: "a count with its unit", text: "The garrison (1500 men) held out.", want: nil},
		{name: "a number among others", text: "Casualties (1500, 1200) were heavy.", want: nil},
	})
}

// A range of years written short after its first year ("1915-17") names
// the second year in the first one's century; a winter named by the two
// years it spans is the winter that begins in the first.
func TestShortYearRanges(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The offensives of 1915-17 failed.", want: []want{{text: "1915", value: "1915"}, {text: "17", value: "1917"}}},
		{text: "The Siege of Kut (1915-16) ended in surrender.", want: []want{{text: "1915", value: "1915"}, {text: "16", value: "1916"}}},
		{name: "across a century", text: "The famine of 1899-03 is disputed.", want: []want{{text: "1899", value: "1899"}}, partial: true},
		{text: "The army froze in the winter of 1854–55.", want: []want{{text: "the winter of 1854–55", value: "1854-WI"}}},
		{text: "The army froze in the winter of 1941-1942.", want: []want{{text: "the winter of 1941-1942", value: "1941-WI"}}},
		{name: "a code is no range", text: "Form 1990-94-12 was filed.", partial: true, notTagged: []string{"94"}},
		{name: "a second end before the first", text: "The 1990-85 figures were revised.", partial: true, notTagged: []string{"85"}},
	})
}

// The first end of a range of years before Christ is before Christ too:
// the years count down.
func TestRangeBeforeChrist(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The First Punic War (264 to 241 BC) and the Mercenary War (240-238 BC) followed.",
			want: []want{{text: "264", value: "BC0264"}, {text: "241 BC", value: "BC0241"}, {text: "240", value: "BC0240"}, {text: "238 BC", value: "BC0238"}}},
		{text: "Alexander (356–323 BC) died young.", want: []want{{text: "356", value: "BC0356"}, {text: "323 BC", value: "BC0323"}}},
		{name: "a range that counts up is no range of years", text: "It rained 4-5 BC and 2 to 9 B.C. alike.", partial: true, notTagged: []string{"4", "2"}},
	})
}

// A year followed by a season is that season of the year.
func TestYearThenSeason(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Iran launched the 1982 summer offensive; in 1943 autumn the front held.",
			want: []want{{text: "1982 summer", value: "1982-SU"}, {text: "1943 autumn", value: "1943-FA"}}},
		{text: "The 1944 spring campaign failed.", want: []want{{text: "1944 spring", value: "1944-SP"}}},
		{name: "a crop is no season", text: "By 1990 spring wheat prices fell.", want: []want{{text: "1990", value: "1990"}}},
		{name: "a name keeps its year alone", text: "The 1980 Summer Olympics opened.", want: []want{{text: "1980", value: "1980"}}, partial: true},
	})
}

// A month, day or season of a year before Christ is written with the
// year as TIMEX writes one ("BC0049-01"), and a month or day takes the
// era written after its year.
func TestDatesBeforeChrist(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Caesar crossed the Rubicon in January 49 BC. The following year, on 28 September, Pompey was murdered.",
			want: []want{{text: "January 49 BC", value: "BC0049-01", earliest: "-0048-01-01", latest: "-0048-01-31"},
				{text: "The following year", value: "BC0048"}, {text: "28 September", value: "BC0048-09-28"}}},
		{text: "Carthage fell in the spring of 146 BC; Octavian took Egypt on 1 August 30 BC.",
			want: []want{{text: "the spring of 146 BC", value: "BC0146-SP"}, {text: "1 August 30 BC", value: "BC0030-08-01"}}},
		{text: "Augustus died on 19 August AD 14.", want: []want{{text: "19 August AD 14", value: "0014-08-19"}}},
	})
}

// The second decade of a pair written with two digits is in the first
// one's century.
func TestPairedDecades(t *testing.T) {
	runCases(t, []tagCase{
		{text: "In the 1860s and 70s it grew; the 1950s-60s boom came later.",
			want: []want{{text: "the 1860s", value: "186"}, {text: "70s", value: "187"}, {text: "the 1950s", value: "195"}, {text: "60s", value: "196"}}},
		{name: "ages stay ages", text: "Both men are in their 80s and 90s.", want: nil},
	})
}
