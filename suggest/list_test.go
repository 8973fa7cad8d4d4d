package suggest

import (
	"strings"
	"testing"
)

func TestList(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{
		{nil, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b"}, "a and b"},
		{[]string{"a", "b", "c"}, "a, b and c"},
	} {
		if got := List(c.words, "and"); got != c.want {
			t.Errorf("List(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}

func TestUse(t *testing.T) {
	for _, c := range []struct {
		valid []string
		want  string
	}{
		{[]string{"S3"}, `use "S3"`},
		{[]string{"a", "b"}, `use one of "a" or "b"`},
		{[]string{"AWS", "ThirdParty", "Custom"}, `use one of "AWS", "ThirdParty" or "Custom"`},
		{[]string{strings.Repeat("x", 41)}, `use "` + strings.Repeat("x", 40) + `…"`},
	} {
		if got := Use(c.valid); got != c.want {
			t.Errorf("Use(%q) = %s, want %s", c.valid, got, c.want)
		}
	}
}

func TestUnknown(t *testing.T) {
	valid := []string{"auto", "none", "tail", "lambda"}
	for got, want := range map[string]string{
		"tails": `unknown log container "tails"; did you mean "tail"?`,
		"xml":   `unknown log container "xml"; use one of "auto", "none", "tail" or "lambda"`,
	} {
		if msg := Unknown("log container", got, valid); msg != want {
			t.Errorf("Unknown(%q) = %q, want %q", got, msg, want)
		}
	}
}
