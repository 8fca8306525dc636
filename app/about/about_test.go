package about

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	info, err := Parse([]byte(`Website = "https://example.org"
[Details]
  Name = "Retrace"
  ID = "io.example.retrace"
  Version = "1.2.3"
  Build = 7
[Migrations]
  fyneDo = true
`))
	if err != nil {
		t.Fatal(err)
	}
	info.Revision = ""
	if got := info.Line(); got != "Retrace 1.2.3 (build 7)" {
		t.Errorf("Line() = %q", got)
	}
	info.Revision = "abc1234+"
	if got := info.Line(); got != "Retrace 1.2.3 (build 7, commit abc1234+)" {
		t.Errorf("Line() with a revision = %q", got)
	}
	if info.Website != "https://example.org" || info.ID != "io.example.retrace" || !info.Migrations["fyneDo"] {
		t.Errorf("Parse = %+v", info)
	}
}

func TestParseRefusesIncompleteOrBrokenFiles(t *testing.T) {
	for _, bad := range []string{
		"[Details]\n  Name = \"Retrace\"\n", // no id, no version
		"[Details\n  Name = \"Retrace\"\n",  // broken
		"",
	} {
		if _, err := Parse([]byte(bad)); err == nil || !strings.HasPrefix(err.Error(), "about: ") {
			t.Errorf("Parse(%q) = %v, want an about: error", bad, err)
		}
	}
}
