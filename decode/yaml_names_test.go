package decode

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// names shows the names YAMLNames finds, each as its text.
func names(data string) []string {
	var out []string
	for _, n := range YAMLNames([]byte(data)) {
		if n.Kind != data[n.Start] {
			out = append(out, "kind "+string(n.Kind)+" at "+data[n.Start:n.End])
			continue
		}
		out = append(out, data[n.Start:n.End])
	}
	return out
}

func TestYAMLNames(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"a: 1\nb: x\n", nil},
		{"x: &base {id: a}\ny:\n  <<: *base\n", []string{"&base", "*base"}},
		{"- &a1 x\n- *a1\n", []string{"&a1", "*a1"}},
		{"[&a x, *a, {k: *a}]\n", []string{"&a", "*a", "*a"}},
		{"*a : v\n? *b\n: w\n", []string{"*a", "*b"}},
		{"k: !!str &n 'v'\n", []string{"!!str", "&n"}},
		{"id: !local x\nt: !<tag:example.com,2000:x> y\n", []string{"!local", "!<tag:example.com,2000:x>"}},
		{"%TAG !e! tag:example.com,2000:app/  # c\n%YAML 1.2\n---\nk: !e!foo x\n", []string{"%TAG !e! tag:example.com,2000:app/", "%YAML 1.2", "!e!foo"}},
		{"--- &doc\nk: v\n--- !t\n", []string{"&doc", "!t"}},
		{"k: !t\r\nl: &a\r\n", []string{"!t", "&a"}},
		// inside a scalar or a comment, none: they are values and comments
		{"url: http://x?a=1&b=2\ns: 'a &b *c !d'\nd: \"&e\"\np: a *b &c\n# &f *g !h\nk: v # *i\n", nil},
		// an anchor's name is letters, digits, '_' and '-', as the parser reads it
		{"[&a-b_1, *a-b_1]\n", []string{"&a-b_1", "*a-b_1"}},
		// indicators alone name nothing
		{"- & x\n- ! y\n- *\n", nil},
	} {
		got := names(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\ngot  %q\nwant %q", c.in, got, c.want)
		}
	}
}

// YAMLNameTexts keeps the names in place, anchors and aliases in one text,
// tags and directives in the other, and leaves out names too short to hold
// a credential.
func TestYAMLNameTexts(t *testing.T) {
	const name = "ABCDEFGHIJKLMNOPQRST" // 20 characters
	const tag = "%TAG !e! tag:example.com,2000:app/"
	data := []byte(tag + "\n---\né: &" + name + " !e!" + name + " {k: *" + name + "} # &c\nb: &b !t *b\n")
	anchors, tags := YAMLNameTexts(data, YAMLNames(data))
	blankTag := strings.Repeat(" ", len(tag))
	want := blankTag + "\n   \né  &" + name + strings.Repeat(" ", len(" !e!"+name+" {k: ")) + "*" + name + strings.Repeat(" ", len("} # &c")) + "\n" + strings.Repeat(" ", len("b: &b !t *b")) + "\n"
	if string(anchors) != want {
		t.Errorf("anchors:\ngot  %q\nwant %q", anchors, want)
	}
	want = tag + "\n   \né" + strings.Repeat(" ", len(": &"+name+" ")) + "!e!" + name + strings.Repeat(" ", len(" {k: *"+name+"} # &c")) + "\n" + strings.Repeat(" ", len("b: &b !t *b")) + "\n"
	if string(tags) != want {
		t.Errorf("tags:\ngot  %q\nwant %q", tags, want)
	}
	if a, b := YAMLNameTexts([]byte("a: &b !t *b\n"), YAMLNames([]byte("a: &b !t *b\n"))); a != nil || b != nil {
		t.Errorf("short names: %q %q", a, b)
	}
}

// TestYAMLNamesLinearTime: finding names reads each byte once, on many
// lines or on one long line full of them.
func TestYAMLNamesLinearTime(t *testing.T) {
	for _, tt := range []struct{ name, piece, end string }{
		{"lines", "- &a !t x\n- *a\n", ""},
		{"one line", "[&a x, *a, !t 'y''s', ", "z]\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, 1000, func(n int) func() {
				data := []byte(strings.Repeat(tt.piece, n) + tt.end)
				return func() { YAMLNames(data) }
			})
		})
	}
}
