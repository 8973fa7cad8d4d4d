// Command floor is the parse floor of the benchmarks: it reads every file
// named on the command line or found under the folders named there, and
// checks only that each is JSON (each line, for .jsonl and .ndjson files),
// with one worker per core. No validator of these files can do less.
//
//	floor [-j N] PATH...
//
// It prints the counts and exits 1 when an input is not valid JSON, 2 when a
// path cannot be read.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// counts is what one worker has seen.
type counts struct {
	files, documents, invalid, bytes int
	failed                           bool
}

func (c *counts) add(o counts) {
	c.files += o.files
	c.documents += o.documents
	c.invalid += o.invalid
	c.bytes += o.bytes
	c.failed = c.failed || o.failed
}

func main() {
	jobs := flag.Int("j", runtime.NumCPU(), "files read at once")
	flag.Parse()
	if flag.NArg() == 0 || *jobs < 1 {
		fmt.Fprintln(os.Stderr, "usage: floor [-j N] PATH...")
		os.Exit(2)
	}
	paths := make(chan string, 256)
	results := make(chan counts, *jobs)
	var wg sync.WaitGroup
	for range *jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- work(paths)
		}()
	}
	walkFailed := walk(flag.Args(), paths)
	close(paths)
	wg.Wait()
	close(results)
	var total counts
	for c := range results {
		total.add(c)
	}
	fmt.Printf("files %d, documents %d, bytes %d, invalid %d\n", total.files, total.documents, total.bytes, total.invalid)
	switch {
	case walkFailed || total.failed:
		os.Exit(2)
	case total.invalid > 0:
		os.Exit(1)
	}
}

// walk sends every path to check: files named on the command line as they
// are, and under folders the files the linter would lint as JSON.
func walk(args []string, paths chan<- string) (failed bool) {
	for _, arg := range args {
		err := filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (path == arg || isJSONName(path)) {
				paths <- path
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			failed = true
		}
	}
	return failed
}

func isJSONName(path string) bool {
	ext := filepath.Ext(path)
	return ext == ".json" || isLines(path)
}

func isLines(path string) bool {
	ext := filepath.Ext(path)
	return ext == ".jsonl" || ext == ".ndjson"
}

func work(paths <-chan string) counts {
	var c counts
	for path := range paths {
		var err error
		if isLines(path) {
			err = checkLines(path, &c)
		} else {
			err = checkFile(path, &c)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			c.failed = true
		}
	}
	return c
}

func checkFile(path string, c *counts) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	c.files++
	c.documents++
	c.bytes += len(b)
	if !json.Valid(b) {
		c.invalid++
		fmt.Fprintf(os.Stderr, "%s: not valid JSON\n", path)
	}
	return nil
}

// checkLines checks each non-blank line of a JSON Lines file.
func checkLines(path string, c *counts) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	c.files++
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for line := 1; s.Scan(); line++ {
		b := s.Bytes()
		c.bytes += len(b) + 1
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		c.documents++
		if !json.Valid(b) {
			c.invalid++
			fmt.Fprintf(os.Stderr, "%s:%d: not valid JSON\n", path, line)
		}
	}
	if err := s.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
