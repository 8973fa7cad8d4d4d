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
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/output"
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

func (c *Command) parseCheck(args []string) (*checkFlags, []string, error) {
	f := &checkFlags{}
	fs := pflag.NewFlagSet("check", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(output.Formats(), ", "))
	fs.StringVar(&f.color, "color", "auto", "colour the text output: auto, always or never (auto honours NO_COLOR)")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "files linted at once, at most 1024 (default: one per core)")
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
		fmt.Fprintf(c.Stdout, "Usage: jobdetails-lint [check] [flags] PATH...\n\nFlags:\n%s", fs.FlagUsages())
		return nil, nil, errHelp
	}
	return f, fs.Args(), nil
}

var errHelp = errors.New("help shown")

func (c *Command) check(args []string) int {
	flags, paths, err := c.parseCheck(args)
	if errors.Is(err, errHelp) {
		return ExitClean
	}
	if err != nil {
		return c.usageError(err.Error())
	}
	if flags.filesFrom != "" {
		listed, err := c.readPathList(flags.filesFrom, flags.null, paths)
		if err != nil {
			return c.usageError("--files-from: " + err.Error())
		}
		paths = append(paths, listed...)
	}
	// An empty --files-from list (a shard of an audit with more shards
	// than files) is a clean run with an empty report.
	emptyList := len(paths) == 0 && flags.filesFrom != ""
	if len(paths) == 0 && !emptyList {
		return c.usageError(`no paths to lint; name files or folders, or "-" for standard input`)
	}
	failOn, err := finding.ParseSeverity(flags.failOn)
	if err != nil {
		return c.usageError("--fail-on: " + err.Error())
	}
	maxSize, err := lint.ParseSize(flags.maxSize)
	if err != nil {
		return c.usageError("--max-size: " + err.Error())
	}
	colorOn, err := c.colorWanted(flags.color)
	if err != nil {
		return c.usageError("--color: " + err.Error())
	}
	if flags.jobs < 0 || flags.jobs > lint.MaxJobs {
		return c.usageError(fmt.Sprintf("--jobs: %d is not a number of workers; use 1 to %d, or 0 for one per core", flags.jobs, lint.MaxJobs))
	}
	operation := document.UnknownForm
	if flags.operation != "" {
		if operation, err = config.ParseOperation(flags.operation); err != nil {
			return c.usageError("--operation: " + err.Error())
		}
	}
	logFormat, ok := logs.Parse(flags.logFormat)
	if !ok {
		return c.usageError(fmt.Sprintf("--log-format: unknown log container %q; use %s", flags.logFormat, strings.Join(logs.Names(), ", ")))
	}
	catalog := lint.Catalog()
	w, err := output.New(flags.format, c.Stdout, output.Options{
		Color: colorOn, Quiet: flags.quiet, Rules: catalog, Tool: "jobdetails-lint", Version: Version(),
	})
	if err != nil {
		return c.usageError("--format: " + err.Error())
	}

	cfg, err := loadConfig(flags, catalog)
	if err != nil {
		c.complain("%v", err)
		return ExitTrouble
	}

	found := lint.Discover(paths, c.Stdin, flags.stdinFilename, cfg.Excluded)
	code := ExitClean
	for _, err := range found.Errors {
		c.complain("%v", err)
		code = ExitTrouble
	}
	for _, dir := range found.Empty {
		c.complain("nothing to lint in %s: no .json, .yaml, .yml, .jsonl or .ndjson files (or those names with .gz); "+
			"name other files (a .log, a CloudWatch export 000000.gz) or list them with --files-from", dir)
	}
	// A pre-commit hook names the changed files; when each of them is
	// excluded or is the config file, the run is clean, with an empty report.
	allSkipped := len(found.Errors) == 0 && len(found.Empty) == 0 && (found.Skipped > 0 || emptyList)
	if len(found.Inputs) == 0 && !allSkipped {
		if len(found.Errors) == 0 {
			fmt.Fprintln(c.Stderr, "jobdetails-lint: no files were linted")
		}
		return ExitTrouble
	}

	linter := lint.New(lint.Options{MaxSize: maxSize, Config: cfg, Operation: operation, LogFormat: logFormat})
	var sum output.Summary
	last := ""
	var writeErr error
	show := func(r lint.Result) {
		sum.Documents += r.Documents
		if r.Err != nil {
			c.complain("%v", r.Err)
			code = ExitTrouble
		}
		shown := r.Findings[:0:0]
		for i := range r.Findings {
			f := &r.Findings[i]
			if f.Severity >= failOn && code == ExitClean {
				code = ExitFindings
			}
			sum.Add(f) // quiet filters what is printed, not what is counted
			if flags.quiet && f.Severity < failOn {
				continue
			}
			shown = append(shown, *f)
		}
		if err := w.File(r.File, shown); err != nil && writeErr == nil {
			writeErr = err
		}
		if timer, ok := w.(output.Timer); ok {
			timer.FileTime(r.File, r.Elapsed)
		}
	}
	var counts *output.FileCounts // of the log container being read
	countFile := func() {
		if counts != nil {
			sum.AddFile(*counts)
			if counter, ok := w.(output.Counter); ok {
				if err := counter.Counts(*counts); err != nil && writeErr == nil {
					writeErr = err
				}
			}
			counts = nil
		}
	}
	linter.Run(found.Inputs, flags.jobs, func(r lint.Result) {
		if r.File != last {
			countFile()
			sum.Files++
			last = r.File
		}
		show(r)
		if r.Log {
			if counts == nil {
				counts = &output.FileCounts{File: r.File}
			}
			counts.Events += r.Events
			counts.Jobs += r.Jobs
			counts.CredentialSets += r.CredentialSets
		}
	})
	countFile()
	if unused := linter.UnusedSuppressions(); len(unused) > 0 {
		show(lint.Result{File: unused[0].File, Findings: unused})
	}
	if err := w.Finish(sum); err != nil && writeErr == nil {
		writeErr = err
	}
	if writeErr != nil {
		c.complain("cannot write the output: %v", writeErr)
		return ExitTrouble
	}
	return code
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
	fmt.Fprintln(c.Stderr, `Run "jobdetails-lint check --help" for the flags.`)
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
