package suggest

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// List joins words for a message, with conj ("or", "and") before the last:
// "a", "a or b", "a, b or c".
func List(words []string, conj string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

// Use says which values to use instead of one that is not valid, each
// quoted as every message quotes values (secrets.Quote): `use "S3"`, or
// `use one of "AWS", "ThirdParty" or "Custom"`.
func Use(valid []string) string {
	quoted := make([]string, len(valid))
	for i, v := range valid {
		quoted[i] = secrets.Quote(v)
	}
	if len(quoted) == 1 {
		return "use " + quoted[0]
	}
	return "use one of " + List(quoted, "or")
}

// Unknown says that got is not one of the valid values, what, and which one
// was probably meant: `unknown log container "tails"; did you mean "tail"?`;
// with none close, it lists them (Use).
func Unknown(what, got string, valid []string) string {
	msg := "unknown " + what + " " + secrets.Quote(got) + "; "
	if v, ok := Closest(got, valid); ok {
		return msg + "did you mean " + secrets.Quote(v) + "?"
	}
	return msg + Use(valid)
}
