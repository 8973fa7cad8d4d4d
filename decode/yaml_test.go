package decode

import (
	"strings"
	"testing"
)

func TestYAMLDocuments(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty stream", "", nil},
		{"comment only", "# nothing\n", nil},
		{"empty documents skipped", "---\n---\na: 1\n---\n...\n--- ~\n", []string{
			lines(` object 3:1`, `/a key 3:1`, `/a number 3:4 "1"`),
			lines(` null 6:5`),
		}},
		{"explicit empty string kept", "--- ''\n", []string{lines(` string 1:5 ""`)}},
		{"positions", "jobs:\n  - id: é1\n    data: {k: [1, x]}\n", []string{lines(
			` object 1:1`,
			`/jobs key 1:1`,
			`/jobs array 2:3`,
			`/jobs/0 object 2:5`,
			`/jobs/0/id key 2:5`,
			`/jobs/0/id string 2:9 "é1"`,
			`/jobs/0/data key 3:5`,
			`/jobs/0/data object 3:11`,
			`/jobs/0/data/k key 3:12`,
			`/jobs/0/data/k array 3:15`,
			`/jobs/0/data/k/0 number 3:16 "1"`,
			`/jobs/0/data/k/1 string 3:19 "x"`)}},
		{"non-ASCII columns", "é€😀: [ü, 2]\n", []string{lines(
			` object 1:1`,
			`/é€😀 key 1:1`,
			`/é€😀 array 1:6`,
			`/é€😀/0 string 1:7 "ü"`,
			`/é€😀/1 number 1:10 "2"`)}},
		{"BOM", "\uFEFFa: 1\n", []string{lines(` object 1:1`, `/a key 1:1`, `/a number 1:4 "1"`)}},
		{"duplicates kept", "{a: 1, a: 2, <<: {b: 1}}", []string{lines(
			` object 1:1`,
			`/a key 1:2`,
			`/a number 1:5 "1"`,
			`/a key 1:8`,
			`/a number 1:11 "2"`,
			`/b key 1:19`,
			`/b number 1:22 "1"`)}},
		{"keys are scalar text", "1: a\ntrue: b\n~: c\n\"q\": d\n", []string{lines(
			` object 1:1`,
			`/1 key 1:1`,
			`/1 string 1:4 "a"`,
			`/true key 2:1`,
			`/true string 2:7 "b"`,
			`/~0 key 3:1`,
			`/~0 string 3:4 "c"`,
			`/q key 4:1`,
			`/q string 4:6 "d"`)}},
		{"aliases expanded", "a: &x {k: [1]}\nb: *x\n", []string{lines(
			` object 1:1`,
			`/a key 1:1`,
			`/a object 1:4`,
			`/a/k key 1:8`,
			`/a/k array 1:11`,
			`/a/k/0 number 1:12 "1"`,
			`/b key 2:1`,
			`/b object 2:4`,
			`/b/k key 1:8`,
			`/b/k array 1:11`,
			`/b/k/0 number 1:12 "1"`)}},
		{"alias as key", "- &k name\n- {*k : v}\n", []string{lines(
			` array 1:1`,
			`/0 string 1:3 "name"`,
			`/1 object 2:3`,
			`/1/name key 2:4`,
			`/1/name string 2:9 "v"`)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := YAML([]byte(tt.in))
			if err != nil {
				t.Fatalf("YAML: %v", err)
			}
			if len(docs) != len(tt.want) {
				t.Fatalf("%d documents, want %d", len(docs), len(tt.want))
			}
			for i, doc := range docs {
				if got := dump(doc); got != tt.want[i] {
					t.Errorf("document %d:\n%s\nwant\n%s", i, got, tt.want[i])
				}
			}
		})
	}
}

func TestYAMLScalars(t *testing.T) {
	tests := []struct{ in, want string }{
		{`42`, `number "42"`},
		{`-7`, `number "-7"`},
		{`+7`, `number "7"`},
		{`0x1F`, `number "31"`},
		{`-0x1f`, `number "-31"`},
		{`0o17`, `number "15"`},
		{`017`, `number "15"`},
		{`0b101`, `number "5"`},
		{`1_000`, `number "1000"`},
		{`123456789012345678901234567890`, `number "123456789012345678901234567890"`},
		{`09`, `number "9"`},
		{`1.5`, `number "1.5"`},
		{`.5`, `number "0.5"`},
		{`-.5`, `number "-0.5"`},
		{`1.`, `number "1"`},
		{`+1.5e3`, `number "1.5e3"`},
		{`1E-3`, `number "1e-3"`},
		{`007.50`, `number "7.50"`},
		{`1_000.5`, `number "1000.5"`},
		{`.inf`, `string ".inf"`},
		{`-.Inf`, `string "-.Inf"`},
		{`.nan`, `string ".nan"`},
		{`true`, `boolean "true"`},
		{`False`, `boolean "false"`},
		{`TRUE`, `boolean "true"`},
		{`yes`, `string "yes"`},
		{`!!bool yes`, `boolean "true"`},
		{`!!bool maybe`, `string "maybe"`},
		{`~`, `null`},
		{`null`, `null`},
		{`Null`, `null`},
		{`!!null x`, `null`},
		{`2001-12-14`, `string "2001-12-14"`},
		{`2001-12-14T21:59:43.10-05:00`, `string "2001-12-14T21:59:43.10-05:00"`},
		{`!!binary aGVsbG8=`, `string "aGVsbG8="`},
		{`"12"`, `string "12"`},
		{`'true'`, `string "true"`},
		{`!!str 12`, `string "12"`},
		{`!!int "12"`, `number "12"`},
		{`!!int x`, `string "x"`},
		{`!!float 1`, `number "1"`},
		{`!!float x`, `string "x"`},
		{`!custom 5`, `string "5"`},
		{`0x1p-2`, `string "0x1p-2"`},
		{"|\n  two\n  lines\n", `string "two\nlines\n"`},
	}
	for _, tt := range tests {
		docs, err := YAML([]byte(tt.in))
		if err != nil || len(docs) != 1 {
			t.Errorf("YAML(%q): %d documents, %v", tt.in, len(docs), err)
			continue
		}
		got := strings.TrimSuffix(strings.TrimPrefix(dump(docs[0]), " "), "\n")
		got = got[:strings.Index(got, " ")] + got[strings.Index(got, " 1:")+4:]
		if got != tt.want {
			t.Errorf("YAML(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestYAMLErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"mapping in plain scalar", "a: 1\nb: c: d\n", "2:1: mapping values are not allowed in this context"},
		{"bad indentation", "a:\n  - 1\n - 2\n", "2:1: did not find expected key"},
		{"unclosed flow", "a: 1\n---\nb: [", "3:1: did not find expected node content"},
		{"tab", "a:\n\tb: 1\n", "2:1: a tab in the indentation; YAML indents with spaces only"},
		{"bad escape", "a: \"\\q\"\n", "1:1: found unknown escape character"},
		{"unknown anchor", "a: *b\n", "1:4: unknown anchor 'b' referenced"},
		{"control character", "a: \x01\n", "1:1: control characters are not allowed"},
		{"invalid UTF-8", "a: 1\nb: é\xff\n", "2:5: invalid UTF-8 byte 0xff"},
		{"invalid UTF-8 after BOM", "\uFEFFa: \xc3\n", "1:4: invalid UTF-8 byte 0xc3"},
		{"key not scalar", "? [a]\n: 1\n", "1:3: a mapping key must be a scalar; JSON keys are strings"},
		{"alias cycle", "a: &a [1, *a]\n", "1:11: alias to a value that contains it"},
		{"alias cycle in mapping", "a: &a\n  b: *a\n", "2:6: alias to a value that contains it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := YAML([]byte(tt.in))
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("YAML(%q) error %v, want *Error", tt.in, err)
			}
			if got := e.Error(); got != tt.want {
				t.Errorf("YAML(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for c := 'b'; c <= 'i'; c++ {
		b.WriteString(string(c) + ": &" + string(c) + " [")
		for j := 0; j < 9; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*" + string(c-1))
		}
		b.WriteString("]\n")
	}
	_, err := YAML([]byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), ": aliases expand to too many values (over ") {
		t.Errorf("alias bomb: error %v", err)
	}
	// Many small aliases under the budget are fine.
	small := "a: &a {k: v}\nlist: [" + strings.Repeat("*a, ", 3000) + "*a]\n"
	docs, err := YAML([]byte(small))
	if err != nil || len(docs[0].Get("list").Items) != 3001 {
		t.Errorf("3001 small aliases: %v", err)
	}
}

func TestYAMLDepth(t *testing.T) {
	ok := strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth)
	if _, err := YAML([]byte(ok)); err != nil {
		t.Errorf("depth %d: %v", MaxDepth, err)
	}
	deep := strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1)
	_, err := YAML([]byte(deep))
	if err == nil || err.Error() != "1:1001: nested deeper than 1000 levels" {
		t.Errorf("depth %d: %v", MaxDepth+1, err)
	}
	_, err = YAML([]byte(strings.Repeat("[", 10000)))
	if _, ok := err.(*Error); !ok {
		t.Errorf("depth 10000: %v", err)
	}
}
