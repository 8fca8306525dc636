package app

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"retrace/assets"
)

// aboutLines are what Help > About says: the name, the version and build
// from the app's metadata (what `fyne package` or FyneApp.toml gave Fyne),
// and the website and source revision this binary was built with.
func (u *UI) aboutLines() (name, version, build, website string) {
	m := u.app.Metadata()
	name, version, b := m.Name, m.Version, m.Build
	if name == "" { // no metadata at all (the test driver)
		name, version, b = u.info.Name, u.info.Version, u.info.Build
	}
	info := u.info
	info.Build = b
	return name, "Version " + version, info.BuildText(), u.info.Website
}

// showAbout is Help > About: the icon, name, version, build and website.
func (u *UI) showAbout() {
	name, version, build, website := u.aboutLines()
	icon := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.IconPNG()))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSquareSize(96))
	title := widget.NewLabelWithStyle(name, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	lines := container.NewVBox(
		container.NewCenter(icon),
		title,
		widget.NewLabelWithStyle("Turns news articles into timelines.", fyne.TextAlignCenter, fyne.TextStyle{}),
		widget.NewLabelWithStyle(version+" ("+build+")", fyne.TextAlignCenter, fyne.TextStyle{}),
	)
	if link, err := url.Parse(website); err == nil && website != "" {
		lines.Add(container.NewCenter(widget.NewHyperlink(website, link)))
	}
	d := dialog.NewCustom("About "+name, "Close", lines, u.win)
	d.Show()
}
