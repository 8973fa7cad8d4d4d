package lint

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// gzipCases are gzip inputs and the findings of their text.
var gzipCases = []struct {
	name string
	data []byte
	want string
}{
	{"one.json.gz", testfiles.Gzip(badJob), "1:76 account-id error\n"},
	{"one.yaml.gz", testfiles.Gzip("jobDetails:\n  accountId: 1\n"), "2:14 account-id error\n"},
	{"lines.jsonl.gz", testfiles.Gzip(validJob + "\n\n" + badJob + "\n"), "3:76 account-id error\n"},
	// JSON Lines in a .json.gz file are read as such, with the note.
	{"lines.json.gz", testfiles.Gzip(validJob + "\n" + badJob + "\n"), "2:1 file-format note\n2:76 account-id error\n"},
	// A name that says nothing: the text is sniffed.
	{"000000.gz", testfiles.Gzip(validJob + "\n" + badJob + "\n"), "2:76 account-id error\n"},
	{"000001.gz", testfiles.Gzip("jobDetails:\n  accountId: 1\n"), "2:14 account-id error\n"},
	// A gzip file named as text is decompressed all the same.
	{"named.json", testfiles.Gzip(badJob), "1:76 account-id error\n"},
	// Members one after another are one text, here cut inside a record.
	{"members.jsonl.gz", append(testfiles.Gzip(validJob+"\n"+badJob[:30]), testfiles.Gzip(badJob[30:]+"\n")...), "2:76 account-id error\n"},
	{"members.json.gz", append(testfiles.Gzip(badJob[:30]), testfiles.Gzip(badJob[30:])...), "1:76 account-id error\n"},
	{"utf16.json.gz", testfiles.Gzip(string(textenc.Encode([]byte(badJob), utf16LE))), "1:1 encoding warning\n1:76 account-id error\n"},
	{"empty.json.gz", testfiles.Gzip(""), "1:1 empty error\n"},
	{"empty.jsonl.gz", testfiles.Gzip("\n\n"), "1:1 empty error\n"},
	// gzip inside gzip is decompressed once: the text is gzip data.
	{"twice.json.gz", testfiles.Gzip(string(testfiles.Gzip(badJob))), "1:1 syntax error\n"},
}

// TestGzipEveryWay reads each gzip input every way there is: a file named on
// the command line (produce), one a worker reads (File), standard input, and
// Bytes. Each finds what its text holds, at the lines and columns of the text.
func TestGzipEveryWay(t *testing.T) {
	dir := t.TempDir()
	l := New(Options{})
	for _, tc := range gzipCases {
		path := filepath.Join(dir, tc.name)
		if err := os.WriteFile(path, tc.data, 0o644); err != nil {
			t.Fatal(err)
		}
		ways := map[string]Result{"Bytes": l.Bytes(tc.name, tc.data), "File": l.File(path)}
		run := func(in input.Input) (r Result) {
			l.Run([]input.Input{in}, 2, func(part Result) { r.add(part) })
			return r
		}
		ways["Run on the file"] = run(input.Input{Name: path, Path: path, Format: input.FormatOf(path)})
		ways["Run on stdin"] = run(input.Input{Name: tc.name, Reader: bytes.NewReader(tc.data), Format: input.FormatOf(tc.name)})
		for way, r := range ways {
			if got := placesOf(r); got != tc.want || r.Err != nil {
				t.Errorf("%s, %s: got\n%s(error %v), want\n%s", tc.name, way, got, r.Err, tc.want)
			}
		}
	}
}

// A gzip stream of JSON Lines larger than a chunk is cut into chunks for all
// workers, as a plain stream is, with the same findings on the same lines.
func TestGzipStreamChunked(t *testing.T) {
	var b strings.Builder
	lines := 0
	for b.Len() < 5*chunkBytes {
		lines++
		if lines%500 == 0 {
			b.WriteString(badJob + "\n")
		} else {
			b.WriteString(validJob + "\n")
		}
	}
	for _, name := range []string{"s.jsonl.gz", "000000.gz"} {
		parts, docs := 0, 0
		var bad []int
		New(Options{}).Run([]input.Input{{Name: name, Reader: bytes.NewReader(testfiles.Gzip(b.String())), Format: input.FormatOf(name)}}, 2, func(r Result) {
			parts++
			docs += r.Documents
			for _, f := range r.Findings {
				bad = append(bad, f.Line)
			}
		})
		if docs != lines || parts < 5 || len(bad) != lines/500 {
			t.Errorf("%s: %d documents in %d parts, findings on lines %v", name, docs, parts, bad)
		}
		for i, line := range bad {
			if line != (i+1)*500 {
				t.Fatalf("%s: finding %d on line %d", name, i, line)
			}
		}
	}
}

// A stream cut anywhere is a syntax error where its text stops, after the
// findings of the text before it; it never panics.
func TestGzipTruncated(t *testing.T) {
	text := validJob + "\n" + badJob + "\n" + "jobDetails: é\n"
	data := testfiles.Gzip(text)
	l := New(Options{})
	for cut := 0; cut < len(data); cut++ {
		for _, name := range []string{"f.jsonl.gz", "f.json.gz", "f.gz"} {
			r := l.Bytes(name, append([]byte{}, data[:cut]...))
			if cut < 2 { // not gzip at all: one or no byte of it
				continue
			}
			last := r.Findings[len(r.Findings)-1]
			prefix, _, _ := input.Gunzip(data[:cut], 1<<20)
			line := 1 + bytes.Count(prefix, []byte("\n"))
			col := 1 + len([]rune(string(prefix[bytes.LastIndexByte(prefix, '\n')+1:])))
			want := fmt.Sprintf("%d:%d the gzip data is truncated after %d bytes of text", line, col, len(prefix))
			if got := fmt.Sprintf("%d:%d %s", last.Line, last.Column, last.Message); got != want || last.Rule != "syntax" {
				t.Fatalf("%s cut at %d: last finding %s, want %s", name, cut, got, want)
			}
		}
	}
	// The records before the break are linted.
	r := l.Bytes("f.jsonl.gz", data[:len(data)-3])
	if got := placesOf(r); got != "2:76 account-id error\n3:1 syntax error\n4:1 syntax error\n" || r.Documents != 2 {
		t.Errorf("cut in the trailer: %d documents, findings\n%s", r.Documents, got)
	}
}

// A corrupt stream is named as such, where its text stops; a text before it
// is still scanned for credentials.
func TestGzipCorrupt(t *testing.T) {
	data := testfiles.Gzip(badJob + "\n")
	data[len(data)-5] ^= 1 // the CRC-32
	r := New(Options{}).Bytes("f.json.gz", data)
	want := "2:1 the gzip data is corrupt (its checksum or length does not match) after 79 bytes of text\n"
	if got := messagesOf(r); got != want {
		t.Errorf("bad checksum: got\n%swant\n%s", got, want)
	}
	// Bytes after the last member that are not a gzip member.
	data = append(testfiles.Gzip(validJob+"\n"), make([]byte, 20)...)
	if got := messagesOf(New(Options{}).Bytes("f.jsonl.gz", data)); got != "2:1 the gzip data is corrupt (not a gzip header) after 92 bytes of text\n" {
		t.Errorf("trailing zeros: got\n%s", got)
	}
	// Compressed data that is not deflate.
	data = append(testfiles.Gzip("")[:10], 0xff, 0xff, 0xff, 0xff)
	if got := messagesOf(New(Options{}).Bytes("f.json.gz", data)); got != "1:1 the gzip data is corrupt after 0 bytes of text\n" {
		t.Errorf("not deflate: got\n%s", got)
	}
}

func messagesOf(r Result) string {
	var b strings.Builder
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "%d:%d %s\n", f.Line, f.Column, f.Message)
	}
	return b.String()
}

// bomb is an endless gzip stream of one byte over and over (as a bomb of
// 10 GB of zeros in 10 MB is): it counts the text it has compressed, and stops
// when its reader is closed.
type bomb struct {
	r    *io.PipeReader
	made atomic.Int64
	done chan struct{}
}

func newBomb(b byte) *bomb {
	pr, pw := io.Pipe()
	bb := &bomb{r: pr, done: make(chan struct{})}
	go func() {
		defer close(bb.done)
		z, _ := gzip.NewWriterLevel(pw, gzip.BestSpeed)
		block := bytes.Repeat([]byte{b}, 64<<10)
		for {
			if _, err := z.Write(block); err != nil {
				return
			}
			bb.made.Add(int64(len(block)))
		}
	}()
	return bb
}

func (b *bomb) stop() int64 {
	b.r.CloseWithError(io.ErrClosedPipe)
	<-b.done
	return b.made.Load()
}

// A gzip bomb is a file-too-large finding once its text passes the limit,
// not an endless read: the reading stops there, in memory that stays small.
func TestGzipBomb(t *testing.T) {
	const limit = 1 << 20
	for _, tt := range []struct {
		name string
		b    byte
		want string
	}{
		{"zeros.json.gz", 0, "1:1 the gzip data decompresses to more than 1048576 bytes, over the limit of 1048576; raise --max-size to lint it\n"},
		{"zeros.yaml.gz", 0, "1:1 the gzip data decompresses to more than 1048576 bytes, over the limit of 1048576; raise --max-size to lint it\n"},
		{"zeros.gz", 0, "1:1 the gzip data decompresses to more than 1048576 bytes, over the limit of 1048576; raise --max-size to lint it\n"},
		{"zeros.jsonl.gz", 0, "1:1 the record is more than 1048576 bytes, over the limit of 1048576; the rest of the gzip data is not read; raise --max-size to lint it\n"},
		{"spaces.jsonl.gz", ' ', "1:1 the record is more than 1048576 bytes, over the limit of 1048576; the rest of the gzip data is not read; raise --max-size to lint it\n"},
		{"newlines.jsonl.gz", '\n', "1:1 blank lines of more than 1048576 bytes from here, over the limit of 1048576; the rest of the gzip data is not read; raise --max-size to lint it\n"},
		{"newlines.json.gz", '\n', "1:1 the gzip data decompresses to more than 1048576 bytes, over the limit of 1048576; raise --max-size to lint it\n"},
	} {
		b := newBomb(tt.b)
		done := make(chan Result)
		go func() {
			var r Result
			New(Options{MaxSize: limit}).Run([]input.Input{{Name: tt.name, Reader: b.r, Format: input.FormatOf(tt.name)}}, 2, func(part Result) { r.add(part) })
			done <- r
		}()
		var r Result
		select {
		case r = <-done:
		case <-time.After(time.Minute):
			b.stop()
			t.Fatalf("%s: still reading after a minute", tt.name)
		}
		made := b.stop()
		if got := messagesOf(r); got != tt.want {
			t.Errorf("%s: got\n%swant\n%s", tt.name, got, tt.want)
		}
		// The readers' buffers (1 MiB each) and the pipe's block: a few
		// MiB past the limit, never the whole bomb.
		if made > limit+8<<20 {
			t.Errorf("%s: %d bytes of text read for a limit of %d", tt.name, made, limit)
		}
	}
}

// A gzip file over --max-size is read as a stream by the worker that reads
// it, whatever its name; its records are held to the limit.
func TestGzipFileOverMaxSize(t *testing.T) {
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": "%012d"}}`+"\n", i*7919)
	}
	b.WriteString(badJob + "\n")
	data := testfiles.Gzip(b.String())
	dir := t.TempDir()
	for _, name := range []string{"big.jsonl.gz", "big.json.gz", "big.gz", "big.json"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		want := "201:76 account-id error\n"
		if name == "big.json.gz" || name == "big.json" {
			want = "2:1 file-format note\n" + want
		}
		l := New(Options{MaxSize: 1000})
		if int64(len(data)) <= l.maxSize {
			t.Fatalf("the file is %d bytes, within the limit", len(data))
		}
		if r := l.File(path); placesOf(r) != want || r.Documents != 201 {
			t.Errorf("%s: %d documents, findings\n%s", name, r.Documents, placesOf(r))
		}
		if got, docs := runPlaces(input.Input{Name: path, Path: path, Format: input.FormatOf(path)}, Options{MaxSize: 1000}); got != want || docs != 201 {
			t.Errorf("%s, Run: %d documents, findings\n%s", name, docs, got)
		}
	}
}

// Decompressing and cutting into chunks is linear in the text: many records,
// one long record, many blank lines.
func TestGzipLinearTime(t *testing.T) {
	tests := map[string]func(n int) string{
		"records.jsonl.gz":     func(n int) string { return repeat(`{"jobDetails": {"id": "#", "unknown": 1}}`+"\n", n) },
		"long record.jsonl.gz": func(n int) string { return `{"jobDetails": {"id": "` + strings.Repeat("x", 50*n) + `"}}` + "\n" },
		"blank lines.gz":       func(n int) string { return validJob + "\n" + strings.Repeat("\n \n", 20*n) + badJob + "\n" },
		"one document.json.gz": func(n int) string { return `{"jobs": [` + repeat(`{"id": "#"}, `, n) + `{}]}` },
	}
	for name, doc := range tests {
		t.Run(name, func(t *testing.T) {
			l := New(Options{})
			lineartest.Check(t, 2000, func(n int) func() {
				data := testfiles.Gzip(doc(n))
				want := len(l.Bytes(name, data).Findings)
				return func() {
					if got := len(l.Bytes(name, data).Findings); got != want {
						t.Fatalf("%d findings, then %d", want, got)
					}
				}
			})
		})
	}
}

// A gzip file of more than 1 MiB (read as a stream by its worker) finds
// what its text finds.
func TestLargeGzipFile(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 3<<20) // hex: about half of it stays, compressed
	for i := range random {
		random[i] = "0123456789abcdef"[r.IntN(16)]
	}
	text := `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": 1, "data": {"actionConfiguration": {"configuration": {"Blob": "` + string(random) + `"}}}}}` + "\n"
	data := testfiles.Gzip(text)
	if len(data) <= streamJSONOver {
		t.Fatalf("the gzip file is %d bytes, not over %d", len(data), streamJSONOver)
	}
	path := filepath.Join(t.TempDir(), "big.json.gz")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	l := New(Options{})
	got, want := l.File(path), l.Bytes(path, []byte(text))
	if placesOf(got) != placesOf(want) || got.Documents != 1 || !strings.Contains(placesOf(got), "account-id error") {
		t.Errorf("the gzip file:\n%sits text:\n%s", placesOf(got), placesOf(want))
	}
}
