package lint

import (
	"bytes"
	"time"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// A JSON Lines record over --max-size is not decoded, but its text is still
// scanned for credentials (secrets.ScanRaw), in bounded memory: in windows
// of about scanWindow bytes, each scanned with scanContext bytes of the
// text on either side, so that what the scanner reads around a credential
// (the label before it, a "..." after it) is there. A window ends just
// before a byte that no credential holds (a quote, a comma, a space...)
// found within scanLongest bytes of its end, so that no credential up to
// that length is cut in two; only a run of credential characters longer
// than that, which no credential is, can be cut where no such byte is found.
// A finding belongs to the window its credential starts in, so none comes
// twice.
const (
	scanWindow  = 1 << 20
	scanLongest = 64 << 10
	scanContext = 4 << 10 // far more than the scanner looks around a value
)

// recordScan scans the text of one oversized record as it is read.
type recordScan struct {
	buf      []byte // the text from bufStart on
	bufStart int64  // offset of buf[0] in the record
	bufRunes int    // characters of the record before buf[0]
	core     int64  // offset where the window being filled starts
	bom      bool   // the record starts with a byte order mark, which takes no column
	elapsed  time.Duration
	found    []finding.Finding // Line 1, Column in the record
}

// scanLongRecord scans a record over the limit that is already in memory
// as one read as a stream is scanned, with the same findings.
func scanLongRecord(line []byte, lineNo int) []finding.Finding {
	var s recordScan
	s.write(line)
	return s.finish(lineNo)
}

func (s *recordScan) reset() {
	*s = recordScan{buf: s.buf[:0]}
}

// write adds the next bytes of the record, scanning each window once the
// text after it is read.
func (s *recordScan) write(p []byte) {
	start := time.Now()
	if s.bufStart == 0 && len(s.buf) == 0 && len(p) > 0 {
		s.bom = bytes.HasPrefix(p, []byte("\xef\xbb\xbf"))
	}
	for len(p) > 0 {
		n := min(len(p), scanWindow)
		s.buf = append(s.buf, p[:n]...)
		p = p[n:]
		for s.end()-s.core >= scanWindow+scanContext {
			s.scan(s.cut())
		}
	}
	s.elapsed += time.Since(start)
}

// finish scans the rest of the record and returns its findings on line
// lineNo, in the order of their columns.
func (s *recordScan) finish(lineNo int) []finding.Finding {
	start := time.Now()
	s.buf = bytes.TrimSuffix(s.buf, []byte("\n"))
	for s.core < s.end() {
		cut := s.end()
		if cut-s.core > scanWindow {
			cut = s.cut()
		}
		s.scan(cut)
	}
	s.elapsed += time.Since(start)
	fs := s.found
	for i := range fs {
		fs[i].Line = lineNo
	}
	return fs
}

func (s *recordScan) end() int64 { return s.bufStart + int64(len(s.buf)) }

// cut returns where the window that starts at s.core ends: before the last
// byte no credential holds in its final scanLongest bytes, or, if there is
// none, at the start of a character.
func (s *recordScan) cut() int64 {
	target := int(s.core + scanWindow - s.bufStart)
	for i := target; i > target-scanLongest; i-- {
		if separates(s.buf[i]) {
			return s.bufStart + int64(i)
		}
	}
	i := target
	for i > target-utf8.UTFMax && !utf8.RuneStart(s.buf[i]) {
		i--
	}
	return s.bufStart + int64(i)
}

// separates reports a byte that is never part of a credential nor of an
// escape in one, nor of the marks the scanner reads beside one ('-', '_',
// '.'), as a window's last byte.
func separates(c byte) bool {
	switch {
	case c >= utf8.RuneSelf, c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		return false
	}
	return bytes.IndexByte([]byte(`+/=\%-_.`), c) < 0
}

// scan scans the window from s.core to cut, with the context on either side
// that buf holds, keeps the findings that start in the window, and drops the
// text that the next window's context does not need.
func (s *recordScan) scan(cut int64) {
	text := s.buf[:min(len(s.buf), int(cut-s.bufStart)+scanContext)]
	from := utf8.RuneCount(s.buf[:s.core-s.bufStart])
	to := from + utf8.RuneCount(s.buf[s.core-s.bufStart:cut-s.bufStart])
	skipped := 0 // a byte order mark at the start of text, which ScanRaw gives no column
	if bytes.HasPrefix(text, []byte("\xef\xbb\xbf")) {
		skipped = 1
	}
	for _, f := range secrets.ScanRaw(text) {
		at := f.Column - 1 + skipped // characters of text before the finding
		if f.Line != 1 || at < from || at >= to {
			continue
		}
		f.Line, f.Column = 1, s.bufRunes+at+1
		if s.bom {
			f.Column--
		}
		s.found = append(s.found, f)
	}
	s.core = cut
	drop := max(0, int(cut-s.bufStart)-scanContext)
	for k := 1; k < utf8.UTFMax && drop > 0 && !utf8.RuneStart(s.buf[drop]); k++ {
		drop++ // to the start of a character
	}
	s.bufRunes += utf8.RuneCount(s.buf[:drop])
	s.bufStart += int64(drop)
	s.buf = append(s.buf[:0], s.buf[drop:]...)
}
