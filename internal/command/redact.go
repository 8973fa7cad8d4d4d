package command

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/spf13/pflag"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/redact"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

const redactUsage = `Usage: jobdetails-lint redact [--write] [flags] PATH...

Replaces each credential that check reports as a leaked-credential error (access
key id, secret access key, session token) with the placeholder AWS documents
for its kind, at exactly the places check reports, and changes nothing else.
Folders are walked for .json, .yaml, .yml, .jsonl and .ndjson files, and for
those names with .gz; "-" reads standard input. gzip input is redacted in its
text, and --write compresses it again.

Without --write, one file is printed redacted and several are shown as a
unified diff, masked like every other output. With --write, files are
rewritten in place, atomically, when something changed; --write leaves alone
(and says why) anything that is not a regular file, a file over --max-size, a
file that changes while it is redacted, and a file with other hard links or a
read-only file that holds a credential.

Exit status: 0 done, 1 a file could not be fully redacted, 2 a usage error,
no file to redact, or a file that could not be read, was refused or could not
be written (also standard output).
`

// redactPrefix starts each of redact's messages on standard error.
const redactPrefix = "jobdetails-lint redact"

// redactRun is one run of the redact subcommand.
type redactRun struct {
	c        *Command
	write    bool
	maxSize  string
	opts     redact.WriteOptions
	writeErr error // the first error writing standard output
}

// redact runs the redact subcommand. Its exit codes are check's: ExitClean
// when done, ExitFindings when a file could not be fully redacted,
// ExitTrouble for a usage error or a file that could not be read, was
// refused or could not be written.
func (c *Command) redact(args []string) int {
	r := &redactRun{c: c}
	code := r.run(args)
	if r.writeErr != nil {
		r.complain("cannot write the output: %v", r.writeErr)
		return ExitTrouble
	}
	return code
}

// parse reads the flags and returns the paths.
func (r *redactRun) parse(args []string) ([]string, error) {
	fs := pflag.NewFlagSet("redact", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVarP(&r.write, "write", "w", false, "rewrite the files in place instead of printing")
	fs.StringVar(&r.maxSize, "max-size", "64MiB", "largest file to redact (bytes, or with KiB, MiB, GiB; at most 1024GiB)")
	fs.BoolVar(&r.opts.ForceLinks, "force-links", false, "with --write, rewrite a file that has other hard links (they keep the old text)")
	fs.BoolVar(&r.opts.ForceReadOnly, "force-read-only", false, "with --write, rewrite a read-only file (it stays read-only)")
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if *help {
		r.print(redactUsage + "\nFlags:\n" + fs.FlagUsages())
		return nil, errHelp
	}
	return fs.Args(), nil
}

// check checks the flags and paths; an error is a usage error, which names
// its flag.
func (r *redactRun) check(paths []string) error {
	var err error
	if r.opts.MaxSize, err = input.ParseSize(r.maxSize); err != nil {
		return fmt.Errorf("--max-size: %w", err)
	}
	switch {
	case len(paths) == 0:
		return errors.New(`no paths to redact; name files or folders, or "-" for standard input`)
	case r.write && slices.Contains(paths, "-"):
		return errors.New(`--write cannot rewrite standard input ("-"); without --write the redacted text is printed`)
	case !r.write && r.opts.ForceLinks:
		return errors.New("--force-links is for --write; add --write to rewrite files")
	case !r.write && r.opts.ForceReadOnly:
		return errors.New("--force-read-only is for --write; add --write to rewrite files")
	}
	return nil
}

func (r *redactRun) run(args []string) int {
	paths, err := r.parse(args)
	if errors.Is(err, errHelp) {
		return ExitClean
	}
	if err == nil {
		err = r.check(paths)
	}
	if err != nil {
		r.complain("%v", err)
		return r.c.helpHint("redact")
	}
	found := input.Discover(paths, r.c.Stdin, "-", nil)
	code := ExitClean
	for _, err := range found.Errors {
		r.complain("%v", err)
		code = ExitTrouble
	}
	for _, dir := range found.Empty {
		r.complain("nothing to redact in %s: no .json, .yaml, .yml, .jsonl or .ndjson files (or those names with .gz)", secrets.MaskPath(dir))
	}
	if len(found.Inputs) == 0 {
		return ExitTrouble // as check: a run that found nothing to read is no success
	}
	diff := len(found.Inputs) > 1
	for _, in := range found.Inputs {
		if r.write {
			code = max(code, r.rewrite(in))
		} else {
			code = max(code, r.preview(in, diff))
		}
	}
	return code
}

// preview prints one input redacted, or with diff what redaction changed
// in it.
func (r *redactRun) preview(in input.Input, diff bool) int {
	p, err := redact.NewPreview(in, r.opts.MaxSize)
	if err != nil {
		r.fileError(in.Name, err)
		return ExitTrouble
	}
	code := r.incomplete(in.Name, p.Incomplete)
	if p.HeaderLeaks > 0 {
		fmt.Fprintf(r.c.Stderr, "%s: its gzip header holds %d credential(s), which the preview does not show; --write removes them\n", secrets.MaskPath(in.Name), p.HeaderLeaks)
	}
	if diff {
		r.print(p.Diff(secrets.MaskPath(in.Name)))
	} else {
		r.print(p.Text())
	}
	return code
}

// rewrite redacts one file in place and says how many credentials it
// replaced.
func (r *redactRun) rewrite(in input.Input) int {
	report, err := redact.Rewrite(in.Path, r.opts)
	if err != nil {
		r.incomplete(in.Name, report.Incomplete)
		r.fileError(in.Name, err)
		return ExitTrouble
	}
	name := secrets.MaskPath(in.Name)
	switch {
	case report.Replaced == 0:
	case report.OtherLinks > 0:
		fmt.Fprintf(r.c.Stderr, "%s: replaced %d credential(s) under this name only; its %d other hard link(s) still hold them\n", name, report.Replaced, report.OtherLinks)
	default:
		fmt.Fprintf(r.c.Stderr, "%s: replaced %d credential(s)\n", name, report.Replaced)
	}
	// What was left comes after what was done, so that the last word on a
	// file is what the user must still do.
	return r.incomplete(in.Name, report.Incomplete)
}

// incomplete says that a file could not be fully redacted, and why.
func (r *redactRun) incomplete(name string, err error) int {
	if err == nil {
		return ExitClean
	}
	fmt.Fprintf(r.c.Stderr, "%s: not fully redacted: %v\n", secrets.MaskPath(name), err)
	return ExitFindings
}

// print writes text to standard output. The first error is kept and
// reported at the end, as check reports its own; nothing more is written.
func (r *redactRun) print(text string) {
	if text != "" && r.writeErr == nil {
		_, r.writeErr = io.WriteString(r.c.Stdout, text)
	}
}

// complain is (*Command).complain for redact's messages, which name the
// subcommand: "jobdetails-lint redact: ...".
func (r *redactRun) complain(format string, args ...any) {
	r.c.complainAs(redactPrefix, format, args...)
}

// fileError reports what went wrong with one file. The name is shown masked
// (secrets.MaskPath); the paths inside errors of the system are left out, as
// the name says which file it is.
func (r *redactRun) fileError(name string, err error) {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	fmt.Fprintf(r.c.Stderr, "%s: %s: %s\n", redactPrefix, secrets.MaskPath(name), secrets.MaskLine(err.Error()))
}
