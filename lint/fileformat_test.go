package lint

import (
	"os"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// A .json file that holds JSON Lines, or several documents one after
// another, is read as such with one file-format note at the start of the
// second value; anything else after a document stays a syntax error. The
// columns of the jobs are those of validJob and badJob (accountId at 76).
func TestJSONFileHoldsSeveralDocuments(t *testing.T) {
	pretty := "{\n  \"jobDetails\": {\"id\": \"0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90\",\n    \"accountId\": 1}\n}"
	tests := []struct {
		name, text string
		docs       int
		want       string // placesOf the result
	}{
		// JSON Lines: the first two non-blank lines are whole values.
		{"two lines", validJob + "\n" + badJob + "\n", 2,
			"2:1 file-format note\n2:76 account-id error\n"},
		{"CRLF lines", validJob + "\r\n" + badJob + "\r\n", 2,
			"2:1 file-format note\n2:76 account-id error\n"},
		{"blank lines between and after, no final newline", "\n" + badJob + "\n \r\n\n  " + validJob + "\n\n" + badJob, 3,
			"2:76 account-id error\n5:3 file-format note\n7:76 account-id error\n"},
		{"blank last line", validJob + "\n" + validJob + "\n   ", 2,
			"2:1 file-format note\n"},
		{"a byte-order mark at the start", "\ufeff" + badJob + "\n" + validJob, 2,
			"1:1 encoding warning\n1:76 account-id error\n2:1 file-format note\n"},
		{"a byte-order mark on line 2 (files joined)", validJob + "\n\ufeff" + badJob, 2,
			"2:1 encoding warning\n2:1 file-format note\n2:76 account-id error\n"},
		{"a broken third line", validJob + "\n" + validJob + "\n{\"jobs\": [\n" + badJob + "\n", 3,
			"2:1 file-format note\n3:11 syntax error\n4:76 account-id error\n"},
		{"an array on line 2", validJob + "\n[" + validJob + "]\n", 2,
			"2:1 envelope error\n2:1 file-format note\n"},

		// Several documents, each an object or array from a line after the
		// end of the one before.
		{"pretty documents", pretty + "\n" + pretty + "\n", 2,
			"3:18 account-id error\n5:1 file-format note\n7:18 account-id error\n"},
		{"pretty, then one line, then pretty", pretty + "\n  " + validJob + "\n" + pretty, 3,
			"3:18 account-id error\n5:3 file-format note\n8:18 account-id error\n"},
		{"one line, then pretty", validJob + "\n\n" + pretty, 2,
			"3:1 file-format note\n5:18 account-id error\n"},
		{"CRLF pretty documents", strings.ReplaceAll(pretty+"\n"+pretty, "\n", "\r\n"), 2,
			"3:18 account-id error\n5:1 file-format note\n7:18 account-id error\n"},
		// files saved with a byte-order mark and joined: each mark is warned of
		{"a byte-order mark before each pretty document", "\ufeff" + pretty + "\n\ufeff" + pretty, 2,
			"1:1 encoding warning\n3:18 account-id error\n5:1 encoding warning\n5:1 file-format note\n7:18 account-id error\n"},
		// After two whole documents, a syntax error is where the
		// sequence breaks, and no document is read (as in any JSON file
		// that does not parse).
		{"a broken third document", pretty + "\n" + pretty + "\n{\"jobs\": [}\n", 0,
			"9:11 syntax error\n"},
		{"a third document on the line of the second", validJob + "\n" + pretty + "{}", 0,
			"5:2 syntax error\n"},

		// Anything else: the error JSON gives one document followed by
		// extra data, at the second value.
		{"two values on one line", validJob + " " + validJob + "\n", 0,
			"1:93 syntax error\n"},
		{"a broken second line", validJob + "\n{\"jobDetails\": \n", 0,
			"2:1 syntax error\n"},
		{"trailing garbage", validJob + "\n}\n", 0,
			"2:1 syntax error\n"},
		{"a trailing number", validJob + "\n1\n", 0,
			"2:1 syntax error\n"},
		{"garbage after the second line (after two whole values)", validJob + "\n" + validJob + " x\n", 0,
			"2:93 syntax error\n"},
		{"a string, then a pretty document", "\"x\"\n" + pretty, 0,
			"2:1 syntax error\n"},
		{"a byte-order mark inside a line (after two whole values)", validJob + "\n" + validJob + "\ufeff\n", 0,
			"2:92 syntax error\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(Options{}).Bytes("f.json", []byte(tt.text))
			if placesOf(got) != tt.want || got.Documents != tt.docs {
				t.Errorf("%d documents, findings\n%swant %d documents, findings\n%s", got.Documents, placesOf(got), tt.docs, tt.want)
			}
		})
	}
}

// The notes say what the file holds; a syntax error keeps the decoder's
// message.
func TestFileFormatMessages(t *testing.T) {
	l := New(Options{})
	msgs := func(text string) string {
		var b strings.Builder
		for _, f := range l.Bytes("f.json", []byte(text)).Findings {
			if f.Rule == "file-format" || f.Rule == "syntax" {
				b.WriteString(f.Message + "\n")
			}
		}
		return b.String()
	}
	if got, want := msgs(validJob+"\n"+badJob), "the file holds JSON Lines (one JSON value per line), not one JSON document; it is read as JSON Lines; name it .jsonl\n"; got != want {
		t.Errorf("JSON Lines: %q", got)
	}
	if got, want := msgs("{\n}\n{\n}\n"), "the file holds several JSON documents one after another, not one JSON document; each is read as a response; make it JSON Lines, e.g. jq -c . IN.json > OUT.jsonl\n"; got != want {
		t.Errorf("several documents: %q", got)
	}
	if got, want := msgs(validJob+" {}"), "extra data after the JSON value\n"; got != want {
		t.Errorf("two values on one line: %q", got)
	}
}

// A YAML or JSON Lines file says nothing of its format: it is what its
// name says. Text whose format is sniffed is JSON Lines when its first line
// is a whole value, and several JSON documents with a note otherwise.
func TestFileFormatOnlyForJSON(t *testing.T) {
	l := New(Options{})
	for name, text := range map[string]string{
		"f.jsonl": validJob + "\n" + validJob + "\n",
		"f":       validJob + "\n" + validJob + "\n",
		"f.yaml":  "jobDetails:\n  id: 0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90\n  accountId: \"111122223333\"\n",
	} {
		if r := l.Bytes(name, []byte(text)); len(r.Findings) != 0 {
			t.Errorf("%s: %s", name, placesOf(r))
		}
	}
	if got := placesOf(l.Bytes("f", []byte("{\n}\n{\n}\n"))); !strings.Contains(got, "3:1 file-format note\n") {
		t.Errorf("sniffed, several documents:\n%s", got)
	}
}

// bigLines is JSON Lines text of several chunks, with badJob on every 1000th
// line and blank lines before the second record.
func bigLines() (text string, lines int) {
	var b strings.Builder
	b.WriteString(validJob + "\n\n\n")
	lines = 3
	for b.Len() <= 4*chunkBytes {
		lines++
		if lines%1000 == 0 {
			b.WriteString(badJob + "\n")
		} else {
			b.WriteString(validJob + "\n")
		}
	}
	return b.String(), lines
}

// A .json file that holds JSON Lines finds the same read whole by a worker,
// streamed by its worker when it is over --max-size, and cut into chunks for
// all workers on standard input: each finding once, in line order, the note
// at the second record.
func TestStreamedJSONFileHoldsJSONLines(t *testing.T) {
	text, lines := bigLines()
	whole := New(Options{}).Bytes("big.json", []byte(text))
	want := placesOf(whole)
	if !strings.HasPrefix(want, "4:1 file-format note\n") || strings.Count(want, "account-id") != lines/1000 || whole.Documents != lines-2 {
		t.Fatalf("read whole: %d documents\n%s", whole.Documents, want)
	}
	path := t.TempDir() + "/big.json"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		in    input.Input
		max   int64
		parts int
	}{
		{"file", input.Input{Name: path, Path: path, Format: input.JSON}, 0, 1},
		{"file over --max-size", input.Input{Name: path, Path: path, Format: input.JSON}, 1000, 1},
		{"stdin", input.Input{Name: "-", Reader: strings.NewReader(text), Format: input.JSON}, 0, 4},
		{"stdin over --max-size", input.Input{Name: "-", Reader: strings.NewReader(text), Format: input.JSON}, 1000, 4},
	} {
		parts, docs := 0, 0
		var got strings.Builder
		New(Options{MaxSize: tt.max}).Run([]input.Input{tt.in}, 2, func(r Result) {
			parts++
			docs += r.Documents
			got.WriteString(placesOf(r))
		})
		if got.String() != want || docs != whole.Documents || parts != tt.parts {
			t.Errorf("%s: %d documents in %d parts, findings\n%s", tt.name, docs, parts, got.String())
		}
	}
}

// A .json file over --max-size that holds JSON Lines is linted record by
// record, as a .jsonl file is, each record within the limit; the note goes
// with the second record even when that one is too large.
func TestStreamedJSONFileOverMaxSize(t *testing.T) {
	long := `{"jobDetails": {"x": "` + strings.Repeat("a", 3000) + `"}}`
	dir := t.TempDir()
	for _, tt := range []struct{ text, want string }{
		{validJob + "\n" + badJob + "\n" + long + "\n" + badJob + "\n",
			"2:1 file-format note\n2:76 account-id error\n3:1 file-too-large error\n4:76 account-id error\n"},
		{validJob + "\n\n" + long + "\n" + badJob + "\n",
			"3:1 file-format note\n3:1 file-too-large error\n4:76 account-id error\n"},
	} {
		path := dir + "/f.json"
		if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if got, _ := runPlaces(input.Input{Name: path, Path: path, Format: input.JSON}, Options{MaxSize: 1000}); got != tt.want {
			t.Errorf("got\n%swant\n%s", got, tt.want)
		}
	}
	// A .jsonl file, or one whose text is JSON Lines, is read the same way
	// by File; text that is not JSON Lines, or not UTF-8, stays one file,
	// over the limit.
	lines := validJob + "\n" + long + "\n" + badJob + "\n"
	for name, tt := range map[string]struct{ text, want string }{
		"f.jsonl":       {lines, "2:1 file-too-large error\n3:76 account-id error\n"},
		"f":             {lines, "2:1 file-too-large error\n3:76 account-id error\n"},
		"pretty.json":   {"{\n\"jobs\": [\n" + long + "]}\n", "1:1 file-too-large error\n"},
		"f.yaml":        {lines, "1:1 file-too-large error\n"},
		"utf16.json":    {string(textenc.Encode([]byte(validJob+"\n"+validJob+"\n"+long), utf16LE)), "1:1 file-too-large error\n"},
		"two-long.json": {long + "\n" + long + "\n", "1:1 file-too-large error\n2:1 file-format note\n2:1 file-too-large error\n"},
		// Only the first MiB is looked at to decide.
		"huge-first.json": {strings.Replace(long, "aaa", strings.Repeat("a", 1<<20), 1) + "\n" + validJob + "\n", "1:1 file-too-large error\n"},
	} {
		path := dir + "/" + name
		if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := placesOf(New(Options{MaxSize: 1000}).File(path)); got != tt.want {
			t.Errorf("%s: got\n%swant\n%s", name, got, tt.want)
		}
	}
}

// jsonLinesStart decides from the start of a stream only when both lines it
// reads are whole there; otherwise the stream is read whole.
func TestJSONLinesStartOfAStream(t *testing.T) {
	text := validJob + "\n\n" + validJob + "\n"
	for cut := 0; cut <= len(text); cut++ {
		_, ok := jsonLinesStart([]byte(text[:cut]), false)
		if want := cut == len(text); ok != want {
			t.Errorf("cut at %d: %v, want %v", cut, ok, want)
		}
		note, ok := jsonLinesStart([]byte(text[:cut]), true)
		if want := cut >= len(text)-1; ok != want || (ok && (note.Line != 3 || note.Column != 1)) {
			t.Errorf("complete, cut at %d: %v %d:%d", cut, ok, note.Line, note.Column)
		}
	}
}

// Reading a .json file as several documents is linear: many documents one
// after another, many JSON Lines, many blank lines before the second record.
func TestLinearTimeSeveralDocuments(t *testing.T) {
	pretty := "{\n  \"jobDetails\": {\"id\": \"#\",\n    \"accountId\": 1}\n}\n"
	tests := map[string]func(n int) string{
		"documents.json":   func(n int) string { return repeat(pretty, n) },
		"records.json":     func(n int) string { return repeat(`{"jobDetails": {"id": "#", "unknown": 1}}`+"\n", n) },
		"blank lines.json": func(n int) string { return validJob + strings.Repeat("\n \r", n) + "\n" + badJob },
		"one line.json":    func(n int) string { return validJob + "\n" + `{"jobs": [` + repeat(`{"id": "#"}, `, n) + `{}]}` },
	}
	for name, doc := range tests {
		t.Run(name, func(t *testing.T) {
			l := New(Options{})
			lineartest.Check(t, 2000, func(n int) func() {
				text := []byte(doc(n))
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
