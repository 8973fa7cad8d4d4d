package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

//go:generate go run ./internal/gen

// JSON is the generated schema, jobdetails.schema.json, as committed.
//
//go:embed jobdetails.schema.json
var JSON []byte

// compiled holds the schema of each form, compiled on first use only: a
// command that never validates (rules, version) starts at once, and a run
// over documents of one form compiles that form's shapes alone.
var compiled [len(formsByIndex)]struct {
	once sync.Once
	sch  *jsonschema.Schema
	err  error
}

// formsByIndex gives each form its slot in compiled.
var formsByIndex = [...]document.Form{
	document.GetJobDetails, document.PollForJobs, document.GetThirdPartyJobDetails,
	document.PollForThirdPartyJobs, document.LambdaEvent,
}

// formSchema returns the compiled schema of a form's shape, compiling it
// once per process.
func formSchema(form document.Form) (*jsonschema.Schema, error) {
	for i, f := range formsByIndex {
		if f == form {
			c := &compiled[i]
			c.once.Do(func() { c.sch, c.err = compile(JSON, form) })
			return c.sch, c.err
		}
	}
	return nil, fmt.Errorf("schema: no schema for %s", form)
}

// compile compiles the shape of one form in data, a schema with $id ID.
// The resource it compiles keeps only the shapes the form reaches: the
// library checks a whole resource against the draft's metaschema first,
// and that check, not the compilation, costs most.
func compile(data []byte, form document.Form) (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("schema: reading %s: %w", ID, err)
	}
	root, ok := doc.(map[string]any)
	defs, _ := root["$defs"].(map[string]any)
	if !ok || defs == nil {
		return nil, fmt.Errorf("schema: %s has no $defs", ID)
	}
	kept := map[string]any{}
	for _, name := range reachableShapes(form.Output()) {
		kept[name] = defs[name]
	}
	resource := map[string]any{"$schema": root["$schema"], "$id": ID, "$defs": kept}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ID, resource); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	sch, err := c.Compile(ID + "#/$defs/" + form.Output())
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return sch, nil
}

// reachableShapes lists the shape called name and every shape it reaches.
func reachableShapes(name string) []string {
	var names []string
	seen := map[string]bool{}
	var visit func(string)
	visit = func(n string) {
		s := Lookup(n)
		if s == nil || seen[n] {
			return
		}
		seen[n] = true
		names = append(names, n)
		for _, next := range []string{s.Item, s.Key, s.Value} {
			visit(next)
		}
		for _, m := range s.Members {
			visit(m.Shape)
		}
	}
	visit(name)
	return names
}
