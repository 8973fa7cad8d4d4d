package lint

import (
	"fmt"
	"os"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// BenchmarkLintTypical lints one typical GetJobDetails response end to end:
// decode, schema, rules and the credential scan.
func BenchmarkLintTypical(b *testing.B) {
	data, err := os.ReadFile("../testdata/ok/get-job-details-full.json")
	if err != nil {
		b.Skip(err)
	}
	l := New(Options{})
	l.Bytes("warm.json", data) // compile the schema outside the timing
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if r := l.Bytes("f.json", data); len(r.Findings) != 0 {
			b.Fatalf("findings on a valid response: %v", r.Findings)
		}
	}
}

// BenchmarkRun lints a folder of 2,000 files, one worker and two, through the
// same pool the command uses: it shows how the work scales with cores.
func BenchmarkRun(b *testing.B) {
	var fixtures [][]byte
	for _, name := range []string{"ok/get-job-details-full.json", "ok/poll-for-jobs.json", "err/secret-artifact-credentials.json", "err/rule-action-category-lowercase.json"} {
		data, err := os.ReadFile("../testdata/" + name)
		if err != nil {
			b.Fatal(err)
		}
		fixtures = append(fixtures, data)
	}
	dir := b.TempDir()
	var inputs []input.Input
	for i := range 2000 {
		path := fmt.Sprintf("%s/%04d.json", dir, i)
		// Mostly valid responses, as in real folders; one in ten has a problem.
		data := fixtures[i%2]
		if i%10 == 9 {
			data = fixtures[2+i/10%2]
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, input.Input{Name: path, Path: path, Format: input.JSON})
	}
	l := New(Options{})
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			for b.Loop() {
				l.Run(inputs, jobs, func(Result) {})
			}
		})
	}
}
