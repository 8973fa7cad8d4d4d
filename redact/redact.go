// Package redact replaces the real AWS credentials of a saved response with
// the placeholders AWS documents, changing no other byte of the file.
package redact

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
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
// kind, and how many places it replaced. The error says what could not be
// replaced (a credential that the text splits, as a folded YAML scalar
// does); the text returned is then redacted as far as it could be.
func Bytes(data []byte, format lint.Format) ([]byte, int, error) {
	leaks := collect(data, format)
	if len(leaks) == 0 {
		return data, 0, nil
	}
	spans := secrets.Locate(data, leaks)
	out := apply(data, spans)
	if left := len(collect(out, format)); left > 0 {
		return out, len(spans), fmt.Errorf("%d credential(s) could not be found in the text to replace (split across lines?)", left)
	}
	return out, len(spans), nil
}

// collect returns the leaked credentials of the text by value. A text that
// decodes is judged document by document, like the linter does; one that
// does not is judged as raw text.
func collect(data []byte, format lint.Format) map[string]secrets.Kind {
	var leaks []secrets.Leak
	switch format {
	case lint.YAML:
		if docs, err := decode.YAML(data); err == nil {
			for _, root := range docs {
				leaks = append(leaks, secrets.Leaks(root)...)
			}
			if comments := decode.YAMLComments(data); comments != nil {
				leaks = append(leaks, secrets.LeaksRaw(comments)...)
			}
		} else {
			leaks = secrets.LeaksRaw(data)
		}
	case lint.JSONLines:
		for n, line := range bytes.Split(data, []byte("\n")) {
			if root, err := decode.JSONLine(line, n+1); err == nil {
				leaks = append(leaks, secrets.Leaks(root)...)
			} else if len(bytes.TrimSpace(line)) > 0 {
				leaks = append(leaks, secrets.LeaksRaw(line)...)
			}
		}
	default:
		if root, err := decode.JSON(data); err == nil {
			leaks = secrets.Leaks(root)
		} else {
			leaks = secrets.LeaksRaw(data)
		}
	}
	if len(leaks) == 0 {
		return nil
	}
	m := make(map[string]secrets.Kind, len(leaks))
	for _, l := range leaks {
		m[l.Value] = l.Kind
	}
	return m
}

// apply writes the placeholders over the spans.
func apply(data []byte, spans []secrets.Span) []byte {
	var b bytes.Buffer
	b.Grow(len(data))
	at := 0
	for _, s := range spans {
		b.Write(data[at:s.Start])
		b.WriteString(replacement(s))
		at = s.End
	}
	b.Write(data[at:])
	return b.Bytes()
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
