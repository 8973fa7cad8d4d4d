package secrets

import (
	"strconv"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/placeholder"
)

const redactAdvice = "remove it or run jobdetails-lint redact"

func isPlaceholder(v string) bool { return placeholder.Is(v) }

// leakMessage: `AWS session token (IQoJ…x9Q=, 912 chars) in
// artifactCredentials.sessionToken: part of a usable credential set; remove
// it or run jobdetails-lint redact`.
func leakMessage(h hit, where string, notes []string) string {
	shown, n := maskParts(h.value)
	msg := h.kind.String() + " (" + shown + ", " + strconv.Itoa(n) + " chars) " + where
	if len(notes) > 0 {
		msg += ": " + strings.Join(notes, "; ")
	}
	return msg + "; " + redactAdvice
}

// loneMessage is for a 40-character value that may be a secret key but has
// nothing beside it to say so.
func loneMessage(h hit, where string) string {
	shown, n := maskParts(h.value)
	return "possible AWS secret access key (" + shown + ", " + strconv.Itoa(n) + " chars) " + where +
		": a random-looking 40-character base64 value with no access key id beside it; if it is a secret, remove it"
}

func configMessage(key, value string) string {
	shown, n := maskParts(value)
	return "configuration " + strconv.Quote(safeName(key)) + " holds a secret in clear (" + shown + ", " +
		strconv.Itoa(n) + " chars); use a placeholder or a reference such as {{resolve:secretsmanager:...}} instead"
}

// envMessage is for CodeBuild environment variables of type PLAINTEXT that
// hold secrets.
func envMessage(key string, vars []envVar) string {
	shown, n := maskParts(vars[0].Value)
	msg := "configuration " + strconv.Quote(safeName(key)) + " holds a secret in clear: PLAINTEXT variable " +
		strconv.Quote(safeName(vars[0].Name)) + " (" + shown + ", " + strconv.Itoa(n) + " chars)"
	if len(vars) > 1 {
		msg += " and " + strconv.Itoa(len(vars)-1) + " more"
	}
	return msg + "; use type SECRETS_MANAGER or PARAMETER_STORE, or a placeholder"
}

// where says where a hit is: "in artifactCredentials.sessionToken", "inside
// configuration.UserParameters after \"AWS_SECRET_ACCESS_KEY\"", "as an
// object key in data".
func (s *scanner) where(f found, name string) string {
	switch {
	case f.inKey:
		return "as an object key in " + s.place()
	case f.whole:
		return "in " + s.place()
	}
	w := "inside " + s.place()
	if f.label != "" && f.label != name {
		w += " after " + strconv.Quote(safeName(f.label))
	}
	return w
}

// place names the end of the path for a reader: its last two members, with
// array indexes attached ("artifactCredentials.sessionToken", "jobs[0]").
func (s *scanner) place() string {
	var segs []string
	for i, t := range s.path {
		if i > 0 && isIndex(t) {
			segs[len(segs)-1] += "[" + t + "]"
			continue
		}
		segs = append(segs, safeName(t))
	}
	if len(segs) == 0 {
		return "the document"
	}
	if len(segs) > 2 {
		segs = segs[len(segs)-2:]
	}
	return strings.Join(segs, ".")
}

func isIndex(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// safeName shows a member name or label, masked as a whole when anything in
// it is credential-shaped (Shaped: placeholders too), so that a message
// names no credential before the final masking step sees it.
func safeName(name string) string {
	if Shaped(name) {
		shown, _ := maskParts(name)
		return shown
	}
	return name
}
