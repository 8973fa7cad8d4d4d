package schema

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// BenchmarkCompile measures what the first Validate of a process pays:
// reading the embedded schema and compiling the schema of one form.
func BenchmarkCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := compile(JSON, document.GetJobDetails); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidate validates a typical 2 KB GetJobDetails response that is
// valid (the common case), and the CLI example, which has one finding.
func BenchmarkValidate(b *testing.B) {
	for _, name := range []string{"../testdata/ok/get-job-details-full.json", "testdata/get-job-details-cli-example.json"} {
		data, err := os.ReadFile(filepath.FromSlash(name))
		if err != nil {
			b.Fatal(err)
		}
		root, err := decode.JSON(data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := formSchema(document.GetJobDetails); err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				Validate(root, document.GetJobDetails)
			}
		})
	}
}
