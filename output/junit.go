package output

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// junitWriter prints JUnit XML: one test suite, one test case per linted
// file, one <failure> per error, and warnings and notes as the case's
// <system-out>. A file with no error passes.
//
// "failures" counts the failed test cases (files with an error), not the
// <failure> elements, so that tests - failures is the number of files that
// passed, as report viewers compute it.
//
// The suite's counts come before its cases, so finished cases are encoded
// into a buffer and printed at Finish. Only the findings of the file being
// read are held as findings: a stream comes in several calls with one name.
type junitWriter struct {
	w        *bufio.Writer
	name     string // the suite name and every case's classname
	cases    bytes.Buffer
	tests    int
	failures int
	open     bool   // a case is being collected
	file     string // its name
	findings []finding.Finding
}

func newJUnit(w io.Writer, opts Options) Writer {
	name := opts.Tool
	if name == "" {
		name = "jobdetails-lint"
	}
	return &junitWriter{w: bufio.NewWriter(w), name: name}
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
	enc := xml.NewEncoder(&j.cases)
	enc.Indent("    ", "  ")
	var out strings.Builder // <system-out> text
	failed := false
	tokens := []xml.Token{xml.StartElement{Name: xml.Name{Local: "testcase"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "classname"}, Value: xmlClean(j.name)},
		{Name: xml.Name{Local: "name"}, Value: xmlClean(j.file)},
	}}}
	for i := range j.findings {
		f := &j.findings[i]
		line, col := position(f)
		where := fmt.Sprintf("%s:%d:%d:", f.File, line, col)
		if f.Severity != finding.Error {
			fmt.Fprintf(&out, "%s %s: %s [%s]\n", where, f.Severity, f.Message, f.Rule)
			continue
		}
		failed = true
		start := xml.StartElement{Name: xml.Name{Local: "failure"}, Attr: []xml.Attr{
			{Name: xml.Name{Local: "message"}, Value: xmlClean(f.Message)},
			{Name: xml.Name{Local: "type"}, Value: xmlClean(f.Rule)},
		}}
		text := fmt.Sprintf("%s %s [%s]", where, f.Message, f.Rule)
		tokens = append(tokens, start, xml.CharData(xmlClean(text)), start.End())
	}
	if out.Len() > 0 {
		start := xml.StartElement{Name: xml.Name{Local: "system-out"}}
		tokens = append(tokens, start, xml.CharData(xmlClean(out.String())), start.End())
	}
	tokens = append(tokens, xml.EndElement{Name: xml.Name{Local: "testcase"}})
	for _, t := range tokens {
		if err := enc.EncodeToken(t); err != nil {
			return err
		}
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	j.cases.WriteByte('\n')
	if failed {
		j.failures++
	}
	j.findings = j.findings[:0]
	return nil
}

func (j *junitWriter) Finish(_ Summary) error {
	if j.open {
		if err := j.closeCase(); err != nil {
			return err
		}
	}
	counts := fmt.Sprintf(`tests="%d" failures="%d" errors="0" skipped="0" time="0"`, j.tests, j.failures)
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
