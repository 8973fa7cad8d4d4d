// Command gen writes a deterministic corpus of CodePipeline GetJobDetails
// responses for benchmarks:
//
//	go run ./bench/gen -out DIR -files 20000 -jsonl 200000
//	go run ./bench/gen -export DIR/export.gz -export-size 104857600
//
// DIR/corpus/NNNNN.json holds one response each, pretty-printed as the AWS CLI
// prints them; DIR/stream.jsonl holds one compact response per line; and
// DIR/expected.tsv lists every response given a problem, with its kind. A
// response is "corpus/00042.json" or "stream.jsonl:LINE". With -export, it
// writes a gzip CloudWatch Logs export instead (see writeExport).
//
// Every response is built from its own random source, seeded by -seed and its
// number, so the first N files are the same whatever -files says.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// problemRate is the share of responses that get one problem.
const problemRate = 0.1

// streamOffset separates the random sources of stream lines from those of
// corpus files, so the stream is not a copy of the corpus.
const streamOffset = 1 << 40

func main() {
	out := flag.String("out", "", "output folder (its corpus/ subfolder is replaced)")
	files := flag.Int("files", 20000, "number of pretty-printed files in corpus/")
	lines := flag.Int("jsonl", 200000, "number of compact lines in stream.jsonl")
	seed := flag.Uint64("seed", 1, "random seed")
	export := flag.String("export", "", "instead, write a gzip CloudWatch Logs export of -export-size bytes of text to this file")
	exportSize := flag.Int64("export-size", 100<<20, "bytes of text in the -export file")
	flag.Parse()
	if *export != "" {
		if err := writeExport(*export, *exportSize, *seed); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	if *out == "" || *files < 0 || *lines < 0 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -out DIR [-files N] [-jsonl N] [-seed N]")
		os.Exit(2)
	}
	if err := generate(*out, *files, *lines, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// response builds response number n of a source and the kind of its problem
// ("" for none).
func response(seed, n uint64) (*object, string) {
	r := rand.New(rand.NewPCG(seed, n))
	root := typicalResponse(r)
	if chance(r, problemRate) {
		return root, addProblem(r, root)
	}
	return root, ""
}

func generate(out string, files, lines int, seed uint64) error {
	corpus := filepath.Join(out, "corpus")
	// Remove files left from a larger earlier run.
	if err := os.RemoveAll(corpus); err != nil {
		return err
	}
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		return err
	}
	expected, err := os.Create(filepath.Join(out, "expected.tsv"))
	if err != nil {
		return err
	}
	defer expected.Close()
	w := bufio.NewWriter(expected)
	fmt.Fprintln(w, "file\tkind")
	if err := writeCorpus(corpus, files, seed, w); err != nil {
		return err
	}
	if err := writeStream(filepath.Join(out, "stream.jsonl"), lines, seed, w); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return expected.Close()
}

func writeCorpus(dir string, files int, seed uint64, expected *bufio.Writer) error {
	var buf []byte
	for i := range files {
		root, kind := response(seed, uint64(i))
		name := fmt.Sprintf("%05d.json", i)
		buf = append(appendJSON(buf[:0], root, "    ", 0), '\n')
		if err := os.WriteFile(filepath.Join(dir, name), buf, 0o644); err != nil {
			return err
		}
		if kind != "" {
			fmt.Fprintf(expected, "corpus/%s\t%s\n", name, kind)
		}
	}
	return nil
}

func writeStream(path string, lines int, seed uint64, expected *bufio.Writer) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	var buf []byte
	for i := range lines {
		root, kind := response(seed, streamOffset+uint64(i))
		buf = append(appendJSON(buf[:0], root, "", 0), '\n')
		if _, err := w.Write(buf); err != nil {
			return err
		}
		if kind != "" {
			fmt.Fprintf(expected, "stream.jsonl:%d\t%s\n", i+1, kind)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
