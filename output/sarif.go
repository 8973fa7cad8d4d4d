package output

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	projectURI   = "https://github.com/jobdetails-lint/jobdetails-lint"
	rulesURI     = projectURI + "#rules"
	suppressHelp = "Suppress it in .jobdetails-lint.yaml with file, rule, pointer and a reason."
	// fingerprintKey is the partial fingerprint GitHub code scanning matches
	// alerts by. When a result carries it, the upload action does not compute
	// one from the source line, so an alert keeps its identity when lines
	// move or the value at the pointer changes.
	fingerprintKey = "primaryLocationLineHash"
)

// sarifWriter prints one SARIF 2.1.0 log with one run.
//
// The rule list comes first in the log but is only complete at the end (a
// finding may name a rule the catalogue lacks), so each result is encoded into
// a buffer as it arrives and the log is written at Finish.
//
// Logs of several runs merge into one with
//
//	jq -s '{version: .[0].version, "$schema": .[0]["$schema"], runs: [.[].runs[]]}' a.sarif b.sarif
type sarifWriter struct {
	w       *bufio.Writer
	tool    string
	version string
	rules   []sarifRule
	index   map[string]int // rule id → position in rules
	results bytes.Buffer   // encoded results, one a line, comma separated
	enc     *json.Encoder  // writes into results
	count   int
	file    string         // the file of the last result
	seen    map[string]int // fingerprint → results so far in file
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
	Help                 sarifText   `json:"help"`
	HelpURI              string      `json:"helpUri"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          *sarifProperties  `json:"properties,omitempty"`
}

// sarifProperties are the result's own properties: the log event that a
// finding inside a log message came from.
type sarifProperties struct {
	LogEvent string `json:"logEvent"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

func newSARIF(w io.Writer, opts Options) Writer {
	s := &sarifWriter{
		w:       bufio.NewWriter(w),
		tool:    opts.Tool,
		version: opts.Version,
		index:   map[string]int{},
		seen:    map[string]int{},
	}
	if s.tool == "" {
		s.tool = "jobdetails-lint"
	}
	for _, r := range opts.Rules {
		s.addRule(r)
	}
	s.enc = json.NewEncoder(&s.results)
	s.enc.SetEscapeHTML(false)
	return s
}

// addRule lists a rule once and returns its index.
func (s *sarifWriter) addRule(r finding.RuleInfo) int {
	if i, ok := s.index[r.ID]; ok {
		return i
	}
	s.index[r.ID] = len(s.rules)
	s.rules = append(s.rules, sarifRule{
		ID:                   r.ID,
		Name:                 ruleName(r.ID),
		ShortDescription:     sarifText{r.Description},
		FullDescription:      sarifText{r.Description},
		DefaultConfiguration: sarifConfig{r.Severity.String()},
		Help:                 sarifText{sentence(r.Description) + " " + suppressHelp},
		HelpURI:              rulesURI,
	})
	return len(s.rules) - 1
}

func (s *sarifWriter) File(_ string, fs []finding.Finding) error {
	for i := range fs {
		if err := s.add(&fs[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *sarifWriter) add(f *finding.Finding) error {
	idx, ok := s.index[f.Rule]
	if !ok {
		// Code scanning rejects a result whose rule the driver does not list.
		idx = s.addRule(unlisted(f))
	}
	uri, base := artifactURI(f.File)
	line, col := position(f)
	loc := sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: uri, URIBaseID: base},
		Region:           sarifRegion{StartLine: line, StartColumn: col},
	}}
	// The empty pointer (the whole document) has no logical location: "/" is
	// not a name for it, since in RFC 6901 "/" is the member named "".
	if f.Pointer != "" {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: f.Pointer, Kind: "object"}}
	}
	r := sarifResult{
		RuleID:              f.Rule,
		RuleIndex:           idx,
		Level:               f.Severity.String(),
		Message:             sarifText{f.Message},
		Locations:           []sarifLocation{loc},
		PartialFingerprints: map[string]string{fingerprintKey: s.fingerprint(uri, f)},
	}
	if f.Event != "" {
		r.Properties = &sarifProperties{LogEvent: f.Event}
	}
	if s.count > 0 {
		s.results.WriteString(",\n")
	}
	s.count++
	s.results.WriteString("        ")
	if err := s.enc.Encode(&r); err != nil {
		return err
	}
	s.results.Truncate(s.results.Len() - 1) // Encode's newline
	return nil
}

// unlisted describes a rule that the catalogue lacks from one of its
// findings. It declares no rule of its own: the fields are set one by one.
func unlisted(f *finding.Finding) finding.RuleInfo {
	var r finding.RuleInfo
	r.ID, r.Severity = f.Rule, f.Severity
	r.Description = fmt.Sprintf("Findings of rule %s.", f.Rule)
	return r
}

// fingerprint hashes file, rule and pointer (and the log event, for a
// finding inside a log message), not the message (its wording may change)
// nor the line (it moves with edits). Findings with the same three in one
// file are told apart by their order, as ":1", ":2"...
func (s *sarifWriter) fingerprint(uri string, f *finding.Finding) string {
	if uri != s.file {
		s.file = uri
		clear(s.seen)
	}
	key := uri + "\x00" + f.Rule + "\x00" + f.Pointer
	if f.Event != "" {
		key += "\x00" + f.Event
	}
	sum := sha256.Sum256([]byte(key))
	h := hex.EncodeToString(sum[:16])
	s.seen[h]++
	return fmt.Sprintf("%s:%d", h, s.seen[h])
}

func (s *sarifWriter) Finish(_ Summary) error {
	tool, err := s.marshalTool()
	if err != nil {
		return err
	}
	fmt.Fprintf(s.w, "{\n  \"$schema\": %q,\n  \"version\": %q,\n  \"runs\": [\n    {\n", sarifSchema, sarifVersion)
	fmt.Fprintf(s.w, "      \"tool\": %s,\n", tool)
	s.w.WriteString("      \"columnKind\": \"unicodeCodePoints\",\n")
	if s.count == 0 {
		s.w.WriteString("      \"results\": []\n")
	} else {
		s.w.WriteString("      \"results\": [\n")
		s.results.WriteTo(s.w)
		s.w.WriteString("\n      ]\n")
	}
	s.w.WriteString("    }\n  ]\n}\n")
	return s.w.Flush()
}

func (s *sarifWriter) marshalTool() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("      ", "  ")
	rules := s.rules
	if rules == nil {
		rules = []sarifRule{}
	}
	v := semanticVersion(s.version)
	err := enc.Encode(sarifTool{Driver: sarifDriver{
		Name: s.tool, Version: v, SemanticVersion: v, InformationURI: projectURI, Rules: rules,
	}})
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), err
}

// develVersion stands for a build with no release version ("devel"): SARIF's
// semanticVersion must be Semantic Versioning 2.0.0, and this one sorts
// before every release.
const develVersion = "0.0.0-devel"

// semanticVersion is the program's version for SARIF: as given, without a
// leading "v", when it is a Semantic Versioning 2.0.0 version, else
// develVersion.
func semanticVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	if isSemver(v) {
		return v
	}
	return develVersion
}

// isSemver reports whether v is MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD] as
// https://semver.org/spec/v2.0.0.html defines it.
func isSemver(v string) bool {
	v, build, hasBuild := strings.Cut(v, "+")
	if hasBuild && !identifiers(build, false) {
		return false
	}
	v, pre, hasPre := strings.Cut(v, "-")
	if hasPre && !identifiers(pre, true) {
		return false
	}
	core := strings.Split(v, ".")
	if len(core) != 3 {
		return false
	}
	for _, n := range core {
		if !isNumber(n) {
			return false
		}
	}
	return true
}

// identifiers checks dot-separated identifiers of [0-9A-Za-z-], none empty;
// in a pre-release a numeric one has no leading zero.
func identifiers(s string, pre bool) bool {
	for _, id := range strings.Split(s, ".") {
		if id == "" || strings.Trim(id, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-") != "" {
			return false
		}
		if pre && strings.Trim(id, "0123456789") == "" && !isNumber(id) {
			return false
		}
	}
	return true
}

// isNumber reports whether s is digits without a leading zero.
func isNumber(s string) bool {
	if s == "" || len(s) > 1 && s[0] == '0' {
		return false
	}
	return strings.Trim(s, "0123456789") == ""
}

// artifactURI turns a file name into a SARIF artifact location: a relative
// name becomes a relative URI with forward slashes, resolved against
// %SRCROOT% (the repository root for code scanning); an absolute one becomes
// a file URI.
func artifactURI(name string) (uri, baseID string) {
	p := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a drive letter: C:/x → /C:/x
		}
		return "file://" + escapePath(p), ""
	}
	return escapePath(path.Clean(p)), "%SRCROOT%"
}

// escapePath percent-encodes every byte but the unreserved characters of
// RFC 3986 and "/". Colons are encoded too, so that a relative name such as
// "a:b.json" cannot be read as a URI with the scheme "a".
func escapePath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '/' || c == '-' || c == '.' || c == '_' || c == '~' ||
			'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// ruleName is a rule's SARIF name: its id in PascalCase words, which must
// differ from the id by more than case (sarif-multitool's SARIF1001), so a
// one-word id gets the word "Check": "syntax" → "SyntaxCheck".
func ruleName(id string) string {
	name := pascalCase(id)
	if name != "" && strings.EqualFold(name, id) {
		name += "Check"
	}
	return name
}

// pascalCase makes a rule id into PascalCase words: "action-category" →
// "ActionCategory".
func pascalCase(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool {
		return r == '-' || r == '_' || r == '.' || r == ' '
	}) {
		r, size := utf8.DecodeRuneInString(part)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(part[size:])
	}
	return b.String()
}

// position is a finding's line and column, at least 1 each: code scanning
// and the Actions runner drop a location with line 0.
func position(f *finding.Finding) (line, col int) {
	return max(f.Line, 1), max(f.Column, 1)
}

// sentence ends a description with a full stop, so that more text can follow.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}
