package lineartest

import (
	"testing"
)

// fakeT records failures instead of failing the test that runs Check.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()                           {}
func (f *fakeT) Logf(format string, args ...any)   {}
func (f *fakeT) Errorf(format string, args ...any) { f.failed = true }

var sink int

// count does n units of work.
func count(n int) {
	s := 0
	for i := range n {
		s += i ^ (s >> 3)
	}
	sink = s
}

func TestLinearCheckPassesLinearWork(t *testing.T) {
	f := &fakeT{TB: t}
	Check(f, 1<<20, func(n int) func() { return func() { count(n) } })
	if f.failed {
		t.Error("linear work failed the check")
	}
}

func TestLinearCheckFailsQuadraticWork(t *testing.T) {
	f := &fakeT{TB: t}
	Check(f, 1<<9, func(n int) func() { return func() { count(n * n) } })
	if !f.failed {
		t.Error("quadratic work passed the check")
	}
}
