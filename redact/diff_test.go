package redact

import "testing"

func TestUnifiedDiffHunks(t *testing.T) {
	old := "1\n2\nX\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nY\n15"
	new := "1\n2\nx\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\ny\n15"
	want := "--- f\n+++ f\n@@ -1,6 +1,6 @@\n 1\n 2\n-X\n+x\n 4\n 5\n 6\n@@ -11,5 +11,5 @@\n 11\n 12\n 13\n-Y\n+y\n 15\n\\ No newline at end of file\n"
	if got := unifiedDiff("f", []byte(old), old, []byte(new), new); got != want {
		t.Errorf("diff:\n%s\nwant:\n%s", got, want)
	}
}
