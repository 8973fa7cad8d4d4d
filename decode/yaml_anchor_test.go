package decode

import (
	"errors"
	"testing"
)

// An alias names an anchor of its own document only; the parser would
// resolve one of an earlier document, which PyYAML rejects.
func TestYAMLAliasAcrossDocuments(t *testing.T) {
	tests := []struct {
		name, text string
		line, col  int
		msg        string
	}{
		{"value", "a: &x 1\n---\nb: *x\n", 3, 4,
			"alias *x names an anchor of an earlier document; an anchor belongs to its own document (PyYAML rejects this), so repeat the value or its anchor here"},
		{"merge", "a: &m {k: 1}\n---\nb:\n  <<: *m\n", 4, 7,
			"alias *m names an anchor of an earlier document; an anchor belongs to its own document (PyYAML rejects this), so repeat the value or its anchor here"},
		{"key", "&k a: 1\n---\n*k : 2\n", 3, 1,
			"alias *k names an anchor of an earlier document; an anchor belongs to its own document (PyYAML rejects this), so repeat the value or its anchor here"},
		{"unknown anchor, placed at its alias", "jobDetails:\n  id: *nope\n  other: '*nope'\n", 2, 7, "unknown anchor 'nope' referenced"},
		{"unknown anchor, a longer name first", "a: *nopes\nb: *nope\n", 1, 4, "unknown anchor 'nopes' referenced"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := YAML([]byte(tt.text))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.Line != tt.line || e.Col != tt.col || e.Msg != tt.msg {
				t.Errorf("got %d:%d %s\nwant %d:%d %s", e.Line, e.Col, e.Msg, tt.line, tt.col, tt.msg)
			}
		})
	}
	// Within one document, and in each document anew, aliases work.
	docs, err := YAML([]byte("a: &x 1\nb: *x\n---\na: &x 2\nb: *x\n&k c: 3\n*k : 4\n"))
	if err != nil || len(docs) != 2 || docs[1].Get("b").Str != "2" {
		t.Fatalf("docs %v, err %v", docs, err)
	}
}
