package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

func TestSchemaIsFresh(t *testing.T) {
	want, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(JSON, want) {
		t.Fatal("jobdetails.schema.json differs from what the model generates; run go generate ./...")
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		b, _ := Generate()
		if !bytes.Equal(a, b) {
			t.Fatal("two runs of Generate differ")
		}
	}
}

// The messages cover exactly these keywords; a new one needs a message first.
var knownKeywords = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "$ref": true, "title": true, "description": true,
	"if": true, "then": true, "else": true, "type": true, "properties": true, "required": true,
	"additionalProperties": true, "propertyNames": true, "items": true,
	"minLength": true, "maxLength": true, "pattern": true, "enum": true,
	// anyOf makes an optional member nullable (the reporter drops the null
	// branch's error); contains appears only in the root's "if".
	"anyOf": true, "contains": true, "not": true, "const": true,
}

func TestSchemaUsesKnownKeywords(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(JSON, &doc); err != nil {
		t.Fatal(err)
	}
	var check func(path string, s map[string]any)
	check = func(path string, s map[string]any) {
		for k, v := range s {
			if !knownKeywords[k] {
				t.Errorf("%s uses keyword %q", path, k)
			}
			switch k {
			case "properties", "$defs":
				for name, sub := range v.(map[string]any) {
					check(path+"/"+k+"/"+name, sub.(map[string]any))
				}
			case "if", "then", "else", "items", "propertyNames", "additionalProperties", "contains", "not":
				if sub, ok := v.(map[string]any); ok {
					check(path+"/"+k, sub)
				}
			case "anyOf":
				for i, sub := range v.([]any) {
					check(fmt.Sprintf("%s/%s/%d", path, k, i), sub.(map[string]any))
				}
			}
		}
	}
	check("#", doc)
	defs, _ := doc["$defs"].(map[string]any)
	if len(defs) != len(Model)+len(EventModel) {
		t.Errorf("$defs has %d entries, Model and EventModel %d shapes", len(defs), len(Model)+len(EventModel))
	}
}

func TestSchemaCompiles(t *testing.T) {
	for _, f := range document.Forms {
		if sch, err := formSchema(f); err != nil || sch == nil {
			t.Fatalf("compile %s: %v", f, err)
		}
	}
}

// The root, which editors use, picks one form as document.DetectForm does:
// a PollForJobs response is not also checked as GetJobDetails.
func TestRootPicksForm(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ID, doc); err != nil {
		t.Fatal(err)
	}
	root, err := c.Compile(ID)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		doc  string
		want string // the instance location of the only leaf error, or "ok"
	}{
		{`{"jobs": [{"id": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f", "nonce": "3"}]}`, "ok"},
		{`{"jobDetails": {"id": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f"}}`, "ok"},
		{`{"jobs": [{"nonce": ""}]}`, "/jobs/0/nonce"},
		{`{"jobDetails": {"nonce": "3", "accountId": "111111111111"}}`, "/jobDetails"},
		{`{"jobDetails": {"id": "partner-job-1", "nonce": "3"}}`, "ok"},
		{`{"jobDetails": {"id": "partner-job-1"}}`, "/jobDetails/id"},
		{`{"jobDetails": {"id": "partner-job-1", "data": {"actionTypeId": {"owner": "ThirdParty"}}}}`, "/jobDetails/data/actionTypeId"},
		{`{"jobDetails": {"id": "partner-job-1", "accountId": "111111111111", "data": {"actionTypeId": {"owner": "ThirdParty"}}}}`, "/jobDetails/data/actionTypeId /jobDetails/id"},
		{`{"jobDetails": {"id": "partner-job-1", "nonce": null}}`, "/jobDetails /jobDetails/id"},
		{`{"jobs": [{"clientId": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f", "jobId": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f"}]}`, "ok"},
		{`{"jobs": [{"clientId": 5}]}`, "/jobs/0/clientId"},
		{`{"jobs": ["x", {"jobId": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f"}]}`, "/jobs/0"},
		{`{"CodePipeline.job": {"id": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f", "accountId": "111111111111", "data": {"artifactCredentials": null}}}`, "ok"},
		{`{"CodePipeline.job": {"data": {"actionTypeId": {}}}}`, "/CodePipeline.job /CodePipeline.job/data"},
		{`{}`, "/ / /"}, // one of three members is missing
		{`{"ResponseMetadata": {}}`, "/ / /"},
		{`{"CodePipeline.job": null}`, "/CodePipeline.job"},
		{`{"jobDetails": {"data": {"inputArtifacts": [{"revision": null, "name": null}]}}, "ResponseMetadata": {"HTTPStatusCode": 200}}`, "ok"},
		{`{"jobDetails": {"data": {"inputArtifacts": [null]}}}`, "/jobDetails/data/inputArtifacts/0"},
	}
	for _, tt := range tests {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(tt.doc))
		if err != nil {
			t.Fatal(err)
		}
		got := "ok"
		var verr *jsonschema.ValidationError
		if errors.As(root.Validate(v), &verr) {
			leaves := leafLocations(verr)
			slices.Sort(leaves)
			got = strings.Join(leaves, " ")
		}
		if got != tt.want {
			t.Errorf("%s: errors at %q, want %q", tt.doc, got, tt.want)
		}
	}
}

func leafLocations(e *jsonschema.ValidationError) []string {
	if len(e.Causes) == 0 {
		return []string{"/" + strings.Join(e.InstanceLocation, "/")}
	}
	var out []string
	for _, c := range e.Causes {
		if _, ok := e.ErrorKind.(*kind.AnyOf); ok && isNullBranch(c) {
			continue
		}
		out = append(out, leafLocations(c)...)
	}
	return out
}
