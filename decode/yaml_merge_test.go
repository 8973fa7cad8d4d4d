package decode

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestYAMLMerge: merge keys lend their mapping's members, which keep the
// positions of where they are written.
func TestYAMLMerge(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"alias; the written key wins", "base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n", lines(
			` object 1:1`,
			`/base key 1:1`,
			`/base object 1:7`,
			`/base/x key 1:11`,
			`/base/x number 1:14 "1"`,
			`/base/y key 1:17`,
			`/base/y number 1:20 "2"`,
			`/d key 2:1`,
			`/d object 3:3`,
			`/d/x key 1:11`,
			`/d/x number 1:14 "1"`,
			`/d/y key 4:3`,
			`/d/y number 4:6 "3"`)},
		{"sequence; the earlier mapping wins", "a: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\nd: {<<: [*a, *b]}\n", lines(
			` object 1:1`,
			`/a key 1:1`,
			`/a object 1:4`,
			`/a/x key 1:8`,
			`/a/x number 1:11 "1"`,
			`/a/y key 1:14`,
			`/a/y number 1:17 "1"`,
			`/b key 2:1`,
			`/b object 2:4`,
			`/b/x key 2:8`,
			`/b/x number 2:11 "2"`,
			`/b/z key 2:14`,
			`/b/z number 2:17 "2"`,
			`/d key 3:1`,
			`/d object 3:4`,
			`/d/x key 1:8`,
			`/d/x number 1:11 "1"`,
			`/d/y key 1:14`,
			`/d/y number 1:17 "1"`,
			`/d/z key 2:14`,
			`/d/z number 2:17 "2"`)},
		{"written mapping, in the place of the merge key", "{k: 0, <<: {m: 1, k: 2}, z: 3}", lines(
			` object 1:1`,
			`/k key 1:2`,
			`/k number 1:5 "0"`,
			`/m key 1:13`,
			`/m number 1:16 "1"`,
			`/z key 1:26`,
			`/z number 1:29 "3"`)},
		{"a merged mapping that merges", "a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: *b, z: 3}\n", lines(
			` object 1:1`,
			`/a key 1:1`,
			`/a object 1:4`,
			`/a/x key 1:8`,
			`/a/x number 1:11 "1"`,
			`/b key 2:1`,
			`/b object 2:4`,
			`/b/x key 1:8`,
			`/b/x number 1:11 "1"`,
			`/b/y key 2:16`,
			`/b/y number 2:19 "2"`,
			`/c key 3:1`,
			`/c object 3:4`,
			`/c/x key 1:8`,
			`/c/x number 1:11 "1"`,
			`/c/y key 2:16`,
			`/c/y number 2:19 "2"`,
			`/c/z key 3:13`,
			`/c/z number 3:16 "3"`)},
		{"merged values keep their insides", "loc: &loc\n  type: S3\n  s3: {bucket: b}\nart:\n  <<: *loc\n", lines(
			` object 1:1`,
			`/loc key 1:1`,
			`/loc object 1:6`,
			`/loc/type key 2:3`,
			`/loc/type string 2:9 "S3"`,
			`/loc/s3 key 3:3`,
			`/loc/s3 object 3:7`,
			`/loc/s3/bucket key 3:8`,
			`/loc/s3/bucket string 3:16 "b"`,
			`/art key 4:1`,
			`/art object 5:3`,
			`/art/type key 2:3`,
			`/art/type string 2:9 "S3"`,
			`/art/s3 key 3:3`,
			`/art/s3 object 3:7`,
			`/art/s3/bucket key 3:8`,
			`/art/s3/bucket string 3:16 "b"`)},
		{"in a sequence item", "- <<: {a: 1}\n  b: 2\n", lines(
			` array 1:1`,
			`/0 object 1:3`,
			`/0/a key 1:8`,
			`/0/a number 1:11 "1"`,
			`/0/b key 2:3`,
			`/0/b number 2:6 "2"`)},
		{"tagged !!merge", "{!!merge <<: {a: 1}}", lines(
			` object 1:1`,
			`/a key 1:15`,
			`/a number 1:18 "1"`)},
		{"the last of a key twice in the merged mapping", "s: &s {k: 1, k: 2}\nm: {<<: *s}\n", lines(
			` object 1:1`,
			`/s key 1:1`,
			`/s object 1:4`,
			`/s/k key 1:8`,
			`/s/k number 1:11 "1"`,
			`/s/k key 1:14`,
			`/s/k number 1:17 "2"`,
			`/m key 2:1`,
			`/m object 2:4`,
			`/m/k key 1:14`,
			`/m/k number 1:17 "2"`)},
		{"a key written twice stays twice", "{<<: {k: 0}, k: 1, k: 2}", lines(
			` object 1:1`,
			`/k key 1:14`,
			`/k number 1:17 "1"`,
			`/k key 1:20`,
			`/k number 1:23 "2"`)},
		{"empty sequence", "{a: 1, <<: []}", lines(
			` object 1:1`,
			`/a key 1:2`,
			`/a number 1:5 "1"`)},
		// Ordinary members called "<<".
		{"double-quoted", `{"<<": {a: 1}}`, lines(
			` object 1:1`,
			`/<< key 1:2`,
			`/<< object 1:8`,
			`/<</a key 1:9`,
			`/<</a number 1:12 "1"`)},
		{"single-quoted", `{'<<': {a: 1}}`, lines(
			` object 1:1`,
			`/<< key 1:2`,
			`/<< object 1:8`,
			`/<</a key 1:9`,
			`/<</a number 1:12 "1"`)},
		{"tagged !!str", "{!!str <<: {a: 1}}", lines(
			` object 1:1`,
			`/<< key 1:2`,
			`/<< object 1:12`,
			`/<</a key 1:13`,
			`/<</a number 1:16 "1"`)},
		{"a scalar", "{<<: 1}", lines(
			` object 1:1`,
			`/<< key 1:2`,
			`/<< number 1:6 "1"`)},
		{"null", "{<<: ~}", lines(
			` object 1:1`,
			`/<< key 1:2`,
			`/<< null 1:6`)},
		{"an alias of a scalar", "s: &s str\nm: {<<: *s}\n", lines(
			` object 1:1`,
			`/s key 1:1`,
			`/s string 1:4 "str"`,
			`/m key 2:1`,
			`/m object 2:4`,
			`/m/<< key 2:5`,
			`/m/<< string 2:9 "str"`)},
		{"a sequence with a scalar", "{<<: [{a: 1}, 2]}", lines(
			` object 1:1`,
			`/<< key 1:2`,
			`/<< array 1:6`,
			`/<</0 object 1:7`,
			`/<</0/a key 1:8`,
			`/<</0/a number 1:11 "1"`,
			`/<</1 number 1:15 "2"`)},
		{"a sequence of sequences", "{<<: [[{a: 1}]]}", lines(
			` object 1:1`,
			`/<< key 1:2`,
			`/<< array 1:6`,
			`/<</0 array 1:7`,
			`/<</0/0 object 1:8`,
			`/<</0/0/a key 1:9`,
			`/<</0/0/a number 1:12 "1"`)},
		{"several merge keys", "{<<: {a: 1}, <<: {b: 2}}", lines(
			` object 1:1`,
			`/<< key 1:2`,
			`/<< object 1:6`,
			`/<</a key 1:7`,
			`/<</a number 1:10 "1"`,
			`/<< key 1:14`,
			`/<< object 1:18`,
			`/<</b key 1:19`,
			`/<</b number 1:22 "2"`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := YAML([]byte(tt.in))
			if err != nil || len(docs) != 1 {
				t.Fatalf("YAML(%q): %d documents, %v", tt.in, len(docs), err)
			}
			if got := dump(docs[0]); got != tt.want {
				t.Errorf("YAML(%q):\n%s\nwant\n%s", tt.in, got, tt.want)
			}
		})
	}
}

// TestYAMLMergeAgreesWithYAMLv3: where yaml.v3 decodes a merge into Go
// values, the decoded tree holds the same values.
func TestYAMLMergeAgreesWithYAMLv3(t *testing.T) {
	for _, in := range []string{
		"base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n",
		"a: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\nd: {<<: [*a, *b], w: 0}\n",
		"{k: 0, <<: {m: 1, k: 2}, z: 3}",
		"a: &a {x: 1}\nb: &b {<<: *a, y: 2, x: 3}\nc: {<<: *b, z: 3}\n",
		"loc: &loc {type: S3, s3: {bucket: b, key: k}}\nart: {<<: *loc, s3: {<<: *loc, key: j}}\n",
		"- {<<: [{a: 1}, {a: 2, b: 2}], c: 3}\n",
		"{a: 1, <<: []}",
		`{"<<": {a: 1}, b: 2}`,
		"{!!merge <<: {a: 1}}",
	} {
		docs, err := YAML([]byte(in))
		if err != nil || len(docs) != 1 {
			t.Fatalf("YAML(%q): %d documents, %v", in, len(docs), err)
		}
		var want any
		if err := yaml.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("yaml.Unmarshal(%q): %v", in, err)
		}
		if got, want := jsonText(t, docs[0].ToAny()), jsonText(t, want); got != want {
			t.Errorf("YAML(%q) = %s, yaml.v3 %s", in, got, want)
		}
	}
}

func jsonText(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestYAMLMergeErrors: a mapping cannot merge itself, and merges count
// against the alias budget.
func TestYAMLMergeErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"merges itself", "self: &s {x: 1, <<: *s}\n", "1:21: alias to a value that contains it"},
		{"merges a mapping that holds it", "a: &a {b: &b {<<: *a}}\n", "1:19: alias to a value that contains it"},
		{"merges itself in a sequence", "a: &a {<<: [{x: 1}, *a]}\n", "1:21: alias to a value that contains it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := YAML([]byte(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("YAML(%q) error %v, want %s", tt.in, err, tt.want)
			}
		})
	}
}

// TestYAMLMergeChain: each mapping of a chain merges the one before. A
// short chain lends every key down; a long one would copy keys a number of
// times that grows with the square of its length, and goes over budget.
func TestYAMLMergeChain(t *testing.T) {
	chain := func(n int) string {
		var b strings.Builder
		b.WriteString("a0: &a0 {k0: 0}\n")
		for i := 1; i < n; i++ {
			s := strconv.Itoa(i)
			b.WriteString("a" + s + ": &a" + s + " {<<: *a" + strconv.Itoa(i-1) + ", k" + s + ": " + s + "}\n")
		}
		return b.String()
	}
	docs, err := YAML([]byte(chain(10)))
	if err != nil {
		t.Fatal(err)
	}
	last := docs[0].Get("a9")
	if len(last.Members) != 10 || last.Members[0].Key != "k0" || last.Members[0].KeyLine != 1 || last.Get("k9").Str != "9" {
		t.Errorf("a9 = %s", dump(last))
	}
	_, err = YAML([]byte(chain(1000)))
	if err == nil || !strings.Contains(err.Error(), ": aliases expand to too many values (over ") {
		t.Errorf("chain of 1000: %v", err)
	}
}

// TestYAMLMergeNested: mappings nested 500 deep, each merging the next,
// would copy the innermost mapping's members 500 times; the merge that
// goes over the budget is the error.
func TestYAMLMergeNested(t *testing.T) {
	const members, levels = 1000, 500
	var b strings.Builder
	b.WriteString("a: &a {")
	for i := range members {
		b.WriteString("k" + strconv.Itoa(i) + ": 1, ")
	}
	b.WriteString("}\nm: " + strings.Repeat("{<<: ", levels) + "*a" + strings.Repeat("}", levels) + "\n")
	data := b.String()
	budget := aliasValues + len(data)/valueBytes
	// The alias expands members+1 values, then each merge from the
	// innermost out copies the members: the first over budget is the error.
	over := (budget-(members+1))/members + 1
	want := "2:" + strconv.Itoa(5+5*(levels-over)) + ": merge keys bring in too many values (over " +
		strconv.Itoa(budget) + " for a file of this size); write the merged part out or merge less of it"
	_, err := YAML([]byte(data))
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestYAMLManyMerges: 100,000 merges of written mappings are fine; 100,000
// of an aliased one go over the budget, at the alias that does.
func TestYAMLManyMerges(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	const n = 100000
	docs, err := YAML([]byte(strings.Repeat("- {<<: {k: v}, w: x}\n", n)))
	if err != nil || len(docs[0].Items) != n || dump(docs[0].Items[n-1]) != lines(
		` object 100000:3`, `/k key 100000:9`, `/k string 100000:12 "v"`, `/w key 100000:16`, `/w string 100000:19 "x"`) {
		t.Fatalf("%d written merges: %v", n, err)
	}
	data := "a: &a {k: v}\nlist:\n" + strings.Repeat("- {<<: *a}\n", n)
	budget := aliasValues + len(data)/valueBytes
	// Each item expands two values (the mapping and v), then merges one:
	// the item that spends value budget+1 is the error, at its alias (as
	// budget+1 is not a multiple of 3, that value is not the merge's).
	item := (budget + 3) / 3
	want := strconv.Itoa(2+item) + ":8: aliases expand to too many values (over " + strconv.Itoa(budget) +
		" for a file of this size); write the repeated part out or alias less of it"
	if _, err := YAML([]byte(data)); err == nil || err.Error() != want {
		t.Errorf("%d aliased merges: got %v, want %s", n, err, want)
	}
}

// TestYAMLMergeLinearTime: merging takes time linear in the number of
// members, merged and written, and of merges.
func TestYAMLMergeLinearTime(t *testing.T) {
	for _, tt := range []struct {
		name string
		doc  func(n int) string
	}{
		{"n keys merged into n keys", func(n int) string {
			m := keys("k%d: %d, ")(n)
			return "a: &a {" + m + "}\nb: {<<: *a, " + m + "}\n"
		}},
		{"a sequence of n mappings", func(n int) string {
			var b strings.Builder
			b.WriteString("{<<: [")
			for i := range n {
				fmt.Fprintf(&b, "{k%d: %d}, ", i, i)
			}
			b.WriteString("{z: 0}]}")
			return b.String()
		}},
		{"n merging mappings", repeat("", "- {<<: {k: v}, k: w}\n", "")},
	} {
		t.Run(tt.name, func(t *testing.T) { checkYAML(t, 2000, tt.doc) })
	}
}
