package command

import (
	"encoding/xml"
	"strings"
	"testing"
)

// Each JUnit test case carries the time its file took: a stream of a few
// megabytes takes milliseconds, more than the 0.000 of a case not timed.
func TestJUnitCaseTimes(t *testing.T) {
	dir := t.TempDir()
	small := writeFile(t, dir, "small.json", validJob)
	stream := strings.Repeat(validJob+"\n", (4<<20)/len(validJob))
	_, stdout, stderr := run(t, stream, "--format", "junit", small, "-")
	var got struct {
		Cases []struct {
			Name string  `xml:"name,attr"`
			Time *string `xml:"time,attr"`
		} `xml:"testsuite>testcase"`
	}
	if err := xml.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v\n%s%s", err, stdout, stderr)
	}
	if len(got.Cases) != 2 {
		t.Fatalf("%d cases, want 2:\n%s", len(got.Cases), stdout)
	}
	for _, c := range got.Cases {
		if c.Time == nil {
			t.Errorf("case %s has no time", c.Name)
		}
	}
	if s := got.Cases[1]; s.Time != nil && *s.Time == "0.000" {
		t.Errorf("the stream's case has time %s, want the time its chunks took", *s.Time)
	}
}
