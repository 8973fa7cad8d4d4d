package redact

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/pflag"

	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

const usage = `Usage: jobdetails-lint redact [--write] [flags] PATH...

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
file with other hard links, a read-only file, and a file that changes while
it is redacted.

Exit status: 0 done, 1 a file could not be fully redacted, 2 a usage error or
a file that could not be read, was refused or could not be written (also
standard output).
`

// Command runs `jobdetails-lint redact` with the arguments after "redact".
func Command(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out, errOut := &checked{w: stdout}, &checked{w: stderr}
	r := runner{stdout: out, stderr: errOut}
	status := r.run(args, stdin)
	if out.err != nil {
		r.errorf("cannot write the output: %v", out.err)
		status = 2
	}
	if errOut.err != nil {
		status = 2
	}
	return status
}

type runner struct {
	stdout, stderr io.Writer
	write          bool
	diff           bool
	opts           writeOptions
}

func (r *runner) run(args []string, stdin io.Reader) int {
	flags := pflag.NewFlagSet("redact", pflag.ContinueOnError)
	flags.SetOutput(io.Discard) // parse errors are reported below, masked, with a hint
	flags.Usage = func() {}
	flags.BoolVarP(&r.write, "write", "w", false, "rewrite the files in place instead of printing")
	maxSize := flags.String("max-size", "64MiB", "largest file to redact (bytes, or with KiB, MiB, GiB; at most 1024GiB)")
	flags.BoolVar(&r.opts.forceLinks, "force-links", false, "with --write, rewrite a file that has other hard links (they keep the old text)")
	flags.BoolVar(&r.opts.forceReadOnly, "force-read-only", false, "with --write, rewrite a read-only file (it stays read-only)")
	help := flags.BoolP("help", "h", false, "show this help")
	if err := flags.Parse(args); err != nil {
		r.errorf("%v", err)
		fmt.Fprintln(r.stderr, `Run "jobdetails-lint redact --help" for the flags.`)
		return 2
	}
	if *help {
		fmt.Fprint(r.stdout, usage, "\nFlags:\n", flags.FlagUsages())
		return 0
	}
	size, err := lint.ParseSize(*maxSize)
	if err != nil {
		r.errorf("--max-size: %v", err)
		return 2
	}
	r.opts.maxSize = size
	if flags.NArg() == 0 {
		r.errorf("no PATH given")
		fmt.Fprint(r.stderr, "\n", usage)
		return 2
	}
	for _, arg := range flags.Args() {
		if r.write && arg == "-" {
			r.errorf(`--write cannot rewrite standard input ("-"); without --write the redacted text is printed`)
			return 2
		}
	}
	found := lint.Discover(flags.Args(), stdin, "-", nil)
	status := 0
	for _, err := range found.Errors {
		r.errorf("%v", err)
		status = 2
	}
	for _, dir := range found.Empty {
		r.errorf("nothing to redact in %s: no .json, .yaml, .yml, .jsonl or .ndjson files (or those names with .gz)", displayName(dir))
	}
	r.diff = len(found.Inputs) > 1
	for _, in := range found.Inputs {
		status = max(status, r.file(in))
	}
	return status
}

// file redacts one file (or standard input, named "-") and returns its status.
func (r *runner) file(in lint.Input) int {
	if r.write {
		return r.rewrite(in)
	}
	data, err := readInput(in, r.opts.maxSize)
	if err != nil {
		r.fileError(in.Name, err)
		return 2
	}
	src, err := sourceOf(data, r.opts.maxSize)
	if err != nil {
		r.fileError(in.Name, err)
		return 2
	}
	res := redact(src.text, formatOf(in, src.text))
	status := r.reportIncomplete(in.Name, res.err)
	if res.err != nil {
		// What could not be replaced would be printed, in pieces too
		// short for the masking step to know (a token split across
		// lines): the preview shows nothing of such a file.
		return status
	}
	switch {
	case !r.diff:
		io.WriteString(r.stdout, res.shown())
	case len(res.written) > 0:
		name := displayName(in.Name)
		io.WriteString(r.stdout, unifiedDiff(name, res.input, res.shownBefore(), res.text, res.shown()))
	}
	return status
}

// rewrite redacts one file in place.
func (r *runner) rewrite(in lint.Input) int {
	t, err := readTarget(in.Path, r.opts)
	if err != nil {
		r.fileError(in.Name, err)
		return 2
	}
	src, err := sourceOf(t.data, r.opts.maxSize)
	if err != nil {
		r.fileError(in.Name, err)
		return 2
	}
	res := redact(src.text, formatOf(in, src.text))
	status := r.reportIncomplete(in.Name, res.err)
	if len(res.written) == 0 {
		return status
	}
	out, err := src.bytesOf(res.out)
	if err == nil {
		err = t.write(out)
	}
	if err != nil {
		r.fileError(in.Name, err)
		return 2
	}
	name := displayName(in.Name)
	if n := links(t.info); n > 1 { // --force-links
		fmt.Fprintf(r.stderr, "%s: replaced %d credential(s) under this name only; its %d other hard link(s) still hold them\n", name, len(res.written), n-1)
		return status
	}
	fmt.Fprintf(r.stderr, "%s: replaced %d credential(s)\n", name, len(res.written))
	return status
}

func (r *runner) reportIncomplete(name string, err error) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(r.stderr, "%s: not fully redacted: %v\n", displayName(name), err)
	return 1
}

func formatOf(in lint.Input, data []byte) lint.Format {
	if in.Format == lint.Sniff {
		return lint.DetectFormat(data)
	}
	return in.Format
}

// readInput reads a file or standard input for the preview, at most maxSize
// bytes of it.
func readInput(in lint.Input, maxSize int64) ([]byte, error) {
	r := in.Reader
	if r == nil {
		f, err := os.Open(in.Path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > maxSize {
		return nil, refuse("over --max-size (%d bytes); raise --max-size to redact it", maxSize)
	}
	return data, nil
}

func (r *runner) errorf(format string, args ...any) {
	fmt.Fprintf(r.stderr, "jobdetails-lint redact: %s\n", secrets.MaskLine(fmt.Sprintf(format, args...)))
}

// fileError reports what went wrong with one file. The name is shown as
// every file name is (displayName); the paths inside errors of the system
// are left out, as the name says which file it is.
func (r *runner) fileError(name string, err error) {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	fmt.Fprintf(r.stderr, "jobdetails-lint redact: %s: %s\n", displayName(name), secrets.MaskLine(err.Error()))
}

// displayName is a file name as output shows it: on one line (control
// characters escaped, so that a name cannot forge lines of output) and
// masked.
func displayName(name string) string { return secrets.MaskPath(name) }

// checked is a writer that remembers its first error: output that could not
// be written ends the run with exit status 2.
type checked struct {
	w   io.Writer
	err error
}

func (c *checked) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	c.err = err
	return n, err
}
