package printed

import (
	"os"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// The Lambda event as logged, and a message of about 100 KB: the event's
// job data printed 100 times in a list.
func BenchmarkPython(b *testing.B) {
	benchmark(b, Python, "python-print.txt", "[", ", ", "]")
}

func BenchmarkNode(b *testing.B) {
	benchmark(b, Node, "node-depth-null.txt", "[\n", ",\n", "]")
}

func benchmark(b *testing.B, parse func(string) (*document.Node, error), file, open, sep, close string) {
	one, err := os.ReadFile("testdata/lambda/" + file)
	if err != nil {
		b.Fatal(err)
	}
	event := strings.TrimSpace(string(one))
	many := open + strings.TrimSuffix(strings.Repeat(event+sep, 100), sep) + close
	for _, bb := range []struct{ name, text string }{{"event", event}, {"100-events", many}} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(bb.text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parse(bb.text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
