package rules

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// notOneOf is the message for a value that is not in an enumeration: it
// names the likely value, or lists the valid ones. what is the noun with its
// article ("a category").
func notOneOf(got, what string, valid []string) string {
	if v, ok := suggest.Closest(got, valid); ok {
		return quote(got) + " is not " + what + "; did you mean " + quote(v) + "?"
	}
	if len(valid) == 1 {
		return quote(got) + " is not " + what + "; use " + quote(valid[0])
	}
	return quote(got) + " is not " + what + "; use one of " + joinValues(valid)
}

// joinValues lists values as alternatives: "A, B or C".
func joinValues(values []string) string { return joinList(values, "or") }

// joinList lists values for a message, with conj ("and", "or") before the last.
func joinList(values []string, conj string) string {
	if len(values) < 2 {
		return strings.Join(values, "")
	}
	return strings.Join(values[:len(values)-1], ", ") + " " + conj + " " + values[len(values)-1]
}
