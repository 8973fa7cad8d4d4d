package command

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/jobdetails-lint/jobdetails-lint/config"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/output"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// checkFlags are the flags of the check subcommand.
type checkFlags struct {
	format        string
	color         string
	jobs          int
	failOn        string
	quiet         bool
	stdinFilename string
	null          bool
	maxSize       string
	filesFrom     string
	configPath    string
	noConfig      bool
	operation     string
	logFormat     string
}

const checkUsage = `Usage: jobdetails-lint [check] [flags] PATH...

Lints saved AWS CodePipeline jobs: Lambda invoke events and the responses of
GetJobDetails, PollForJobs, GetThirdPartyJobDetails and PollForThirdPartyJobs,
in JSON, YAML or JSON Lines, gzip-compressed or not, and the log containers
that hold them. It checks them against the schema of AWS's output model, with
rules for what a schema cannot say, and for leaked credentials. Folders are
walked for .json, .yaml, .yml, .jsonl and .ndjson files, and for those names
with .gz; "-" reads standard input. A .jobdetails-lint.yaml in this folder or
a parent turns rules off, sets severities, excludes paths and suppresses
findings.

Exit status: 0 nothing at or above --fail-on, 1 a finding at or above
--fail-on, 2 a usage error, a path that could not be read or output that
could not be written.
`

func (c *Command) parseCheck(args []string) (*checkFlags, []string, error) {
	f := &checkFlags{}
	fs := pflag.NewFlagSet("check", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(output.Formats(), ", "))
	fs.StringVar(&f.color, "color", "auto", "colour the text output: auto, always or never (auto honours NO_COLOR)")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "files linted at once, 1 to 1024; 0 (the default) is one per core")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding is at or above this severity: error, warning or note")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings at or above --fail-on, and no summary line")
	fs.StringVar(&f.stdinFilename, "stdin-filename", "", `name for standard input ("-") in findings; its extension sets the format`)
	fs.StringVar(&f.maxSize, "max-size", "64MiB", "largest file or JSON Lines record to lint (bytes, or with KiB, MiB, GiB; at most 1024GiB)")
	fs.StringVar(&f.filesFrom, "files-from", "", `read more paths from this file, one per line ("-" for standard input)`)
	fs.BoolVarP(&f.null, "null", "0", false, "with --files-from, the paths are separated by NUL bytes (git ls-files -z, find -print0)")
	fs.StringVar(&f.configPath, "config", "", "config file (default: "+config.FileName+" in this folder or a parent)")
	fs.BoolVar(&f.noConfig, "no-config", false, "ignore any config file")
	fs.StringVar(&f.operation, "operation", "", `read {"jobDetails"} and {"jobs"} documents as this operation's responses: GetJobDetails, PollForJobs, GetThirdPartyJobDetails or PollForThirdPartyJobs (default: told by the document)`)
	fs.StringVar(&f.logFormat, "log-format", "auto", "read files as this log container: "+strings.Join(logs.Names(), ", ")+` (auto tells them by their shape; none reads no file as one)`)
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if *help {
		fmt.Fprint(c.Stdout, checkUsage, "\nFlags:\n", fs.FlagUsages())
		return nil, nil, errHelp
	}
	return f, fs.Args(), nil
}

var errHelp = errors.New("help shown")

func (c *Command) check(args []string) int {
	flags, args, err := c.parseCheck(args)
	if errors.Is(err, errHelp) {
		return ExitClean
	}
	if err != nil {
		return c.usageError(err.Error())
	}
	s, err := c.settings(flags, args)
	if err != nil {
		return c.usageError(err.Error())
	}
	if s.lint.Config, err = loadConfig(flags, s.catalog); err != nil {
		c.complain("%v", err)
		return ExitTrouble
	}
	found, ok := c.discover(s)
	if !ok {
		return ExitTrouble
	}
	t := c.run(s, found)
	if t.writeErr != nil {
		c.complain("cannot write the output: %v", t.writeErr)
	}
	return t.exitCode()
}

// checkSettings are what the flags of check ask for, read and checked.
type checkSettings struct {
	paths []string
	// emptyList is set when --files-from named no path: a shard of an audit
	// with more shards than files, a clean run with an empty report.
	emptyList bool
	stdinName string
	failOn    finding.Severity
	quiet     bool
	jobs      int
	catalog   []finding.RuleInfo
	writer    output.Writer
	lint      lint.Options // Config is set by loadConfig
}

// settings reads the paths and the flags; an error is a usage error, which
// names its flag.
func (c *Command) settings(flags *checkFlags, paths []string) (*checkSettings, error) {
	paths, err := c.allPaths(flags, paths)
	if err != nil {
		return nil, err
	}
	s := &checkSettings{paths: paths, emptyList: len(paths) == 0 && flags.filesFrom != "",
		stdinName: flags.stdinFilename, quiet: flags.quiet, jobs: flags.jobs}
	if len(paths) == 0 && !s.emptyList {
		return nil, errors.New(`no paths to lint; name files or folders, or "-" for standard input`)
	}
	if s.failOn, err = finding.ParseSeverity(flags.failOn); err != nil {
		return nil, errors.New("--fail-on: " + err.Error())
	}
	if s.lint.MaxSize, err = input.ParseSize(flags.maxSize); err != nil {
		return nil, errors.New("--max-size: " + err.Error())
	}
	colorOn, err := c.colorWanted(flags.color)
	if err != nil {
		return nil, errors.New("--color: " + err.Error())
	}
	if flags.jobs < 0 || flags.jobs > lint.MaxJobs {
		return nil, fmt.Errorf("--jobs: %d is not a number of workers; use 1 to %d, or 0 for one per core", flags.jobs, lint.MaxJobs)
	}
	if flags.operation != "" {
		if s.lint.Operation, err = config.ParseOperation(flags.operation); err != nil {
			return nil, errors.New("--operation: " + err.Error())
		}
	}
	var ok bool
	if s.lint.LogFormat, ok = logs.Parse(flags.logFormat); !ok {
		return nil, errors.New("--log-format: " + suggest.Unknown("log container", flags.logFormat, logs.Names()))
	}
	s.catalog = lint.Catalog()
	s.writer, err = output.New(flags.format, c.Stdout, output.Options{
		Color: colorOn, Quiet: flags.quiet, Rules: s.catalog, Tool: "jobdetails-lint", Version: Version(),
	})
	if err != nil {
		return nil, errors.New("--format: " + err.Error())
	}
	return s, nil
}

// allPaths adds the paths of --files-from, if any, to those of the command
// line.
func (c *Command) allPaths(flags *checkFlags, paths []string) ([]string, error) {
	if flags.filesFrom == "" {
		if flags.null {
			return nil, errors.New("-0 (--null) is for --files-from; add --files-from FILE, or leave -0 out")
		}
		return paths, nil
	}
	listed, err := c.readPathList(flags.filesFrom, flags.null, paths)
	if err != nil {
		return nil, errors.New("--files-from: " + err.Error())
	}
	return append(paths, listed...), nil
}

// discover finds the inputs under the paths and complains of those that
// cannot be read. ok is false when the run stops there.
func (c *Command) discover(s *checkSettings) (found input.Discovery, ok bool) {
	found = input.Discover(s.paths, c.Stdin, s.stdinName, s.lint.Config.Excluded)
	for _, err := range found.Errors {
		c.complain("%v", err)
	}
	for _, dir := range found.Empty {
		c.complain("nothing to lint in %s: no .json, .yaml, .yml, .jsonl or .ndjson files (or those names with .gz); "+
			"name other files (a .log, a CloudWatch export 000000.gz) or list them with --files-from", dir)
	}
	// A pre-commit hook names the changed files; when each of them is
	// excluded or is the config file, the run is clean, with an empty report.
	allSkipped := len(found.Errors) == 0 && len(found.Empty) == 0 && (found.Skipped > 0 || s.emptyList)
	if len(found.Inputs) == 0 && !allSkipped {
		if len(found.Errors) == 0 {
			fmt.Fprintln(c.Stderr, "jobdetails-lint: no files were linted")
		}
		return found, false
	}
	return found, true
}

// run lints the inputs found, writes the findings and returns the tally.
func (c *Command) run(s *checkSettings, found input.Discovery) *tally {
	t := &tally{w: s.writer, failOn: s.failOn, quiet: s.quiet, trouble: len(found.Errors) > 0}
	linter := lint.New(s.lint)
	linter.Run(found.Inputs, s.jobs, func(r lint.Result) {
		if r.Err != nil {
			c.complain("%v", r.Err)
		}
		t.add(r)
	})
	t.finish(linter.UnusedSuppressions())
	return t
}

// readPathList reads paths, one per line, from a file or standard input.
func (c *Command) readPathList(from string, null bool, args []string) ([]string, error) {
	var r io.Reader = c.Stdin
	if from == "-" {
		if slices.Contains(args, "-") {
			return nil, errors.New(`standard input cannot hold both the list of paths and a file to lint ("-")`)
		}
	} else {
		f, err := os.Open(from)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var paths []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	if null {
		sc.Split(splitNUL)
	}
	for sc.Scan() {
		line := sc.Text()
		if !null {
			if strings.IndexByte(line, 0) >= 0 {
				return nil, errors.New("the list holds NUL bytes; add -0 (--null) to read a list from git ls-files -z or find -print0")
			}
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" {
				continue
			}
		}
		if line != "" {
			paths = append(paths, line)
		}
	}
	return paths, sc.Err()
}

// splitNUL splits a NUL-separated list of paths.
func splitNUL(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// loadConfig finds and reads the config file, unless --no-config.
func loadConfig(flags *checkFlags, catalog []finding.RuleInfo) (*config.Config, error) {
	if flags.noConfig {
		return nil, nil
	}
	path := flags.configPath
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if path, err = config.Find(wd); err != nil || path == "" {
			return nil, err
		}
		if rel, err := filepath.Rel(wd, path); err == nil {
			path = rel
		}
	}
	cfg, err := config.Load(path, catalog)
	if err != nil && !errors.As(err, new(*config.Error)) {
		err = fmt.Errorf("cannot read the config file: %w", err)
	}
	return cfg, err
}

func (c *Command) usageError(msg string) int {
	c.complain("%s", msg)
	return c.helpHint("check")
}

// helpHint ends a usage error of a subcommand: it says where its flags are
// told, and returns ExitTrouble.
func (c *Command) helpHint(subcommand string) int {
	fmt.Fprintf(c.Stderr, "Run \"jobdetails-lint %s --help\" for the flags.\n", subcommand)
	return ExitTrouble
}

// colorWanted decides --color: auto colours a terminal unless NO_COLOR is set
// (no-color.org); always and never override it.
func (c *Command) colorWanted(mode string) (bool, error) {
	switch strings.ToLower(mode) {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return c.getenv("NO_COLOR") == "" && c.getenv("TERM") != "dumb" && c.isTerminal(c.Stdout), nil
	}
	return false, fmt.Errorf("%q is not a colour mode; use auto, always or never", mode)
}
