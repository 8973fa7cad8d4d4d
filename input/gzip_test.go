package input

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
)

const (
	validJob = `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": "111122223333"}}`
	badJob   = `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": 1}}`
)

func TestGunzip(t *testing.T) {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Name, z.Comment, z.ModTime = "job.json", "saved", time.Unix(1764670500, 0)
	z.Write([]byte(validJob))
	z.Close()
	data := append(b.Bytes(), testfiles.Gzip("\n"+badJob)...)
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

// The names and comments of every member's header are kept.
func TestGzipHeaderText(t *testing.T) {
	member := func(text, name, comment string) []byte {
		var b bytes.Buffer
		z := gzip.NewWriter(&b)
		z.Name, z.Comment = name, comment
		z.Write([]byte(text))
		z.Close()
		return b.Bytes()
	}
	data := append(append(append(member("a", "a.json", ""), member("b", "", "")...), member("c", "c.json", "saved by hand")...), member("", "c.json", "saved by hand")...)
	g := NewGzipReader(strings.NewReader(string(data))) // not a ByteReader: wrapped
	text, err := ReadLimited(g, 1<<20)
	if string(text) != "abc" || err != nil {
		t.Fatalf("text %q, error %v", text, err)
	}
	var got []string
	for _, f := range g.HeaderFields() {
		got = append(got, fmt.Sprintf("%d %s %s", f.Member, f.Name, f.Text))
	}
	if want := "1 file name a.json|3 file name c.json|3 comment saved by hand|4 file name c.json|4 comment saved by hand"; strings.Join(got, "|") != want {
		t.Errorf("header fields %q, want %q", got, want)
	}
	if g.Header().Name != "a.json" {
		t.Errorf("first header %+v", g.Header())
	}
	// A member that does not start with a gzip header is corrupt, as with
	// gzip -d.
	g = NewGzipReader(bytes.NewReader(append(member("a", "", ""), "junk after the data"...)))
	if _, err := ReadLimited(g, 1<<20); err == nil || !strings.Contains(err.Error(), "corrupt (not a gzip header)") {
		t.Errorf("trailing junk: %v", err)
	}
}
