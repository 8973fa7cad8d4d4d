package secrets

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// The scanner, the raw scan and Locate must take time linear in the number
// of credentials in one text, one string or one object: each test times n
// credentials and 2n (see internal/lineartest). They replace a bound of ten
// seconds on 20,000 credentials, which a quadratic path still passed.

const credentials = 2000 // n: enough that a quadratic part would dominate

// keyIDs is n distinct real-shaped key ids.
func keyIDs(n int) []string {
	g := fake.New(1)
	keys := make([]string, n)
	for i := range keys {
		keys[i] = g.KeyID("ASIA")
	}
	return keys
}

// secretKeys is n distinct real-shaped secret access keys, slashes and all.
func secretKeys(n int) []string {
	g := fake.New(2)
	keys := make([]string, n)
	for i := range keys {
		keys[i] = g.SecretWithSlash()
	}
	return keys
}

// checkCount runs check on n, expecting want(n) findings each time.
func checkCount(t *testing.T, n int, count func(n int) func() int, want func(n int) int) {
	t.Helper()
	lineartest.Check(t, n, func(n int) func() {
		run := count(n)
		if got := run(); got != want(n) {
			t.Fatalf("n=%d: %d found, want %d", n, got, want(n))
		}
		return func() { run() }
	})
}

func TestScanRawLinearTime(t *testing.T) {
	one := func(n int) int { return n }
	for _, tt := range []struct {
		name string
		text func(n int) string
		want func(n int) int
	}{
		{"key ids on one line", func(n int) string { return strings.Join(keyIDs(n), " ") }, one},
		{"key ids one a line", func(n int) string { return strings.Join(keyIDs(n), "\n") }, one},
		{"key ids in one token", func(n int) string { return strings.Join(keyIDs(n), "/") }, one},
		{"labelled secrets", func(n int) string {
			return "aws_secret_access_key = " + strings.Join(secretKeys(n), "\naws_secret_access_key = ")
		}, one},
		{"escaped JSON", func(n int) string { return `{"k": "` + strings.Join(keyIDs(n), `\n`) + `"}` }, one},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkCount(t, credentials, func(n int) func() int {
				text := []byte(tt.text(n))
				return func() int { return len(ScanRaw(text)) }
			}, tt.want)
		})
	}
}

func TestScanLinearTime(t *testing.T) {
	members := func(name string) func(keys []string) string {
		return func(keys []string) string { return `"` + name + `": "` + strings.Join(keys, `", "`+name+`": "`) + `"` }
	}
	for _, tt := range []struct {
		name string
		doc  func(keys []string) string
		want func(n int) int
	}{
		{"configuration values", func(keys []string) string {
			return `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {` + members("k")(keys) + `}}}}}`
		}, func(n int) int { return n }},
		{"repeated credential members", func(keys []string) string {
			return `{"jobDetails": {"data": {"artifactCredentials": {` + members("accessKeyId")(keys) + `}}}}`
		}, func(n int) int { return n }},
		{"array", func(keys []string) string { return `{"jobs": ["` + strings.Join(keys, `", "`) + `"]}` }, func(n int) int { return n }},
		{"one string", func(keys []string) string { return `{"jobs": "` + strings.Join(keys, " ") + `"}` }, func(n int) int { return n }},
		{"member names", func(keys []string) string { return `{"jobs": {"` + strings.Join(keys, `": 1, "`) + `": 1}}` }, func(n int) int { return n }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkCount(t, credentials, func(n int) func() int {
				root := mustJSON(t, tt.doc(keyIDs(n)))
				return func() int { return len(Scan(root)) }
			}, tt.want)
		})
	}
}

func TestLocateLinearTime(t *testing.T) {
	for _, tt := range []struct {
		name string
		sep  string
	}{
		{"one line", " "},
		{"one token", "/"},
		{"escaped", `\n`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkCount(t, credentials, func(n int) func() int {
				keys := keyIDs(n)
				text := []byte(strings.Join(keys, tt.sep))
				values := make(map[string]Kind, len(keys))
				for _, k := range keys {
					values[k] = KeyID
				}
				return func() int { return len(Locate(text, values)) }
			}, func(n int) int { return n })
		})
	}
}
