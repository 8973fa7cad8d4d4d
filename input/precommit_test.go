package input

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestPreCommitHookFiles checks that the hooks' file pattern picks exactly the
// files a folder walk lints: every fixture in testdata, and nothing else there
// (expected outputs, fuzz corpora).
func TestPreCommitHookFiles(t *testing.T) {
	data, err := os.ReadFile("../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID       string `yaml:"id"`
		Files    string `yaml:"files"`
		Language string `yaml:"language"`
		Entry    string `yaml:"entry"`
		Exclude  string `yaml:"exclude"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 2 || hooks[0].Language != "golang" || hooks[1].Language != "system" {
		t.Fatalf("want a golang and a system hook, got %+v", hooks)
	}
	matched, skipped := 0, 0
	for _, hook := range hooks {
		files := regexp.MustCompile(hook.Files)
		exclude := regexp.MustCompile(hook.Exclude)
		for _, config := range []string{".jobdetails-lint.yaml", "fixtures/.jobdetails-lint.yaml"} {
			if hook.Exclude == "" || !exclude.MatchString(config) {
				t.Errorf("hook %s: exclude %q does not keep the config file %s out", hook.ID, hook.Exclude, config)
			}
		}
		if exclude.MatchString("fixtures/jobdetails-lint.yaml") {
			t.Errorf("hook %s: exclude %q keeps out a fixture", hook.ID, hook.Exclude)
		}
		err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if got, want := files.MatchString(path), Lintable(path); got != want {
				t.Errorf("hook %s: pattern %q matches %s: %v, but a folder walk lints it: %v", hook.ID, hook.Files, path, got, want)
			} else if got {
				matched++
			} else {
				skipped++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if matched == 0 || skipped == 0 {
		t.Errorf("testdata should hold both fixtures and other files: %d matched, %d skipped", matched, skipped)
	}
}
