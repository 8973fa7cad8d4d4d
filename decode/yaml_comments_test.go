package decode

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

func TestYAMLComments(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a: 1\nb: 2\n", ""},
		{"# top\na: 1 # tail\n", "# top\n     # tail\n"},
		{"url: http://x#frag\n", ""},
		{"s: 'it''s # not'\nd: \"a \\\" # no\" # yes\n", "                \n               # yes\n"},
		{"é: x # c\n", "é    # c\n"},
		{"  #indented\n", "  #indented\n"},
		// an apostrophe or a quote inside a plain scalar opens no quoted scalar
		{"note: team's fixture  # aws_access_key_id=X\n", "                      # aws_access_key_id=X\n"},
		{"- it's a \"test\" # c\n", "                # c\n"},
		{"a: b'c' # c\n", "        # c\n"},
		// quoted scalars open after an indicator or at the start of the line
		{"- 'a # b' # c\n", "          # c\n"},
		{"? \"a # b\" # c\n", "          # c\n"},
		{"'k # 1': v # c\n", "           # c\n"},
		{"{\"a\":\"b # c\"} # d\n", "              # d\n"},
		{"[x, 'y # z'] # c\n", "             # c\n"},
		{"k:\t\"v # w\" # c\n", "           # c\n"},
		{"s: 'it''s # not' # yes\n", "                 # yes\n"},
		{"k: !!str 'a # b' # c\n", "                 # c\n"},
		{"k: &x \"a # b\" # c\n", "              # c\n"},
		{"k: -'a # b' # c\n", "       # b' # c\n"},
		// a node may follow a document marker on its line
		{"--- 'a # b' # c\n", "            # c\n"},
		{"---# c\n", ""},
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

// TestYAMLCommentsLinearTime: finding comments reads each byte once, on
// many lines or on one long line full of quotes, tags and apostrophes.
func TestYAMLCommentsLinearTime(t *testing.T) {
	for _, tt := range []struct{ name, piece, end string }{
		{"lines", "note: team's 'fixture' # c\n- !!str 'a # b' # c\n", ""},
		{"one line", "- !t &a 'it''s' \"q\\\" #\" x'y ", "# c\n"},
		{"unclosed quote", "k: 'a # b ", "\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, 1000, func(n int) func() {
				data := []byte(strings.Repeat(tt.piece, n) + tt.end)
				return func() { YAMLComments(data) }
			})
		})
	}
}
