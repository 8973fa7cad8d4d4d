package lint

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// credentialSet is the artifact credentials of a job as a JSON object.
type credentialSet struct{ keyID, secret, token string }

func (c credentialSet) json() string {
	return fmt.Sprintf(`{"accessKeyId": "%s", "secretAccessKey": "%s", "sessionToken": "%s"}`, c.keyID, c.secret, c.token)
}

// filler is text of n bytes or a little more, of words in two and three
// byte characters as well as ASCII, so that columns (characters) differ
// from byte offsets.
func filler(n int) string {
	const words = `"note": "été à 5 €", `
	return strings.Repeat(words, n/len(words)+1)
}

// longRecord returns a record of about 3 MiB holding three credential sets:
// at its start, across the end of the first scan window, and at its end.
func longRecord(sets [3]credentialSet) string {
	start := `{"jobs": [{"data": {"artifactCredentials": ` + sets[0].json() + ", "
	// The second set's token starts 200 bytes before the first window's
	// end and runs past it.
	middle := `"artifactCredentials": ` + sets[1].json() + ", "
	n := scanWindow - 200 - strings.Index(middle, sets[1].token) - len(start)
	text := start + filler(n)[:n] + middle
	text += filler(3 << 20)[:3<<20-len(text)]
	return text + `"artifactCredentials": ` + sets[2].json() + `}}]}`
}

// A record over --max-size is reported with its size, and each credential in
// it is still found, once, at its line and column (in characters), masked.
func TestLongRecordScanned(t *testing.T) {
	g := fake.New(12)
	var sets [3]credentialSet
	for i := range sets {
		sets[i] = credentialSet{g.KeyID("ASIA"), g.SecretWithSlash(), g.Token()}
	}
	record := longRecord(sets)
	if i := strings.Index(record, sets[1].token); i >= scanWindow || i+len(sets[1].token) <= scanWindow {
		t.Fatalf("the second token is at %d to %d, not across %d", i, i+len(sets[1].token), scanWindow)
	}
	stream := validJob + "\n" + record + "\n" + validJob + "\n"
	l := New(Options{MaxSize: 1 << 20})
	res := l.lintStream("big.jsonl", strings.NewReader(stream))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	// Read whole, as Bytes does, the record gives the same findings.
	if inMemory := l.Bytes("big.jsonl", []byte(stream)); fmt.Sprint(inMemory.Findings) != fmt.Sprint(res.Findings) {
		t.Errorf("in memory:\n%v\nas a stream:\n%v", inMemory.Findings, res.Findings)
	}

	want := []finding.Finding{{File: "big.jsonl", Line: 2, Column: 1, Rule: ruleTooLarge.ID, Severity: ruleTooLarge.Severity,
		Message: fmt.Sprintf("the record is %d bytes, over the limit of %d; raise --max-size to lint it", len(record), 1<<20)}}
	// What ScanRaw finds in the record read whole, which the windows must
	// find alike.
	whole := secrets.ScanRaw([]byte(record))
	if len(whole) != 9 {
		t.Fatalf("ScanRaw finds %d credentials in the record, want 9: %v", len(whole), whole)
	}
	for _, f := range whole {
		f.File, f.Line = "big.jsonl", 2
		want = append(want, f)
	}
	// Before the duplicates of a file are dropped, the windows find each
	// credential once.
	if fs := scanLongRecord([]byte(record), 2); len(fs) != len(whole) {
		t.Errorf("the windows find %d credentials, want %d: %v", len(fs), len(whole), fs)
	}
	want = finding.SortUnique(want)
	if len(res.Findings) != len(want) {
		t.Fatalf("%d findings, want %d:\n%v", len(res.Findings), len(want), res.Findings)
	}
	for i := range want {
		if res.Findings[i] != want[i] {
			t.Errorf("finding %d:\n got %+v\nwant %+v", i, res.Findings[i], want[i])
		}
	}

	// Each credential at the column of its first character, counted in
	// characters; none shown in full.
	columns := map[int]bool{}
	for _, f := range res.Findings[1:] {
		columns[f.Column] = true
	}
	for _, set := range sets {
		for _, v := range []string{set.keyID, set.secret, set.token} {
			col := utf8.RuneCountInString(record[:strings.Index(record, v)]) + 1
			if !columns[col] {
				t.Errorf("no finding at 2:%d, where %s… starts", col, v[:4])
			}
			for _, f := range res.Findings {
				if strings.Contains(f.Message, v[:12]) {
					t.Errorf("finding shows %s…: %s", v[:4], f.Message)
				}
			}
		}
	}
}

// A window cut where no separator is found stays within a character, and a
// record that starts with a byte order mark counts no column for it.
func TestLongRecordColumnsAcrossHardCut(t *testing.T) {
	key := fake.New(3).KeyID("AKIA")
	// No separator in the whole record: each window is cut by size, at the
	// start of a character.
	record := "\ufeff" + strings.Repeat("é€a", (scanWindow+scanLongest)/6) + " " + key + " "
	var s recordScan
	s.write([]byte(record))
	fs := s.finish(7)
	col := utf8.RuneCountInString(record[:strings.Index(record, key)]) // the mark takes no column
	if len(fs) != 1 || fs[0].Line != 7 || fs[0].Column != col {
		t.Errorf("findings %v, want one at 7:%d", fs, col)
	}
}

// The text of a long record is held a window at a time: the buffer is no
// larger for a record four times as long.
func TestLongRecordMemoryBounded(t *testing.T) {
	largest := func(n int) int {
		var s recordScan
		piece := []byte(filler(64 << 10)[:64<<10])
		most := 0
		for range n / len(piece) {
			s.write(piece)
			most = max(most, cap(s.buf))
		}
		s.finish(1)
		return most
	}
	small, large := largest(4<<20), largest(16<<20)
	if large > small || large > 2*(scanWindow+2*scanContext+64<<10) {
		t.Errorf("buffer of %d bytes for 4 MiB, %d for 16 MiB; want no growth", small, large)
	}
}

// The scan of a long record takes time linear in its length.
func TestLongRecordLinearTime(t *testing.T) {
	key := fake.New(5).KeyID("ASIA")
	lineartest.Check(t, scanWindow, func(n int) func() {
		text := []byte(filler(n)[:n] + key)
		var s recordScan
		return func() {
			s.reset()
			s.write(text)
			if fs := s.finish(1); len(fs) != 1 {
				t.Fatalf("%d findings, want 1", len(fs))
			}
		}
	})
}
