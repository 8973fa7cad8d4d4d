// Package placeholder recognises made-up values: the examples of AWS
// documentation, which carry the upper-case word EXAMPLE
// (AKIAIOSFODNN7EXAMPLE, job id f4f4ff82-2d11-EXAMPLE), and the usual ways of
// standing in for a value that was left out (truncated with "..." or "…",
// REDACTED, <secret>, ${VAR}, {{...}}, ****, XXXXXX). Whatever is wrong with
// such a value is a note, never an error.
package placeholder

import "strings"

// Marker is the word AWS documentation puts into made-up values.
const Marker = "EXAMPLE"

// documented are example values AWS uses that do not carry the marker.
var documented = map[string]bool{
	"AKIDEXAMPLE":  true, // has the marker, kept for completeness
	"111111111111": true, // example account ids
	"123456789012": true,
	"111122223333": true,
}

// Is reports whether s is a documented example value or a made-up value.
//
// It judges s as a whole. The in-value signs (the marker, "...", REDACTED,
// "****") count only when s is a single token, without spaces, quotes or
// separators. Longer text that mentions an example (a configuration value
// holding JSON or KEY=value lines) is not made up as a whole: one example
// key in it must not hide a real one beside it. A caller that finds a
// credential inside s asks about the credential's own characters, not s:
// "AKIA…:REDACTED" is a made-up value as a whole, and still holds a real
// key id.
func Is(s string) bool {
	if documented[s] || wrapped(s) {
		return true
	}
	if !singleToken(s) {
		return false
	}
	return strings.Contains(s, Marker) ||
		strings.Contains(s, "REDACTED") || strings.Contains(s, "redacted") ||
		strings.Contains(s, "...") || strings.Contains(s, "…") ||
		strings.Contains(s, "****") ||
		strings.Contains(s, "XXXXXX") || strings.Contains(s, "xxxxxx")
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
