package output

import (
	"bufio"
	"fmt"
	"io"

	"github.com/fatih/color"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// text prints one line per finding, file:line:col: severity: message [rule],
// and a summary line, like a compiler.
type text struct {
	w       *bufio.Writer
	quiet   bool
	file    *color.Color
	sev     map[finding.Severity]*color.Color
	rule    *color.Color
	summary *color.Color
}

func newText(w io.Writer, opts Options) Writer {
	t := &text{
		w:       bufio.NewWriter(w),
		quiet:   opts.Quiet,
		file:    color.New(color.Bold),
		rule:    color.New(color.Faint),
		summary: color.New(color.Bold),
		sev: map[finding.Severity]*color.Color{
			finding.Error:   color.New(color.FgRed, color.Bold),
			finding.Warning: color.New(color.FgYellow, color.Bold),
			finding.Note:    color.New(color.FgCyan),
		},
	}
	for _, c := range append([]*color.Color{t.file, t.rule, t.summary}, t.sev[finding.Error], t.sev[finding.Warning], t.sev[finding.Note]) {
		if opts.Color {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return t
}

func (t *text) File(_ string, fs []finding.Finding) error {
	for i := range fs {
		f := &fs[i]
		fmt.Fprintf(t.w, "%s: %s: %s %s\n",
			t.file.Sprintf("%s:%d:%d", f.File, f.Line, f.Column),
			t.sev[f.Severity].Sprint(f.Severity),
			withEvent(f),
			t.rule.Sprintf("[%s]", f.Rule))
	}
	return nil
}

func (t *text) Finish(s Summary) error {
	if !t.quiet {
		fmt.Fprintln(t.w, t.summary.Sprint(SummaryLine(s)))
	}
	return t.w.Flush()
}

// SummaryLine says in words what a run found, and what its log containers
// held when it read any: "2 files, 3 documents, 3 jobs in 40 log events, 1
// credential set: 1 error, 0 warnings, 0 notes".
func SummaryLine(s Summary) string {
	read := plural(s.Files, "file") + ", " + plural(s.Documents, "document")
	if s.Logs > 0 {
		read += ", " + plural(s.Jobs, "job") + " in " + plural(s.Events, "log event") + ", " + plural(s.CredentialSets, "credential set")
	}
	return fmt.Sprintf("%s: %s, %s, %s", read, plural(s.Errors, "error"), plural(s.Warnings, "warning"), plural(s.Notes, "note"))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
