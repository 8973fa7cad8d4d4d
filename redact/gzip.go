package redact

import (
	"bytes"
	"compress/gzip"
	"fmt"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// A gzip file is redacted in its text, as check reads it: the preview prints
// the redacted text, and Rewrite compresses it again, as one gzip member with
// the header of the file's first member (its name, time and comment), and
// writes that like any other new text.

// A source is the text of a file and how to turn a new text back into the
// file's bytes.
type source struct {
	text []byte
	gzip *gzip.Header // the file is gzip with this header; nil for text
}

// sourceOf reads the bytes of a file: gzip data is decompressed, and its
// text held to maxSize as a file's bytes are.
func sourceOf(data []byte, maxSize int64) (source, error) {
	if !input.IsGzip(data) {
		return source{text: data}, nil
	}
	text, h, err := input.Gunzip(data, maxSize)
	switch {
	case int64(len(text)) > maxSize:
		return source{}, refuse("it decompresses to more than %d bytes, over --max-size; raise --max-size to redact it", maxSize)
	case err != nil:
		return source{}, fmt.Errorf("%w; left as it is", err)
	}
	return source{text: text, gzip: &h}, nil
}

// bytesOf returns the bytes of the file with a new text.
func (s source) bytesOf(text []byte) ([]byte, error) {
	if s.gzip == nil {
		return text, nil
	}
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Header = *s.gzip
	if _, err := z.Write(text); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
