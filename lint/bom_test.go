package lint

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

const bom = "\ufeff"

// runPlaces lints one stream on two workers and returns the places of all
// its findings, in the order they come out.
func runPlaces(in input.Input, opts Options) (places string, docs int) {
	var b strings.Builder
	New(opts).Run([]input.Input{in}, 2, func(r Result) {
		b.WriteString(placesOf(r))
		docs += r.Documents
	})
	return b.String(), docs
}

// JSON text that starts with a UTF-8 byte-order mark gets an encoding
// warning at 1:1, and is linted all the same; YAML allows the mark.
func TestUTF8ByteOrderMark(t *testing.T) {
	l := New(Options{})
	for _, name := range []string{"f.json", "f.jsonl", "f"} {
		got := l.Bytes(name, []byte(bom+badJob+"\n"))
		if want := "1:1 encoding warning\n1:76 account-id error\n"; placesOf(got) != want || got.Documents != 1 {
			t.Errorf("%s: got\n%s", name, placesOf(got))
		}
		if msg := got.Findings[0].Message; msg != "the file starts with a UTF-8 byte-order mark, which Go's encoding/json, Python's json.load (of a file opened as UTF-8) and AWS SDKs reject; save it as UTF-8 without a byte-order mark" {
			t.Errorf("%s: %q", name, msg)
		}
	}
	for _, name := range []string{"f.yaml", "f.yml"} {
		if got := l.Bytes(name, []byte(bom+"jobDetails:\n  accountId: 1\n")); placesOf(got) != "2:14 account-id error\n" {
			t.Errorf("%s: got\n%s", name, placesOf(got))
		}
	}
	// Only the encoding is named for UTF-16 text, whose mark is its own.
	utf16 := textenc.Encode([]byte(badJob), utf16LE)
	if got := placesOf(l.Bytes("f.json", utf16)); got != "1:1 encoding warning\n1:76 account-id error\n" {
		t.Errorf("UTF-16: got\n%s", got)
	}
	// A file that is nothing but the mark is empty: a blank line is no
	// record, mark or not.
	for _, name := range []string{"f.json", "f.jsonl"} {
		if got := placesOf(l.Bytes(name, []byte(bom+"\n"))); got != "1:1 empty error\n" {
			t.Errorf("%s, a mark only: got\n%s", name, got)
		}
	}
}

// Standard input and JSON Lines streams, cut into chunks, warn of the mark
// as a whole file does.
func TestUTF8ByteOrderMarkInStreams(t *testing.T) {
	for _, format := range []input.Format{input.JSON, input.JSONLines, input.Sniff} {
		text := bom + badJob + "\n" + validJob + "\n"
		if format == input.JSON {
			text = bom + badJob
		}
		want := placesOf(New(Options{}).Bytes("f.jsonl", []byte(text)))
		got, _ := runPlaces(input.Input{Name: "-", Reader: strings.NewReader(text), Format: format}, Options{})
		if got != want || !strings.HasPrefix(got, "1:1 encoding warning\n") {
			t.Errorf("format %v: got\n%swant\n%s", format, got, want)
		}
	}
	if got, _ := runPlaces(input.Input{Name: "-", Reader: strings.NewReader(bom + " \n"), Format: input.JSONLines}, Options{}); got != "1:1 empty error\n" {
		t.Errorf("a mark only: got\n%s", got)
	}
}

// A JSON Lines record that starts with a mark, as when files saved with one
// are joined, is read without it and warned of at its line.
func TestUTF8ByteOrderMarkOnARecord(t *testing.T) {
	text := validJob + "\n" + bom + badJob + "\n" + bom + "\n"
	got := New(Options{}).Bytes("f.jsonl", []byte(text))
	if want := "2:1 encoding warning\n2:76 account-id error\n"; placesOf(got) != want || got.Documents != 2 {
		t.Errorf("got\n%s", placesOf(got))
	}
	if msg := got.Findings[0].Message; !strings.HasPrefix(msg, "the record starts with a UTF-8 byte-order mark (as when files saved with one are joined)") {
		t.Errorf("%q", msg)
	}
}
