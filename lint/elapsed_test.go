package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// Run times each file on its worker, and each chunk of a JSON Lines stream,
// so that the chunks' times add up to the stream's.
func TestRunMeasuresElapsed(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "job.json")
	if err := os.WriteFile(file, []byte(validJob), 0o644); err != nil {
		t.Fatal(err)
	}
	stream := strings.Repeat(validJob+"\n", 3*chunkBytes/len(validJob))
	inputs := []input.Input{
		{Name: "job.json", Path: file},
		{Name: "-", Reader: strings.NewReader(stream), Format: input.JSONLines},
	}
	var file1, chunks int
	New(Options{}).Run(inputs, 2, func(r Result) {
		if r.Elapsed <= 0 {
			t.Errorf("%s: Elapsed %v, want the time it took", r.File, r.Elapsed)
		}
		if r.File == "job.json" {
			file1++
		} else {
			chunks++
		}
	})
	if file1 != 1 || chunks < 3 {
		t.Errorf("%d results for the file, %d for the stream; want 1 and at least 3", file1, chunks)
	}
}

// Result.add sums the times of the parts of an input.
func TestResultAddSumsElapsed(t *testing.T) {
	var r Result
	r.add(Result{Elapsed: 3})
	r.add(Result{Elapsed: 4})
	if r.Elapsed != 7 {
		t.Errorf("Elapsed %v, want 7ns", r.Elapsed)
	}
}
