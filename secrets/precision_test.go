package secrets

import (
	"math/rand/v2"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// TestPrecision: documented examples, placeholders and values that only look
// like credentials give no finding, parsed or raw.
func TestPrecision(t *testing.T) {
	for _, name := range []string{"cli-reference-example.json", "typical.json", "lookalikes.json"} {
		data := readFile(t, "testdata/"+name)
		if got := Scan(mustJSON(t, string(data))); len(got) > 0 {
			t.Errorf("%s: Scan:\n%s", name, show(got))
		}
		if got := ScanRaw(data); len(got) > 0 {
			t.Errorf("%s: ScanRaw:\n%s", name, show(got))
		}
	}
}

// TestLoneSecretRecall checks that the bar for a lone secret key lets
// nearly every random one through and stops hex digests.
func TestLoneSecretRecall(t *testing.T) {
	g := fake.New(9)
	const n = 20000
	missed := 0
	for range n {
		if !randomLooking(g.Secret()) {
			missed++
		}
	}
	if missed > n/500 {
		t.Errorf("randomLooking misses %d of %d random secret keys", missed, n)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		hex := make([]byte, 40)
		for i := range hex {
			hex[i] = "0123456789abcdef"[rng.IntN(16)]
		}
		if randomLooking(string(hex)) || isKeyID(string(hex[:20])) {
			t.Fatalf("a hex digest looks like a credential")
		}
	}
}

func TestAccountRoundTrip(t *testing.T) {
	g := fake.New(10)
	for _, account := range []string{"000000000001", "111122223333", "444455556666", "999999999999", "595918472158", "052310077262"} {
		for _, prefix := range []string{"AKIA", "ASIA", "ABIA", "ACCA"} {
			key := g.KeyIDFor(prefix, account)
			if !isKeyID(key) {
				t.Fatalf("generated key id is not one: %s", Shown(key))
			}
			if got, ok := keyAccount(key); !ok || got != account {
				t.Errorf("account of a key made for %s: %q, %v", account, got, ok)
			}
		}
	}
	// old-generation keys (fifth character I or J) do not decode
	if _, ok := keyAccount("AKIAJ2345ABCDEFGHKLM"); ok {
		t.Error("an old-generation key id decoded")
	}
	if got := accountNote(g.KeyIDFor("ASIA", "044858866125"), "111122223333"); got != "a canary tripwire key (account 044858866125)" {
		t.Errorf("knockoff canary: %q", got)
	}
}

func TestMaskParts(t *testing.T) {
	for _, c := range []struct {
		value, shown string
		n            int
	}{
		{"ASIAQ3EGSEXAMPLE7QXZ", "ASIA…7QXZ", 20},
		{"correct-horse", "co…se", 13},
		{"hunter22", "h…2", 8},
		{"hunter2", "…", 7},
		{"", "…", 0},
		{"pässwörd-long-enough", "päss…ough", 20},
		{"ab\ncdefgh\tijklmnopqrst", "ab?c…qrst", 22},
	} {
		if shown, n := maskParts(c.value); shown != c.shown || n != c.n {
			t.Errorf("maskParts(%q) = %q, %d; want %q, %d", c.value, shown, n, c.shown, c.n)
		}
	}
}

func TestNames(t *testing.T) {
	for _, n := range []string{"DbPassword", "db_passwd", "GitHubToken", "OAuthToken", "api_key", "ApiKey", "API-KEY",
		"PrivateKey", "private_key", "ClientSecret", "Credentials", "AuthKey", "Authorization", "DB_PASS", "apikey"} {
		if !secretConfigName(n) {
			t.Errorf("secretConfigName(%q) = false", n)
		}
	}
	for _, n := range []string{"ProjectName", "SecretArn", "TokenName", "PasswordParameter", "Author", "KeyName",
		"OutputKey", "BuildSpec", "SecretId", "TokenUrl", "RoleArn"} {
		if secretConfigName(n) {
			t.Errorf("secretConfigName(%q) = true", n)
		}
	}
	for _, n := range []string{"secretAccessKey", "AWS_SECRET_ACCESS_KEY", "aws_secret_key", "SecretKey"} {
		if !secretKeyName(n) {
			t.Errorf("secretKeyName(%q) = false", n)
		}
	}
}
