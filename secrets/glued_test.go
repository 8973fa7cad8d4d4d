package secrets

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// kinds lists the kinds and values of the leaks of text, one a line, with
// the values replaced by their names in names.
func kinds(t *testing.T, text string, names map[string]string) string {
	var b strings.Builder
	for _, l := range Leaks(mustJSON(t, text)) {
		v := l.Value
		if n, ok := names[v]; ok {
			v = n
		}
		b.WriteString(l.Kind.String() + " " + v + "\n")
	}
	return b.String()
}

// TestGluedCredentials: a key id or a token written against other
// characters, a placeholder word glued to the end of a long token, and a
// long token followed by "..." are still found, and each span is the
// credential alone, so that redaction replaces it.
func TestGluedCredentials(t *testing.T) {
	g := fake.New(40)
	key, key2, secret, token := g.KeyIDFor("ASIA", "444455556666"), g.KeyIDFor("AKIA", "444455556666"), g.SecretWithSlash(), g.Token()
	names := map[string]string{key: "KEY", key2: "KEY2", secret: "SECRET", token: "TOKEN"}
	for _, c := range []struct{ value, want string }{
		{token + "REDACTED", "AWS session token TOKEN"},
		{token + "/REDACTED", "AWS session token TOKEN"},
		{token + "EXAMPLE", "AWS session token TOKEN"},
		{token + "//EXAMPLE==", "AWS session token TOKEN"},
		{token + "xxxxxx", "AWS session token TOKEN"},
		{token + "...", "AWS session token TOKEN"},
		{token + "…", "AWS session token TOKEN"},
		{"x" + key, "AWS access key id KEY"},
		{key + "x", "AWS access key id KEY"},
		{"abc" + key, "AWS access key id KEY"},
		{"0" + key, "AWS access key id KEY"}, // 0, 1, 8 and 9 are not in a key id's alphabet
		{key + "9", "AWS access key id KEY"},
		{"myKey" + key + "Value", "AWS access key id KEY"},
		{key + "1" + key2, "AWS access key id KEY\nAWS access key id KEY2"},
		{key + key2, "AWS access key id KEY\nAWS access key id KEY2"},
		{"AKIAIOSFODNN7EXAMPLE" + key, "AWS access key id KEY"},
		{key + "AKIAIOSFODNN7EXAMPLE", "AWS access key id KEY"},
		{key + token, "AWS access key id KEY\nAWS session token TOKEN"},
		{"x" + token, "AWS session token TOKEN"},
		{"Bearer" + token + "...", "AWS session token TOKEN"},
		{key + "_" + secret, "AWS access key id KEY\nAWS secret access key SECRET"},
		{key + "-" + secret, "AWS access key id KEY\nAWS secret access key SECRET"},
		{secret + "-" + key, "AWS secret access key SECRET\nAWS access key id KEY"},
	} {
		text := note(c.value)
		got := kinds(t, text, names)
		if got != c.want+"\n" {
			t.Errorf("%s:\n%swant:\n%s", nameValues(c.value, names), got, c.want)
		}
		for _, l := range Leaks(mustJSON(t, text)) {
			if s := text[strings.Index(text, c.value):]; !strings.Contains(s, l.Value) {
				t.Errorf("%s: a leak's value is not in the text", nameValues(c.value, names))
			}
		}
	}
}

// nameValues writes v with the credentials in it replaced by their names.
func nameValues(v string, names map[string]string) string {
	for value, name := range names {
		v = strings.ReplaceAll(v, value, name)
	}
	return v
}

// TestGluedStaysClean: what only looks glued gives no finding: upper-case
// words that start like a key id, documented samples cut short or marked
// EXAMPLE inside, and camel-case words of forty characters.
func TestGluedStaysClean(t *testing.T) {
	for _, v := range []string{
		"ASIAPACIFICREGIONNAMES", "xASIAPACIFICREGIONNAMES", "AKIAIOSFODNN7EXAMPLEX", "ASIAPACIFICREGIONNAM3",
		"XASIAQ2ZXR7HJ4KLMN5PB", "ASIAQ2ZXR7HJ4KLMN5PBX", "ASIAQ2ZXR7HJ4KLMN5PBXY", "USERASIAQ2ZXR7HJ4KLMN5PB",
		"AKIAIOSFODNN7EXAMPLEAKIAIOSFODNN7EXAMPLE",
		"IQoJb3JpZ2luX2VjEXAMPLETOKEN", "xIQoJb3JpZ2luX2VjEXAMPLETOKEN...", "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJH...",
		"AQoDYXdzEPT//////////wEXAMPLE...",
		"ThisIsAVeryLongCamelCaseIdentifierName12", "TheQuickBrownFoxJumpsOverTheLazyDog123Ab",
	} {
		if got := Scan(mustJSON(t, note(v))); len(got) > 0 {
			t.Errorf("%q:\n%s", v, show(got))
		}
	}
	// a token marked EXAMPLE inside keeps the mark with a word glued after it
	token := fake.New(41).Token()
	marked := token[:60] + "EXAMPLE" + token[60:]
	for _, v := range []string{marked + "REDACTED", marked + "...", token[:90] + "...", token[:90] + "REDACTED"} {
		if got := Scan(mustJSON(t, note(v))); len(got) > 0 {
			t.Errorf("%d chars:\n%s", len(v), show(got))
		}
	}
}

// TestRandomSecretsAreNotCamelCase: random secret keys are almost never
// taken for camel-case words (the measured rate is in camelCase's comment).
func TestRandomSecretsAreNotCamelCase(t *testing.T) {
	g := fake.New(42)
	for range 100000 {
		if s := g.Secret(); camelCase(s) {
			t.Fatalf("a random secret key is taken for camel case: %s", Shown(s))
		}
	}
}

// TestGluedLinearTime: finding glued key ids and tokens costs the same for
// each, however many are glued together in one run.
func TestGluedLinearTime(t *testing.T) {
	g := fake.New(43)
	key, token := g.KeyID("ASIA"), g.Token()
	for _, tt := range []struct{ name, piece string }{
		{"key ids", key},
		{"lower-case glue", "x" + key},
		{"upper-case glue", "X" + key},
		{"key id shapes", "AKIAAAAAAAAAAAAAAAAA"},
		{"marker glue", "XXXXXXXX" + key + "REDACTED"},
		{"headers", "IQoJb3JpZ2luX2Vj"},
		{"token halves", "xQo" + token[:20]},
		{"glued tokens", "x" + token + "EXAMPLE"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, 200, func(n int) func() {
				text := []byte(strings.Repeat(tt.piece, n))
				return func() { ScanRaw(text) }
			})
		})
	}
}

// The token placeholder redact writes ends a key id glued before it as a
// token does: what was no key id beside the token is none beside the
// placeholder either, so that redacting twice changes nothing.
func TestTokenPlaceholderEndsGluedKeyID(t *testing.T) {
	for _, text := range []string{
		"ABIA222222222227ABIQoJb3JpZ2luX2Vj0000000000000000",
		"ABIA222222222227ABIQoJb3JpZ2luX2VjEXAMPLETOKEN",
	} {
		for _, l := range LeaksRaw([]byte(text)) {
			if l.Kind == KeyID {
				t.Errorf("%s: a key id %s", text, l.Value[:4])
			}
		}
	}
}
