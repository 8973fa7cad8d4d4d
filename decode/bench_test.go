package decode

import (
	"bytes"
	"encoding/json"
	"testing"

	"go.yaml.in/yaml/v3"
)

// compactJob is sampleJob without the indentation: about 2 KB.
var compactJob = func() []byte {
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(sampleJob)); err != nil {
		panic(err)
	}
	return b.Bytes()
}()

// sampleYAML is sampleJob written as YAML.
var sampleYAML = func() []byte {
	var v any
	if err := json.Unmarshal([]byte(sampleJob), &v); err != nil {
		panic(err)
	}
	out, err := yaml.Marshal(v)
	if err != nil {
		panic(err)
	}
	return out
}()

func BenchmarkJSON(b *testing.B) {
	b.SetBytes(int64(len(compactJob)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := JSON(compactJob); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONIndented(b *testing.B) {
	data := []byte(sampleJob)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := JSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodingJSON is the baseline: encoding/json into any.
func BenchmarkEncodingJSON(b *testing.B) {
	b.SetBytes(int64(len(compactJob)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(compactJob, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodingJSONIndented(b *testing.B) {
	data := []byte(sampleJob)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkYAML(b *testing.B) {
	b.SetBytes(int64(len(sampleYAML)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := YAML(sampleYAML); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkYAMLTextScans: what the linter reads of a YAML file besides its
// documents, comments and names, next to BenchmarkYAML.
func BenchmarkYAMLTextScans(b *testing.B) {
	data := append([]byte("base: &base {type: S3}\n# a comment\n"), sampleYAML...)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		YAMLComments(data)
		YAMLNameTexts(data, YAMLNames(data))
	}
}
