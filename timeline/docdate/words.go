package docdate

import "time"

// The words the finder reads around a date, as data. Keys are lower case.

// publishedLabels introduce the date a page was first published: the best
// a byline can say.
var publishedLabels = map[string]bool{
	"published": true, "posted": true, "date": true, "dated": true, "created": true, "filed": true,
	"first": true, "originally": true, "issued": true,
}

// updatedLabels introduce a later revision's date: close to the writing,
// but after it.
var updatedLabels = map[string]bool{
	"updated": true, "modified": true, "edited": true, "revised": true, "amended": true,
}

// bylineFiller are the other words a byline or timestamp line holds besides
// its date, time and author: "This page was last edited on ... at ...",
// "6 min read", "Updated 9 years ago".
var bylineFiller = map[string]bool{
	"on": true, "at": true, "last": true, "this": true, "page": true, "was": true, "story": true,
	"article": true, "and": true, "the": true, "min": true, "mins": true, "minute": true, "minutes": true,
	"read": true, "ago": true, "year": true, "years": true, "month": true, "months": true, "day": true,
	"days": true, "hour": true, "hours": true, "week": true, "weeks": true, "time": true, "of": true,
}

// timeZones are the zone abbreviations news sites print after a time.
var timeZones = map[string]bool{
	"utc": true, "gmt": true, "et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true,
	"mt": true, "mst": true, "mdt": true, "pt": true, "pst": true, "pdt": true, "bst": true, "cet": true,
	"cest": true, "eet": true, "eest": true, "ist": true, "jst": true, "kst": true, "aest": true,
	"aedt": true, "msk": true, "hkt": true, "sgt": true, "z": true,
}

// weekdays maps weekday names and their abbreviations to weekdays.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday,
	"tues": time.Tuesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday, "saturday": time.Saturday, "sat": time.Saturday,
	"sunday": time.Sunday, "sun": time.Sunday,
}

// thisDayPhrases head a "this day in history" page: the date beside them is
// the day the page is about in every year, not the day it was written.
var thisDayPhrases = []string{
	"on this day", "this day in history", "today in history", "born on this day",
	"died on this day", "on this date", "this date in history", "this week in history",
}

// thisDayAnchors are held by every phrase of thisDayPhrases, which a line
// that holds none of them cannot hold either (see isThisDayHeading).
var thisDayAnchors = []string{"this d", "this w", "today in"}

// creditWords mark a photo caption's credit line: "(AP Photo/Lena Hart)",
// "Photo: Karin Vos / Reuters", "Getty Images".
var creditWords = map[string]bool{
	"photo": true, "photos": true, "photograph": true, "photographer": true, "picture": true,
	"pictured": true, "image": true, "images": true, "credit": true, "getty": true, "shutterstock": true,
}
