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

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// gz compresses text as one gzip member.
func gz(text string) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(text))
	z.Close()
	return b.Bytes()
}

func TestGzipNames(t *testing.T) {
	for name, want := range map[string]Format{
		"x.json.gz": JSON, "X.JSON.GZ": JSON, "a/x.yaml.gz": YAML, "x.yml.Gz": YAML,
		"x.jsonl.gz": JSONLines, "x.ndjson.gz": JSONLines,
		"000000.gz": Sniff, "x.tar.gz": Sniff, "x.gz.json": JSON, ".gz": Sniff, "x.json.gz.gz": Sniff,
	} {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", name, got, want)
		}
		if got := Lintable(name); got != (want != Sniff) {
			t.Errorf("Lintable(%q) = %v", name, got)
		}
	}
}

// A folder walk picks up x.json.gz and its kin, never any other .gz (an
// archive in a fixture folder is no fixture); a file named on the command
// line is read whatever its name.
func TestDiscoverGzip(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.json.gz", "b.jsonl.gz", "c.yaml.gz", "d.tar.gz", "000000.gz", "e.gz.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), gz(validJob), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, in := range Discover([]string{dir, filepath.Join(dir, "000000.gz")}, nil, "", nil).Inputs {
		got = append(got, fmt.Sprintf("%s %v", filepath.Base(in.Name), in.Format))
	}
	if want := "000000.gz 0,a.json.gz 1,b.jsonl.gz 3,c.yaml.gz 2"; strings.Join(got, ",") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// gzipCases are gzip inputs and the findings of their text.
var gzipCases = []struct {
	name string
	data []byte
	want string
}{
	{"one.json.gz", gz(badJob), "1:76 account-id error\n"},
	{"one.yaml.gz", gz("jobDetails:\n  accountId: 1\n"), "2:14 account-id error\n"},
	{"lines.jsonl.gz", gz(validJob + "\n\n" + badJob + "\n"), "3:76 account-id error\n"},
	// JSON Lines in a .json.gz file are read as such, with the note.
	{"lines.json.gz", gz(validJob + "\n" + badJob + "\n"), "2:1 file-format note\n2:76 account-id error\n"},
	// A name that says nothing: the text is sniffed.
	{"000000.gz", gz(validJob + "\n" + badJob + "\n"), "2:76 account-id error\n"},
	{"000001.gz", gz("jobDetails:\n  accountId: 1\n"), "2:14 account-id error\n"},
	// A gzip file named as text is decompressed all the same.
	{"named.json", gz(badJob), "1:76 account-id error\n"},
	// Members one after another are one text, here cut inside a record.
	{"members.jsonl.gz", append(gz(validJob+"\n"+badJob[:30]), gz(badJob[30:]+"\n")...), "2:76 account-id error\n"},
	{"members.json.gz", append(gz(badJob[:30]), gz(badJob[30:])...), "1:76 account-id error\n"},
	{"utf16.json.gz", gz(string(textenc.Encode([]byte(badJob), utf16LE))), "1:1 encoding warning\n1:76 account-id error\n"},
	{"empty.json.gz", gz(""), "1:1 empty error\n"},
	{"empty.jsonl.gz", gz("\n\n"), "1:1 empty error\n"},
	// gzip inside gzip is decompressed once: the text is gzip data.
	{"twice.json.gz", gz(string(gz(badJob))), "1:1 syntax error\n"},
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
		run := func(in Input) (r Result) {
			l.Run([]Input{in}, 2, func(part Result) { r.add(part) })
			return r
		}
		ways["Run on the file"] = run(Input{Name: path, Path: path, Format: FormatOf(path)})
		ways["Run on stdin"] = run(Input{Name: tc.name, Reader: bytes.NewReader(tc.data), Format: FormatOf(tc.name)})
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
		New(Options{}).Run([]Input{{Name: name, Reader: bytes.NewReader(gz(b.String())), Format: FormatOf(name)}}, 2, func(r Result) {
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
	data := gz(text)
	l := New(Options{})
	for cut := 0; cut < len(data); cut++ {
		for _, name := range []string{"f.jsonl.gz", "f.json.gz", "f.gz"} {
			r := l.Bytes(name, append([]byte{}, data[:cut]...))
			if cut < 2 { // not gzip at all: one or no byte of it
				continue
			}
			last := r.Findings[len(r.Findings)-1]
			prefix, _, _ := Gunzip(data[:cut], 1<<20)
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
	data := gz(badJob + "\n")
	data[len(data)-5] ^= 1 // the CRC-32
	r := New(Options{}).Bytes("f.json.gz", data)
	want := "2:1 the gzip data is corrupt (its checksum or length does not match) after 79 bytes of text\n"
	if got := messagesOf(r); got != want {
		t.Errorf("bad checksum: got\n%swant\n%s", got, want)
	}
	// Bytes after the last member that are not a gzip member.
	data = append(gz(validJob+"\n"), make([]byte, 20)...)
	if got := messagesOf(New(Options{}).Bytes("f.jsonl.gz", data)); got != "2:1 the gzip data is corrupt (not a gzip header) after 92 bytes of text\n" {
		t.Errorf("trailing zeros: got\n%s", got)
	}
	// Compressed data that is not deflate.
	data = append(gz("")[:10], 0xff, 0xff, 0xff, 0xff)
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
			New(Options{MaxSize: limit}).Run([]Input{{Name: tt.name, Reader: b.r, Format: FormatOf(tt.name)}}, 2, func(part Result) { r.add(part) })
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
	data := gz(b.String())
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
		if got, docs := runPlaces(Input{Name: path, Path: path, Format: FormatOf(path)}, Options{MaxSize: 1000}); got != want || docs != 201 {
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
				data := gz(doc(n))
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

func TestGunzip(t *testing.T) {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Name, z.Comment, z.ModTime = "job.json", "saved", time.Unix(1764670500, 0)
	z.Write([]byte(validJob))
	z.Close()
	data := append(b.Bytes(), gz("\n"+badJob)...)
	text, h, err := Gunzip(data, 1<<20)
	if string(text) != validJob+"\n"+badJob || err != nil || h.Name != "job.json" || h.Comment != "saved" || h.ModTime.Unix() != 1764670500 {
		t.Errorf("got %q, %+v, %v", text, h, err)
	}
	if text, _, err := Gunzip(data, 10); len(text) != 11 || err != nil {
		t.Errorf("over the limit: %d bytes, %v", len(text), err)
	}
	if _, _, err := Gunzip(data[:20], 1<<20); err == nil || !strings.HasPrefix(err.Error(), "the gzip data is truncated after ") {
		t.Errorf("truncated: %v", err)
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
	data := gz(text)
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
