package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"testing"
)

// serviceModel is the part of testdata/codepipeline-job-shapes.json (AWS's
// service model, botocore codepipeline 2015-07-09, documentation dropped)
// that the tests compare with.
type serviceModel struct {
	CrossCheck struct {
		SmithyPatterns map[string]string `json:"smithyPatterns"`
	} `json:"crossCheck"`
	Reachability map[string]struct {
		Output []string `json:"output"`
	} `json:"reachability"`
	Shapes map[string]serviceShape `json:"shapes"`
}

type serviceShape struct {
	Type      string          `json:"type"`
	Members   json.RawMessage `json:"members"` // kept raw to read the member order
	Required  []string        `json:"required"`
	Member    *struct{ Shape string }
	Key       *struct{ Shape string }
	Value     *struct{ Shape string }
	Min       int      `json:"min"`
	Max       int      `json:"max"`
	Pattern   string   `json:"pattern"`
	Enum      []string `json:"enum"`
	Sensitive bool     `json:"sensitive"`
}

func readServiceModel(t *testing.T) serviceModel {
	t.Helper()
	data, err := os.ReadFile("testdata/codepipeline-job-shapes.json")
	if err != nil {
		t.Fatal(err)
	}
	var m serviceModel
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// toShape converts a service model shape into the Go form.
func toShape(t *testing.T, name string, s serviceShape) Shape {
	t.Helper()
	out := Shape{Name: name, Type: s.Type, Required: s.Required, Min: s.Min, Max: s.Max,
		Pattern: s.Pattern, Enum: s.Enum, Sensitive: s.Sensitive}
	if s.Member != nil {
		out.Item = s.Member.Shape
	}
	if s.Key != nil {
		out.Key, out.Value = s.Key.Shape, s.Value.Shape
	}
	if len(s.Members) == 0 {
		return out
	}
	// Read the members token by token: a Go map would lose their order.
	dec := json.NewDecoder(bytes.NewReader(s.Members))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		var target struct{ Shape string }
		if err := dec.Decode(&target); err != nil {
			t.Fatal(err)
		}
		out.Members = append(out.Members, Member{Name: key.(string), Shape: target.Shape})
	}
	return out
}

// reachable lists the shapes reachable from the named roots.
func reachable(m serviceModel, roots ...string) []string {
	seen := map[string]bool{}
	var visit func(string)
	visit = func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		s := m.Shapes[name]
		for _, next := range []*struct{ Shape string }{s.Member, s.Key, s.Value} {
			if next != nil {
				visit(next.Shape)
			}
		}
		var members map[string]struct{ Shape string }
		_ = json.Unmarshal(s.Members, &members)
		for _, target := range members {
			visit(target.Shape)
		}
	}
	for _, r := range roots {
		visit(r)
	}
	var names []string
	for name := range seen {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

func TestModelMatchesServiceModel(t *testing.T) {
	m := readServiceModel(t)
	want := reachable(m, "GetJobDetailsOutput", "PollForJobsOutput", "GetThirdPartyJobDetailsOutput", "PollForThirdPartyJobsOutput")

	// The file's own reachability lists agree with the walk above.
	var listed []string
	for _, op := range []string{"GetJobDetails", "PollForJobs", "GetThirdPartyJobDetails", "PollForThirdPartyJobs"} {
		listed = append(listed, m.Reachability[op].Output...)
	}
	slices.Sort(listed)
	if listed = slices.Compact(listed); !slices.Equal(listed, want) {
		t.Errorf("reachable shapes %v, but the file lists %v", want, listed)
	}

	var got []string
	for _, s := range Model {
		got = append(got, s.Name)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("Model has shapes\n%v\nwant (sorted, no duplicates)\n%v", got, want)
	}
	for _, s := range Model {
		ws := toShape(t, s.Name, m.Shapes[s.Name])
		if !reflect.DeepEqual(s, ws) {
			t.Errorf("shape %s:\n got %+v\nwant %+v", s.Name, s, ws)
		}
	}
}

func TestModelReferencesResolve(t *testing.T) {
	for _, s := range Model {
		refs := []string{s.Item, s.Key, s.Value}
		for _, m := range s.Members {
			refs = append(refs, m.Shape)
		}
		for _, r := range refs {
			if r != "" && Lookup(r) == nil {
				t.Errorf("%s refers to unknown shape %q", s.Name, r)
			}
		}
		for _, req := range s.Required {
			if s.member(req) == nil {
				t.Errorf("%s requires %q, which is not a member", s.Name, req)
			}
		}
	}
}

// The anchored patterns of the schema are exactly the Smithy model's.
func TestPatternsMatchSmithy(t *testing.T) {
	smithy := readServiceModel(t).CrossCheck.SmithyPatterns
	for _, s := range Model {
		if s.Pattern == "" || (s.Name == "ClientId" && smithy[s.Name] == "") {
			// ClientId came into the file from botocore after the cross-check.
			continue
		}
		if got, want := anchored(s.Pattern), smithy[s.Name]; got != want {
			t.Errorf("%s: anchored pattern %q, Smithy has %q", s.Name, got, want)
		}
	}
}

// Every pattern and enum shape has words for its messages.
func TestShapeWords(t *testing.T) {
	for _, s := range Model {
		w, ok := shapeWords[s.Name]
		switch {
		case s.Pattern != "" && (!ok || w.form == ""):
			t.Errorf("%s has a pattern but no words for it in shapeWords", s.Name)
		case len(s.Enum) > 0 && !ok:
			t.Errorf("%s has an enum but no noun in shapeWords", s.Name)
		case s.Pattern == "" && len(s.Enum) == 0 && ok:
			t.Errorf("shapeWords has %s, which has no pattern or enum", s.Name)
		}
	}
}
