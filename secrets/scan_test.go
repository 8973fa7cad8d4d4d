package secrets

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

const advice = "; remove it or run jobdetails-lint redact"

func TestArtifactCredentials(t *testing.T) {
	g := fake.New(1)
	key, secret, token := g.KeyIDFor("ASIA", "444455556666"), g.Secret(), g.Token()
	text := fmt.Sprintf(`{"jobDetails": {
  "accountId": "444455556666",
  "data": {
    "artifactCredentials": {
      "accessKeyId": "%s",
      "secretAccessKey": "%s",
      "sessionToken": "%s"
    }
  }
}}`, key, secret, token)
	got := Scan(mustJSON(t, text))
	const set = ": part of a usable credential set"
	check(t, got,
		pos(t, text, `"`+key)+` error leaked-credential "/jobDetails/data/artifactCredentials/accessKeyId" AWS access key id (`+m(key)+`) in artifactCredentials.accessKeyId: key of the job's account; part of a usable credential set`+advice,
		pos(t, text, `"`+secret)+` error leaked-credential "/jobDetails/data/artifactCredentials/secretAccessKey" AWS secret access key (`+m(secret)+`) in artifactCredentials.secretAccessKey`+set+advice,
		pos(t, text, `"`+token)+` error leaked-credential "/jobDetails/data/artifactCredentials/sessionToken" AWS session token (`+m(token)+`) in artifactCredentials.sessionToken`+set+advice,
	)
	noValue(t, got, secret, token)
}

func TestLongTermKeyOfOtherAccount(t *testing.T) {
	g := fake.New(2)
	key := g.KeyIDFor("AKIA", "444455556666")
	text := fmt.Sprintf(`{"jobs": [{"accountId": "111122223333", "data": {"artifactCredentials": {"accessKeyId": "%s"}}}]}`, key)
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"`+key)+` error leaked-credential "/jobs/0/data/artifactCredentials/accessKeyId" AWS access key id (`+m(key)+`) in artifactCredentials.accessKeyId: a long-term access key (CodePipeline issues session credentials with ASIA keys); key of account 444455556666, not the job's account 111122223333`+advice)
}

func TestCanaryKey(t *testing.T) {
	g := fake.New(3)
	key := g.KeyIDFor("AKIA", "052310077262")
	text := fmt.Sprintf(`{"jobDetails": {"data": {"note": "%s"}}}`, key)
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"`+key)+` error leaked-credential "/jobDetails/data/note" AWS access key id (`+m(key)+`) in data.note: a canarytokens.org tripwire key (account 052310077262)`+advice)
}

// TestEveryPosition puts credentials where scanners miss them.
func TestEveryPosition(t *testing.T) {
	g := fake.New(4)
	key, key2, secret, slashed, token := g.KeyID("ASIA"), g.KeyID("AKIA"), g.Secret(), g.SecretWithSlash(), g.Token()
	keyAsKey, lone := g.KeyID("ABIA"), g.Secret()
	escaped := strings.ReplaceAll(slashed, "/", `\/`)
	embedded := strings.ReplaceAll(slashed, "/", `\\\/`)
	text := fmt.Sprintf(`{"jobDetails": {
  "data": {
    "actionConfiguration": {"configuration": {
      "UserParameters": "{\"region\":\"us-east-1\",\"secretAccessKey\":\"%s\"}",
      "Env": "AWS_ACCESS_KEY_ID=%s\naws_secret_access_key = %s"
    }},
    "unknownMember": {"token": "%s", "escaped": {"secretAccessKey": "%s"}},
    "dup": {"id": "%s", "id": "short"},
    "%s": "value",
    "notes": ["%s"]
  }
}}`, embedded, key2, secret, token, escaped, key, keyAsKey, lone)
	root := mustJSON(t, text)
	got := Scan(root)
	finding.SortUnique(got)
	env := pos(t, text, `"AWS_ACCESS`)
	cfg := "/jobDetails/data/actionConfiguration/configuration"
	check(t, got,
		pos(t, text, `"{\"region`)+` error leaked-credential "`+cfg+`/UserParameters" AWS secret access key (`+m(slashed)+`) inside configuration.UserParameters after "secretAccessKey": part of a usable credential set`+advice,
		env+` error leaked-credential "`+cfg+`/Env" AWS access key id (`+m(key2)+`) inside configuration.Env after "AWS_ACCESS_KEY_ID": key of account `+acct(key2)+`; part of a usable credential set`+advice,
		env+` error leaked-credential "`+cfg+`/Env" AWS secret access key (`+m(secret)+`) inside configuration.Env after "aws_secret_access_key": part of a usable credential set`+advice,
		pos(t, text, `"`+token)+` error leaked-credential "/jobDetails/data/unknownMember/token" AWS session token (`+m(token)+`) in unknownMember.token`+advice,
		pos(t, text, `"`+escaped)+` error leaked-credential "/jobDetails/data/unknownMember/escaped/secretAccessKey" AWS secret access key (`+m(slashed)+`) in escaped.secretAccessKey`+advice,
		pos(t, text, `"`+key)+` error leaked-credential "/jobDetails/data/dup/id" AWS access key id (`+m(key)+`) in dup.id: key of account `+acct(key)+advice,
		pos(t, text, `"`+keyAsKey)+` error leaked-credential "/jobDetails/data" AWS access key id (`+m(keyAsKey)+`) as an object key in jobDetails.data: key of account `+acct(keyAsKey)+advice,
		pos(t, text, `"`+lone)+` warning leaked-credential "/jobDetails/data/notes/0" possible AWS secret access key (`+m(lone)+`) in data.notes[0]: a random-looking 40-character base64 value with no access key id beside it; if it is a secret, remove it`,
	)
	noValue(t, got, key, key2, secret, slashed, token, keyAsKey, lone)
}

func acct(key string) string {
	a, _ := keyAccount(key)
	return a
}

func TestYAMLAndJSONLines(t *testing.T) {
	g := fake.New(5)
	key, secret := g.KeyID("ASIA"), g.Secret()
	yaml := fmt.Sprintf("jobDetails:\n  data:\n    artifactCredentials:\n      accessKeyId: %s\n      secretAccessKey: '%s'\n", key, secret)
	docs, err := decode.YAML([]byte(yaml))
	if err != nil || len(docs) != 1 {
		t.Fatal(err)
	}
	got := Scan(docs[0])
	if len(got) != 2 || got[0].Line != 4 || got[0].Column != 20 || got[1].Line != 5 || got[1].Column != 24 {
		t.Errorf("YAML findings:\n%s", show(got))
	}
	line := fmt.Sprintf(`{"jobs":[{"data":{"artifactCredentials":{"accessKeyId":"%s"}}}]}`, key)
	root, err := decode.JSONLine([]byte(line), 3)
	if err != nil {
		t.Fatal(err)
	}
	check(t, Scan(root), fmt.Sprintf(`3:56 error leaked-credential "/jobs/0/data/artifactCredentials/accessKeyId" AWS access key id (%s) in artifactCredentials.accessKeyId: key of account %s`+advice, m(key), acct(key)))
}

func TestSecretConfigValue(t *testing.T) {
	g := fake.New(6)
	key := g.KeyID("AKIA")
	text := fmt.Sprintf(`{"jobDetails": {"data": {"actionConfiguration": {"configuration": {
  "DbPassword": "correct-horse-battery",
  "github_token": "ghp_abcdefghijklmnop1234",
  "ApiKey": "%s",
  "SecretArn": "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf",
  "AuthToken": "{{resolve:secretsmanager:build/token}}",
  "Password2": "${DB_PASSWORD}",
  "ClientSecret": "<client secret>",
  "UseToken": "true",
  "PrivateKey": "REDACTED",
  "ProjectName": "hunter2-project"
}}}}}`, key)
	cfg := "/jobDetails/data/actionConfiguration/configuration"
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"`+key)+` error leaked-credential "`+cfg+`/ApiKey" AWS access key id (`+m(key)+`) in configuration.ApiKey: key of account `+acct(key)+advice,
		pos(t, text, `"correct`)+` warning secret-config-value "`+cfg+`/DbPassword" configuration "DbPassword" holds a secret in clear (corr…tery, 21 chars); use a placeholder or a reference such as {{resolve:secretsmanager:...}} instead`,
		pos(t, text, `"ghp_`)+` warning secret-config-value "`+cfg+`/github_token" configuration "github_token" holds a secret in clear (ghp_…1234, 24 chars); use a placeholder or a reference such as {{resolve:secretsmanager:...}} instead`,
	)
}

func TestScanRaw(t *testing.T) {
	g := fake.New(7)
	key, secret := g.KeyID("ASIA"), g.SecretWithSlash()
	escaped := strings.ReplaceAll(secret, "/", `\/`)
	text := fmt.Sprintf("{\"jobDetails\": {\"note\": \"é ü\", \"data\": {\"artifactCredentials\": {\n  \"accessKeyId\": \"%s\",\n  \"secretAccessKey\": \"%s\",\n  broken", key, escaped)
	got := ScanRaw([]byte(text))
	check(t, got,
		pos(t, text, key)+` error leaked-credential "" AWS access key id (`+m(key)+`) after "accessKeyId": key of account `+acct(key)+advice,
		pos(t, text, escaped)+` error leaked-credential "" AWS secret access key (`+m(secret)+`) after "secretAccessKey"`+advice,
	)
	// columns count characters, not bytes
	lines := ScanRaw([]byte("{\"é\": \"" + key + "\""))
	if len(lines) != 1 || lines[0].Column != 8 {
		t.Errorf("column after a 2-byte character:\n%s", show(lines))
	}
}

func TestScanRawUnicodeEscape(t *testing.T) {
	g := fake.New(8)
	key := g.KeyID("ASIA")
	text := `{"accessKeyId": "\u0041` + key[1:] + `"`
	check(t, ScanRaw([]byte(text)),
		`1:18 error leaked-credential "" AWS access key id (`+m(key)+`) after "accessKeyId": key of account `+acct(key)+advice)
}

// TestCredentialKeyHidesPointer: below an object key that is a credential,
// findings point at the object holding the key, so no pointer spells it out.
func TestCredentialKeyHidesPointer(t *testing.T) {
	g := fake.New(11)
	keyAsKey, token := g.KeyID("ASIA"), g.Token()
	text := fmt.Sprintf(`{"jobDetails": {"data": {"first": {}, "%s": {"inner": {"t": "%s"}}}}}`, keyAsKey, token)
	got := Scan(mustJSON(t, text))
	check(t, got,
		pos(t, text, `"`+keyAsKey)+` error leaked-credential "/jobDetails/data" AWS access key id (`+m(keyAsKey)+`) as an object key in jobDetails.data: key of account `+acct(keyAsKey)+advice,
		pos(t, text, `"`+token)+` error leaked-credential "/jobDetails/data" AWS session token (`+m(token)+`) in inner.t`+advice,
	)
	noValue(t, got, keyAsKey, token)
}

func TestEnvironmentVariables(t *testing.T) {
	g := fake.New(12)
	secret := g.Secret()
	vars := `[{\"name\":\"STAGE\",\"value\":\"prod\",\"type\":\"PLAINTEXT\"},` +
		`{\"name\":\"DB_PASSWORD\",\"value\":\"correct-horse-battery\",\"type\":\"PLAINTEXT\"},` +
		`{\"name\":\"API_TOKEN\",\"value\":\"build/api-token\",\"type\":\"SECRETS_MANAGER\"},` +
		`{\"name\":\"GITHUB_TOKEN\",\"value\":\"ghp_abcdefghijklmnop1234\"}]`
	aws := `[{\"name\":\"AWS_SECRET_ACCESS_KEY\",\"value\":\"` + secret + `\",\"type\":\"PLAINTEXT\"}]`
	text := `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {"EnvironmentVariables": "` + vars + `", "Other": "` + aws + `"}}}}}`
	cfg := "/jobDetails/data/actionConfiguration/configuration"
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"[{\"name\":\"AWS`)+` error leaked-credential "`+cfg+`/Other" AWS secret access key (`+m(secret)+`) inside configuration.Other after "AWS_SECRET_ACCESS_KEY"`+advice,
		pos(t, text, `"[{\"name\":\"STAGE`)+` warning secret-config-value "`+cfg+`/EnvironmentVariables" configuration "EnvironmentVariables" holds a secret in clear: PLAINTEXT variable "DB_PASSWORD" (corr…tery, 21 chars) and 1 more; use type SECRETS_MANAGER or PARAMETER_STORE, or a placeholder`,
	)
}

// TestEscapeBeforeKey: an escape just before a key id (a newline, an
// accented letter) does not glue its letters to the key.
func TestEscapeBeforeKey(t *testing.T) {
	g := fake.New(13)
	key := g.KeyID("ASIA")
	for _, prefix := range []string{`\n`, `\u00e9`, `\t`, `\\n`} {
		text := `{"note": "x` + prefix + key + `"}`
		if got := ScanRaw([]byte(text)); len(got) != 1 {
			t.Errorf("after %s: %d findings", prefix, len(got))
		}
	}
}

// TestCredentialKeyAndValue: a credential as a key with one as its value
// gives two findings, neither pointer spelling the key out.
func TestCredentialKeyAndValue(t *testing.T) {
	g := fake.New(14)
	key, secret := g.KeyID("ASIA"), g.Secret()
	text := fmt.Sprintf(`{"jobDetails": {"data": {"%s": "%s"}}}`, key, secret)
	got := Scan(mustJSON(t, text))
	check(t, got,
		pos(t, text, `"`+key)+` error leaked-credential "/jobDetails/data" AWS access key id (`+m(key)+`) as an object key in jobDetails.data: key of account `+acct(key)+advice,
		pos(t, text, `"`+secret)+` error leaked-credential "/jobDetails/data" AWS secret access key (`+m(secret)+`) in data.`+strings.Split(m(key), ",")[0]+advice,
	)
	noValue(t, got, key, secret)
}
