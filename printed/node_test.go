package printed

import (
	"strings"
	"testing"
)

func TestNode(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"keys bare and quoted, literals",
			`{ a: 1, 'b-c': [ true, null, undefined, -0 ], "it's": 'x', $x: 1e+21 }`,
			`@1:1 {"a"@1:3: @1:6 1, "b-c"@1:9: @1:16 [@1:18 true, @1:24 null, @1:30 null, @1:41 -0], "it's"@1:47: @1:55 "x", "$x"@1:60: @1:64 1e+21}`},
		{"quotes and escapes; columns count characters",
			`[ "it's", ` + "`" + `it's "x"` + "`" + `, 'it\'s "x" ` + "`y`" + `', '\x00\x7F\x85\b\f\v\0', '\u001b\ud800\ud83d\ude00\u{1F600}', 'é', 1 ]`,
			`@1:1 [@1:3 "it's", @1:11 "it's \"x\"", @1:23 "it's \"x\" ` + "`y`" + `", @1:40 "\x00\x7f\u0085\b\f\v\x00", @1:64 "\x1b�😀😀", @1:101 "é", @1:106 1]`},
		{"console.log of a Lambda event: deeper objects are placeholders",
			"{\n  'CodePipeline.job': {\n    id: 'abc',\n    data: { actionConfiguration: [Object], inputArtifacts: [Array] }\n  }\n}\n",
			`@1:1 {"CodePipeline.job"@2:3: @2:23 {"id"@3:5: @3:9 "abc", "data"@4:5: @4:11 {"actionConfiguration"@4:13: @4:34 "[Object]", "inputArtifacts"@4:44: @4:60 "[Array]"}}}`},
		{"a long string split over lines, a string cut at maxStringLength",
			"{\n  s: 'line one\\n' +\n    'line two',\n  t: 'x'... 3 more characters\n}",
			`@1:1 {"s"@2:3: @2:6 "line one\nline two", "t"@4:3: @4:6 "x"}`},
		{"items past maxArrayLength", `[ 1, 2, ... 98 more items ]`, `@1:1 [@1:3 1, @1:6 2]`},
		{"one item past maxArrayLength, grouped items", "[\n  'a', 'b',\n  ... 1 more item\n]", `@1:1 [@2:3 "a", @2:8 "b"]`},
		{"line ends the runtime turned into '\\r'",
			"{\r  a: 1,\r  b: [ 'x' ]\r}",
			`@1:1 {"a"@1:5: @1:8 1, "b"@1:13: @1:16 [@1:18 "x"]}`},
		{"a circular reference, placeholders",
			`<ref *1> { a: 1, self: [Circular *1], o: [Object], f: [Function: f] }`,
			`@1:1 {"a"@1:12: @1:15 1, "self"@1:18: @1:24 "[Circular *1]", "o"@1:39: @1:42 "[Object]", "f"@1:52: @1:55 "[Function: f]"}`},
		{"prefixes: a class, a null prototype, a Map, a Set",
			`{ c: Creds { accessKeyId: 'AKIA' }, n: [Object: null prototype] { a: 1 }, m: Map(2) { 'a' => 1, { x: 1 } => 2 }, s: Set(2) { 1, 'a' } }`,
			`@1:1 {"c"@1:3: @1:6 {"accessKeyId"@1:14: @1:27 "AKIA"}, "n"@1:37: @1:40 {"a"@1:67: @1:70 1}, "m"@1:75: @1:78 {"a"@1:87: @1:94 1, "{ x: 1 }"@1:97: @1:109 2}, "s"@1:114: @1:117 [@1:126 1, @1:129 "a"]}`},
		{"values kept as text; an array's extra property is left out",
			`{ d: 2026-12-02T10:15:00.123Z, s: Symbol(a, b), n: NaN, b: 10n, i: -Infinity, g: [Getter/Setter], h: [ 1, <1 empty item>, 3, foo: 'bar' ] }`,
			`@1:1 {"d"@1:3: @1:6 "2026-12-02T10:15:00.123Z", "s"@1:32: @1:35 "Symbol(a, b)", "n"@1:49: @1:52 "NaN", "b"@1:57: @1:60 "10n", "i"@1:65: @1:68 "-Infinity", "g"@1:79: @1:82 "[Getter/Setter]", "h"@1:99: @1:102 [@1:104 1, @1:107 "<1 empty item>", @1:123 3]}`},
		{"keys in brackets and quoted",
			`{ ['__proto__']: 1, [Symbol(a)]: 2, '': 3, '1': 4 }`,
			`@1:1 {"__proto__"@1:3: @1:18 1, "[Symbol(a)]"@1:21: @1:34 2, ""@1:37: @1:41 3, "1"@1:44: @1:49 4}`},
		{"an Error with its stack and properties",
			"{\n  e: Error: boom\n      at f (/x.js:1:2) {\n    code: 'E'\n  },\n  n: 1\n}",
			`@1:1 {"e"@2:3: @2:6 "Error: boom\n      at f (/x.js:1:2) {\n    code: 'E'\n  }", "n"@6:3: @6:6 1}`},
		{"a class instance at the top", "Credentials {\n  accessKeyId: 'AKIA'\n}", `@1:1 {"accessKeyId"@2:3: @2:16 "AKIA"}`},
		{"empty containers", `[ {}, [], Foo {} ]`, `@1:1 [@1:3 {}, @1:7 [], @1:11 {}]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Node(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got := render(n); got != tt.want {
				t.Errorf("Node(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
			checkTree(t, tt.text, n)
		})
	}
}

func TestNodeErrors(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"", "1:1: empty input"},
		{`'abc'`, `1:1: invalid character '\''; expected an object or an array`},
		{`42`, `1:1: invalid character '4'; expected an object or an array`},
		{`Symbol(x)`, `1:1: expected an object or an array; found a value read as text`},
		{`[Object]`, `1:1: expected an object or an array; found a value read as text`},
		{`null`, `1:1: expected an object or an array; found null`},
		{`{ a: 1`, `1:7: unexpected end of input; the object opened at 1:1 is not closed`},
		{"{\n  a: [ 1,", `2:10: unexpected end of input; the array opened at 2:6 is not closed`},
		{`{ a: 1, }`, `1:9: invalid character '}' after ','; expected a value (util.inspect writes no trailing comma)`},
		{`{ a: 1 b: 2 }`, `1:8: invalid character 'b' after object entry; expected ',' or '}'`},
		{`[ 'a' + 1 ]`, `1:7: invalid character '+' after array entry; expected ',' or ']'`},
		{`{ a: , }`, `1:6: invalid character ','; expected a value`},
		{`{ a: }`, `1:6: invalid character '}'; expected a value`},
		{`{ a:`, `1:5: unexpected end of input; the object opened at 1:1 is not closed`},
		{`{ a: 'x\q' }`, `1:8: invalid escape '\q' in string`},
		{`{ a: '\a' }`, `1:7: invalid escape '\a' in string`},
		{`{ a: '\U0001F600' }`, `1:7: invalid escape '\U' in string`},
		{`{ a: '\u{110000}' }`, `1:7: invalid escape '\u{' in string; expected up to six hex digits and '}' for a character up to U+10FFFF`},
		{`{ a: '\u{}' }`, `1:7: invalid escape '\u{' in string; expected up to six hex digits and '}' for a character up to U+10FFFF`},
		{`{ a: 'x }`, `1:10: unexpected end of input; the string opened at 1:6 is not closed`},
		{`{ a: Symbol(x }`, `1:16: unexpected end of input; the '(' opened at 1:12 is not closed`},
		{`{ a: 1 } extra`, `1:10: extra data after the printed value`},
		{`{ a: [1] }`, `1:7: invalid character '1' after '['; expected a space, ']' or a tag such as [Object]`},
		// Python's repr, which Python reads, is not util.inspect's.
		{`{'a': None}`, `1:7: invalid character 'N'; expected a value`},
		{`[ True ]`, `1:3: invalid character 'T'; expected a value`},
		{"{ a: '\xe9' }", `1:7: invalid UTF-8 byte 0xe9`},
		{strings.Repeat("[ ", 1001), `1:2001: nested deeper than 1000 levels`},
		{strings.Repeat("{ a: ", 999) + "Symbol((1))" + strings.Repeat(" }", 999), `1:5003: nested deeper than 1000 levels`},
	} {
		_, err := Node(tt.text)
		if err == nil {
			t.Errorf("Node(%q): no error, want %s", tt.text, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Node(%q)\n got %v\nwant %s", tt.text, err, tt.want)
		}
		checkError(t, tt.text, err)
	}
}

// TestNodeDepth reads containers nested as deeply as MaxDepth allows, with
// prefixes and a value read as text as the last levels.
func TestNodeDepth(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("[ ", MaxDepth) + strings.Repeat("]", MaxDepth),
		strings.Repeat("Foo { a: ", MaxDepth) + "1" + strings.Repeat(" }", MaxDepth),
		strings.Repeat("[ ", MaxDepth-1) + "Symbol(1)" + strings.Repeat(" ]", MaxDepth-1),
	} {
		if _, err := Node(text); err != nil {
			t.Errorf("%.20s...: %v", text, err)
		}
	}
}
