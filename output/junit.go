package output

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// now is the writer's clock; tests replace it to get the same output twice.
var now = time.Now

// junitWriter prints JUnit XML: one test suite, one test case per linted
// file. A file with an error fails: its case holds one <failure> whose
// message counts the findings ("2 errors, 1 warning") and whose text lists
// them all, one a line as the text format prints them. A file with only
// warnings and notes passes and lists them in its <system-out>.
//
// "failures" counts the failed test cases, so that tests - failures is the
// number of files that passed, as report viewers compute it.
//
// The suite's time is the run's wall time, from the writer's creation to
// Finish. A case's time is the time spent linting its file, as told by
// FileTime (a stream's, summed over its chunks); it is 0 when not told. The
// cases' times may add up to more than the suite's, as files are linted in
// parallel.
//
// The suite's counts come before its cases, so finished cases are encoded
// into a buffer and printed at Finish. Only the findings of the file being
// read are held as findings: a stream comes in several calls with one name.
type junitWriter struct {
	w        *bufio.Writer
	name     string // the suite name and every case's classname
	start    time.Time
	cases    bytes.Buffer
	tests    int
	failures int
	open     bool   // a case is being collected
	file     string // its name
	elapsed  time.Duration
	findings []finding.Finding
}

// Timer is a Writer that shows how long each file took to lint (JUnit).
type Timer interface {
	// FileTime adds d to the time of the file that File was last called
	// for, when its name is name.
	FileTime(name string, d time.Duration)
}

func (j *junitWriter) FileTime(name string, d time.Duration) {
	if j.open && name == j.file {
		j.elapsed += d
	}
}

func newJUnit(w io.Writer, opts Options) Writer {
	name := opts.Tool
	if name == "" {
		name = "jobdetails-lint"
	}
	return &junitWriter{w: bufio.NewWriter(w), name: name, start: now()}
}

func (j *junitWriter) File(name string, fs []finding.Finding) error {
	if j.open && name != j.file {
		if err := j.closeCase(); err != nil {
			return err
		}
	}
	j.open = true
	j.file = name
	j.findings = append(j.findings, fs...)
	return nil
}

// closeCase encodes the case being collected into the buffer.
func (j *junitWriter) closeCase() error {
	j.open = false
	j.tests++
	var sum Summary
	var lines strings.Builder
	for i := range j.findings {
		f := &j.findings[i]
		sum.Add(f)
		fmt.Fprintf(&lines, "%s:%d:%d: %s: %s [%s]\n", f.File, f.Line, f.Column, f.Severity, withEvent(f), f.Rule)
	}
	tokens := []xml.Token{xml.StartElement{Name: xml.Name{Local: "testcase"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "classname"}, Value: xmlClean(j.name)},
		{Name: xml.Name{Local: "name"}, Value: xmlClean(j.file)},
		{Name: xml.Name{Local: "time"}, Value: seconds(j.elapsed)},
	}}}
	var inner xml.StartElement
	switch {
	case sum.Errors > 0:
		j.failures++
		inner = xml.StartElement{Name: xml.Name{Local: "failure"}, Attr: []xml.Attr{
			{Name: xml.Name{Local: "message"}, Value: countLine(sum)},
		}}
	case lines.Len() > 0:
		inner = xml.StartElement{Name: xml.Name{Local: "system-out"}}
	}
	if lines.Len() > 0 {
		tokens = append(tokens, inner, xml.CharData(xmlClean(lines.String())), inner.End())
	}
	tokens = append(tokens, xml.EndElement{Name: xml.Name{Local: "testcase"}})
	enc := xml.NewEncoder(&j.cases)
	enc.Indent("    ", "  ")
	for _, t := range tokens {
		if err := enc.EncodeToken(t); err != nil {
			return err
		}
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	j.cases.WriteByte('\n')
	j.findings = j.findings[:0]
	j.elapsed = 0
	return nil
}

// seconds writes a duration as JUnit times are written: seconds, to the
// millisecond.
func seconds(d time.Duration) string {
	return fmt.Sprintf("%.3f", d.Seconds())
}

// countLine counts a case's findings in words, leaving out the severities it
// has none of: "2 errors, 1 warning".
func countLine(s Summary) string {
	var parts []string
	for _, c := range []struct {
		n    int
		word string
	}{{s.Errors, "error"}, {s.Warnings, "warning"}, {s.Notes, "note"}} {
		if c.n > 0 {
			parts = append(parts, plural(c.n, c.word))
		}
	}
	return strings.Join(parts, ", ")
}

func (j *junitWriter) Finish(_ Summary) error {
	if j.open {
		if err := j.closeCase(); err != nil {
			return err
		}
	}
	counts := fmt.Sprintf(`tests="%d" failures="%d" errors="0" skipped="0" time="%s"`, j.tests, j.failures, seconds(now().Sub(j.start)))
	j.w.WriteString(xml.Header)
	fmt.Fprintf(j.w, "<testsuites %s>\n", counts)
	fmt.Fprintf(j.w, "  <testsuite name=%s %s>\n", quoteAttr(j.name), counts)
	j.cases.WriteTo(j.w)
	j.w.WriteString("  </testsuite>\n</testsuites>\n")
	return j.w.Flush()
}

// quoteAttr returns s escaped and quoted as an XML attribute value.
func quoteAttr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	xml.EscapeText(&b, []byte(xmlClean(s)))
	b.WriteByte('"')
	return b.String()
}

// xmlClean drops the characters XML 1.0 does not allow (most control
// characters, surrogates, U+FFFE and U+FFFF); encoding/xml would otherwise
// print them as U+FFFD. Bytes that are not UTF-8 become U+FFFD.
func xmlClean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF, r > 0x10FFFF:
			return -1
		}
		return r
	}, s)
}
