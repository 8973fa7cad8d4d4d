// Command report turns the hyperfine exports of bench/run.sh into markdown
// tables and checks the performance targets:
//
//	report -rss out/rss.tsv "Corpus=out/corpus.json" "One file=out/onefile.json" ...
//
// Each TITLE=FILE[,FILE...][@BYTES] argument is one or more hyperfine JSON
// exports, printed as one table; with @BYTES, the bytes each command reads
// (the text of a gzip export), the table gives each command's throughput.
// Within a table, ratios are to the row whose name starts with "floor" and to
// the first whose name starts with "jobdetails-lint". The rss file holds one
// "name<TAB>KiB" line per command, measured once with /usr/bin/time -v.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// result is what hyperfine exports for one command; with -n, command is the
// name given.
type result struct {
	Command   string  `json:"command"`
	Mean      float64 `json:"mean"`
	Stddev    float64 `json:"stddev"`
	Median    float64 `json:"median"`
	ExitCodes []int   `json:"exit_codes"`
}

type group struct {
	title   string
	results []result
	bytes   float64 // the bytes of text each command reads; 0 if not given
}

// checks says what each command checks, by the name run.sh gives it.
var checks = map[string]string{
	"floor":           "json.Valid only (parse floor)",
	"floor gzip":      "decompress and count lines (floor)",
	"jobdetails-lint": "schema + rules + credential scan",
	"ajv-cli":         "schema only",
	"gitleaks":        "secrets only (its default rules)",
}

func main() {
	rssPath := flag.String("rss", "", "peak RSS per command (name<TAB>KiB)")
	expected := flag.String("expected", "", "expected.tsv of the corpus, to compare detections")
	lintOut := flag.String("lint", "", "jobdetails-lint --format json output on the corpus")
	gitleaksOut := flag.String("gitleaks", "", "gitleaks JSON report on the corpus")
	flag.Parse()
	rss, err := readRSS(*rssPath)
	if err != nil {
		fail(err)
	}
	var groups []group
	for _, arg := range flag.Args() {
		title, paths, ok := strings.Cut(arg, "=")
		if !ok {
			fail(fmt.Errorf("argument %q is not TITLE=FILE[,FILE...][@BYTES]", arg))
		}
		g := group{title: title}
		if at := strings.LastIndex(paths, "@"); at >= 0 {
			n, err := strconv.ParseFloat(paths[at+1:], 64)
			if err != nil {
				fail(fmt.Errorf("argument %q: %q is not a number of bytes", arg, paths[at+1:]))
			}
			paths, g.bytes = paths[:at], n
		}
		for _, path := range strings.Split(paths, ",") {
			results, err := readResults(path)
			if err != nil && !os.IsNotExist(err) {
				fail(err)
			}
			// A tool that could not run leaves no export: no rows.
			g.results = append(g.results, results...)
		}
		if len(g.results) > 0 {
			groups = append(groups, g)
		}
	}
	for _, g := range groups {
		printTable(os.Stdout, g, rss)
	}
	printTargets(os.Stdout, groups, rss)
	if *expected != "" {
		d, err := readDetection(*expected, *lintOut, *gitleaksOut)
		if err != nil {
			fail(err)
		}
		d.print(os.Stdout)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "report:", err)
	os.Exit(2)
}

func readResults(path string) ([]result, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var export struct{ Results []result }
	if err := json.Unmarshal(b, &export); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return export.Results, nil
}

// readRSS reads name<TAB>KiB lines; a missing file means no figures.
func readRSS(path string) (map[string]float64, error) {
	rss := map[string]float64{}
	if path == "" {
		return rss, nil
	}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return rss, nil
	} else if err != nil {
		return nil, err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		name, kib, ok := strings.Cut(s.Text(), "\t")
		if v, err := strconv.ParseFloat(kib, 64); ok && err == nil {
			rss[name] = v
		}
	}
	return rss, s.Err()
}

// find returns the first result whose name has the prefix, or nil.
func find(results []result, prefix string) *result {
	for i := range results {
		if strings.HasPrefix(results[i].Command, prefix) {
			return &results[i]
		}
	}
	return nil
}

func findIn(groups []group, name string) *result {
	for _, g := range groups {
		for i := range g.results {
			if g.results[i].Command == name {
				return &g.results[i]
			}
		}
	}
	return nil
}

func printTable(w io.Writer, g group, rss map[string]float64) {
	floor, lint := find(g.results, "floor"), find(g.results, "jobdetails-lint")
	fmt.Fprintf(w, "### %s\n\n", g.title)
	head, rule := "", ""
	if g.bytes > 0 {
		head, rule = " text MB/s |", "---|"
	}
	fmt.Fprintln(w, "| tool | what it checks | wall time (mean ± σ) | median | × floor | × jobdetails-lint |"+head+" peak RSS | exit |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|"+rule+"---|---|")
	for _, r := range g.results {
		speed := ""
		if g.bytes > 0 {
			speed = fmt.Sprintf(" %.0f |", g.bytes/1e6/r.Mean)
		}
		fmt.Fprintf(w, "| %s | %s | %s ± %s | %s | %s | %s |%s %s | %s |\n",
			r.Command, what(r.Command), seconds(r.Mean), seconds(r.Stddev), seconds(r.Median),
			ratio(r, floor), ratio(r, lint), speed, mib(rss, r.Command), exits(r.ExitCodes))
	}
	fmt.Fprintln(w)
}

// what looks up what a command checks by the first two words of its name,
// or else the first.
func what(name string) string {
	words := strings.Fields(name)
	if len(words) >= 2 {
		if c, ok := checks[words[0]+" "+words[1]]; ok {
			return c
		}
	}
	first, _, _ := strings.Cut(name, " ")
	return checks[first]
}

func seconds(s float64) string {
	if s >= 1 {
		return fmt.Sprintf("%.2f s", s)
	}
	return fmt.Sprintf("%.1f ms", s*1000)
}

func ratio(r result, to *result) string {
	if to == nil || to.Mean == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", r.Mean/to.Mean)
}

func mib(rss map[string]float64, name string) string {
	kib, ok := rss[name]
	if !ok {
		return "n/a"
	}
	return fmt.Sprintf("%.1f MiB", kib/1024)
}

// exits lists the distinct exit codes of the runs: 1 is expected from the
// tools that report the corpus's problems, 2 or more means a failed run.
func exits(codes []int) string {
	codes = slices.Clone(codes)
	slices.Sort(codes)
	var s []string
	for _, c := range slices.Compact(codes) {
		s = append(s, strconv.Itoa(c))
	}
	return strings.Join(s, ",")
}

// target is one goal of the performance plan: a measured value against a
// limit, where atMost says which side of the limit is good.
type target struct {
	what   string
	value  float64
	ok     bool // the value could be measured
	limit  float64
	atMost bool
	unit   string
}

func printTargets(w io.Writer, groups []group, rss map[string]float64) {
	fmt.Fprintln(w, "### Targets")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| target | measured | limit | verdict |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, t := range targets(groups, rss) {
		cmp := "≥"
		if t.atMost {
			cmp = "≤"
		}
		measured, verdict := "n/a", "not measured"
		if t.ok {
			measured = fmt.Sprintf("%.2f%s", t.value, t.unit)
			verdict = "met"
			if t.atMost && t.value > t.limit || !t.atMost && t.value < t.limit {
				verdict = "**missed**"
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s %.2f%s | %s |\n", t.what, measured, cmp, t.limit, t.unit, verdict)
	}
	fmt.Fprintln(w)
}

func targets(groups []group, rss map[string]float64) []target {
	mean := func(name string) (float64, bool) {
		if r := findIn(groups, name); r != nil {
			return r.Mean, true
		}
		return 0, false
	}
	lint, okLint := mean("jobdetails-lint")
	over := func(name string) (float64, bool) { // name's mean over jobdetails-lint's
		v, ok := mean(name)
		return v / lint, ok && okLint
	}
	floor, okFloor := mean("floor")
	ajv, okAjv := over("ajv-cli")
	gitleaks, okGitleaks := over("gitleaks")
	j1, ok1 := mean("jobdetails-lint -j 1")
	j2, ok2 := mean("jobdetails-lint -j 2")
	var oneFile float64
	r := findIn(groups, "jobdetails-lint (one file)")
	if r != nil {
		oneFile = r.Median * 1000
	}
	corpusRSS, okRSS := rss["jobdetails-lint"]
	fileGrowth, okFile := growth(rss, "jobdetails-lint stream.jsonl (file)", "jobdetails-lint stream 1/10 (file)")
	stdinGrowth, okStdin := growth(rss, "jobdetails-lint stream.jsonl (stdin)", "jobdetails-lint stream 1/10 (stdin)")
	targets := []target{
		{"corpus: jobdetails-lint / floor", lint / floor, okLint && okFloor, 2.5, true, "×"},
		{"corpus: ajv-cli / jobdetails-lint", ajv, okAjv, 1.5, false, "×"},
		{"corpus: gitleaks / jobdetails-lint", gitleaks, okGitleaks, 25, false, "×"},
		{"one file: jobdetails-lint median", oneFile, r != nil, 5, true, " ms"},
		{"corpus: jobdetails-lint peak RSS", corpusRSS / 1024, okRSS, 40, true, " MiB"},
		{"stream file: peak RSS, all / first tenth", fileGrowth, okFile, 1.25, true, "×"},
		{"stream stdin: peak RSS, all / first tenth", stdinGrowth, okStdin, 1.25, true, "×"},
		{"corpus: -j 1 / -j 2", j1 / j2, ok1 && ok2, 1.8, false, "×"},
	}
	return append(targets, exportTargets(groups, rss)...)
}

// exportTargets are the targets on the gzip exports: on the largest, at
// least a third of the speed of gzip -dc | wc -l, in less than 64 MiB; from
// the smallest to the largest, time that grows with the size.
func exportTargets(groups []group, rss map[string]float64) []target {
	var exports []group
	for _, g := range groups {
		if g.bytes > 0 {
			exports = append(exports, g)
		}
	}
	if len(exports) == 0 {
		return nil
	}
	small, large := exports[0], exports[len(exports)-1]
	lint := find(large.results, "jobdetails-lint")
	floor := find(large.results, "floor")
	mb := fmt.Sprintf("%.0f MB", large.bytes/1e6)
	var ts []target
	if lint != nil && floor != nil {
		ts = append(ts, target{"gzip export " + mb + ": jobdetails-lint / (gzip -dc into wc -l)", lint.Mean / floor.Mean, true, 3, true, "×"})
	}
	if lint != nil {
		v, ok := rss[lint.Command]
		ts = append(ts, target{"gzip export " + mb + ": jobdetails-lint peak RSS", v / 1024, ok, 64, true, " MiB"})
	}
	if smallLint := find(small.results, "jobdetails-lint"); lint != nil && smallLint != nil && large.bytes > small.bytes {
		// Linear growth takes time in proportion to the text; a quarter
		// more is allowed for the start-up, which the small one pays as much.
		growth := (lint.Mean / smallLint.Mean) / (large.bytes / small.bytes)
		ts = append(ts, target{fmt.Sprintf("gzip export: time per byte, %s / %.0f MB", mb, small.bytes/1e6), growth, true, 1.25, true, "×"})
	}
	return ts
}

// growth is how much more memory a run over the whole stream takes than one
// over its first tenth: about 1 when memory is flat.
func growth(rss map[string]float64, all, tenth string) (float64, bool) {
	a, okA := rss[all]
	t, okT := rss[tenth]
	return a / t, okA && okT && t > 0
}
