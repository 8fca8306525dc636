package en

import "retrace/timeline/lex"

// The words the English grammar asks for by name, where a class would hold
// one word: the grammar compares keys, and keyWords says how English
// writes each. A key may have several spellings ("bc", "bce"); a word has
// one key. Marks are looked up in their usual form: the dashes as a
// hyphen, the curly quotes and the backtick as an apostrophe.
const (
	_ lex.Key = iota
	kA
	kAD
	kAM
	kAbout
	kAdditional
	kAfter
	kAfternoon
	kAgo
	kAhead
	kAlmost
	kAn
	kAnd
	kApostrophe
	kApproximately
	kAre
	kAround
	kAt
	kB
	kBC
	kBefore
	kBeginning
	kBetween
	kBut
	kBy
	kC
	kCE
	kCalendar
	kCan
	kCentury
	kCirca
	kClock
	kClose
	kColon
	kCome
	kComing
	kComma
	kComparable
	kCorresponding
	kCould
	kCouple
	kCurrent
	kD
	kDay
	kDays
	kDecades
	kDistant
	kDot
	kDozen
	kDue
	kE
	kEach
	kEarlier
	kEarly
	kEnd
	kEnded
	kEnding
	kEvening
	kEvery
	kFY
	kFewer
	kFinal
	kFirst
	kFiscal
	kFor
	kForeseeable
	kFrom
	kFull
	kFuture
	kHad
	kHalf
	kHave
	kHigh
	kHrs
	kHundred
	kHyphen
	kImmediate
	kIn
	kIs
	kIts
	kLast
	kLate
	kLater
	kLatest
	kLatter
	kLeast
	kLess
	kLong
	kLonger
	kM
	kMay
	kMid
	kMidday
	kMiddle
	kMidnight
	kMonths
	kMore
	kMonth
	kMorning
	kMost
	kNear
	kNearly
	kNeither
	kNext
	kNight
	kNo
	kNoon
	kNor
	kNow
	kO
	kOf
	kOld
	kOlds
	kOn
	kOr
	kOther
	kOver
	kP
	kPM
	kParen
	kParenClose
	kPast
	kPer
	kPercent
	kPeriod
	kPlanned
	kPlanning
	kPresent
	kQuarter
	kQuarterCode
	kQuote
	kRecent
	kRight
	kRoughly
	kS
	kSame
	kSeason
	kSeasons
	kSecond
	kSet
	kSlash
	kSome
	kStart
	kStraight
	kT
	kThan
	kThat
	kThe
	kTheir
	kThese
	kThis
	kThousand
	kTo
	kToday
	kTomorrow
	kTonight
	kTurn
	kTwo
	kUnder
	kUp
	kVery
	kWeek
	kWeekend
	kWeeks
	kWon
	kYear
	kYears
	kYesterday
)

var keyWords = map[lex.Key]string{
	kA:             "a",
	kAD:            "ad",
	kAM:            "am",
	kAbout:         "about",
	kAdditional:    "additional",
	kAfter:         "after",
	kAfternoon:     "afternoon",
	kAgo:           "ago",
	kAhead:         "ahead",
	kAlmost:        "almost",
	kAn:            "an",
	kAnd:           "and",
	kApostrophe:    "'",
	kApproximately: "approximately",
	kAre:           "are",
	kAround:        "around",
	kAt:            "at",
	kB:             "b",
	kBC:            "bc bce",
	kBefore:        "before",
	kBeginning:     "beginning",
	kBetween:       "between",
	kBut:           "but",
	kBy:            "by",
	kC:             "c",
	kCE:            "ce",
	kCalendar:      "calendar",
	kCan:           "can cannot",
	kCentury:       "century",
	kCirca:         "circa",
	kClock:         "clock",
	kClose:         "close",
	kColon:         ":",
	kCome:          "come",
	kComing:        "coming",
	kComma:         ",",
	kComparable:    "comparable",
	kCorresponding: "corresponding",
	kCould:         "could couldn",
	kCouple:        "couple",
	kCurrent:       "current",
	kD:             "d",
	kDay:           "day",
	kDays:          "days",
	kDecades:       "decades",
	kDistant:       "distant",
	kDot:           ".",
	kDozen:         "dozen",
	kDue:           "due",
	kE:             "e",
	kEach:          "each",
	kEarlier:       "earlier",
	kEarly:         "early",
	kEnd:           "end",
	kEnded:         "ended",
	kEnding:        "ending",
	kEvening:       "evening",
	kEvery:         "every",
	kFY:            "fy",
	kFewer:         "fewer",
	kFinal:         "final",
	kFirst:         "first",
	kFiscal:        "fiscal",
	kFor:           "for",
	kForeseeable:   "foreseeable",
	kFrom:          "from",
	kFull:          "full",
	kFuture:        "future",
	kHad:           "had",
	kHalf:          "half",
	kHave:          "have",
	kHigh:          "high",
	kHrs:           "hrs hr",
	kHundred:       "hundred",
	kHyphen:        "-",
	kImmediate:     "immediate",
	kIn:            "in",
	kIs:            "is",
	kIts:           "its",
	kLast:          "last",
	kLate:          "late",
	kLater:         "later",
	kLatest:        "latest",
	kLatter:        "latter",
	kLeast:         "least",
	kLess:          "less",
	kLong:          "long",
	kLonger:        "longer",
	kM:             "m",
	kMay:           "may",
	kMid:           "mid",
	kMidday:        "midday",
	kMiddle:        "middle",
	kMidnight:      "midnight",
	kMonths:        "months",
	kMore:          "more",
	kMonth:         "month",
	kMorning:       "morning",
	kMost:          "most",
	kNear:          "near",
	kNearly:        "nearly",
	kNeither:       "neither",
	kNext:          "next",
	kNight:         "night",
	kNo:            "no",
	kNoon:          "noon",
	kNor:           "nor",
	kNow:           "now",
	kO:             "o",
	kOf:            "of",
	kOld:           "old",
	kOlds:          "olds",
	kOn:            "on",
	kOr:            "or",
	kOther:         "other",
	kOver:          "over",
	kP:             "p",
	kPM:            "pm",
	kParen:         "(",
	kParenClose:    ")",
	kPast:          "past",
	kPer:           "per",
	kPercent:       "%",
	kPeriod:        "period",
	kPlanned:       "planned",
	kPlanning:      "planning",
	kPresent:       "present",
	kQuarter:       "quarter",
	kQuarterCode:   "q1 q2 q3 q4",
	kQuote:         `"`,
	kRecent:        "recent",
	kRight:         "right",
	kRoughly:       "roughly",
	kS:             "s",
	kSame:          "same",
	kSeason:        "season",
	kSeasons:       "seasons",
	kSecond:        "second",
	kSet:           "set",
	kSlash:         "/",
	kSome:          "some",
	kStart:         "start",
	kStraight:      "straight",
	kT:             "t",
	kThan:          "than",
	kThat:          "that",
	kThe:           "the",
	kTheir:         "their",
	kThese:         "these",
	kThis:          "this",
	kThousand:      "thousand",
	kTo:            "to",
	kToday:         "today",
	kTomorrow:      "tomorrow",
	kTonight:       "tonight",
	kTurn:          "turn",
	kTwo:           "two",
	kUnder:         "under",
	kUp:            "up",
	kVery:          "very",
	kWeek:          "week",
	kWeekend:       "weekend",
	kWeeks:         "weeks",
	kWon:           "won",
	kYear:          "year",
	kYears:         "years",
	kYesterday:     "yesterday",
}
