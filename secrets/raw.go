package secrets

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// ScanRaw scans the text of a file that did not parse. JSON escapes inside
// credentials (\/, \u0041) are resolved; positions come from byte offsets
// (1-based line, column in characters). Findings have the pointer "" and no
// secret-config-value check, which needs the document's structure.
func ScanRaw(data []byte) []finding.Finding { return findings(scanRaw(data)) }

// LeaksRaw returns the credentials that ScanRaw reports as errors.
func LeaksRaw(data []byte) []Leak { return leaks(scanRaw(data)) }

// scanRaw judges every hit of the text as one group: in a file that did not
// parse there are no objects to tell which key id belongs to which secret.
func scanRaw(data []byte) []report {
	text := string(data)
	hits := findHits(text, "", nil)
	if len(hits) == 0 {
		return nil
	}
	fs := make([]found, len(hits))
	for i, h := range hits {
		fs[i] = found{member: -1, hit: h}
	}
	g := groupOf(fs, false)
	pos := newPositions(text)
	var out []report
	for _, f := range fs {
		sev, ok := severity(f, g)
		if !ok {
			continue
		}
		where := "in the text"
		if f.label != "" {
			where = "after " + strconv.Quote(safeName(f.label))
		}
		msg := loneMessage(f.hit, where)
		if sev == finding.Error {
			var notes []string
			if f.kind == KeyID {
				if note := accountNote(f.value, ""); note != "" {
					notes = append(notes, note)
				}
			}
			if g.usable() {
				notes = append(notes, "part of a usable credential set")
			}
			msg = leakMessage(f.hit, where, notes)
		}
		line, col := pos.at(f.start)
		out = append(out, report{Finding: finding.Finding{Line: line, Column: col, Rule: ruleLeak.ID,
			Severity: sev, Message: msg}, hit: f.hit})
	}
	return out
}

// positions turns increasing byte offsets into lines and columns, counting
// each byte of the text once however many findings there are.
type positions struct {
	text string
	off  int // offsets before off are counted
	line int
	col  int // column of off
}

func newPositions(text string) positions {
	p := positions{text: text, line: 1, col: 1}
	if strings.HasPrefix(text, "\xef\xbb\xbf") {
		p.off = 3 // a byte order mark takes no column
	}
	return p
}

func (p *positions) at(off int) (line, col int) {
	for p.off < off {
		c := p.text[p.off]
		switch {
		case c == '\n':
			p.line++
			p.col = 1
			p.off++
		case c < utf8.RuneSelf:
			p.col++
			p.off++
		default:
			_, size := utf8.DecodeRuneInString(p.text[p.off:])
			p.col++
			p.off += size
		}
	}
	return p.line, p.col
}
