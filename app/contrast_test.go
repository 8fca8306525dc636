package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"retrace/timeline"
	"retrace/timeline/chart"
)

// TestHighlightContrast: in the light and the dark theme, the text of
// every kind's highlight, selected or not, and of the selected sentence
// on its background reads at 4.5:1 or more (WCAG AA).
func TestHighlightContrast(t *testing.T) {
	th := theme.DefaultTheme()
	for _, v := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		page := opaque(th.Color(theme.ColorNameBackground, v.variant))
		fg := opaque(th.Color(theme.ColorNameForeground, v.variant))
		for _, k := range timeline.Kinds {
			for _, selected := range []bool{false, true} {
				fill, text := highlightColors(chart.KindColor(k), page, fg, selected)
				if c := contrast(text, over(fill, page)); c < minContrast {
					t.Errorf("%s theme, %s, selected %v: contrast %.2f", v.name, k, selected, c)
				}
				if !selected && fill.A < 0x20 {
					t.Errorf("%s theme, %s: the tint (alpha %#x) is too faint to see", v.name, k, fill.A)
				}
			}
		}
		sel := color.NRGBAModel.Convert(th.Color(theme.ColorNameSelection, v.variant)).(color.NRGBA)
		if c := contrast(fg, over(sel, page)); c < minContrast {
			t.Errorf("%s theme: the selected sentence reads at %.2f", v.name, c)
		}
		// What it was: the primary colour on the selection.
		primary := opaque(th.Color(theme.ColorNamePrimary, v.variant))
		t.Logf("%s theme: selected sentence %.1f:1 (the primary colour on it was %.1f:1)", v.name, contrast(fg, over(sel, page)), contrast(primary, over(sel, page)))
	}
}
