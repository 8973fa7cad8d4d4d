package output

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

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
				Type    string `xml:"type,attr"`
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
	stream := s.Cases[2]
	if len(stream.Failures) != 2 || stream.Failures[1].Type != "secret-access-key" ||
		stream.Failures[1].Message != "a secret access key (wJal…KEY, 40 characters); replace it" ||
		stream.Failures[1].Text != "captures/run 1,a:b.jsonl:2:88: a secret access key (wJal…KEY, 40 characters); replace it [secret-access-key]" {
		t.Errorf("stream failures = %+v", stream.Failures)
	}
	// The note goes to system-out, with the control character dropped and the
	// rest of the message as it was.
	wantOut := "captures/run 1,a:b.jsonl:3:4: note: 100% example, 1,2: <a> & \"b\"\nsecond line\rend [placeholder-id]\n"
	if stream.SystemOut != wantOut {
		t.Errorf("system-out = %q, want %q", stream.SystemOut, wantOut)
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
	if c.Name != `a\x00b\x1bc\ufffed\xffe` || c.Failures[0].Message != "abcd\uFFFDe" || c.Failures[0].Type != "r" {
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
