package command

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInvisibleCharacterInsideCredential: a credential split by a character
// that shows as nothing (zero-width space, NEL, no-break space, line
// separator, byte-order mark), raw or escaped, is masked in every format and
// in the redact preview like one split by a control character.
func TestInvisibleCharacterInsideCredential(t *testing.T) {
	const keyID, secret = "ASIA454ML6LG4TJFCZ4K", "biheyEd7P4zDL+ak6J0kGODKdinZnLXicaBAg8WY"
	for _, r := range []rune{0x200b, 0x85, 0xa0, 0x2028, 0x2029, 0xfeff, 0x2060} {
		esc := fmt.Sprintf(`\u%04x`, r)
		raw := string(r)
		for _, spelt := range []string{esc, raw} {
			doc := `{"jobDetails":{"id":"` + keyID[:4] + spelt + keyID[4:] + `","` + secret[:20] + spelt + secret[20:] + `":1}}` + "\n"
			dir := t.TempDir()
			path := filepath.Join(dir, "f.json")
			if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, format := range []string{"text", "json", "sarif", "github", "junit"} {
				_, stdout, stderr := run(t, "", "--no-config", "--format", format, path)
				all.WriteString(stdout + stderr)
			}
			_, stdout, stderr := run(t, "", "redact", path)
			all.WriteString(stdout + stderr)
			out := all.String()
			for _, s := range []string{esc, `\` + esc, raw, fmt.Sprintf(`\u%04X`, r), fmt.Sprintf("&#x%X;", r), fmt.Sprintf("&#%d;", r)} {
				out = strings.ReplaceAll(out, s, "")
			}
			for _, c := range []string{keyID, secret} {
				if strings.Contains(out, c) || strings.Contains(out, strings.ReplaceAll(c, "+", `\u002b`)) {
					t.Errorf("U+%04X written %q: output holds %s in full:\n%s", r, spelt, c, all.String())
				}
			}
		}
	}
}

// TestYAMLEscapeInsideCredential: YAML's own escapes of invisible
// characters (\e, \0, \N, \_, \L, \P) inside a key id hide it from no
// output, the redact preview included.
func TestYAMLEscapeInsideCredential(t *testing.T) {
	const keyID = "ASIA454ML6LG4TJFCZ4K"
	for _, esc := range []string{`\e`, `\0`, `\N`, `\_`, `\L`, `\P`} {
		path := filepath.Join(t.TempDir(), "f.yaml")
		doc := "jobDetails:\n  id: \"" + keyID[:4] + esc + keyID[4:] + "\"\n"
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		_, checked, _ := run(t, "", "--no-config", path)
		_, preview, _ := run(t, "", "redact", path)
		for _, out := range []string{checked, preview} {
			if strings.Contains(strings.ReplaceAll(out, esc, ""), keyID) {
				t.Errorf("%s: output holds the key id in full:\n%s", esc, out)
			}
		}
	}
}
