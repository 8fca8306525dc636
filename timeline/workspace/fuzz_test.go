package workspace

import (
	"strings"
	"testing"
)

// FuzzDecode feeds arbitrary bytes to the workspace reader: it must return a
// workspace or an error, never panic, and what it accepts must hold valid
// corrections.
func FuzzDecode(f *testing.F) {
	sha := strings.Repeat("0f", 32)
	f.Add([]byte(`{"version": 1, "documents": [{"path": "a.txt", "sha256": "` + sha + `", "date": "2024-01-02", "dateSource": "flag"}],
		"corrections": [{"scope": "item", "source": "a.txt", "event": "e1", "earliest": "2024-01-01", "latest": "2024-01-03"}]}`))
	f.Add([]byte(`{"version": 1}`))
	f.Add([]byte(`{"version": 2}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"version": 1, "corrections": [{"scope": "event", "source": "/x", "event": "e1", "earliest": "-0044-03-15", "latest": "-0044-03-15"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ws, err := decode(data, "dir")
		if err != nil {
			return
		}
		for _, c := range ws.Corrections {
			if err := c.Check(); err != nil {
				t.Errorf("accepted an invalid correction: %v", err)
			}
		}
		for _, d := range ws.Documents {
			if d.Path == "" || len(d.SHA256) != 64 {
				t.Errorf("accepted document %+v", d)
			}
		}
	})
}
