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

// compiled holds the schema of each form. They are compiled on first use
// only, so commands that never validate (rules, version) start at once.
var compiled struct {
	once  sync.Once
	forms map[document.Form]*jsonschema.Schema
	err   error
}

// formSchema returns the compiled schema of a form's shape, compiling every
// form's once per process.
func formSchema(form document.Form) (*jsonschema.Schema, error) {
	compiled.once.Do(func() {
		compiled.forms, compiled.err = compile(JSON)
	})
	return compiled.forms[form], compiled.err
}

// compile compiles the shape of every form in data, a schema with $id ID.
func compile(data []byte) (map[document.Form]*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("schema: reading %s: %w", ID, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ID, doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	forms := map[document.Form]*jsonschema.Schema{}
	for _, f := range document.Forms {
		sch, err := c.Compile(ID + "#/$defs/" + f.Output())
		if err != nil {
			return nil, fmt.Errorf("schema: %w", err)
		}
		forms[f] = sch
	}
	return forms, nil
}
