package printed

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// repeat builds prefix + n units + suffix.
func repeat(prefix, unit, suffix string) func(n int) string {
	return func(n int) string { return prefix + strings.Repeat(unit, n) + suffix }
}

// TestPythonLinearTime parses texts of n units: the time must grow
// linearly with n, for valid texts and for those that fail at the end.
func TestPythonLinearTime(t *testing.T) {
	for _, tt := range []struct {
		name string
		text func(n int) string
		ok   bool
	}{
		{"members on one line", repeat("{", "'key': 'value', ", "'z': 0}"), true},
		{"members on lines of their own, as pprint writes them", repeat("{", "'key': 'value',\n ", "'z': 0}"), true},
		{"non-ASCII text before each value", repeat("[", "'é😀', ", "0]"), true},
		{"literals joined into one string", repeat("['", "abc' '", "']"), true},
		{"escapes", repeat("['", `\x00\u00e9\U0001f600\\\'`, "']"), true},
		{"values read as text", repeat("[", "Decimal('1.5'), <object at 0x7f>, ", "0]"), true},
		{"nested lists", repeat("[", "[[[1]]], ", "0]"), true},
		{"quotes without an end inside text", repeat("[f(", `'\`, ")]"), true},
		{"apostrophes inside text", repeat("[<Foo ", "it's ", ">]"), true},
		{"sets and tuples", repeat("[", "{1, 2}, (1,), ", "0]"), true},
		{"a text that never ends", repeat("[<", "a, ", ""), false},
		{"a dict that is not closed", repeat("{", "'k': [1], ", ""), false},
	} {
		t.Run(tt.name, func(t *testing.T) { checkLinear(t, Python, tt.text, tt.ok) })
	}
}

// TestNodeLinearTime is TestPythonLinearTime for util.inspect's text.
func TestNodeLinearTime(t *testing.T) {
	for _, tt := range []struct {
		name string
		text func(n int) string
		ok   bool
	}{
		{"members on one line", repeat("{ ", "key: 'value', ", "z: 0 }"), true},
		{"members on lines of their own", repeat("{\n", "  'key-1': [Object],\n", "  z: 0\n}"), true},
		{"line ends written as '\\r'", repeat("{\r", "  key: 'value',\r", "  z: 0\r}"), true},
		{"bare values looked at as keys first", repeat("[ ", "null, undefined, true, ", "0 ]"), true},
		{"literals joined by '+'", repeat("[\n  'a\\n' +\n", "    'b\\n' +\n", "    'c'\n]"), true},
		{"prefixes", repeat("[ ", "Foo { a: 1 }, [Object: null prototype] {}, <ref *1> [ 1 ], ", "0 ]"), true},
		{"a Map", repeat("Map(1) { ", "'a' => 1, [Object] => Symbol(b), ", "'z' => 0 }"), true},
		{"tags that do not close before a comma", repeat("[ ", "[a'['], ", "0 ]"), true},
		{"dates and other values read as text", repeat("[ ", "2026-12-02T10:15:00.123Z, [Function: f], 10n, ", "0 ]"), true},
		{"quotes without an end inside text", repeat("[ Symbol(", `'\`, ") ]"), true},
		{"items past maxArrayLength", repeat("[ ", "[ 1, ... 99 more items ], ", "0 ]"), true},
		{"a text that never ends", repeat("[ <", "a, ", ""), false},
	} {
		t.Run(tt.name, func(t *testing.T) { checkLinear(t, Node, tt.text, tt.ok) })
	}
}

func TestStartLinearTime(t *testing.T) {
	lineartest.Check(t, 200000, func(n int) func() {
		message := "2026-12-02T10:15:00.123Z\t" + strings.Repeat("a", n) + "\tINFO\t{}"
		return func() {
			if offset, _ := Start(message); offset < 0 {
				t.Fatal("no object")
			}
		}
	})
}

func checkLinear(t *testing.T, parse func(string) (*document.Node, error), text func(n int) string, ok bool) {
	lineartest.Check(t, 5000, func(n int) func() {
		s := text(n)
		return func() {
			if _, err := parse(s); (err == nil) != ok {
				t.Fatalf("error %v", err)
			}
		}
	})
}
