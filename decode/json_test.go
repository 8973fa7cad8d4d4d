package decode

import (
	"strings"
	"testing"
)

func TestJSONPositions(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"scalar", ` 12 `, lines(` number 1:2 "12"`)},
		{"literals", `[true,false,null]`, lines(
			` array 1:1`,
			`/0 boolean 1:2 "true"`,
			`/1 boolean 1:7 "false"`,
			`/2 null 1:13`)},
		{"multi-line", "{\n  \"a\": [1, \"x\"],\n\t\"b\" :{}\r\n}", lines(
			` object 1:1`,
			`/a key 2:3`,
			`/a array 2:8`,
			`/a/0 number 2:9 "1"`,
			`/a/1 string 2:12 "x"`,
			`/b key 3:2`,
			`/b object 3:7`)},
		{"non-ASCII columns", `{"é€😀": "ü", "k": 1}`, lines(
			` object 1:1`,
			`/é€😀 key 1:2`,
			`/é€😀 string 1:9 "ü"`,
			`/k key 1:14`,
			`/k number 1:19 "1"`)},
		{"non-ASCII then new line", "[\"ééé\",\n 2, \"ü\", 3]", lines(
			` array 1:1`,
			`/0 string 1:2 "ééé"`,
			`/1 number 2:2 "2"`,
			`/2 string 2:5 "ü"`,
			`/3 number 2:10 "3"`)},
		{"BOM takes no column", "\uFEFF{\"a\":1}", lines(
			` object 1:1`,
			`/a key 1:2`,
			`/a number 1:6 "1"`)},
		{"duplicates kept in order", `{"a":1,"b":2,"a":3}`, lines(
			` object 1:1`,
			`/a key 1:2`,
			`/a number 1:6 "1"`,
			`/b key 1:8`,
			`/b number 1:12 "2"`,
			`/a key 1:14`,
			`/a number 1:18 "3"`)},
		{"numbers keep literal", `[-0, 0.5, 1E+2, -1.25e-3, 12345678901234567890123]`, lines(
			` array 1:1`,
			`/0 number 1:2 "-0"`,
			`/1 number 1:6 "0.5"`,
			`/2 number 1:11 "1E+2"`,
			`/3 number 1:17 "-1.25e-3"`,
			`/4 number 1:27 "12345678901234567890123"`)},
		{"escaped key", `{"a\"b\u00e9\/": "\ud83d\ude00\n\t\b\f\r\\"}`, lines(
			` object 1:1`,
			`/a"bé~1 key 1:2`,
			"/a\"bé~1 string 1:18 \"😀\\n\\t\\b\\f\\r\\\\\"")},
		{"empty containers", "[[], {}, [ ], { \n }]", lines(
			` array 1:1`,
			`/0 array 1:2`,
			`/1 object 1:6`,
			`/2 array 1:10`,
			`/3 object 1:15`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := JSON([]byte(tt.in))
			if err != nil {
				t.Fatalf("JSON: %v", err)
			}
			if got := dump(n); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestJSONLine(t *testing.T) {
	n, err := JSONLine([]byte(`{"a": ["é", 2]}`+"\r"), 7)
	if err != nil {
		t.Fatal(err)
	}
	want := lines(
		` object 7:1`,
		`/a key 7:2`,
		`/a array 7:7`,
		`/a/0 string 7:8 "é"`,
		`/a/1 number 7:13 "2"`)
	if got := dump(n); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	n, err = JSONLine([]byte("\uFEFF [1]"), 3)
	if err != nil || n.Line != 3 || n.Col != 2 || n.Items[0].Col != 3 {
		t.Errorf("after a byte order mark: %v, %s", err, dump(n))
	}
	_, err = JSONLine([]byte(`  {"a": tru}`), 42)
	if got, want := err.Error(), `42:12: invalid character '}' in literal; expected true`; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

func TestJSONStrings(t *testing.T) {
	tests := []struct{ in, want string }{
		{`""`, ""},
		{`"plain"`, "plain"},
		{`"\/\\\"\b\f\n\r\t"`, "/\\\"\b\f\n\r\t"},
		{`"\u0041\u00e9\u20AC"`, "Aé€"},
		{`"\u0000"`, "\x00"},
		{`"\ud83d\ude00"`, "😀"},
		{`"\ud83d"`, "\uFFFD"},
		{`"\ude00"`, "\uFFFD"},
		{`"\ud83dx"`, "\uFFFDx"},
		{`"\ud83d\u0041"`, "\uFFFDA"},
		{`"\ud83d\ud83d\ude00"`, "\uFFFD😀"},
		{`"\ude00\ud83d"`, "\uFFFD\uFFFD"},
		{`"é\u00e9é"`, "ééé"},
		{"\"\x7f\"", "\x7f"},
	}
	for _, tt := range tests {
		n, err := JSON([]byte(tt.in))
		if err != nil {
			t.Errorf("JSON(%s): %v", tt.in, err)
			continue
		}
		if n.Str != tt.want {
			t.Errorf("JSON(%s) = %q, want %q", tt.in, n.Str, tt.want)
		}
	}
}

func TestJSONErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", ``, `1:1: empty input`},
		{"only space", " \n  ", `2:3: empty input`},
		{"only BOM", "\uFEFF", `1:1: empty input`},
		{"extra data", `{} {}`, `1:4: extra data after the JSON value`},
		{"extra close", "[1]\n]", `2:1: extra data after the JSON value`},
		{"trailing comma object", `{"a":1,}`, `1:8: invalid character '}' after ','; expected a string key (trailing commas are not allowed)`},
		{"trailing comma array", `[1,2,]`, `1:6: invalid character ']' after ','; expected a value (trailing commas are not allowed)`},
		{"missing comma", "{\"a\":1\n \"b\":2}", `2:2: invalid character '"' after object member; expected ',' or '}'`},
		{"array missing comma", `[1 2]`, `1:4: invalid character '2' after array element; expected ',' or ']'`},
		{"missing colon", `{"a" 1}`, `1:6: invalid character '1' after object key; expected ':'`},
		{"unquoted key", `{a:1}`, `1:2: invalid character 'a'; expected a string key or '}'`},
		{"single-quoted key", `{'a':1}`, `1:2: invalid character '\''; expected a string key or '}' (strings take double quotes)`},
		{"single quotes", `['a']`, `1:2: invalid character '\''; expected a value (strings take double quotes)`},
		{"line comment", "{\n// note\n}", `2:1: invalid character '/'; expected a string key or '}' (comments are not allowed)`},
		{"block comment", `[1, /* x */ 2]`, `1:5: invalid character '/'; expected a value (comments are not allowed)`},
		{"leading comma", `[,1]`, `1:2: invalid character ','; expected a value`},
		{"NaN", `[NaN]`, `1:2: invalid character 'N'; expected a value`},
		{"Infinity", `-Infinity`, `1:2: invalid character 'I' in number; expected a digit`},
		{"plus", `+1`, `1:1: invalid character '+'; expected a value`},
		{"leading zero", `[01]`, `1:2: invalid number; leading zeros are not allowed`},
		{"negative leading zero", ` -00`, `1:2: invalid number; leading zeros are not allowed`},
		{"bare dot", `.5`, `1:1: invalid character '.'; expected a value`},
		{"dot without digits", `1.e5`, `1:3: invalid character 'e' in number; expected a digit`},
		{"exponent without digits", `[1e+]`, `1:5: invalid character ']' in number; expected a digit`},
		{"number at end", `1.`, `1:3: unexpected end of input in number; expected a digit`},
		{"minus at end", `-`, `1:2: unexpected end of input in number; expected a digit`},
		{"number then letter", `12a`, `1:3: extra data after the JSON value`},
		{"hex", `0x1F`, `1:2: extra data after the JSON value`},
		{"bad literal", `tru`, `1:4: unexpected end of input in literal; expected true`},
		{"wrong literal", `[nul1]`, `1:5: invalid character '1' in literal; expected null`},
		{"capital literal", `True`, `1:1: invalid character 'T'; expected a value`},
		{"unclosed object", "\n\n  {\"a\": 1", `3:10: unexpected end of input; the object opened at 3:3 is not closed`},
		{"unclosed array", "[1,\n", `2:1: unexpected end of input; the array opened at 1:1 is not closed`},
		{"unclosed after key", `{"a"`, `1:5: unexpected end of input; the object opened at 1:1 is not closed`},
		{"unclosed after colon", `{"a":`, `1:6: unexpected end of input; the object opened at 1:1 is not closed`},
		{"unclosed string", `{"a": "secret`, `1:14: unexpected end of input; the string opened at 1:7 is not closed`},
		{"unclosed key", `{"é`, `1:4: unexpected end of input; the string opened at 1:2 is not closed`},
		{"backslash at end", `"a\`, `1:4: unexpected end of input; the string opened at 1:1 is not closed`},
		{"unicode escape at end", `"\u12`, `1:6: unexpected end of input; the string opened at 1:1 is not closed`},
		{"newline in string", "[\"ab\ncd\"]", `1:5: invalid control character 0x0a in string; it must be escaped`},
		{"tab in string", "\"é\t\"", `1:3: invalid control character 0x09 in string; it must be escaped`},
		{"bad escape", `["\q"]`, `1:3: invalid escape '\q' in string`},
		{"bad escape non-ASCII", `"ab\é"`, `1:4: invalid escape in string; '\' must be followed by one of "\/bfnrtu`},
		{"bad escape control", "\"\\\x01\"", `1:2: invalid escape in string; '\' must be followed by one of "\/bfnrtu`},
		{"short unicode escape", `"\u12G4"`, `1:2: invalid escape '\u' in string; expected four hex digits`},
		{"bad second surrogate escape", `"\ud83d\uZZZZ"`, `1:8: invalid escape '\u' in string; expected four hex digits`},
		{"invalid UTF-8 in string", "{\"a\": \"x\xff\"}", `1:9: invalid UTF-8 byte 0xff`},
		{"invalid UTF-8 in key", "{\"é\xc3\": 1}", `1:4: invalid UTF-8 byte 0xc3`},
		{"truncated UTF-8 at end", "\"\xe2\x82", `1:2: invalid UTF-8 byte 0xe2`},
		{"surrogate encoded in UTF-8", "\"\xed\xa0\x80\"", `1:2: invalid UTF-8 byte 0xed`},
		{"invalid UTF-8 outside string", "[\xff]", `1:2: invalid UTF-8 byte 0xff`},
		{"non-ASCII outside string", "[\"é\", é]", `1:7: invalid character 'é'; expected a value`},
		{"control outside string", "[\x01]", `1:2: invalid character '\x01'; expected a value`},
		{"NUL", "\x00", `1:1: invalid character '\x00'; expected a value`},
		{"BOM twice", "\uFEFF\uFEFF1", `1:1: invalid character '\ufeff'; expected a value`},
		{"form feed is no space", "\f1", `1:1: invalid character '\f'; expected a value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := JSON([]byte(tt.in))
			if err == nil {
				t.Fatalf("JSON(%q) = %s, want error", tt.in, dump(n))
			}
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %T, want *Error", err)
			}
			if got := e.Error(); got != tt.want {
				t.Errorf("JSON(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestJSONErrorsHideText checks that no message shows more than one
// character of the input, whatever the error.
func TestJSONErrorsHideText(t *testing.T) {
	const secret = "AKIAIOSFODNN7EXAMPLE"
	for _, in := range []string{
		`{"k": "` + secret,
		`{"k": "` + secret + `\q"}`,
		`{"k": "` + secret + "\n\"}",
		`{"k": "` + secret + `"` + secret + `}`,
		`{"k": ` + secret + `}`,
		`{"` + secret + `" "v"}`,
		`["` + secret + `"]` + secret,
	} {
		_, err := JSON([]byte(in))
		if err == nil || strings.Contains(err.Error(), "AKIA") || strings.Contains(err.Error(), "EXAMPLE") {
			t.Errorf("JSON(%q): error %v shows input text", in, err)
		}
	}
}

func nested(depth int, open, close string) string {
	return strings.Repeat(open, depth) + "1" + strings.Repeat(close, depth)
}

func TestJSONDepth(t *testing.T) {
	if _, err := JSON([]byte(nested(MaxDepth, "[", "]"))); err != nil {
		t.Errorf("depth %d: %v", MaxDepth, err)
	}
	if _, err := JSON([]byte(nested(MaxDepth, `{"a":`, "}"))); err != nil {
		t.Errorf("depth %d objects: %v", MaxDepth, err)
	}
	tests := []struct{ in, want string }{
		{nested(MaxDepth+1, "[", "]"), "1:1001: nested deeper than 1000 levels"},
		{nested(10000, "[", "]"), "1:1001: nested deeper than 1000 levels"},
		{nested(10000, `{"a":`, "}"), "1:5001: nested deeper than 1000 levels"},
		{strings.Repeat("[", 10000), "1:1001: nested deeper than 1000 levels"},
		{strings.Repeat("[\n", 100000), "1001:1: nested deeper than 1000 levels"},
	}
	for _, tt := range tests {
		_, err := JSON([]byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("JSON(%d bytes of nesting) error %v, want %s", len(tt.in), err, tt.want)
		}
	}
}
