// Package config reads .jobdetails-lint.yaml: which rules are off or have
// another severity, which paths are not linted, and which single findings are
// accepted (suppressed) because a fixture cannot carry a comment.
package config

import (
	"os"
	"path/filepath"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// FileName is the name of the config file, looked up by Find.
const FileName = ".jobdetails-lint.yaml"

// UnusedRule is the rule of the notes that Unused returns. Parse always knows
// it, so that a config file can turn it off or change its severity.
var UnusedRule = finding.RuleInfo{
	ID:          "unused-suppression",
	Severity:    finding.Note,
	Description: "every suppression in the config file matches a finding",
}

// Config is a parsed config file. Its methods only read it, so one Config
// may be shared by many goroutines; a nil *Config is an empty config.
type Config struct {
	Path     string                      // the file it came from ("" for none)
	Dir      string                      // its folder, absolute; globs are relative to it
	Severity map[string]finding.Severity // rule id -> new severity
	Disabled map[string]bool             // rule ids turned off
	Exclude  []string                    // globs of paths not linted
	Suppress []Suppression
	// Operations name the operation of the files their globs match, in the
	// config's order: the first match wins.
	Operations []OperationGlob
	// LogFormats name the log container of the files their globs match
	// (see package logs), in the config's order: the first match wins.
	LogFormats []LogFormatGlob
}

// Suppression accepts one finding: its rule at its pointer, in the files that
// File (a glob) matches.
type Suppression struct {
	File, Rule, Pointer, Reason string
	Line, Col                   int // of the entry in the config file
}

// Load reads and parses the config file at path against the rule catalog
// (see Parse). An empty path gives an empty config rooted at the working
// directory. An error is either from reading the file or an *Error.
func Load(path string, catalog []finding.RuleInfo) (*Config, error) {
	if path == "" {
		return Parse("", nil, catalog)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, catalog)
}

// Excluded reports whether path (relative to the working directory, or
// absolute) is matched by an exclude glob, or lies in a folder that is.
func (c *Config) Excluded(path string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return false
	}
	rel, ok := relPath(c.Dir, path)
	if !ok {
		return false
	}
	for _, g := range c.Exclude {
		if matchGlob(g, rel, true) {
			return true
		}
	}
	return false
}

// Suppressed returns the index of the first suppression that matches f: its
// file glob matches f.File, and rule and pointer are the same.
func (c *Config) Suppressed(f *finding.Finding) (index int, ok bool) {
	if c == nil || len(c.Suppress) == 0 {
		return 0, false
	}
	rel, inDir := relPath(c.Dir, f.File)
	if !inDir {
		return 0, false
	}
	for i := range c.Suppress {
		s := &c.Suppress[i]
		if s.Rule == f.Rule && s.Pointer == f.Pointer && matchGlob(s.File, rel, false) {
			return i, true
		}
	}
	return 0, false
}

// Covers reports whether suppression i is about the file at path: its file
// glob matches. A suppression is unused only if its file was linted.
func (c *Config) Covers(i int, path string) bool {
	if c == nil || i < 0 || i >= len(c.Suppress) {
		return false
	}
	rel, inDir := relPath(c.Dir, path)
	return inDir && matchGlob(c.Suppress[i].File, rel, false)
}

// Apply drops the findings of rules that are off and sets a rule's
// configured severity on its findings that have the rule's default severity
// (defaults[rule]; a rule missing there takes it on every finding). A finding
// with another severity was judged for its value, such as the note for a
// documented placeholder or the warning for a legacy bucket name, and keeps
// it: the config changes a rule's default, not a judgement about one value.
// Apply returns a new slice and leaves suppressions to the caller, who
// counts them.
func (c *Config) Apply(fs []finding.Finding, defaults map[string]finding.Severity) []finding.Finding {
	if c == nil {
		return fs
	}
	out := make([]finding.Finding, 0, len(fs))
	for _, f := range fs {
		if c.Disabled[f.Rule] {
			continue
		}
		s, set := c.Severity[f.Rule]
		if def, known := defaults[f.Rule]; set && (!known || f.Severity == def) {
			f.Severity = s
		}
		out = append(out, f)
	}
	return out
}

// Unused returns a note for each suppression i with !used[i], at its entry
// in the config file, with the config's own settings for UnusedRule applied.
func (c *Config) Unused(used []bool) []finding.Finding {
	if c == nil {
		return nil
	}
	var fs []finding.Finding
	for i, s := range c.Suppress {
		if i < len(used) && used[i] {
			continue
		}
		ptr := s.Pointer
		if ptr == "" {
			ptr = `""`
		}
		fs = append(fs, finding.Finding{
			File:     c.Path,
			Line:     s.Line,
			Column:   s.Col,
			Pointer:  document.Index("/suppress", i),
			Rule:     UnusedRule.ID,
			Severity: UnusedRule.Severity,
			Message:  "suppression of " + s.Rule + " at " + s.File + " " + ptr + " matched no finding; remove it",
		})
	}
	if fs == nil {
		return nil
	}
	return c.Apply(fs, map[string]finding.Severity{UnusedRule.ID: UnusedRule.Severity})
}

// absDir is the absolute folder of the config file at path, or the working
// directory when there is no file.
func absDir(path string) string {
	if path == "" {
		path = "."
	} else {
		path = filepath.Dir(path)
	}
	dir, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	return dir
}
