package command

import (
	"bufio"
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
	"github.com/jobdetails-lint/jobdetails-lint/lint"
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
	maxSize       string
	filesFrom     string
	configPath    string
	noConfig      bool
}

func (c *Command) parseCheck(args []string) (*checkFlags, []string, error) {
	f := &checkFlags{}
	fs := pflag.NewFlagSet("check", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(output.Formats(), ", "))
	fs.StringVar(&f.color, "color", "auto", "colour the text output: auto, always or never (auto honours NO_COLOR)")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "files linted at once (default: one per core)")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding is at or above this severity: error, warning or note")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings at or above --fail-on, and no summary line")
	fs.StringVar(&f.stdinFilename, "stdin-filename", "", `name for standard input ("-") in findings; its extension sets the format`)
	fs.StringVar(&f.maxSize, "max-size", "64MiB", "largest file or JSON Lines record to lint (bytes, or with KiB, MiB, GiB)")
	fs.StringVar(&f.filesFrom, "files-from", "", `read more paths from this file, one per line ("-" for standard input)`)
	fs.StringVar(&f.configPath, "config", "", "config file (default: "+config.FileName+" in this folder or a parent)")
	fs.BoolVar(&f.noConfig, "no-config", false, "ignore any config file")
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
		listed, err := c.readPathList(flags.filesFrom, paths)
		if err != nil {
			return c.usageError("--files-from: " + err.Error())
		}
		paths = append(paths, listed...)
	}
	if len(paths) == 0 {
		return c.usageError(`no paths to lint; name files or folders, or "-" for standard input`)
	}
	failOn, err := finding.ParseSeverity(flags.failOn)
	if err != nil {
		return c.usageError("--fail-on: " + err.Error())
	}
	maxSize, err := parseSize(flags.maxSize)
	if err != nil {
		return c.usageError("--max-size: " + err.Error())
	}
	colorOn, err := c.colorWanted(flags.color)
	if err != nil {
		return c.usageError("--color: " + err.Error())
	}
	if flags.jobs < 0 {
		return c.usageError(fmt.Sprintf("--jobs: %d is not a number of workers; use 1 or more, or 0 for one per core", flags.jobs))
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
		fmt.Fprintf(c.Stderr, "jobdetails-lint: %v\n", err)
		return ExitTrouble
	}

	found := lint.Discover(paths, c.Stdin, flags.stdinFilename, cfg.Excluded)
	code := ExitClean
	for _, err := range found.Errors {
		fmt.Fprintf(c.Stderr, "jobdetails-lint: %v\n", err)
		code = ExitTrouble
	}
	for _, dir := range found.Empty {
		fmt.Fprintf(c.Stderr, "jobdetails-lint: nothing to lint in %s: no .json, .yaml, .yml, .jsonl or .ndjson files\n", dir)
	}
	if len(found.Inputs) == 0 {
		if len(found.Errors) == 0 {
			fmt.Fprintln(c.Stderr, "jobdetails-lint: no files were linted")
		}
		return ExitTrouble
	}

	linter := lint.New(lint.Options{MaxSize: maxSize, Config: cfg})
	var sum output.Summary
	last := ""
	var writeErr error
	show := func(r lint.Result) {
		sum.Documents += r.Documents
		if r.Err != nil {
			fmt.Fprintf(c.Stderr, "jobdetails-lint: %v\n", r.Err)
			code = ExitTrouble
		}
		shown := r.Findings[:0:0]
		for i := range r.Findings {
			f := &r.Findings[i]
			if f.Severity >= failOn && code == ExitClean {
				code = ExitFindings
			}
			if flags.quiet && f.Severity < failOn {
				continue
			}
			sum.Add(f)
			shown = append(shown, *f)
		}
		if err := w.File(r.File, shown); err != nil && writeErr == nil {
			writeErr = err
		}
	}
	linter.Run(found.Inputs, flags.jobs, func(r lint.Result) {
		if r.File != last {
			sum.Files++
			last = r.File
		}
		show(r)
	})
	if unused := linter.UnusedSuppressions(); len(unused) > 0 {
		show(lint.Result{File: unused[0].File, Findings: unused})
	}
	if err := w.Finish(sum); err != nil && writeErr == nil {
		writeErr = err
	}
	if writeErr != nil {
		fmt.Fprintf(c.Stderr, "jobdetails-lint: cannot write the output: %v\n", writeErr)
		return ExitTrouble
	}
	return code
}

// readPathList reads paths, one per line, from a file or standard input.
func (c *Command) readPathList(from string, args []string) ([]string, error) {
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
	for sc.Scan() {
		if line := strings.TrimRight(sc.Text(), "\r"); strings.TrimSpace(line) != "" {
			paths = append(paths, line)
		}
	}
	return paths, sc.Err()
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
	var ids []string
	for _, r := range catalog {
		ids = append(ids, r.ID)
	}
	cfg, err := config.Load(path, ids)
	if err != nil && !errors.As(err, new(*config.Error)) {
		err = fmt.Errorf("cannot read the config file: %w", err)
	}
	return cfg, err
}

func (c *Command) usageError(msg string) int {
	fmt.Fprintf(c.Stderr, "jobdetails-lint: %s\nRun \"jobdetails-lint check --help\" for the flags.\n", msg)
	return ExitTrouble
}

// colorWanted decides --color: auto colours a terminal unless NO_COLOR is set
// (no-color.org); always and never override it.
func (c *Command) colorWanted(mode string) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return c.getenv("NO_COLOR") == "" && c.getenv("TERM") != "dumb" && c.isTerminal(c.Stdout), nil
	}
	return false, fmt.Errorf("%q is not a colour mode; use auto, always or never", mode)
}

// parseSize reads a byte count such as 1048576, 512KiB, 64MiB or 1GiB.
func parseSize(s string) (int64, error) {
	units := []struct {
		suffix string
		factor int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}}
	factor := int64(1)
	num := s
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			factor, num = u.factor, strings.TrimSuffix(s, u.suffix)
			break
		}
	}
	var n int64
	if _, err := fmt.Sscanf(num, "%d", &n); err != nil || n <= 0 || fmt.Sprint(n) != num {
		return 0, fmt.Errorf("%q is not a size; use a positive number of bytes, optionally with KiB, MiB or GiB", s)
	}
	return n * factor, nil
}
