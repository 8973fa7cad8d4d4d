package input

import (
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{
		"x.json.gz": JSON, "X.JSON.GZ": JSON, "a/x.yaml.gz": YAML, "x.yml.Gz": YAML,
		"x.jsonl.gz": JSONLines, "x.ndjson.gz": JSONLines,
		"000000.gz": Sniff, "x.tar.gz": Sniff, "x.gz.json": JSON, ".gz": Sniff, "x.json.gz.gz": Sniff,
	} {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", name, got, want)
		}
		if got := Lintable(name); got != (want != Sniff) {
			t.Errorf("Lintable(%q) = %v", name, got)
		}
	}
}

func TestSniff(t *testing.T) {
	for text, want := range map[string]Format{
		"":                                  YAML,
		"jobDetails:\n  id: x\n":            YAML,
		"\ufeff  {\"a\": 1}":                JSON,
		"{\n  \"a\": 1\n}\n":                JSON,
		"{\"a\": 1}\n{\"a\": 2}\n":          JSONLines,
		"{\"a\": 1}\n\n":                    JSON,
		"[1,\n2]":                           JSON,
		"{\"a\": 1}\n# not a record\n":      JSON,
		"{\"a\": 1}\n{\"a\": 2}\n{broken\n": JSONLines,
	} {
		if got := DetectFormat([]byte(text)); got != want {
			t.Errorf("DetectFormat(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSniffEncoded(t *testing.T) {
	for text, want := range map[string]Format{
		"jobDetails:\n  id: x\n":   YAML,
		"{\"a\": 1}\n{\"a\": 2}\n": JSONLines,
		"{\n  \"a\": 1\n}\n":       JSON,
	} {
		if got := DetectFormat(textenc.Encode([]byte(text), textenc.Encoding{Width: 2, BOM: true})); got != want {
			t.Errorf("DetectFormat(UTF-16 %q) = %v, want %v", text, got, want)
		}
	}
}
