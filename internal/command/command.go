// Package command is the jobdetails-lint command line as a function of its
// arguments and standard streams, so that it is tested in-process.
package command

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// Exit codes.
const (
	ExitClean    = 0 // nothing at or above --fail-on
	ExitFindings = 1 // a finding at or above --fail-on
	ExitTrouble  = 2 // a usage error, a path that cannot be read, an internal error
)

// Command runs jobdetails-lint with injected streams and environment.
type Command struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment (NO_COLOR); nil means no variables are set.
	Getenv func(string) string
	// IsTerminal tells whether a writer is a terminal, for --color auto; nil
	// means only an *os.File on a terminal is one.
	IsTerminal func(io.Writer) bool
}

// Standard returns a Command on the process's own streams and environment.
func Standard() *Command {
	return &Command{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

const usage = `jobdetails-lint checks saved AWS CodePipeline jobs offline: Lambda invoke
events {"CodePipeline.job": ...} and GetJobDetails, PollForJobs,
GetThirdPartyJobDetails and PollForThirdPartyJobs responses (JSON, YAML, JSON
Lines), against the schema of AWS's output model, with rules for what a schema
cannot say, and for leaked credentials.

Usage:
  jobdetails-lint [check] [flags] PATH...   lint files and folders ("-" reads stdin)
  jobdetails-lint redact [--write] PATH...  replace real credentials with documented placeholders
  jobdetails-lint schema                    print the generated JSON Schema
  jobdetails-lint rules                     list every rule: id, default severity, forms, what it checks
  jobdetails-lint version                   print the version

Run "jobdetails-lint check --help" for the flags of check.
`

// Main runs the command and returns its exit code. Whatever it writes to
// standard error passes the masking step (maskedStderr).
func (c *Command) Main(args []string) int {
	safe := *c
	safe.Stderr = maskedStderr{c.Stderr}
	out := &checkedWriter{w: c.Stdout}
	safe.Stdout = out
	code := safe.main(args)
	if out.err != nil && code != ExitTrouble {
		// Output that did not reach its reader (a full disk, a closed
		// pipe) is no success, for help and rules as for findings. check
		// and redact say so themselves.
		safe.complain("cannot write the output: %v", out.err)
		code = ExitTrouble
	}
	return code
}

// checkedWriter is a writer that keeps its first error.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if c.err == nil {
		c.err = err
	}
	return n, err
}

func (c *Command) main(args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(c.Stderr, "jobdetails-lint: internal error: %v\n%s", r, debug.Stack())
			code = ExitTrouble
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(c.Stderr, usage)
		return ExitTrouble
	}
	switch args[0] {
	case "check":
		return c.check(args[1:])
	case "redact":
		return c.redact(args[1:])
	case "schema":
		return c.schema(args[1:])
	case "rules":
		return c.rules(args[1:])
	case "version", "--version":
		return c.version(args[1:])
	case "help", "-h", "--help":
		return c.help(args[1:])
	}
	if name, ok := mistypedSubcommand(args[0]); ok {
		c.complain("unknown command %q; did you mean %q? (no file or folder is named %s either)", args[0], name, args[0])
		return ExitTrouble
	}
	return c.check(args)
}

// help prints the usage of the command, or with a subcommand's name (help
// redact) that subcommand's.
func (c *Command) help(args []string) int {
	if len(args) == 0 || (len(args) == 1 && slices.Contains([]string{"help", "-h", "--help"}, args[0])) {
		fmt.Fprint(c.Stdout, usage)
		return ExitClean
	}
	if len(args) == 1 && slices.Contains(subcommands, args[0]) {
		return c.main([]string{args[0], "--help"})
	}
	c.complain("help takes the name of a subcommand (%s); got %s", suggest.List(subcommands[:len(subcommands)-1], "or"), secrets.Quote(strings.Join(args, " ")))
	return ExitTrouble
}

// subcommands are the words main takes as a subcommand.
var subcommands = []string{"check", "redact", "schema", "rules", "version", "help"}

// mistypedSubcommand tells whether the first argument, which main will take
// as a path, is rather a slip in a subcommand's name ("chek"): it is close
// to one, and no file or folder has that name.
func mistypedSubcommand(arg string) (string, bool) {
	if arg == "" || arg == "-" || strings.HasPrefix(arg, "-") {
		return "", false
	}
	name, ok := suggest.Closest(arg, subcommands)
	if !ok {
		return "", false
	}
	if _, err := os.Lstat(arg); !errors.Is(err, fs.ErrNotExist) {
		return "", false // a real path, or one that cannot be looked at: check reports it
	}
	return name, true
}

func (c *Command) getenv(key string) string {
	if c.Getenv == nil {
		return ""
	}
	return c.Getenv(key)
}

func (c *Command) isTerminal(w io.Writer) bool {
	if checked, ok := w.(*checkedWriter); ok {
		w = checked.w // the stream Main was given
	}
	if c.IsTerminal != nil {
		return c.IsTerminal(w)
	}
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// noArgs reports a usage error for a subcommand that takes no arguments.
// noArgs checks the arguments of a subcommand that takes none. With --help
// it prints what the subcommand does and the run is done (exit 0); any other
// argument is a usage error.
func (c *Command) noArgs(name, summary string, args []string) (code int, done bool) {
	switch {
	case len(args) == 0:
		return ExitClean, false
	case len(args) == 1 && (args[0] == "-h" || args[0] == "--help"):
		fmt.Fprintf(c.Stdout, "Usage: jobdetails-lint %s\n\n%s\n", name, summary)
		return ExitClean, true
	}
	c.complain("%s takes no arguments; got %q", name, args[0])
	return ExitTrouble, true
}

// complain prints one line to standard error: "jobdetails-lint: " and the
// message with its control characters and line breaks escaped and anything
// credential-shaped masked (secrets.MaskLine), so that neither a file name
// nor an argument can forge a line or print a key.
func (c *Command) complain(format string, args ...any) {
	c.complainAs("jobdetails-lint", format, args...)
}

// complainAs is complain with another prefix than the command's name, such
// as "jobdetails-lint redact".
func (c *Command) complainAs(prefix, format string, args ...any) {
	fmt.Fprintf(c.Stderr, "%s: %s\n", prefix, secrets.MaskLine(fmt.Sprintf(format, args...)))
}

// maskedStderr masks every line written to it (secrets.MaskLine), keeping
// its line breaks and tabs: no credential reaches standard error, whichever
// code writes there (flag parsing, redact, a panic's stack), and no other
// control character either. A write is taken as whole lines, as fmt writes a
// message in one call.
type maskedStderr struct{ w io.Writer }

func (m maskedStderr) Write(p []byte) (int, error) {
	var b strings.Builder
	text := string(p)
	for text != "" {
		end := strings.IndexAny(text, "\n\t")
		if end < 0 {
			end = len(text)
		}
		b.WriteString(secrets.MaskLine(text[:end]))
		if end < len(text) {
			b.WriteByte(text[end])
			end++
		}
		text = text[end:]
	}
	if _, err := io.WriteString(m.w, b.String()); err != nil {
		return 0, err
	}
	return len(p), nil
}
