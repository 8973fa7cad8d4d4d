package suggest

import "testing"

var categories = []string{"Source", "Build", "Deploy", "Test", "Invoke", "Approval", "Compute"}

func TestSuggest(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{"build", "Build"},
		{"BUILD", "Build"},
		{" Build ", "Build"},
		{"Deploys", "Deploy"},
		{"Tset", "Test"},
		{"Aproval", "Approval"},
		{"Comptue", "Compute"},
		{"Srouce", "Source"},
		{"Invok", "Invoke"},
		{"Bld", "Build"},  // 2 edits, fewer than half of 5 letters
		{"Bd", ""},        // 3 edits
		{"Release", ""},   // a different word
		{"", ""},          // nothing to go on
		{"Tests", "Test"}, // one insertion
		{"Tes", "Test"},   // one deletion
		{"Teest", "Test"}, // one insertion
		{"Buildd", "Build"},
	}
	for _, c := range cases {
		got, ok := Closest(c.got, categories)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("suggest(%q) = %q, %v; want %q", c.got, got, ok, c.want)
		}
	}
}

func TestSuggestShortWords(t *testing.T) {
	// "s3" differs from "S3" only in case; "S" is one edit from "S3" but
	// that is half of the word, too much to call it a slip.
	cases := []struct {
		got, valid, want string
	}{
		{"s3", "S3", "S3"},
		{"S", "S3", ""},
		{"S4", "S3", ""},
		{"kms", "KMS", "KMS"},
		{"KSM", "KMS", "KMS"},
		{"KM", "KMS", "KMS"},
		{"K", "KMS", ""},
	}
	for _, c := range cases {
		v, ok := Closest(c.got, []string{c.valid})
		if v != c.want || ok != (c.want != "") {
			t.Errorf("suggest(%q, %q) = %q, %v; want %q", c.got, c.valid, v, ok, c.want)
		}
	}
}

func TestSuggestTie(t *testing.T) {
	if v, ok := Closest("ab", []string{"abc", "abd"}); ok {
		t.Errorf("a tie suggested %q", v)
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"test", "test", 0},
		{"tset", "test", 1},
		{"deploys", "deploy", 1},
		{"kitten", "sitting", 3},
		{"ca", "abc", 3}, // optimal string alignment, not full Damerau
		{"héllo", "hello", 1},
	}
	for _, c := range cases {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := editDistance(c.b, c.a); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.b, c.a, got, c.want)
		}
	}
}
