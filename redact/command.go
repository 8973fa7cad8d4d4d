package redact

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/pflag"
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
	names, status := expand(flags.Args(), stderr)
	r := runner{stdin: stdin, stdout: stdout, stderr: stderr, write: *write, diff: len(names) > 1}
	for _, name := range names {
		status = max(status, r.file(name))
	}
	return status
}

type runner struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	write, diff    bool
}

// file redacts one file (or standard input for "-") and returns its status.
func (r runner) file(name string) int {
	data, err := r.read(name)
	if err != nil {
		fmt.Fprintf(r.stderr, "jobdetails-lint redact: %v\n", err)
		return 2
	}
	format, ok := FormatOf(name)
	if !ok {
		format = sniff(data)
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

func (r runner) read(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(r.stdin)
	}
	return os.ReadFile(name)
}

// expand lists the files named by the arguments: files as given, folders
// walked for the extensions the linter reads, in lexical order.
func expand(args []string, stderr io.Writer) ([]string, int) {
	var names []string
	status := 0
	for _, arg := range args {
		info, err := os.Stat(arg)
		if arg == "-" || (err == nil && !info.IsDir()) {
			names = append(names, arg)
			continue
		}
		if err != nil {
			fmt.Fprintf(stderr, "jobdetails-lint redact: %v\n", err)
			status = 2
			continue
		}
		var found []string
		filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "jobdetails-lint redact: %v\n", err)
				status = 2
				return nil
			}
			if _, ok := FormatOf(path); ok && d.Type().IsRegular() {
				found = append(found, path)
			}
			return nil
		})
		sort.Strings(found)
		names = append(names, found...)
	}
	return names, status
}
