package output

import (
	"bytes"
	"encoding/xml"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// TestMain gives the writers a clock that moves 1.234 s at each reading, so
// that a JUnit suite's time is the same in every run.
func TestMain(m *testing.M) {
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	now = func() time.Time {
		clock = clock.Add(1234 * time.Millisecond)
		return clock
	}
	os.Exit(m.Run())
}

func TestJUnitGolden(t *testing.T) {
	golden(t, "junit.golden", render(t, "junit", testOptions, testRun))
}

type junitTestSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Errors   int    `xml:"errors,attr"`
		Skipped  int    `xml:"skipped,attr"`
		Cases    []struct {
			Classname string `xml:"classname,attr"`
			Name      string `xml:"name,attr"`
			Failures  []struct {
				Message string `xml:"message,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

// The output parses back with the counts and texts the findings call for.
func TestJUnitParsesBack(t *testing.T) {
	var got junitTestSuites
	if err := xml.Unmarshal(render(t, "junit", testOptions, testRun), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Suites) != 1 {
		t.Fatalf("%d test suites, want 1", len(got.Suites))
	}
	s := got.Suites[0]
	if s.Name != "jobdetails-lint" || s.Tests != 3 || s.Failures != 2 || s.Errors != 0 || s.Skipped != 0 {
		t.Errorf("suite %s: tests=%d failures=%d errors=%d skipped=%d; want jobdetails-lint 3 2 0 0",
			s.Name, s.Tests, s.Failures, s.Errors, s.Skipped)
	}
	if got.Tests != s.Tests || got.Failures != s.Failures {
		t.Errorf("testsuites counts %d/%d differ from the suite's", got.Tests, got.Failures)
	}
	// The stream came in two calls and is one case.
	names := []string{"clean.json", "fixtures/a.json", "captures/run 1,a:b.jsonl"}
	if len(s.Cases) != len(names) {
		t.Fatalf("%d test cases, want %d", len(s.Cases), len(names))
	}
	failed := 0
	for i, c := range s.Cases {
		if c.Name != names[i] || c.Classname != "jobdetails-lint" {
			t.Errorf("case %d is %s/%s, want jobdetails-lint/%s", i, c.Classname, c.Name, names[i])
		}
		if len(c.Failures) > 0 {
			failed++
		}
	}
	if failed != s.Failures {
		t.Errorf("%d cases failed, failures=%d", failed, s.Failures)
	}
	// One failure lists every finding of the stream, the note too, with the
	// control character dropped and the rest of the message as it was.
	stream := s.Cases[2]
	wantText := "captures/run 1,a:b.jsonl:1:1: error: line 1: unexpected end of input [syntax]\n" +
		"captures/run 1,a:b.jsonl:2:88: error: a secret access key (wJal…KEY, 40 characters); replace it [secret-access-key]\n" +
		"captures/run 1,a:b.jsonl:3:4: note: 100% example, 1,2: <a> & \"b\"\nsecond line\rend [placeholder-id]\n"
	if len(stream.Failures) != 1 || stream.Failures[0].Message != "2 errors, 1 note" ||
		stream.Failures[0].Text != wantText || stream.SystemOut != "" {
		t.Errorf("stream case = %+v", stream)
	}
	if s.Cases[0].SystemOut != "" || len(s.Cases[0].Failures) != 0 {
		t.Errorf("the clean file has output: %+v", s.Cases[0])
	}
}

// Characters XML 1.0 does not allow are dropped from messages, so the output
// stays well-formed; file names show them escaped, as every format does.
func TestJUnitInvalidCharacters(t *testing.T) {
	bad := "a\x00b\x1bc\uFFFEd\xffe"
	calls := []testCall{{bad, []finding.Finding{{File: bad, Line: 1, Column: 1, Rule: "r\x07", Severity: finding.Error, Message: bad}}}}
	out := render(t, "junit", testOptions, calls)
	var got junitTestSuites
	if err := xml.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	c := got.Suites[0].Cases[0]
	want := `a\x00b\x1bc\ufffed\xffe:1:1: error: ` + "abcd\uFFFDe [r]\n"
	if c.Name != `a\x00b\x1bc\ufffed\xffe` || c.Failures[0].Message != "1 error" || c.Failures[0].Text != want {
		t.Errorf("case %q, failure %+v", c.Name, c.Failures[0])
	}
}

func TestJUnitEmptyRun(t *testing.T) {
	var got junitTestSuites
	out := render(t, "junit", testOptions, nil)
	if err := xml.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Suites) != 1 || got.Suites[0].Tests != 0 || !strings.HasPrefix(string(out), xml.Header) {
		t.Errorf("empty run:\n%s", out)
	}
}

// A file with warnings and notes only passes: they are listed in its
// <system-out>, and the suite counts no failure.
func TestJUnitWarningsPass(t *testing.T) {
	calls := []testCall{{"w.json", []finding.Finding{
		{File: "w.json", Line: 2, Column: 3, Rule: "unknown-field", Severity: finding.Warning, Message: "member x is not in the model"},
		{File: "w.json", Line: 4, Column: 5, Rule: "placeholder-id", Severity: finding.Note, Message: "an example id"},
	}}}
	want := xml.Header + `<testsuites tests="1" failures="0" errors="0" skipped="0" time="1.234">
  <testsuite name="jobdetails-lint" tests="1" failures="0" errors="0" skipped="0" time="1.234">
    <testcase classname="jobdetails-lint" name="w.json" time="0.000">
      <system-out>w.json:2:3: warning: member x is not in the model [unknown-field]
w.json:4:5: note: an example id [placeholder-id]
</system-out>
    </testcase>
  </testsuite>
</testsuites>
`
	if got := string(render(t, "junit", testOptions, calls)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCountLine(t *testing.T) {
	for _, c := range []struct {
		s    Summary
		want string
	}{
		{Summary{Errors: 1}, "1 error"},
		{Summary{Errors: 2, Warnings: 1}, "2 errors, 1 warning"},
		{Summary{Errors: 1, Notes: 3}, "1 error, 3 notes"},
		{Summary{Errors: 3, Warnings: 2, Notes: 1}, "3 errors, 2 warnings, 1 note"},
	} {
		if got := countLine(c.s); got != c.want {
			t.Errorf("countLine(%+v) = %q, want %q", c.s, got, c.want)
		}
	}
}

// A case's time is what FileTime told for its file, summed over the calls of
// a stream; a time told for another file than the open case is ignored.
func TestJUnitCaseTimes(t *testing.T) {
	var buf bytes.Buffer
	w, err := New("junit", &buf, testOptions)
	if err != nil {
		t.Fatal(err)
	}
	timer := w.(Timer)
	for _, c := range []struct {
		name string
		d    time.Duration
	}{
		{"a.json", 1500 * time.Millisecond},
		{"s.jsonl", 250 * time.Millisecond},
		{"s.jsonl", 2 * time.Millisecond},
		{"b.json", 1234567 * time.Microsecond},
	} {
		if err := w.File(c.name, nil); err != nil {
			t.Fatal(err)
		}
		timer.FileTime(c.name, c.d)
		timer.FileTime("other.json", time.Hour)
	}
	if err := w.Finish(Summary{Files: 3}); err != nil {
		t.Fatal(err)
	}
	want := xml.Header + `<testsuites tests="3" failures="0" errors="0" skipped="0" time="1.234">
  <testsuite name="jobdetails-lint" tests="3" failures="0" errors="0" skipped="0" time="1.234">
    <testcase classname="jobdetails-lint" name="a.json" time="1.500"></testcase>
    <testcase classname="jobdetails-lint" name="s.jsonl" time="0.252"></testcase>
    <testcase classname="jobdetails-lint" name="b.json" time="1.235"></testcase>
  </testsuite>
</testsuites>
`
	if got := buf.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
