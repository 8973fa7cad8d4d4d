package redact

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// A UTF-16 or UTF-32 file is redacted in its text and written back in its
// own encoding: the output is the UTF-8 result, encoded as the input was.
func TestRedactKeepsEncoding(t *testing.T) {
	g := fake.New(40)
	key, secret, token := g.KeyID("ASIA"), g.Secret(), g.Token()
	texts := map[input.Format]string{
		input.JSON: fmt.Sprintf("{\"jobDetails\": {\"data\": {\"artifactCredentials\": {\r\n"+
			"  \"accessKeyId\": \"%s\", \"secretAccessKey\": \"%s\", \"sessionToken\": \"%s\"}}, \"note\": \"é𝄞\"}}\r\n", key, secret, token),
		input.YAML:      fmt.Sprintf("jobDetails:\n  data:\n    artifactCredentials:\n      accessKeyId: %s\n      secretAccessKey: %s\n      sessionToken: %s\n", key, secret, token),
		input.JSONLines: fmt.Sprintf("{\"jobs\": []}\n{\"jobDetails\": {\"data\": {\"artifactCredentials\": {\"accessKeyId\": \"%s\", \"secretAccessKey\": \"%s\", \"sessionToken\": \"%s\"}}}}\n", key, secret, token),
	}
	encodings := []textenc.Encoding{{Width: 2, BOM: true}, {Width: 2, BigEndian: true}, {Width: 2}, {Width: 4, BOM: true}, {Width: 4, BigEndian: true, BOM: true}}
	for format, text := range texts {
		want, n, err := Bytes([]byte(text), format)
		if n != 3 || err != nil {
			t.Fatalf("%s in UTF-8: replaced %d, %v", nameFor(format), n, err)
		}
		for _, enc := range encodings {
			in := textenc.Encode([]byte(text), enc)
			out, n, err := Bytes(in, format)
			if n != 3 || err != nil || !bytes.Equal(out, textenc.Encode(want, enc)) {
				t.Errorf("%s in %v: replaced %d, %v, got %q", nameFor(format), enc, n, err, out)
			}
			if again, n, _ := Bytes(out, format); n != 0 || !bytes.Equal(again, out) {
				t.Errorf("%s in %v: a second run replaced %d", nameFor(format), enc, n)
			}
			if msg := agree(in, format); msg != "" {
				t.Errorf("%s in %v: %s", nameFor(format), enc, msg)
			}
		}
	}
}

// Text that is not valid in its encoding cannot be written back as it was:
// it is left unchanged, and redact says why.
func TestRedactInvalidEncoding(t *testing.T) {
	key := fake.New(41).KeyIDFor("ASIA", "111122223333")
	in := textenc.Encode([]byte(`{"jobDetails": {"data": {"artifactCredentials": {"accessKeyId": "`+key+`"}}}}`), textenc.Encoding{Width: 2, BOM: true})
	in = append(in, 0x00, 0xdc) // a lone low surrogate
	out, n, err := Bytes(in, input.JSON)
	want := "1 credential(s) not replaced: the file is not valid UTF-16 (little-endian, with a byte-order mark) (1:91: invalid UTF-16: a lone surrogate (U+DC00))"
	if n != 0 || !bytes.Equal(out, in) || err == nil || err.Error() != want {
		t.Errorf("replaced %d, changed %v, error %v", n, !bytes.Equal(out, in), err)
	}
	if msg := agree(in, input.JSON); msg != "" {
		t.Error(msg)
	}
}

// The preview shows the text in UTF-8, masked as for any file.
func TestPreviewOfEncodedFile(t *testing.T) {
	key := fake.New(42).KeyIDFor("ASIA", "111122223333")
	text := "{\"jobDetails\": {\"data\": {\"artifactCredentials\": {\"accessKeyId\": \"" + key + "\"}}}}\n"
	r := redact(textenc.Encode([]byte(text), textenc.Encoding{Width: 2, BOM: true}), input.JSON)
	want := "{\"jobDetails\": {\"data\": {\"artifactCredentials\": {\"accessKeyId\": \"ASIAIOSFODNN7EXAMPLE\"}}}}\n"
	if r.shown() != want {
		t.Errorf("shown %q, want %q", r.shown(), want)
	}
	if before := r.shownBefore(); before != "{\"jobDetails\": {\"data\": {\"artifactCredentials\": {\"accessKeyId\": \""+key[:4]+"…"+key[16:]+"\"}}}}\n" {
		t.Errorf("shown before %q", before)
	}
}
