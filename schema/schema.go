package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:generate go run ./internal/gen

// JSON is the generated schema, jobdetails.schema.json, as committed.
//
//go:embed jobdetails.schema.json
var JSON []byte

// compiled holds the two envelope schemas. They are compiled on first use
// only, so commands that never validate (rules, version) start at once.
var compiled struct {
	once          sync.Once
	getJobDetails *jsonschema.Schema
	pollForJobs   *jsonschema.Schema
	err           error
}

// schemas returns the compiled GetJobDetailsOutput and PollForJobsOutput
// schemas, compiling them once per process.
func schemas() (getJobDetails, pollForJobs *jsonschema.Schema, err error) {
	compiled.once.Do(func() {
		compiled.getJobDetails, compiled.pollForJobs, compiled.err = compile(JSON)
	})
	return compiled.getJobDetails, compiled.pollForJobs, compiled.err
}

// compile compiles the envelope sub-schemas of data, a schema with $id ID.
func compile(data []byte) (getJobDetails, pollForJobs *jsonschema.Schema, err error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("schema: reading %s: %w", ID, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ID, doc); err != nil {
		return nil, nil, fmt.Errorf("schema: %w", err)
	}
	if getJobDetails, err = c.Compile(ID + "#/$defs/GetJobDetailsOutput"); err != nil {
		return nil, nil, fmt.Errorf("schema: %w", err)
	}
	if pollForJobs, err = c.Compile(ID + "#/$defs/PollForJobsOutput"); err != nil {
		return nil, nil, fmt.Errorf("schema: %w", err)
	}
	return getJobDetails, pollForJobs, nil
}
