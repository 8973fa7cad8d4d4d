package schema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// The valid fixtures of the end-to-end tests pass the schema.
func TestOKFixtures(t *testing.T) {
	for _, name := range []string{"get-job-details-full.json", "poll-for-jobs.json"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "ok", name))
		if err != nil {
			t.Fatal(err)
		}
		if fs := validate(t, string(data)); len(fs) > 0 {
			t.Errorf("%s:\n%s", name, dump(fs))
		}
	}
}

// Each schema-<kind>.json fixture has exactly one problem, of its kind.
func TestErrFixtures(t *testing.T) {
	rule := map[string]string{
		"type": "schema-type", "required": "schema-required", "enum": "schema-enum", "pattern": "schema-pattern",
		"min-length": "schema-length", "max-length": "schema-length", "key-length": "schema-length",
		"unknown-field": "unknown-field",
	}
	for kind, want := range rule {
		name := "schema-" + kind + ".json"
		data, err := os.ReadFile(filepath.Join("..", "testdata", "err", name))
		if err != nil {
			t.Fatal(err)
		}
		fs := validate(t, string(data))
		if len(fs) != 1 || fs[0].Rule != want {
			t.Errorf("%s: want one %s finding, got\n%s", name, want, dump(fs))
		}
	}
}

// The full fixture fills every member of the model, so that the test above
// shows the schema accepts valid values of every member.
func TestFullFixtureCoversModel(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "ok", "get-job-details-full.json"))
	if err != nil {
		t.Fatal(err)
	}
	root, err := decode.JSON(data)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	var walk func(n *document.Node, s *Shape, path string)
	walk = func(n *document.Node, s *Shape, path string) {
		covered[s.Name] = true
		switch s.Type {
		case "structure":
			for _, m := range s.Members {
				v := n.Get(m.Name)
				if v == nil {
					t.Errorf("%s: member %q is missing", path, m.Name)
					continue
				}
				walk(v, Lookup(m.Shape), path+"."+m.Name)
			}
		case "list":
			if len(n.Items) == 0 {
				t.Errorf("%s: the list is empty", path)
			}
			for _, item := range n.Items {
				walk(item, Lookup(s.Item), path+"[]")
			}
		case "map":
			if len(n.Members) == 0 {
				t.Errorf("%s: the map is empty", path)
			}
			covered[s.Key] = true
			for _, m := range n.Members {
				walk(m.Value, Lookup(s.Value), path+"."+m.Key)
			}
		}
	}
	walk(root, Lookup("GetJobDetailsOutput"), "")

	// The rest of the model is the other operations' own.
	var missing []string
	for _, s := range Model {
		if !covered[s.Name] {
			missing = append(missing, s.Name)
		}
	}
	if got := strings.Join(missing, " "); got != "ClientId GetThirdPartyJobDetailsOutput Job JobList Nonce PollForJobsOutput PollForThirdPartyJobsOutput "+
		"ThirdPartyJob ThirdPartyJobData ThirdPartyJobDetails ThirdPartyJobId ThirdPartyJobList" {
		t.Errorf("shapes not covered: %s", got)
	}
}
