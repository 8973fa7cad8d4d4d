package redact

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/jobdetails-lint/jobdetails-lint/lint"
)

const usage = `usage: jobdetails-lint redact [--write] PATH...

Replaces every real AWS credential (access key id, secret access key, session
token) with the placeholder AWS documents for its kind and changes nothing
else. Folders are walked for .json, .yaml, .yml, .jsonl and .ndjson files;
"-" reads standard input.

Without --write, one file is printed redacted and several are shown as a
unified diff. With --write, files are rewritten in place, atomically, when
something changed.

Exit status: 0 done, 1 a file could not be fully redacted, 2 usage or read error.
`

// Command runs `jobdetails-lint redact` with the arguments after "redact".
func Command(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := pflag.NewFlagSet("redact", pflag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() { fmt.Fprint(stderr, usage, "\nFlags:\n", flags.FlagUsages()) }
	write := flags.BoolP("write", "w", false, "rewrite the files in place instead of printing")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return 0
		}
		return 2
	}
	if flags.NArg() == 0 {
		fmt.Fprint(stderr, "jobdetails-lint redact: no PATH given\n\n", usage)
		return 2
	}
	found := lint.Discover(flags.Args(), stdin, "-", nil)
	status := 0
	for _, err := range found.Errors {
		fmt.Fprintf(stderr, "jobdetails-lint redact: %v\n", err)
		status = 2
	}
	for _, dir := range found.Empty {
		fmt.Fprintf(stderr, "jobdetails-lint redact: nothing to redact in %s: no .json, .yaml, .yml, .jsonl or .ndjson files\n", dir)
	}
	r := runner{stdout: stdout, stderr: stderr, write: *write, diff: len(found.Inputs) > 1}
	for _, in := range found.Inputs {
		status = max(status, r.file(in))
	}
	return status
}

type runner struct {
	stdout, stderr io.Writer
	write, diff    bool
}

// file redacts one file (or standard input, named "-") and returns its status.
func (r runner) file(in lint.Input) int {
	name := in.Name
	data, err := read(in)
	if err != nil {
		fmt.Fprintf(r.stderr, "jobdetails-lint redact: %v\n", err)
		return 2
	}
	format := in.Format
	if format == lint.Sniff {
		format = lint.DetectFormat(data)
	}
	out, n, rerr := Bytes(data, format)
	status := 0
	if rerr != nil {
		fmt.Fprintf(r.stderr, "%s: not fully redacted: %v\n", name, rerr)
		status = 1
	}
	switch {
	case r.write && name != "-":
		if n == 0 {
			return status
		}
		if err := writeAtomic(name, out); err != nil {
			fmt.Fprintf(r.stderr, "jobdetails-lint redact: %v\n", err)
			return 2
		}
		fmt.Fprintf(r.stderr, "%s: replaced %d credential(s)\n", name, n)
	case r.diff:
		if n > 0 {
			io.WriteString(r.stdout, unifiedDiff(name, data, out))
		}
	default:
		r.stdout.Write(out)
	}
	return status
}

func read(in lint.Input) ([]byte, error) {
	if in.Reader != nil {
		return io.ReadAll(in.Reader)
	}
	data, err := os.ReadFile(in.Path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", in.Path, errors.Unwrap(err))
	}
	return data, nil
}
