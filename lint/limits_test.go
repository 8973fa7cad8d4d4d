package lint

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// TestLimitsClamped: the library takes sizes and worker counts beyond the
// command's limits and uses the limits.
func TestLimitsClamped(t *testing.T) {
	if l := New(Options{MaxSize: 1<<63 - 1}); l.maxSize != input.MaxSizeLimit {
		t.Errorf("MaxSize %d, want %d", l.maxSize, int64(input.MaxSizeLimit))
	}
	l := New(Options{MaxSize: 1<<63 - 1})
	var got []Result
	l.Run([]input.Input{{Name: "a.json", Reader: strings.NewReader(validJob)}}, 100000000, func(r Result) { got = append(got, r) })
	if len(got) != 1 || got[0].Err != nil || len(got[0].Findings) != 0 || got[0].Documents != 1 {
		t.Errorf("a hundred million workers, a size limit of 2⁶³-1: %+v", got)
	}
}
