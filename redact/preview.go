package redact

import (
	"os"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// A Preview is one input redacted in memory, to be shown rather than
// written: the redacted text, or a diff of what changed. It shows nothing
// that has not passed the masking step (see shown), and nothing at all of
// an input that could not be fully redacted: what is left would show, in
// pieces too short for the masking step to know (a token split across
// lines).
type Preview struct {
	Replaced   int   // how many credentials were replaced
	Incomplete error // what could not be replaced (see Bytes); nil when nothing was left
	// HeaderLeaks counts the credentials in the gzip headers of the input,
	// which the preview does not show (it shows the text) and Rewrite
	// removes.
	HeaderLeaks int
	res         result
}

// NewPreview reads one input, a file or a stream, and redacts it: at most
// maxSize bytes of it, and of its text if it is gzip data. An input over
// the limit is refused.
func NewPreview(in input.Input, maxSize int64) (*Preview, error) {
	data, err := readInput(in, maxSize)
	if err != nil {
		return nil, err
	}
	src, err := sourceOf(data, maxSize)
	if err != nil {
		return nil, err
	}
	res := redact(src.text, formatOf(in.Format, src.text))
	return &Preview{Replaced: len(res.written), Incomplete: res.err, HeaderLeaks: src.headerLeaks, res: res}, nil
}

// Text is the redacted text as the preview prints it, in UTF-8 whatever the
// encoding of the input; empty if the input could not be fully redacted.
func (p *Preview) Text() string {
	if p.Incomplete != nil {
		return ""
	}
	return p.res.shown()
}

// Diff shows what redaction changed as a unified diff under the header
// name, which it prints as it is (mask it first); empty if nothing was
// replaced, or if the input could not be fully redacted.
func (p *Preview) Diff(name string) string {
	if p.Incomplete != nil || p.Replaced == 0 {
		return ""
	}
	return unifiedDiff(name, p.res.input, p.res.shownBefore(), p.res.text, p.res.shown())
}

// readInput reads a file or a stream, at most maxSize bytes of it.
func readInput(in input.Input, maxSize int64) ([]byte, error) {
	r := in.Reader
	if r == nil {
		f, err := os.Open(in.Path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := input.ReadLimited(r, maxSize)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > maxSize {
		return nil, refuse("over --max-size (%d bytes); raise --max-size to redact it", maxSize)
	}
	return data, nil
}

// formatOf is the format a text is read in: the one its name tells, or else
// the one its start tells.
func formatOf(named input.Format, text []byte) input.Format {
	if named == input.Sniff {
		return input.DetectFormat(text)
	}
	return named
}
