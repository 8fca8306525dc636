package cli

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"retrace/timeline/export"
)

// randomValue fills v (a pointer) field by field through reflection, so a
// field added to the JSON shapes is filled too and the test fails until
// jsonEnc writes it. Strings mix the characters JSON escapes; some fields
// stay zero, to exercise omitempty.
func randomValue(r *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if r.Intn(3) == 0 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		randomValue(r, v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			randomValue(r, v.Field(i))
		}
	case reflect.Slice:
		n := r.Intn(4)
		if r.Intn(5) == 0 {
			return // nil
		}
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			randomValue(r, v.Index(i))
		}
	case reflect.String:
		if r.Intn(3) == 0 {
			return
		}
		pieces := []string{"a", "Ä", "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\x01", "\x1f", "\x7f", "<", ">", "&",
			"\u2028", "\u2029", "\xff", "\xe2\x82", "€", "😀", " ", "/"}
		var sb strings.Builder
		for range r.Intn(6) {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		v.SetString(sb.String())
	case reflect.Int:
		v.SetInt(int64(r.Intn(200000) - 100))
	case reflect.Float64:
		fs := []float64{0, 1, 0.5, 0.25, 1.0 / 3, 0.999, 1e-7, 3e-9, 1e21, 2.5e22, 123456.789, -0.1}
		v.SetFloat(fs[r.Intn(len(fs))])
	case reflect.Bool:
		v.SetBool(r.Intn(2) == 0)
	}
}

// jsonEnc writes what encoding/json writes, indented and compact.
func TestJSONMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := range 3000 {
		var d export.DocJSON
		randomValue(r, reflect.ValueOf(&d).Elem())
		if d.Mentions == nil {
			d.Mentions = []export.MentionJSON{} // the writer always has lists, as DocumentJSON makes them
		}
		if d.Events == nil {
			d.Events = []export.EventJSON{}
		}
		for _, indent := range []bool{true, false} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if indent {
				enc.SetIndent("", "  ")
			}
			if err := enc.Encode(d); err != nil {
				t.Fatal(err)
			}
			e := jsonEnc{indent: indent}
			e.document(d, slices.Values(d.Mentions), slices.Values(d.Events))
			e.buf = append(e.buf, '\n')
			if !bytes.Equal(e.buf, want.Bytes()) {
				t.Fatalf("case %d (indent %v):\nencoding/json %s\njsonEnc       %s", n, indent, want.Bytes(), e.buf)
			}
		}
	}
}

// Strings long enough for appendJSONString's eight-bytes-at-a-time path,
// with what JSON escapes at every place in and around the eight bytes.
func TestJSONStringMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	pieces := []string{"a", "plain words ", "Z", "\"", "\\", "\n", "\x00", "\x1f", " ", "\x7f", "\x80", "\xff",
		"é", "\u2028", "\u2029", "😀", "\xe2\x80", "<&>"}
	for range 20000 {
		var sb strings.Builder
		for range r.Intn(12) {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := sb.String()
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(appendJSONString(nil, s)) + "\n"; got != want.String() {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want.String())
		}
	}
}
