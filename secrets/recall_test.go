package secrets

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// note wraps a value in a job's data.note, where nothing but the value
// itself says what it is.
func note(v string) string {
	return fmt.Sprintf(`{"jobDetails": {"data": {"note": %q}}}`, v)
}

const notePointer = `"/jobDetails/data/note"`

// TestPlaceholderWordBesideKey: a placeholder word in the same token does not
// hide a full, well-formed key id; only a whole value is a placeholder.
func TestPlaceholderWordBesideKey(t *testing.T) {
	g := fake.New(20)
	key := g.KeyID("AKIA")
	want := `1:34 error leaked-credential ` + notePointer + ` AWS access key id (` + m(key) + `) inside data.note: key of account ` + acct(key) + advice
	for _, v := range []string{
		key + ":REDACTED",
		key + "...",
		key + "…",
		"..." + key,
		"<" + key + ">",
		"${" + key + "}",
		"{{" + key + "}}",
		"https://" + key + ":secret@host/xxxxxx",
		key + "****",
		key + "REDACTED",
		"EXAMPLE" + key,
		key + "xxxxxx",
	} {
		got := Scan(mustJSON(t, note(v)))
		if g := show(got); g != want+"\n" {
			t.Errorf("%s:\n%swant:\n%s", strings.ReplaceAll(v, key, "KEY"), g, want)
		}
		noValue(t, got, key)
	}
}

// TestPlaceholderWordBesideSecret: the same for a secret key that a key id or
// its name vouches for.
func TestPlaceholderWordBesideSecret(t *testing.T) {
	g := fake.New(21)
	key, secret := g.KeyID("AKIA"), g.Secret()
	for _, v := range []string{
		"https://" + key + ":" + secret + "@host/xxxxxx",
		key + ":" + secret + ":REDACTED",
		key + " " + secret + "EXAMPLE",
		key + " REDACTED" + secret,
	} {
		got := Scan(mustJSON(t, note(v)))
		if len(got) != 2 || got[0].Severity.String() != "error" || got[1].Severity.String() != "error" ||
			!strings.HasPrefix(got[1].Message, "AWS secret access key ("+m(secret)+")") {
			t.Errorf("%s:\n%s", strings.ReplaceAll(strings.ReplaceAll(v, key, "KEY"), secret, "SECRET"), show(got))
		}
	}
	// a full-length secret after its name is one, whatever follows it
	text := fmt.Sprintf(`{"jobDetails": {"data": {"secretAccessKey": "%s:REDACTED", "other": "aws_secret_access_key=%s..."}}}`, secret, secret)
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"`+secret)+` error leaked-credential "/jobDetails/data/secretAccessKey" AWS secret access key (`+m(secret)+`) inside data.secretAccessKey`+advice,
		pos(t, text, `"aws_`)+` error leaked-credential "/jobDetails/data/other" AWS secret access key (`+m(secret)+`) inside data.other after "aws_secret_access_key"`+advice,
	)
}

// TestPlaceholdersStay: AWS's documented examples and samples cut short
// give no finding, alone, in text and beside a real key id.
func TestPlaceholdersStay(t *testing.T) {
	for _, v := range []string{
		"AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "ASIAJEXAMPLEXEG2JICEA", "AKIDEXAMPLE",
		"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
		"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
		"AQoEXAMPLEH4aoAH0gNCAPyJxz4BlCFFxWNE1OPTgk5TthT+FvwqnKwRcOIfrRh3c/LTo6UDdyJwOOvEVPvLXCrrrUtdnniCEXAMPLE/IvU1dYUg2RVAJBanLiHb4IgRmpRV3zrkuWJOgQs8IZZaIv2BXIa2R4OlgkBN9bkUDNCJiBeb/AXlzBBko7b15fjrBs2+cTQtpZ3CYWFXG8C5zqx37wnOE49mRl/+OtkIKGO7fAE",
		"AQoDYXdzEPT//////////wEXAMPLE...", "fICCQD6m7oRw0uXOjANBgkqhkiG9w0B...EXAMPLE=",
		"FwoGZXIvYXdzEBY...", "ASIAQEXAMPLE", "ASIA…7QXZ", "…Kx9Q", "REDACTED", "<secret>", "${AWS_SECRET_ACCESS_KEY}",
		"{{resolve:secretsmanager:build/aws:SecretString:secretAccessKey}}", "****", "AKIAXXXXXXXXXXXXXXXX",
		"aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		"<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</SecretAccessKey>",
		"X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request",
	} {
		if got := Scan(mustJSON(t, note(v))); len(got) > 0 {
			t.Errorf("%q:\n%s", v, show(got))
		}
		if got := ScanRaw([]byte(note(v))); len(got) > 0 {
			t.Errorf("raw %q:\n%s", v, show(got))
		}
	}
}

// TestLabelledSecrets: a secret key named in the text before it, on the
// same line or the line before, is an error, not a lone-value warning.
func TestLabelledSecrets(t *testing.T) {
	g := fake.New(22)
	secret := g.SecretWithSlash()
	for _, c := range []struct{ text, label string }{
		{"aws configure set aws_secret_access_key " + secret, "aws_secret_access_key"},
		{"aws configure set aws_secret_access_key '" + secret + "' --profile ci", "aws_secret_access_key"},
		{"<SecretAccessKey>" + secret + "</SecretAccessKey>", "SecretAccessKey"},
		{"<ns:SecretAccessKey>" + secret + "</ns:SecretAccessKey>", "ns:SecretAccessKey"},
		{"secret access key: " + secret, "secret access key"},
		{"Secret access key = " + secret, "Secret access key"},
		{"AWS Secret Access Key [None]: " + secret, "Secret Access Key"},
		{"aws_secret_access_key:\n  " + secret, "aws_secret_access_key"},
		{"aws_secret_access_key =\r\n" + secret, "aws_secret_access_key"},
		{"Secret access key\n" + secret, "Secret access key"},
		{"<SecretAccessKey>\n    " + secret + "\n</SecretAccessKey>", "SecretAccessKey"},
		{"aws_secret_access_key: |\n  " + secret + "\n", "aws_secret_access_key"},
		{"# secretAccessKey: >-\n#   " + secret + "\n", "secretAccessKey"},
	} {
		got := Scan(mustJSON(t, note(c.text)))
		want := `1:34 error leaked-credential ` + notePointer + ` AWS secret access key (` + m(secret) + `) inside data.note after "` + c.label + `"` + advice
		if g := show(got); g != want+"\n" {
			t.Errorf("%q:\n%swant:\n%s", strings.ReplaceAll(c.text, secret, "SECRET"), g, want)
		}
		// the same text in a file that does not parse, where JSON writes
		// the line break as \n and '/' may be \/
		raw := strings.TrimSuffix(strings.ReplaceAll(note(c.text), "/", `\/`), "}}}")
		got = ScanRaw([]byte(raw))
		if len(got) != 1 || got[0].Severity.String() != "error" || !strings.Contains(got[0].Message, `after "`+c.label+`"`) {
			t.Errorf("raw %q:\n%s", strings.ReplaceAll(c.text, secret, "SECRET"), show(got))
		}
	}
	// a label two lines up, or followed by more text, names nothing
	for _, text := range []string{
		"aws_secret_access_key:\n\n" + secret,
		"aws_secret_access_key: see below\n" + secret,
		"the secret access key rotation policy " + secret,
	} {
		got := Scan(mustJSON(t, note(text)))
		if len(got) != 1 || got[0].Severity.String() != "warning" {
			t.Errorf("%q:\n%s", strings.ReplaceAll(text, secret, "SECRET"), show(got))
		}
	}
}

// TestSTSResponse: the XML of an STS AssumeRole response pasted into a value
// is a usable credential set.
func TestSTSResponse(t *testing.T) {
	g := fake.New(23)
	key, secret, token := g.KeyIDFor("ASIA", "444455556666"), g.Secret(), g.Token()
	xml := `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>` +
		"\n  <AccessKeyId>" + key + "</AccessKeyId>\n  <SecretAccessKey>" + secret + "</SecretAccessKey>\n  <SessionToken>" +
		token + "</SessionToken>\n</Credentials></AssumeRoleResult></AssumeRoleResponse>"
	const set = ": part of a usable credential set"
	check(t, Scan(mustJSON(t, note(xml))),
		`1:34 error leaked-credential `+notePointer+` AWS access key id (`+m(key)+`) inside data.note after "AccessKeyId": key of account 444455556666; part of a usable credential set`+advice,
		`1:34 error leaked-credential `+notePointer+` AWS secret access key (`+m(secret)+`) inside data.note after "SecretAccessKey"`+set+advice,
		`1:34 error leaked-credential `+notePointer+` AWS session token (`+m(token)+`) inside data.note after "SessionToken"`+set+advice,
	)
}

// TestPercentEncoded: credentials in the query of a presigned URL, where
// '/', '+' and '=' are written %2F, %2B and %3D, are found whole.
func TestPercentEncoded(t *testing.T) {
	g := fake.New(24)
	key := g.KeyIDFor("ASIA", "444455556666")
	// real tokens have '/' right after their header, which cuts the
	// encoded token short of any length a token needs
	token := "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJH" + g.Token()[16:]
	query := "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + key + "%2F20260101%2Fus-east-1%2Fs3%2Faws4_request" +
		"&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-Security-Token=" + url.QueryEscape(token) +
		"&X-Amz-SignedHeaders=host&X-Amz-Signature=" + strings.Repeat("5d", 32)
	text := note("https://codepipeline-us-east-1-444455556666.s3.amazonaws.com/p/SourceOutp/Xk3Lm9Q?" + query)
	check(t, Scan(mustJSON(t, text)),
		`1:34 error leaked-credential `+notePointer+` AWS access key id (`+m(key)+`) inside data.note after "X-Amz-Credential": key of account 444455556666`+advice,
		`1:34 error leaked-credential `+notePointer+` AWS session token (`+m(token)+`) inside data.note after "X-Amz-Security-Token"`+advice,
	)
	got := ScanRaw([]byte(text))
	check(t, got,
		pos(t, text, key)+` error leaked-credential "" AWS access key id (`+m(key)+`) after "X-Amz-Credential": key of account 444455556666`+advice,
		pos(t, text, "IQoJ")+` error leaked-credential "" AWS session token (`+m(token)+`) after "X-Amz-Security-Token"`+advice,
	)
	noValue(t, got, key, token, url.QueryEscape(token))
	// encoded twice, as a URL inside a query value writes it
	twice := note("https://example.com/login?next=" + url.QueryEscape("https://b.s3.amazonaws.com/k?X-Amz-Security-Token="+url.QueryEscape(token)))
	if got := Scan(mustJSON(t, twice)); len(got) != 1 || got[0].Message != `AWS session token (`+m(token)+`) inside data.note`+advice {
		t.Errorf("encoded twice:\n%s", show(got))
	}
}

// TestGitRevisionIsNoSecret: 40 hex digits are a git revision (SHA-1), never
// a secret key, even beside a key id, parsed or raw.
func TestGitRevisionIsNoSecret(t *testing.T) {
	g := fake.New(25)
	key := g.KeyIDFor("AKIA", "444455556666")
	const rev = "9fceb02d0ae598e95dc970b74767f19372d61af8"
	text := `{"commitId": "` + rev + `", "deployKey": "` + key + `", "upper": "` + strings.ToUpper(rev) + `"}`
	want := pos(t, text, `"`+key) + ` error leaked-credential "/deployKey" AWS access key id (` + m(key) + `) in deployKey: key of account 444455556666` + advice
	check(t, Scan(mustJSON(t, text)), want)
	// a truncated capture with revisions near a key id
	broken := text[:len(text)-1] + `, "sourceRevision": "` + rev + `", "secretAccessKey": "` + rev + `", "x": "`
	check(t, ScanRaw([]byte(broken)),
		pos(t, broken, key)+` error leaked-credential "" AWS access key id (`+m(key)+`) after "deployKey": key of account 444455556666`+advice)
	// nor in artifactCredentials, where a malformed value still counts
	creds := `{"jobDetails": {"data": {"artifactCredentials": {"accessKeyId": "` + key + `", "secretAccessKey": "` + rev + `"}}}}`
	if got := Scan(mustJSON(t, creds)); len(got) != 1 || got[0].Pointer != "/jobDetails/data/artifactCredentials/accessKeyId" {
		t.Errorf("artifactCredentials:\n%s", show(got))
	}
}

// TestAccountTwelveDigits: a key id whose account bits decode to more than
// twelve digits names no account.
func TestAccountTwelveDigits(t *testing.T) {
	g := fake.New(26)
	for _, account := range []string{"1000000000000", "1099511627775"} {
		key := g.KeyIDFor("ASIA", account)
		if got, ok := keyAccount(key); ok {
			t.Errorf("key made for %s decodes to %q", account, got)
		}
		check(t, Scan(mustJSON(t, note(key))),
			`1:34 error leaked-credential `+notePointer+` AWS access key id (`+m(key)+`) in data.note`+advice)
	}
	if got, ok := keyAccount(g.KeyIDFor("ASIA", "999999999999")); !ok || got != "999999999999" {
		t.Errorf("largest account: %q, %v", got, ok)
	}
}
