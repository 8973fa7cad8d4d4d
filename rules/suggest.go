package rules

import (
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// notOneOf is the message for a value that is not in an enumeration: it
// names the likely value, or lists the valid ones. what is the noun with its
// article ("a category").
func notOneOf(got, what string, valid []string) string {
	if v, ok := suggest.Closest(got, valid); ok {
		return secrets.Quote(got) + " is not " + what + "; did you mean " + secrets.Quote(v) + "?"
	}
	return secrets.Quote(got) + " is not " + what + "; " + suggest.Use(valid)
}
