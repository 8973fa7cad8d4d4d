package command

import (
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/output"
)

// tally is the outcome of a run of check: it passes each result to the
// writer, and counts what the run found.
type tally struct {
	w      output.Writer
	failOn finding.Severity
	quiet  bool // show only findings at or above failOn

	summary  output.Summary
	file     string             // the file of the last result
	counts   *output.FileCounts // of the log container being read
	trouble  bool               // an input could not be read
	findings bool               // a finding at or above failOn
	writeErr error              // the first error in writing the output
}

// add takes the results of a run in input order: one per input, or one per
// part of a stream.
func (t *tally) add(r lint.Result) {
	if r.File != t.file {
		t.countLog()
		t.summary.Files++
		t.file = r.File
	}
	t.show(r)
	if r.Log {
		if t.counts == nil {
			t.counts = &output.FileCounts{File: r.File}
		}
		t.counts.Events += r.Events
		t.counts.Jobs += r.Jobs
		t.counts.CredentialSets += r.CredentialSets
	}
}

// finish ends the run: it reports the suppressions that matched no finding
// and writes the summary.
func (t *tally) finish(unused []finding.Finding) {
	t.countLog()
	if len(unused) > 0 {
		t.show(lint.Result{File: unused[0].File, Findings: unused})
	}
	t.wrote(t.w.Finish(t.summary))
}

// exitCode is the exit code of the run, once it is finished.
func (t *tally) exitCode() int {
	switch {
	case t.trouble || t.writeErr != nil:
		return ExitTrouble
	case t.findings:
		return ExitFindings
	}
	return ExitClean
}

// show counts the findings of a result and writes those it shows.
func (t *tally) show(r lint.Result) {
	t.summary.Documents += r.Documents
	t.trouble = t.trouble || r.Err != nil
	shown := r.Findings[:0:0]
	for i := range r.Findings {
		f := &r.Findings[i]
		t.findings = t.findings || f.Severity >= t.failOn
		t.summary.Add(f) // quiet filters what is printed, not what is counted
		if t.quiet && f.Severity < t.failOn {
			continue
		}
		shown = append(shown, *f)
	}
	t.wrote(t.w.File(r.File, shown))
	if timer, ok := t.w.(output.Timer); ok {
		timer.FileTime(r.File, r.Elapsed)
	}
}

// countLog adds the counts of the log container just read, if any, to the
// summary and the output.
func (t *tally) countLog() {
	if t.counts == nil {
		return
	}
	t.summary.AddFile(*t.counts)
	if counter, ok := t.w.(output.Counter); ok {
		t.wrote(counter.Counts(*t.counts))
	}
	t.counts = nil
}

// wrote keeps the first error in writing the output.
func (t *tally) wrote(err error) {
	if t.writeErr == nil {
		t.writeErr = err
	}
}
