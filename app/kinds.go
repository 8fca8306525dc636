package app

import "retrace/timeline"

// kindName is the kind in words, for the legend and status messages.
func kindName(k timeline.Kind) string {
	switch k {
	case timeline.KindExplicit:
		return "explicit date"
	case timeline.KindDeictic:
		return "relative to the document date"
	case timeline.KindRelative:
		return "relative to another date or event"
	case timeline.KindFuzzy:
		return "fuzzy"
	}
	return string(k)
}
