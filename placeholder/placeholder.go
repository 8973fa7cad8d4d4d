// Package placeholder recognises made-up values: the examples of AWS
// documentation and the usual ways of standing in for a value that was left
// out. Whatever is wrong with such a value is a note, never an error.
//
// A value is made up when it is, as a whole, one of these:
//
//   - a documented example that carries no marker (see documented.go): the
//     account ids 111111111111, 123456789012 and 111122223333, and the
//     continuation token "A continuation token if continuing job" of AWS's
//     sample events;
//   - wholly a template or a description of what belongs there: <secret key>,
//     ${AWS_SECRET}, {{token}};
//   - a single token (no space, quote or separator) that carries a sign:
//     the upper-case word EXAMPLE (AKIAIOSFODNN7EXAMPLE, job id
//     f4f4ff82-2d11-EXAMPLE), a cut ("..." or "…"), REDACTED, "****" or
//     XXXXXX, or the lower-case word xmpl of the Lambda developer guide as
//     AWS writes it (see xmpl.go): a whole dash-separated part
//     (c0d76431-b0e7-xmpl-97e3-e8ee786eb6f6) or glued inside a run of
//     lower-case hex digits (e0c7xmpl2308ca3071aa7bab414de234ab52eea);
//   - a single token with {name} templates in it (see template.go):
//     codepipeline-{region}-{account-id}, s3://{{{input_bucket}}}/key;
//   - prose that describes the value (see prose.go): three or more words
//     with a space between two of them that contain "for example", "e.g.",
//     "i.e." or "such as", or start with "the name of", as whole words in
//     any case ("the name of the application, for example
//     CodePipelineDemoApplication.zip");
//   - one of AWS's sample session tokens broken over lines (see reflow.go),
//     as the CodePipeline user guide prints the sample certificate
//     MIICiTCC…EXAMPLE= and a YAML block scalar holds it: the white space
//     inside it does not count.
//
// White space around a value, such as the line break that ends a YAML
// block scalar, does not count either.
//
// A value is judged as a whole. Longer text that mentions an example (a
// configuration value holding JSON or KEY=value lines) is not made up as a
// whole: one example key in it must not hide a real one beside it. A caller
// that finds a credential inside a value asks about the credential's own
// characters, not the value: "AKIA…:REDACTED" is a made-up value as a whole,
// and still holds a real key id; so does prose that quotes a real key.
package placeholder

import "strings"

// Marker is the word AWS documentation puts into made-up values.
const Marker = "EXAMPLE"

// Is reports whether s is a documented example value or a made-up value,
// judged as a whole (see the package comment).
func Is(s string) bool {
	s = strings.TrimSpace(s)
	if documented[s] || wrapped(s) {
		return true
	}
	if singleToken(s) {
		return marked(s)
	}
	return templated(s) || prose(s) || reflowed(s)
}

// Words are the placeholder words that mark a value as made up when they
// are written against it, glued to other characters.
var Words = [...]string{Marker, "REDACTED", "Redacted", "redacted", xmpl}

// IsWord reports whether s is one of Words.
func IsWord(s string) bool {
	for _, w := range Words {
		if s == w {
			return true
		}
	}
	return false
}

// marked reports a single token that carries a sign of a made-up value.
func marked(s string) bool {
	return strings.Contains(s, Marker) ||
		strings.Contains(s, "REDACTED") || strings.Contains(s, "redacted") ||
		strings.Contains(s, "...") || strings.Contains(s, "…") ||
		strings.Contains(s, "****") ||
		strings.Contains(s, "XXXXXX") || strings.Contains(s, "xxxxxx") ||
		xmplMarked(s)
}

// wrapped reports a value that is wholly a template or a description of
// what belongs there: <secret key>, ${AWS_SECRET}, {{token}}.
func wrapped(s string) bool {
	switch {
	case len(s) < 3:
		return false
	case s[0] == '<' && s[len(s)-1] == '>':
		return !strings.ContainsAny(s[1:len(s)-1], "<>")
	case strings.HasPrefix(s, "${") && s[len(s)-1] == '}':
		return strings.IndexByte(s[2:len(s)-1], '}') < 0
	case strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}"):
		return !strings.Contains(s[2:len(s)-2], "}}")
	}
	return false
}

// singleToken reports whether s holds no space, quote or separator. An "="
// may end it (base64 padding) but not split it.
func singleToken(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '"', '\'', ',', ';', '{', '}':
			return false
		case '=':
			return strings.TrimRight(s[i:], "=") == ""
		}
	}
	return s != ""
}
