// Package redact replaces the real AWS credentials of a saved response with
// the placeholders AWS documents, changing no other byte of the file. It is
// the library behind `jobdetails-lint redact` (package internal/command):
// Bytes redacts text in memory, NewPreview reads and redacts one input to
// show it, and Rewrite redacts one file in place. Inputs are read as check
// reads them (package input); their errors name the command's flags
// (--max-size, --force-links, --force-read-only) that set the options.
package redact

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// The placeholders written in place of credentials. Each is recognised as a
// placeholder, so that a redacted file lints clean and redacting it again
// changes nothing.
const (
	longTermKeyID = "AKIAIOSFODNN7EXAMPLE"
	sessionKeyID  = "ASIAIOSFODNN7EXAMPLE"
	secretKey     = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	sessionToken  = "IQoJb3JpZ2luX2VjEXAMPLETOKEN"
)

// Bytes returns data with every credential that the linter reports as a
// leaked-credential error replaced by the documented placeholder of its
// kind, and how many places it replaced. It replaces exactly the places the
// linter reports, one at a time: the same text elsewhere in the file, where
// the linter reports nothing, stays. The error says what could not be
// replaced (a credential that the text splits, as a folded YAML scalar
// does); the text returned is then redacted as far as it could be. A UTF-16
// or UTF-32 file is redacted in its UTF-8 text and written back in its own
// encoding, byte-order mark and byte order, so that again only the
// credentials change; one that is not valid in its encoding is not changed.
func Bytes(data []byte, format input.Format) ([]byte, int, error) {
	r := redact(data, format)
	return r.out, len(r.written), r.err
}

// A result is a text redacted.
type result struct {
	out      []byte         // the file redacted, in the encoding of the input
	input    []byte         // the input's text in UTF-8: the input itself unless it is UTF-16 or UTF-32
	text     []byte         // out's text in UTF-8
	replaced []secrets.Span // the credentials replaced, in input
	written  []span         // where text holds the placeholders written, in order
	err      error
}

// span is the bytes [start, end) of a text.
type span struct{ start, end int }

func redact(data []byte, format input.Format) result {
	enc := textenc.Detect(data)
	if enc.IsUTF8() {
		return redactText(data, format)
	}
	text, bad := textenc.Decode(data, enc)
	if bad != nil {
		// The text cannot be written back as it was: change nothing.
		r := result{out: data, input: text, text: text}
		if left := count(judgeText(text, format)); left > 0 {
			r.err = fmt.Errorf("%d credential(s) not replaced: the file is not valid %s (%v)", left, enc, bad)
		}
		return r
	}
	r := redactText(text, format)
	if len(r.written) > 0 {
		r.out = textenc.Encode(r.text, enc)
	} else {
		r.out = data
	}
	return r
}

// redactText redacts UTF-8 text.
func redactText(data []byte, format input.Format) result {
	pieces := judgeText(data, format)
	if count(pieces) == 0 {
		return result{out: data, input: data, text: data}
	}
	replace, held := keepAliases(data, pieces, spans(pieces))
	r := apply(data, replace)
	if left := judgeText(r.text, format); count(left) > 0 {
		r.err = incomplete(left, held)
	}
	return r
}

// apply writes the placeholders over the spans.
func apply(data []byte, spans []secrets.Span) result {
	var b bytes.Buffer
	b.Grow(len(data))
	written := make([]span, 0, len(spans))
	at := 0
	for _, s := range spans {
		b.Write(data[at:s.Start])
		start := b.Len()
		b.WriteString(replacement(s))
		written = append(written, span{start, b.Len()})
		at = s.End
	}
	b.Write(data[at:])
	return result{out: b.Bytes(), input: data, text: b.Bytes(), replaced: spans, written: written}
}

// The preview prints nothing that is not masked, and prints text in UTF-8
// whatever the encoding of the file. What was replaced is shown
// masked whatever its shape (a credential that is not of the standard
// length has no shape to be known by); the rest of the text passes the
// masking step, which masks every stretch shaped like a credential, such as
// one that the linter reports only as a warning and redact leaves. The
// placeholders written are shown as they are.

// shownBefore is the text before redaction, as the preview prints it.
func (r result) shownBefore() string {
	data := r.input
	var b strings.Builder
	b.Grow(len(data))
	at := 0
	for _, s := range r.replaced {
		b.WriteString(secrets.MaskText(string(data[at:s.Start])))
		b.WriteString(secrets.Shown(s.Value))
		at = s.End
	}
	b.WriteString(secrets.MaskText(string(data[at:])))
	return b.String()
}

// shown is the redacted text, as the preview prints it.
func (r result) shown() string {
	var b strings.Builder
	b.Grow(len(r.text))
	at := 0
	for _, w := range r.written {
		b.WriteString(secrets.MaskText(string(r.text[at:w.start])))
		b.Write(r.text[w.start:w.end])
		at = w.end
	}
	b.WriteString(secrets.MaskText(string(r.text[at:])))
	return b.String()
}

// replacement is the placeholder for a span, with its slashes written the
// way the text wrote the credential's.
func replacement(s secrets.Span) string {
	switch s.Kind {
	case secrets.KeyID:
		if s.Prefix == "AKIA" {
			return longTermKeyID
		}
		return sessionKeyID
	case secrets.SecretKey:
		if s.Slash != "" && s.Slash != "/" {
			return strings.ReplaceAll(secretKey, "/", s.Slash)
		}
		return secretKey
	}
	return sessionToken
}
