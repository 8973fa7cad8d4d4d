package output

import (
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// masked is the gate in front of every writer: what a writer is given has
// passed the masking step (secrets.MaskFinding, MaskPath) whoever made it,
// so that no format prints a credential, or a file name that breaks a line,
// even for findings that did not come through the linter.
type masked struct{ w Writer }

func (m masked) File(name string, fs []finding.Finding) error {
	var out []finding.Finding // a copy, made on the first change
	for i := range fs {
		f := fs[i]
		secrets.MaskFinding(&f)
		if f == fs[i] {
			continue
		}
		if out == nil {
			out = append([]finding.Finding(nil), fs...)
		}
		out[i] = f
	}
	if out == nil {
		out = fs
	}
	return m.w.File(secrets.MaskPath(name), out)
}

func (m masked) Finish(s Summary) error { return m.w.Finish(s) }

func (m masked) Counts(c FileCounts) error {
	counter, ok := m.w.(Counter)
	if !ok {
		return nil
	}
	c.File = secrets.MaskPath(c.File)
	return counter.Counts(c)
}

func (m masked) FileTime(name string, d time.Duration) {
	if timer, ok := m.w.(Timer); ok {
		timer.FileTime(secrets.MaskPath(name), d)
	}
}
