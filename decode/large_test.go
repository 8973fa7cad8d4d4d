package decode

import (
	"bytes"
	"testing"
)

// TestJSONLarge decodes 100 MB documents: one of many responses and one of
// a single long string.
func TestJSONLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	size := 100 << 20
	if raceEnabled {
		size = 8 << 20
	}
	var b bytes.Buffer
	b.Grow(size + len(compactJob) + 2)
	b.WriteString("[\n")
	for b.Len() < size {
		b.Write(compactJob)
		b.WriteString(",\n")
	}
	b.Write(compactJob)
	b.WriteString("]")
	n, err := JSON(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	last := n.Items[len(n.Items)-1]
	if last.Line != len(n.Items)+1 || last.Col != 1 {
		t.Errorf("last item at %d:%d, want %d:1", last.Line, last.Col, len(n.Items)+1)
	}

	long := bytes.Repeat([]byte("é"), size/2)
	doc := append(append([]byte(`{"s": "`), long...), `", "n": 1}`...)
	n, err = JSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	if m := n.Members[1]; m.KeyCol != 8+size/2+3 || m.Value.Col != m.KeyCol+5 {
		t.Errorf("member after the long string at columns %d and %d", m.KeyCol, m.Value.Col)
	}
}
