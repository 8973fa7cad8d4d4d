package decode

import (
	"slices"
	"strings"
	"testing"
)

// JSONValues reads values one after another, each where the text has it.
func TestJSONValues(t *testing.T) {
	text := "\ufeff{\"a\": [1,\n  \"é\"]}\r\n\n  {\"b\": true}\n[\n null]  \n"
	roots, err := JSONValues([]byte(text))
	if err != nil || len(roots) != 3 {
		t.Fatalf("%d values, %v", len(roots), err)
	}
	var got strings.Builder
	for _, root := range roots {
		got.WriteString(dump(root))
		checkPositions(t, []byte(text), root)
	}
	want := lines(
		" object 1:1",
		"/a key 1:2",
		"/a array 1:7",
		"/a/0 number 1:8 \"1\"",
		"/a/1 string 2:3 \"é\"",
		" object 4:3",
		"/b key 4:4",
		"/b boolean 4:9 \"true\"",
		" array 5:1",
		"/0 null 6:2",
	)
	if got.String() != want {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want)
	}
}

// One value is what JSON reads; anything but a sequence of whole values,
// each an object or array on a line after the end of the one before, is an
// error where the sequence breaks (at the second value when that one is not
// whole), as JSON gives it for one value with extra data.
func TestJSONValuesErrors(t *testing.T) {
	for text, want := range map[string]string{
		"":                   "1:1: empty input",
		" {\"a\": 1} ":       "",
		"{} {}":              "1:4: extra data after the JSON value",
		"{}\n1":              "2:1: extra data after the JSON value",
		"{}\n\"x\"":          "2:1: extra data after the JSON value",
		"{}\n{\"a\": }":      "2:1: extra data after the JSON value",
		"{}\n{\n":            "2:1: extra data after the JSON value",
		"{}\n{}\n{\"a\": }":  "3:7: invalid character '}'; expected a value",
		"{}\n{}\n{":          "3:2: unexpected end of input; the object opened at 3:1 is not closed",
		"{}\n{} {}":          "2:4: extra data after the JSON value",
		"{}\n{}\nx":          "3:1: extra data after the JSON value",
		"{}\n{}\n\ufeff{}":   "",
		"{}\n{} \ufeff{}":    "2:4: extra data after the JSON value",
		"{}\n \ufeff{}":      "2:2: extra data after the JSON value",
		"{}\n\ufeff\ufeff{}": "2:1: extra data after the JSON value",
		"{}\n\ufeffx":        "2:1: extra data after the JSON value",
		"\"x\"\n{\n}":        "2:1: extra data after the JSON value",
		"1\n[]\n[]":          "2:1: extra data after the JSON value",
		"null\n\ufeff{}":     "2:1: extra data after the JSON value",
		"é{}":                "1:1: invalid character 'é'; expected a value",
		"{}\n[]\n  []\n{}\n": "",
	} {
		_, err := JSONValues([]byte(text))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("JSONValues(%q): %q, want %q", text, got, want)
		}
		if _, jsonErr := JSON([]byte(text)); !strings.Contains(text, "\n") && (jsonErr == nil) != (err == nil) {
			t.Errorf("JSON(%q) says %v", text, jsonErr)
		}
	}
}

// FuzzJSONValues checks that JSONValues never panics, reads one value as JSON
// does, keeps every position of every value, and errs within the text.
func FuzzJSONValues(f *testing.F) {
	f.Add(compactJob)
	f.Add([]byte(sampleJob + "\n" + sampleJob))
	f.Add([]byte("{}\n[1,\n2]\n{\"a\": }"))
	f.Fuzz(func(t *testing.T, data []byte) {
		roots, err := JSONValues(data)
		if err != nil {
			checkError(t, data, 1, err)
			return
		}
		if one, jsonErr := JSON(data); jsonErr == nil && (len(roots) != 1 || dump(one) != dump(roots[0])) {
			t.Fatalf("JSONValues(%q): %d values where JSON reads one", data, len(roots))
		}
		for _, root := range roots {
			checkPositions(t, data, root)
		}
	})
}

// Documents saved with a byte order mark and joined (cat a.json b.json) are
// read one after another: each mark takes no column, and BOMLines tells the
// lines of the marks after the first.
func TestJSONValuesJoinedWithMarks(t *testing.T) {
	doc := "{\n  \"a\": \"é\"\n}\n"
	text := "\ufeff" + doc + "\ufeff" + doc + "\n\ufeff  [1]\n"
	roots, err := JSONValues([]byte(text))
	if err != nil || len(roots) != 3 {
		t.Fatalf("%d values, %v", len(roots), err)
	}
	var got strings.Builder
	for _, root := range roots {
		got.WriteString(dump(root))
		checkPositions(t, []byte(text), root)
	}
	want := lines(
		" object 1:1",
		"/a key 2:3",
		"/a string 2:8 \"é\"",
		" object 4:1",
		"/a key 5:3",
		"/a string 5:8 \"é\"",
		" array 8:3",
		"/0 number 8:4 \"1\"",
	)
	if got.String() != want {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want)
	}
	if got := BOMLines([]byte(text)); !slices.Equal(got, []int{4, 8}) {
		t.Errorf("BOMLines: %v", got)
	}
	if got := BOMLines([]byte("\ufeff{}")); got != nil {
		t.Errorf("BOMLines of a mark at the start: %v", got)
	}
}
