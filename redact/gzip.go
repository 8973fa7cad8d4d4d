package redact

import (
	"bytes"
	"compress/gzip"
	"fmt"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
)

// A gzip file is redacted in its text, as check reads it: the preview prints
// the redacted text, and Rewrite compresses it again, as one gzip member with
// the header of the file's first member (its time and OS, and its name,
// comment and extra field unless a header holds a credential), and writes
// that like any other new text.

// A source is the text of a file and how to turn a new text back into the
// file's bytes.
type source struct {
	text []byte
	gzip *gzip.Header // the file is gzip with this header; nil for text
	// headerLeaks counts the credentials in the gzip headers, which check
	// reports too: the new file keeps no name, comment or extra field then.
	headerLeaks int
}

// sourceOf reads the bytes of a file: gzip data is decompressed, and its
// text held to maxSize as a file's bytes are.
func sourceOf(data []byte, maxSize int64) (source, error) {
	if !input.IsGzip(data) {
		return source{text: data}, nil
	}
	g := input.NewGzipReader(bytes.NewReader(data))
	text, err := input.ReadLimited(g, maxSize)
	switch {
	case int64(len(text)) > maxSize:
		return source{}, refuse("it decompresses to more than %d bytes, over --max-size; raise --max-size to redact it", maxSize)
	case err != nil:
		return source{}, fmt.Errorf("%w; left as it is", err)
	}
	h := g.Header()
	return source{text: text, gzip: &h, headerLeaks: headerLeaks(g.HeaderFields())}, nil
}

// headerLeaks counts the credentials that check reports as errors in gzip
// headers (lint.GzipHeaderFindings).
func headerLeaks(fields []input.GzipField) int {
	n := 0
	for _, f := range lint.GzipHeaderFindings(fields) {
		if f.Severity == finding.Error {
			n++
		}
	}
	return n
}

// bytesOf returns the bytes of the file with a new text.
func (s source) bytesOf(text []byte) ([]byte, error) {
	if s.gzip == nil {
		return text, nil
	}
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Header = *s.gzip
	if s.headerLeaks > 0 {
		z.Name, z.Comment, z.Extra = "", "", nil
	}
	if _, err := z.Write(text); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
