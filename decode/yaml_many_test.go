package decode

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// A stream of many small documents keeps what its documents hold, not a
// slab of nodes each: 200,000 documents of one member once took 1.3 GB.
func TestYAMLManySmallDocuments(t *testing.T) {
	const n = 20000
	data := []byte(strings.Repeat("---\njobDetails: {}\n", n))
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	docs, err := YAML(data)
	runtime.GC()
	runtime.ReadMemStats(&after)
	if err != nil || len(docs) != n {
		t.Fatalf("%d documents, error %v", len(docs), err)
	}
	held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	// Two nodes a document, and room to spare for the slice of roots;
	// a slab of 64 nodes each would be 32 times as much.
	limit := int64(n) * 8 * int64(unsafe.Sizeof(document.Node{}))
	if held > limit {
		t.Errorf("%d documents hold %d bytes, over %d: %d a document", n, held, limit, held/n)
	}
	runtime.KeepAlive(docs)
}
