package output

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// githubWriter prints GitHub Actions workflow commands, one line per finding:
//
//	::error file=F,line=L,col=C,title=RULE::MESSAGE
//
// and then the summary line of the text format as plain text, so the log
// says what the run found without adding an annotation of its own.
type githubWriter struct {
	w     *bufio.Writer
	quiet bool
}

func newGitHub(w io.Writer, opts Options) Writer {
	return &githubWriter{w: bufio.NewWriter(w), quiet: opts.Quiet}
}

func (g *githubWriter) File(_ string, fs []finding.Finding) error {
	for i := range fs {
		f := &fs[i]
		line, col := position(f)
		fmt.Fprintf(g.w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n",
			githubCommand(f.Severity), githubProperty(filepath.ToSlash(f.File)),
			line, col, githubProperty(f.Rule), githubData(withEvent(f)))
	}
	return nil
}

func (g *githubWriter) Finish(s Summary) error {
	if !g.quiet {
		fmt.Fprintln(g.w, SummaryLine(s))
	}
	return g.w.Flush()
}

func githubCommand(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	}
	return "notice"
}

// githubData escapes a command's message the way the runner unescapes it.
// Escaping the newlines also keeps a message from starting a command of its
// own on the next line.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// githubProperty escapes a property value, where ":" and "," are separators.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
