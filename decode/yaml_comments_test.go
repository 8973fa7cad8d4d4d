package decode

import "testing"

func TestYAMLComments(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a: 1\nb: 2\n", ""},
		{"# top\na: 1 # tail\n", "# top\n     # tail\n"},
		{"url: http://x#frag\n", ""},
		{"s: 'it''s # not'\nd: \"a \\\" # no\" # yes\n", "                \n               # yes\n"},
		{"é: x # c\n", "é    # c\n"},
		{"  #indented\n", "  #indented\n"},
	} {
		got := YAMLComments([]byte(c.in))
		if c.want == "" {
			if got != nil {
				t.Errorf("%q: got %q, want nil", c.in, got)
			}
			continue
		}
		if string(got) != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.in, got, c.want)
		}
	}
}
