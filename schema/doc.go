// Package schema checks a response against the JSON Schema of the CodePipeline
// output model.
//
// How the schema is made: model.go holds, as Go data, every shape that
// GetJobDetailsOutput and PollForJobsOutput reach in AWS's service model
// (botocore codepipeline 2015-07-09): structures, lists, maps and strings with
// their members in the model's order, required members, length bounds,
// patterns, enums and the sensitive flag. testdata/codepipeline-job-shapes.json
// is a copy of that public model data (documentation strings dropped), and a
// test checks that Model equals it shape by shape.
//
// Generate turns Model into jobdetails.schema.json (JSON Schema draft 2020-12):
// one $defs entry per shape, named as in the model; patterns anchored, since
// the service applies them as a full match; structures closed with
// additionalProperties false but allowing a "__type" string, which serializers
// such as the one behind the AWS CLI example add. The root picks
// PollForJobsOutput when the document has "jobs" and GetJobDetailsOutput
// otherwise, so that an editor reports the errors of one envelope only.
//
// To regenerate after changing the model, run
//
//	go generate ./...
//
// from the module root (make generate does the same). The file is committed
// and embedded as JSON; TestSchemaIsFresh fails when it is stale. Since the
// generator imports this package, which embeds the file, the file must exist
// before the first run: if it is missing, create it empty.
//
// Validate first walks the document along Model (conforms.go), which tells
// exactly whether it satisfies the schema without allocating; a valid
// document, the common case, stops there. Otherwise Validate compiles the two
// envelope schemas once per process, on first use, and turns every
// validation error into one finding with a plain message under one of the
// rules that Rules lists. Messages never show a value of a
// sensitive shape or of a configuration value.
//
// Model is the one statement of the model's facts. Other packages read them
// through MustLookup (a shape by name) and Shape.Allows (the schema's own
// check of one string); TestModelFactsStatedOnce keeps enum values,
// patterns and length bounds of the model out of their sources.
package schema
