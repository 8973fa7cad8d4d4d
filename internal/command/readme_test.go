package command

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/lint"
)

const (
	tableStart = "<!-- rules:start (generated from the rule list; go test ./internal/command -run TestReadmeRuleTable -update) -->\n"
	tableEnd   = "<!-- rules:end -->\n"
)

// ruleTable is the README's table of rules, made from the same list as
// `jobdetails-lint rules`.
func ruleTable() string {
	var b strings.Builder
	b.WriteString("| Rule | Default severity | Forms | What it checks |\n|---|---|---|---|\n")
	for _, r := range lint.Catalog() {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.ID, r.Severity, strings.ReplaceAll(formsOf(r), ",", ", "), strings.ReplaceAll(r.Description, "|", `\|`))
	}
	return b.String()
}

// TestReadmeRuleTable fails when the README's rule table drifts from the code.
func TestReadmeRuleTable(t *testing.T) {
	path := filepath.Join(repoRoot, "README.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start := strings.Index(readme, tableStart)
	end := strings.Index(readme, tableEnd)
	if start < 0 || end < start {
		t.Fatalf("README.md has no rule table between %q and %q", tableStart, tableEnd)
	}
	want := readme[:start+len(tableStart)] + ruleTable() + readme[end:]
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if readme != want {
		t.Errorf("the rule table in README.md is stale; run: go test ./internal/command -run TestReadmeRuleTable -update")
	}
}

// TestReadmeCheckFlags: the README's block of check's flags is what
// `jobdetails-lint check --help` prints.
func TestReadmeCheckFlags(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const intro = "The flags of `check` (`jobdetails-lint check --help`):\n\n```\n"
	text := string(readme)
	start := strings.Index(text, intro)
	if start < 0 {
		t.Fatal("README: no block of check's flags")
	}
	block := text[start+len(intro):]
	block = block[:strings.Index(block, "```")]
	_, stdout, _ := run(t, "", "check", "--help")
	_, flags, _ := strings.Cut(stdout, "Flags:\n")
	if block != flags {
		t.Errorf("README block of flags:\n%s\ncheck --help:\n%s", block, flags)
	}
}
