package lint

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

var utf16LE = textenc.Encoding{Width: 2, BOM: true}

// placesOf is one line per finding: position, rule and severity.
func placesOf(r Result) string {
	var b strings.Builder
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "%d:%d %s %s\n", f.Line, f.Column, f.Rule, f.Severity)
	}
	return b.String()
}

// A UTF-16 or UTF-32 file is linted as its text, at the same lines and
// columns, plus one encoding warning.
func TestEncodedFileIsLinted(t *testing.T) {
	key := fake.New(1).KeyIDFor("ASIA", "111122223333")
	doc := "{\"jobDetails\": {\"id\": \"0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90\", \"accountId\": \"111122223333\",\n" +
		"  \"data\": {\"actionConfiguration\": {\"configuration\": {\"Title\": \"é𝄞\", \"Key\": \"" + key + "\"}}}}}\n"
	want := New(Options{}).Bytes("f.json", []byte(doc))
	if got := placesOf(want); got != "2:76 leaked-credential error\n" {
		t.Fatalf("the UTF-8 file: got\n%s", got)
	}
	for _, enc := range []textenc.Encoding{utf16LE, {Width: 2}, {Width: 2, BigEndian: true}, {Width: 4, BigEndian: true, BOM: true}} {
		for _, name := range []string{"f.json", "f"} {
			got := New(Options{}).Bytes(name, textenc.Encode([]byte(doc), enc))
			if placesOf(got) != "1:1 encoding warning\n"+placesOf(want) || got.Documents != 1 {
				t.Errorf("%s in %v: got\n%s", name, enc, placesOf(got))
			}
			if msg := got.Findings[0].Message; !strings.Contains(msg, "the file is "+enc.String()+";") {
				t.Errorf("%v: %q", enc, msg)
			}
		}
	}
}

// Text that is not valid UTF-16 is a syntax error where it goes wrong, and
// is still scanned for credentials.
func TestInvalidUTF16(t *testing.T) {
	key := fake.New(2).KeyIDFor("AKIA", "111122223333")
	data := textenc.Encode([]byte("{\"a\":\n \"x\", \"k\": \""+key+"\"}"), utf16LE)
	data = append(data, 0x34, 0xd8, '}', 0) // a high surrogate, then "}"
	got := New(Options{}).Bytes("f.json", data)
	if want := "1:1 encoding warning\n2:13 leaked-credential error\n2:35 syntax error\n"; placesOf(got) != want {
		t.Errorf("got\n%s\nwant\n%s", placesOf(got), want)
	}
	odd := New(Options{}).Bytes("f.yaml", []byte("\xff\xfea\x00:\x00 \x001\x00\n"))
	if want := "1:1 encoding warning\n1:5 syntax error\n"; placesOf(odd) != want {
		t.Errorf("odd length: got\n%s\nwant\n%s", placesOf(odd), want)
	}
}

// Standard input in UTF-16 is read whole, whatever its format: JSON Lines
// is not cut into records at byte 0x0a.
func TestRunEncodedStream(t *testing.T) {
	text := validJob + "\n" + badJob + "\n"
	for _, format := range []input.Format{input.Sniff, input.JSONLines} {
		in := input.Input{Name: "-", Reader: bytes.NewReader(textenc.Encode([]byte(text), utf16LE)), Format: format}
		var results []Result
		New(Options{}).Run([]input.Input{in}, 2, func(r Result) { results = append(results, r) })
		if len(results) != 1 || results[0].Documents != 2 {
			t.Fatalf("format %v: %+v", format, results)
		}
		if got, want := placesOf(results[0]), "1:1 encoding warning\n2:76 account-id error\n"; got != want {
			t.Errorf("format %v: got\n%s\nwant\n%s", format, got, want)
		}
	}
}

// Decoding is linear too: a UTF-16 file of many members, and one of many
// lone surrogates (each becomes U+FFFD; the first is the error).
func TestLinearTimeEncoded(t *testing.T) {
	tests := map[string]func(n int) []byte{
		"members.json": func(n int) []byte {
			return textenc.Encode([]byte(data(func(n int) string { return repeat(`"k#": "é𝄞#", `, n) + `"z": "v"` })(n)), utf16LE)
		},
		"surrogates.json": func(n int) []byte {
			return append([]byte("\xff\xfe"), bytes.Repeat([]byte("\x34\xd8a\x00\n\x00"), n)...)
		},
	}
	for name, doc := range tests {
		t.Run(name, func(t *testing.T) {
			l := New(Options{})
			lineartest.Check(t, 20000, func(n int) func() {
				text := doc(n)
				want := len(l.Bytes(name, text).Findings)
				return func() {
					if got := len(l.Bytes(name, text).Findings); got != want {
						t.Fatalf("%d findings, then %d", want, got)
					}
				}
			})
		})
	}
}
