package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// rootSchema is the whole schema with the root's if/then/else, as an editor
// uses it.
var rootSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSON))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ID, doc); err != nil {
		return nil, err
	}
	return c.Compile(ID)
})

// libraryAccepts reports whether the validator finds nothing wrong with root:
// no finding for an envelope, no error from the root schema otherwise.
func libraryAccepts(t testing.TB, root *document.Node, env document.Form) bool {
	t.Helper()
	if env != document.UnknownForm {
		return len(validateAll(root, env)) == 0
	}
	sch, err := rootSchema()
	if err != nil {
		t.Fatal(err)
	}
	return sch.Validate(root.ToAny()) == nil
}

var allForms = append([]document.Form{document.UnknownForm}, document.Forms...)

// checkEquivalent fails t unless conforms and the validator agree on root
// for every form and for the root schema. In a document with an object
// of more than maxDuplicateScan members, conforms may say no where the
// validator says yes (see conformsMap); there only the implication holds.
func checkEquivalent(t testing.TB, root *document.Node, what string) {
	t.Helper()
	for _, env := range allForms {
		got, want := conforms(root, env), libraryAccepts(t, root, env)
		if got != want && !(want && hasLargeObject(root)) {
			t.Fatalf("%s: conforms(%s) = %v, validator accepts: %v\n%s", what, env, got, want, encode(root))
		}
	}
}

func decodeString(t testing.TB, doc string) *document.Node {
	t.Helper()
	root, err := decode.JSON([]byte(doc))
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, doc)
	}
	return root
}

func readFixture(t testing.TB, path string) *document.Node {
	t.Helper()
	data, err := os.ReadFile(filepath.FromSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	root, err := decode.JSON(data)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// jd wraps the members of a JobData object in a GetJobDetails response.
func jd(data string) string { return `{"jobDetails": {"data": {` + data + `}}}` }

// ctx wraps the members of a PipelineContext.
func ctx(members string) string { return jd(`"pipelineContext": {` + members + `}`) }

// config wraps the members of an action configuration map.
func config(members string) string {
	return jd(`"actionConfiguration": {"configuration": {` + members + `}}`)
}

func typeID(category, owner, provider, version string) string {
	return jd(`"actionTypeId": {"category": "` + category + `", "owner": "` + owner +
		`", "provider": "` + provider + `", "version": "` + version + `"}`)
}

func rep(s string, n int) string { return strings.Repeat(s, n) }

const uuid = "a1b2c3d4-5678-40ab-8cde-111122223333"

// Each case names one constraint kind; want is for the detected envelope
// (the root schema when none is detected).
var conformsTests = []struct {
	name string
	doc  string
	want bool
}{
	// types
	{"empty job details", `{"jobDetails": {}}`, true},
	{"job details array", `{"jobDetails": []}`, false},
	{"job details null", `{"jobDetails": null}`, false},
	{"string found number", `{"jobDetails": {"id": 1}}`, false},
	{"string found object", `{"jobDetails": {"id": {}}}`, false},
	{"string found boolean", `{"jobDetails": {"accountId": true}}`, false},
	{"array found object", jd(`"inputArtifacts": {}`), false},
	{"object found string", jd(`"pipelineContext": "x"`), false},
	{"root array", `[]`, false},
	{"root string", `"jobs"`, false},
	{"root null", `null`, false},

	// required
	{"required all there", typeID("Build", "AWS", "CodeBuild", "1"), true},
	{"required missing", jd(`"actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild"}`), false},
	{"required key type", jd(`"encryptionKey": {"id": "k"}`), false},
	{"required bucket", jd(`"inputArtifacts": [{"location": {"s3Location": {"objectKey": "k"}}}]`), false},
	{"required credentials", jd(`"artifactCredentials": {"accessKeyId": "a", "secretAccessKey": "s"}`), false},
	{"required credentials there", jd(`"artifactCredentials": {"accessKeyId": "", "secretAccessKey": "", "sessionToken": ""}`), true},

	// members outside the model
	{"unknown member", `{"jobDetails": {"foo": 1}}`, false},
	{"unknown member case", `{"jobDetails": {"Id": "` + uuid + `"}}`, false},
	{"unknown nested", ctx(`"stage": {"name": "Build", "Name": "Build"}`), false},
	{"unknown root member", `{"jobDetails": {}, "extra": 1}`, false},
	{"member of another shape", `{"jobDetails": {"nonce": "1", "accountId": "111111111111"}}`, false},
	{"third-party job", `{"jobDetails": {"nonce": "1", "id": "partner-1"}}`, true},
	{"optional member null", jd(`"inputArtifacts": [{"name": null, "revision": null}]`), true},
	{"required member null", jd(`"encryptionKey": {"id": null, "type": "KMS"}`), false},
	{"job null", `{"jobDetails": null}`, false},
	{"list item null", jd(`"inputArtifacts": [null]`), false},
	{"boto3 metadata", `{"jobDetails": {}, "ResponseMetadata": {"RequestId": "r"}}`, true},
	{"boto3 metadata no object", `{"jobDetails": {}, "ResponseMetadata": []}`, false},
	{"metadata below the top", `{"jobDetails": {"ResponseMetadata": {}}}`, false},

	// __type
	{"type name", `{"jobDetails": {"__type": "JobDetails"}}`, true},
	{"type name empty", `{"jobDetails": {"__type": ""}}`, true},
	{"type name number", `{"jobDetails": {"__type": 1}}`, false},
	{"type name null", `{"jobDetails": {"__type": null}}`, false},
	{"type name object", `{"jobDetails": {"__type": {}}}`, false},
	{"type name at root", `{"__type": "GetJobDetailsOutput", "jobDetails": {}}`, true},
	{"type name in a map is a key", config(`"__type": "x"`), true},
	{"type name in a map is a value", config(`"__type": ""`), false},

	// length in code points
	{"nonce empty", `{"jobs": [{"nonce": ""}]}`, false},
	{"nonce 50", `{"jobs": [{"nonce": "` + rep("a", 50) + `"}]}`, true},
	{"nonce 51", `{"jobs": [{"nonce": "` + rep("a", 51) + `"}]}`, false},
	{"nonce 50 two-byte", `{"jobs": [{"nonce": "` + rep("é", 50) + `"}]}`, true},
	{"nonce 51 two-byte", `{"jobs": [{"nonce": "` + rep("é", 51) + `"}]}`, false},
	{"nonce 50 four-byte", `{"jobs": [{"nonce": "` + rep("😀", 50) + `"}]}`, true},
	{"nonce 50 escaped pairs", `{"jobs": [{"nonce": "` + rep(`\ud83d\ude00`, 50) + `"}]}`, true},
	{"nonce lone surrogate", `{"jobs": [{"nonce": "\ud800"}]}`, true},
	{"version 9", typeID("Build", "AWS", "CodeBuild", "123456789"), true},
	{"version 10", typeID("Build", "AWS", "CodeBuild", "1234567890"), false},
	{"token 2048", jd(`"continuationToken": "` + rep("t", 2048) + `"`), true},
	{"token 2049", jd(`"continuationToken": "` + rep("t", 2049) + `"`), false},
	{"token empty", jd(`"continuationToken": ""`), false},
	{"value 1000", config(`"k": "` + rep("é", 1000) + `"`), true},
	{"value 1001", config(`"k": "` + rep("é", 1001) + `"`), false},
	{"revision 1500 four-byte", jd(`"inputArtifacts": [{"revision": "` + rep("😀", 1500) + `"}]`), true},
	{"revision 1501", jd(`"inputArtifacts": [{"revision": "` + rep("r", 1501) + `"}]`), false},
	{"key id 400", jd(`"encryptionKey": {"id": "` + rep("k", 400) + `", "type": "KMS"}`), true},
	{"key id 401", jd(`"encryptionKey": {"id": "` + rep("k", 401) + `", "type": "KMS"}`), false},

	// enums
	{"category", typeID("Compute", "ThirdParty", "P", "1"), true},
	{"category lowercase", typeID("build", "AWS", "P", "1"), false},
	{"category space", typeID("Build ", "AWS", "P", "1"), false},
	{"owner", typeID("Build", "aws", "P", "1"), false},
	{"location type", jd(`"inputArtifacts": [{"location": {"type": "S3"}}]`), true},
	{"location type lowercase", jd(`"inputArtifacts": [{"location": {"type": "s3"}}]`), false},
	{"key type", jd(`"encryptionKey": {"id": "k", "type": "KMS"}`), true},
	{"key type lowercase", jd(`"encryptionKey": {"id": "k", "type": "kms"}`), false},

	// patterns, as full matches
	{"account id", `{"jobDetails": {"accountId": "111122223333"}}`, true},
	{"account id 11", `{"jobDetails": {"accountId": "11112222333"}}`, false},
	{"account id 13", `{"jobDetails": {"accountId": "1111222233334"}}`, false},
	{"account id newline", `{"jobDetails": {"accountId": "111122223333\n"}}`, false},
	{"account id prefix", `{"jobDetails": {"accountId": "a111122223333"}}`, false},
	{"account id other digits", `{"jobDetails": {"accountId": "١١١١٢٢٢٢٣٣٣٣"}}`, false},
	{"job id", `{"jobDetails": {"id": "` + uuid + `"}}`, true},
	{"job id uppercase", `{"jobDetails": {"id": "` + strings.ToUpper(uuid) + `"}}`, false},
	{"job id newline", `{"jobDetails": {"id": "` + uuid + `\n"}}`, false},
	{"job id no dashes", `{"jobDetails": {"id": "` + strings.ReplaceAll(uuid, "-", "") + `"}}`, false},
	{"arn", ctx(`"pipelineArn": "arn:aws:codepipeline:us-east-1:111122223333:p"`), true},
	{"arn partition", ctx(`"pipelineArn": "arn:aws-us-gov:codepipeline:us-gov-west-1:111122223333:p"`), true},
	{"arn unicode", ctx(`"pipelineArn": "arn:aws:codepipeline:é:111122223333:ñ"`), true},
	{"arn empty partition", ctx(`"pipelineArn": "arn:aws-:codepipeline:r:111122223333:p"`), false},
	{"arn no name", ctx(`"pipelineArn": "arn:aws:codepipeline:r:111122223333:"`), false},
	{"arn newline", ctx(`"pipelineArn": "arn:aws:codepipeline:a\nb:111122223333:p"`), false},
	{"arn service", ctx(`"pipelineArn": "arn:aws:codebuild:r:111122223333:p"`), false},
	{"pipeline name", ctx(`"pipelineName": "a.b@c-d_e"`), true},
	{"pipeline name space", ctx(`"pipelineName": "my pipeline"`), false},
	{"pipeline name unicode", ctx(`"pipelineName": "é"`), false},
	{"pipeline name 100", ctx(`"pipelineName": "` + rep("p", 100) + `"`), true},
	{"pipeline name 101", ctx(`"pipelineName": "` + rep("p", 101) + `"`), false},
	{"execution id", ctx(`"pipelineExecutionId": "` + uuid + `"`), true},
	{"execution id short", ctx(`"pipelineExecutionId": "` + uuid[1:] + `"`), false},
	{"provider", typeID("Build", "AWS", "My-Provider_1", "1"), true},
	{"provider dot", typeID("Build", "AWS", "My.Provider", "1"), false},
	{"version dot", typeID("Build", "AWS", "P", "1.0"), false},
	{"artifact name", jd(`"outputArtifacts": [{"name": "Build-Artifact_1"}]`), true},
	{"artifact name dot", jd(`"outputArtifacts": [{"name": "Build.Artifact"}]`), false},
	{"action execution id is free", ctx(`"action": {"actionExecutionId": "anything at all"}`), true},

	// maps
	{"map empty", config(``), true},
	{"map key empty", config(`"": "x"`), false},
	{"map key 50", config(`"` + rep("k", 50) + `": "x"`), true},
	{"map key 51", config(`"` + rep("k", 51) + `": "x"`), false},
	{"map key 50 two-byte", config(`"` + rep("é", 50) + `": "x"`), true},
	{"map value number", config(`"Port": 8080`), false},
	{"map value object", config(`"Port": {}`), false},
	{"map null", jd(`"actionConfiguration": {"configuration": null}`), true},
	{"map value null", jd(`"actionConfiguration": {"configuration": {"k": null}}`), false},
	{"map array", jd(`"actionConfiguration": {"configuration": []}`), false},

	// lists
	{"list empty", jd(`"inputArtifacts": []`), true},
	{"list empty object item", jd(`"inputArtifacts": [{}]`), true},
	{"list null item", jd(`"inputArtifacts": [{}, null]`), false},
	{"jobs empty", `{"jobs": []}`, true},
	{"jobs empty item", `{"jobs": [{}]}`, true},
	{"jobs number item", `{"jobs": [{}, 1]}`, false},

	// duplicate keys: the last value counts
	{"duplicate last good", `{"jobDetails": {"accountId": 1, "accountId": "111122223333"}}`, true},
	{"duplicate last bad", `{"jobDetails": {"accountId": "111122223333", "accountId": 1}}`, false},
	{"duplicate type name last good", `{"jobDetails": {"__type": 1, "__type": "x"}}`, true},
	{"duplicate type name last bad", `{"jobDetails": {"__type": "x", "__type": 1}}`, false},
	{"duplicate map value last good", config(`"Mode": 1, "Other": "y", "Mode": "x"`), true},
	{"duplicate map value last bad", config(`"Mode": "x", "Mode": ""`), false},
	{"duplicate map key bad twice", config(`"": "x", "": "y"`), false},
	{"duplicate jobs last good", `{"jobs": {}, "jobs": []}`, true},
	{"duplicate jobs last bad", `{"jobs": [], "jobs": {}}`, false},
	{"duplicate envelope", `{"jobDetails": 1, "jobDetails": {}}`, true},

	// envelopes and the root's if/then/else
	{"both members", `{"jobDetails": {}, "jobs": []}`, false},
	{"neither member", `{}`, false},
	{"neither member type name", `{"__type": "x"}`, false},
	{"neither member other", `{"jobDetail": {}}`, false},
	{"jobs null", `{"jobs": null}`, false},
}

func TestConforms(t *testing.T) {
	for _, tt := range conformsTests {
		t.Run(tt.name, func(t *testing.T) {
			root := decodeString(t, tt.doc)
			env := document.DetectForm(root)
			if got := conforms(root, env); got != tt.want {
				t.Errorf("conforms(%s) = %v, want %v", env, got, tt.want)
			}
			checkEquivalent(t, root, tt.name)
		})
	}
}

// The root schema and Validate's envelopes differ only when the envelope
// that DetectEnvelope picks is not the one the root picks.
func TestConformsEnvelopes(t *testing.T) {
	tests := []struct {
		doc        string
		get, poll  bool
		rootSchema bool
	}{
		{`{}`, true, true, false},
		{`{"jobDetails": {}}`, true, false, true},
		{`{"jobs": []}`, false, true, true},
		{`{"jobDetails": {}, "jobs": []}`, false, false, false},
		{`{"jobs": 1}`, false, false, false},
		{`1`, false, false, false},
	}
	for _, tt := range tests {
		root := decodeString(t, tt.doc)
		for env, want := range map[document.Form]bool{
			document.GetJobDetails: tt.get, document.PollForJobs: tt.poll, document.UnknownForm: tt.rootSchema,
		} {
			if got := conforms(root, env); got != want {
				t.Errorf("%s: conforms(%s) = %v, want %v", tt.doc, env, got, want)
			}
		}
		checkEquivalent(t, root, tt.doc)
	}
	if conforms(nil, document.GetJobDetails) || Validate(nil, document.UnknownForm) != nil {
		t.Error("a nil root conforms")
	}
}

func TestConformsFixtures(t *testing.T) {
	for _, path := range []string{
		"../testdata/ok/get-job-details-full.json", "../testdata/ok/poll-for-jobs.json",
		"testdata/get-job-details-cli-example.json",
	} {
		root := readFixture(t, path)
		want := !strings.Contains(path, "cli-example")
		if got := conforms(root, document.DetectForm(root)); got != want {
			t.Errorf("%s: conforms = %v, want %v", path, got, want)
		}
		checkEquivalent(t, root, path)
	}
}

// A valid document costs no allocation: no tree conversion, no validator.
func TestConformsDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items under the race detector, so regexp allocates")
	}
	for _, path := range []string{"../testdata/ok/get-job-details-full.json", "../testdata/ok/poll-for-jobs.json"} {
		root := readFixture(t, path)
		env := document.DetectForm(root)
		if n := testing.AllocsPerRun(100, func() { Validate(root, env) }); n != 0 {
			t.Errorf("%s: Validate allocates %v times", path, n)
		}
	}
}

// conforms relies on these facts of the model.
func TestConformsModelAssumptions(t *testing.T) {
	for _, s := range Model {
		switch s.Type {
		case "structure", "list", "string":
		case "map":
			if k := Lookup(s.Key); k == nil || k.Type != "string" {
				t.Errorf("%s: map keys must be a string shape", s.Name)
			}
		default:
			t.Errorf("%s: conforms does not know type %q", s.Name, s.Type)
		}
		if s.Min < 0 || s.Max < 0 || (s.Max > 0 && s.Min > s.Max) {
			t.Errorf("%s: odd bounds %d..%d", s.Name, s.Min, s.Max)
		}
		if s.member("__type") != nil {
			t.Errorf("%s: a member called __type would clash with the type name", s.Name)
		}
	}
}

func BenchmarkConforms(b *testing.B) {
	root := readFixture(b, "../testdata/ok/get-job-details-full.json")
	b.ReportAllocs()
	for b.Loop() {
		if !conforms(root, document.GetJobDetails) {
			b.Fatal("the full fixture does not conform")
		}
	}
}

// hasLargeObject reports whether an object under n has more than
// maxDuplicateScan members.
func hasLargeObject(n *document.Node) bool {
	large := false
	walkNodes(n, func(n *document.Node) { large = large || len(n.Members) > maxDuplicateScan })
	return large
}
