package printed

import (
	"strings"
	"testing"
)

func TestPython(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"dict of scalars",
			`{'a': 1, 'b': [True, None, -2.5e-07], 'c': 'x'}`,
			`@1:1 {"a"@1:2: @1:7 1, "b"@1:10: @1:15 [@1:16 true, @1:22 null, @1:28 -2.5e-07], "c"@1:39: @1:44 "x"}`},
		{"quotes and escapes; columns count characters",
			`["it's", 'a\\b\'"', '\t\n\r\x00\x7f\xa0\u200b\U0001f600', '\ud800', 'é😀', 1]`,
			`@1:1 [@1:2 "it's", @1:10 "a\\b'\"", @1:21 "\t\n\r\x00\x7f\u00a0\u200b😀", @1:59 "�", @1:69 "é😀", @1:75 1]`},
		{"keys that are not strings, a set, an empty tuple, a list that holds itself",
			`{1: {1, 'a'}, None: (), (1, 2): [...]}`,
			`@1:1 {"1"@1:2: @1:5 [@1:6 1, @1:9 "a"], "None"@1:15: @1:21 [], "(1, 2)"@1:25: @1:33 "[...]"}`},
		{"calls and reprs are kept as text",
			`{'d': Decimal('1,5'), 'dt': datetime.datetime(2026, 12, 2, tzinfo=tzutc()), 'o': <object object at 0x7f>}`,
			`@1:1 {"d"@1:2: @1:7 "Decimal('1,5')", "dt"@1:23: @1:29 "datetime.datetime(2026, 12, 2, tzinfo=tzutc())", "o"@1:77: @1:82 "<object object at 0x7f>"}`},
		{"bytes, floats that are not JSON, complex numbers, empty sets",
			`{'b': b'\x00\'' b'"', 'f': [inf, nan, -inf, 1j, (1+2j), -0.0, 1000000000000000000000000000000], 'e': set(), 'fs': frozenset({1})}`,
			`@1:1 {"b"@1:2: @1:7 "b'\\x00\\'' b'\"'", "f"@1:23: @1:28 [@1:29 "inf", @1:34 "nan", @1:39 "-inf", @1:45 "1j", @1:49 "(1+2j)", @1:57 -0.0, @1:63 1000000000000000000000000000000], "e"@1:97: @1:102 "set()", "fs"@1:109: @1:115 "frozenset({1})"}`},
		{"pprint joins literals and breaks lines",
			"{'k': 'abc '\n      'déf',\n 'l': ('x',)}",
			`@1:1 {"k"@1:2: @1:7 "abc déf", "l"@3:2: @3:7 [@3:8 "x"]}`},
		{"pprint literals in a list",
			"['aaa '\n 'bbb',\n 'c']",
			`@1:1 [@1:2 "aaa bbb", @3:2 "c"]`},
		{"a tuple of one", `(1,)`, `@1:1 [@1:2 1]`},
		{"empty containers", `[{}, (), []]`, `@1:1 [@1:2 {}, @1:6 [], @1:10 []]`},
		{"a dict that holds itself", `{'me': {...}}`, `@1:1 {"me"@1:2: @1:8 "{...}"}`},
		{"duplicate keys are kept", `{'a': 1, 'a': 2}`, `@1:1 {"a"@1:2: @1:7 1, "a"@1:10: @1:15 2}`},
		{"whitespace around, a line end of the logging module",
			" \n {'a': 'b'}\n", `@2:2 {"a"@2:3: @2:8 "b"}`},
		{"CRLF line ends: '\\r' takes a column", "{'a':\r\n 1,\r\n 'b': 2}", `@1:1 {"a"@1:2: @2:2 1, "b"@3:2: @3:7 2}`},
		{"dotted names, complex numbers",
			`[re.IGNORECASE, -inf, Ellipsis, NotImplemented, -1.5e-07j, (-0-1j), (inf+nanj)]`,
			`@1:1 [@1:2 "re.IGNORECASE", @1:17 "-inf", @1:23 "Ellipsis", @1:33 "NotImplemented", @1:49 "-1.5e-07j", @1:60 "(-0-1j)", @1:69 "(inf+nanj)"]`},
		{"a call with quotes, brackets and commas inside",
			`[OrderedDict([('a, ]', 1)]), defaultdict(<class 'list'>, {}), <Foo it's>]`,
			`@1:1 [@1:2 "OrderedDict([('a, ]', 1)])", @1:30 "defaultdict(<class 'list'>, {})", @1:63 "<Foo it's>"]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Python(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got := render(n); got != tt.want {
				t.Errorf("Python(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
			checkTree(t, tt.text, n)
		})
	}
}

func TestPythonErrors(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"", "1:1: empty input"},
		{" \n ", "2:2: empty input"},
		{`'abc'`, `1:1: invalid character '\''; expected a dict, a list or a tuple`},
		{`hello`, `1:1: invalid character 'h'; expected a dict, a list or a tuple`},
		{`('a' 'b')`, `1:1: expected a dict, a list or a tuple; found a string`},
		{`(1)`, `1:1: expected a dict, a list or a tuple; found a value read as text`},
		{`[1][0]`, `1:4: extra data after the printed value`},
		// util.inspect's text, which Node reads, is not Python's.
		{`{ a: 1 }`, `1:3: invalid character 'a'; expected a value`},
		{`[null, true, undefined]`, `1:2: invalid character 'n'; expected a value`},
		{`[[Object]]`, `1:3: invalid character 'O'; expected a value`},
		{`['a' + 'b']`, `1:6: invalid character '+' after list item; expected ',' or ']'`},
		{`[1, ... 9 more items]`, `1:5: invalid character '.'; expected a value`},
		{`[2026-12-02T10:15:00.123Z]`, `1:2: invalid character '2'; expected a value`},
		{`[10n]`, `1:2: invalid character '1'; expected a value`},
		{`[-Infinity]`, `1:2: invalid character '-'; expected a value`},
		{"[`a`]", "1:2: invalid character '`'; expected a value"},
		{`(f(1))`, `1:1: expected a dict, a list or a tuple; found a value read as text`},
		{`[...]`, `1:1: expected a dict, a list or a tuple; found a value read as text`},
		{`{'a': 1`, `1:8: unexpected end of input; the dict opened at 1:1 is not closed`},
		{"[1,\n (2,", `2:5: unexpected end of input; the tuple opened at 2:2 is not closed`},
		{`{1, 2`, `1:6: unexpected end of input; the set opened at 1:1 is not closed`},
		{`{'a' 1}`, `1:6: invalid character '1' after dict key; expected ':'`},
		{`{'a': 1 'b': 2}`, `1:9: invalid character '\'' after dict item; expected ',' or '}'`},
		{`{'a': 1,}`, `1:9: invalid character '}' after ','; expected a value (a dict has no trailing comma)`},
		{`[1, 2,]`, `1:7: invalid character ']' after ','; expected a value (a list has no trailing comma)`},
		{`[1 2]`, `1:4: invalid character '2' after list item; expected ',' or ']'`},
		{`{1, 2: 3}`, `1:6: invalid character ':' after set item; expected ',' or '}'`},
		{`{'a': ,}`, `1:7: invalid character ','; expected a value`},
		{`{'a': 'b}`, `1:10: unexpected end of input; the string opened at 1:7 is not closed`},
		{"{'a': 'b\n'}", `1:9: unexpected end of line; the string opened at 1:7 is not closed`},
		{"{'a': 'b\tc'}", `1:9: invalid control character 0x09 in string; it must be escaped`},
		{`{'a': '\q'}`, `1:8: invalid escape '\q' in string`},
		{`{'a': '\0'}`, `1:8: invalid escape '\0' in string`},
		{`{'a': '\x4'}`, `1:8: invalid escape '\x' in string; expected two hex digits`},
		{`{'a': '\u12'}`, `1:8: invalid escape '\u' in string; expected four hex digits`},
		{`{'a': '\U00110000'}`, `1:8: invalid escape '\U' in string; the character is past U+10FFFF`},
		{`{'a': '\u{41}'}`, `1:8: invalid escape '\u' in string; expected four hex digits`},
		{`{'é': Decimal('1'}`, `1:19: unexpected end of input; the '(' opened at 1:14 is not closed`},
		{"{'a': <b\n c", `2:3: unexpected end of input; the '<' opened at 1:7 is not closed`},
		{`{'a': 1} x`, `1:10: extra data after the printed value`},
		{"{'a': '\xff'}", `1:8: invalid UTF-8 byte 0xff`},
		{"{'a':\n '\xc3'}", `2:3: invalid UTF-8 byte 0xc3`},
		{strings.Repeat("[", 1001), `1:1001: nested deeper than 1000 levels`},
		{strings.Repeat("[", 999) + "f((1))" + strings.Repeat("]", 999), `1:1002: nested deeper than 1000 levels`},
	} {
		_, err := Python(tt.text)
		if err == nil {
			t.Errorf("Python(%q): no error, want %s", tt.text, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Python(%q)\n got %v\nwant %s", tt.text, err, tt.want)
		}
		checkError(t, tt.text, err)
	}
}

// TestPythonDepth reads containers nested as deeply as MaxDepth allows,
// with a call's parentheses as the last levels.
func TestPythonDepth(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth),
		strings.Repeat("[", MaxDepth-1) + "f(1)" + strings.Repeat("]", MaxDepth-1),
		strings.Repeat("{'a': ", MaxDepth) + "1" + strings.Repeat("}", MaxDepth),
	} {
		if _, err := Python(text); err != nil {
			t.Errorf("%.20s...: %v", text, err)
		}
	}
}
