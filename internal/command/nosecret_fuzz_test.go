package command

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// FuzzNoSecret plants a real-shaped credential (internal/fake) at a place of
// an input, written in one of several forms with any text around it, runs
// check in every format and redact (one file, and a diff of two), and fails
// if the bytes of standard output or standard error hold the credential in
// full, as written or JSON-escaped (`\/`) or percent-encoded. Seeds are in
// testdata/fuzz/FuzzNoSecret.
func FuzzNoSecret(f *testing.F) {
	for _, r := range reproducers {
		f.Add(r.seed, r.place, r.form, r.before, r.after)
	}
	f.Fuzz(func(t *testing.T, seed uint64, place, form uint8, before, after string) {
		p := plant{seed: seed, place: place, form: form, before: before, after: after}
		p.check(t)
	})
}

// A plant is one credential at one place in one written form.
type plant struct {
	name          string // for a reproducer's subtest
	seed          uint64
	place, form   uint8
	before, after string // text around it
}

// The places a credential can stand: a value of each field the rules and
// the schema quote, member names, file names and config text.
const (
	placeMember uint8 = iota // a member name in data
	placeConfigKey
	placeFileName // a file on disk
	placeStdinName
	placeConfigUnknownKey
	placeConfigGlob
	placeConfigPointer
	placeConfigFile
	placeConfigRule
	placeFields // from here on: the value of fields[place-placeFields]
)

// fields are the string fields of the job template, each the value of one
// place.
var fields = []string{"category", "owner", "provider", "version", "id", "accountId", "pipelineName",
	"stageName", "actionName", "actionExecutionId", "pipelineArn", "pipelineExecutionId", "artifactName",
	"revision", "locationType", "bucket", "objectKey", "kmsKey", "kmsType", "configValue", "continuationToken"}

const numPlaces = int(placeFields) + 21

// jobTemplate is a valid GetJobDetails response; each {{name}} is a JSON
// string, and {{dataMember}} and {{configMember}} are extra members.
const jobTemplate = `{"jobDetails": {"id": {{id}}, "accountId": {{accountId}},
 "data": {"actionTypeId": {"category": {{category}}, "owner": {{owner}}, "provider": {{provider}}, "version": {{version}}},
  "actionConfiguration": {"configuration": {"ProjectName": {{configValue}}{{configMember}}}},
  "pipelineContext": {"pipelineName": {{pipelineName}}, "stage": {"name": {{stageName}}},
   "action": {"name": {{actionName}}, "actionExecutionId": {{actionExecutionId}}},
   "pipelineArn": {{pipelineArn}}, "pipelineExecutionId": {{pipelineExecutionId}}},
  "inputArtifacts": [{"name": {{artifactName}}, "revision": {{revision}},
   "location": {"type": {{locationType}}, "s3Location": {"bucketName": {{bucket}}, "objectKey": {{objectKey}}}}}],
  "outputArtifacts": [{"name": {{outputName}},
   "location": {"type": "S3", "s3Location": {"bucketName": "codepipeline-us-east-1-111122223333", "objectKey": "my-pipeline/BuildArtif/Zp9Lm4T"}}}],
  "encryptionKey": {"id": {{kmsKey}}, "type": {{kmsType}}},
  "continuationToken": {{continuationToken}}{{dataMember}}}}}
`

var fieldDefaults = map[string]string{
	"id": "a1b2c3d4-5678-40ab-8cde-111122223333", "accountId": "111122223333",
	"category": "Build", "owner": "Custom", "provider": "MyBuildProvider", "version": "1",
	"configValue": "my-build-project", "pipelineName": "my-pipeline", "stageName": "Build",
	"actionName": "Build-App", "actionExecutionId": "c0ffee00-1111-4222-8333-444455556666",
	"pipelineArn":         "arn:aws:codepipeline:us-east-1:111122223333:my-pipeline",
	"pipelineExecutionId": "b2c3d4e5-6789-40ab-8cde-111122223333",
	"artifactName":        "SourceArtifact", "outputName": "BuildArtifact",
	"revision": "3f1c2d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d", "locationType": "S3",
	"bucket": "codepipeline-us-east-1-111122223333", "objectKey": "my-pipeline/SourceArti/Xk3Yq2P",
	"kmsKey": "arn:aws:kms:us-east-1:111122223333:alias/codepipeline-artifacts", "kmsType": "KMS",
	"continuationToken": "continue-deployment-d-2B7XK4Q9A",
}

// The forms a credential is written in.
const (
	formPlain         uint8 = iota
	formControl             // a control character before it: "\u0007AKIA…"
	formSlash               // its '/' written `\/` in the JSON text
	formEscapedHex          // its first character written `\u0041`
	formLiteralHex          // its first character written `\u0041` in the value itself
	formCut                 // padded so that it straddles the 40th character
	formEllipsis            // "…AKIA…..."
	formGlued               // "notesAKIA…rotated"
	formControlInside       // a control character inside it: "A\aKIA…"
	numForms
)

// credential returns the planted credential: a key id, a secret key (with
// '/', except in a file name, where '/' separates folders), or a token.
func (p plant) credential() string {
	g := fake.New(p.seed)
	var c string
	switch p.seed % 4 {
	case 0:
		c = g.KeyID([]string{"AKIA", "ASIA", "ABIA", "ACCA"}[p.seed/4%4])
	case 1:
		c = g.Secret()
	case 2:
		c = g.SecretWithSlash()
	default:
		c = g.Token()
	}
	if p.inName() {
		c = strings.ReplaceAll(c, "/", "+")
	}
	return c
}

func (p plant) inName() bool {
	pl := p.place % uint8(numPlaces)
	return pl == placeFileName || pl == placeStdinName
}

// value returns the text that holds credential c, as decoded, and as a
// JSON (or YAML double-quoted) string literal.
func (p plant) value(c string) (value, literal string) {
	b, a := p.before, p.after
	switch p.form % numForms {
	case formControl:
		c = "\a" + c
	case formCut:
		b = strings.Repeat("x", 20+len(p.before)%20) // c starts before character 40
	case formEllipsis:
		c = "…" + c + "..."
	case formGlued:
		c = "notes" + c + "rotated"
	case formLiteralHex:
		c = fmt.Sprintf(`\u%04x`, c[0]) + c[1:]
	case formControlInside:
		k, ctrl := p.controlInside(c)
		c = c[:k] + string(ctrl) + c[k:]
	}
	value = b + c + a
	literal = jsonString(value)
	switch p.form % numForms {
	case formSlash:
		literal = strings.ReplaceAll(literal, "/", `\/`)
	case formEscapedHex:
		literal = `"` + inner(b) + fmt.Sprintf(`\u%04x`, c[0]) + inner(c[1:]) + inner(a) + `"`
	}
	return value, literal
}

func jsonString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(buf.String(), "\n")
}

func inner(s string) string { q := jsonString(s); return q[1 : len(q)-1] }

// insideControls are the control characters formControlInside puts into a
// credential: all but the line break read through by the masking step.
const insideControls = "\a\t\x01\x1b\x7f\r\b\f\v\x00"

// controlInside returns where in c formControlInside puts a control
// character, and which: after character 1 + len(after), and the one the
// seed chooses (seed/16), so that the fuzz test varies both.
func (p plant) controlInside(c string) (int, byte) {
	return 1 + len(p.after)%(len(c)-1), insideControls[p.seed/16%uint64(len(insideControls))]
}

// spellings are the ways an output can write the control character ctrl:
// as it is, escaped for Go, JSON (once or twice), XML or a URL, or as
// U+FFFD. Removed from the output, they leave the credential whole.
func spellings(ctrl byte) []string {
	q := strconv.QuoteRune(rune(ctrl))
	goEsc := q[1 : len(q)-1]
	u := fmt.Sprintf(`\u%04x`, ctrl)
	return []string{string(ctrl), goEsc, strings.ReplaceAll(goEsc, `\`, `\\`), u, `\` + u, fmt.Sprintf(`\u%04X`, ctrl),
		fmt.Sprintf("&#x%X;", ctrl), fmt.Sprintf("%%%02X", ctrl), "\uFFFD"}
}

// check builds the inputs, runs every output and fails on a leak.
func (p plant) check(t *testing.T) {
	c := p.credential()
	value, literal := p.value(c)
	dir := t.TempDir()
	doc := jobTemplate
	name := filepath.Join(dir, "job.json")
	config := ""
	stdinName := ""
	pl := p.place % uint8(numPlaces)
	switch pl {
	case placeMember:
		doc = strings.Replace(doc, "{{dataMember}}", ",\n  "+literal+": 1", 1)
	case placeConfigKey:
		doc = strings.Replace(doc, "{{configMember}}", ", "+literal+": \"x\"", 1)
	case placeFileName:
		name = filepath.Join(dir, safeFileName(value)+".json")
	case placeStdinName:
		stdinName = value + ".json"
	case placeConfigUnknownKey:
		config = literal + ": 1\n"
	case placeConfigGlob:
		config = "exclude:\n  - " + literal + "\n"
	case placeConfigPointer:
		config = "suppress:\n  - file: job.json\n    rule: schema-pattern\n    pointer: " + literal + "\n    reason: r\n"
	case placeConfigFile:
		config = "suppress:\n  - file: " + literal + "\n    rule: schema-pattern\n    pointer: \"\"\n    reason: r\n"
	case placeConfigRule:
		config = "rules:\n  " + literal + ": off\n"
	default:
		field := fields[pl-placeFields]
		doc = strings.Replace(doc, "{{"+field+"}}", literal, -1)
		if field == "artifactName" {
			doc = strings.Replace(doc, "{{outputName}}", literal, 1) // an input that is also an output
		}
	}
	doc = strings.NewReplacer("{{dataMember}}", "", "{{configMember}}", "").Replace(doc)
	for f, v := range fieldDefaults {
		doc = strings.ReplaceAll(doc, "{{"+f+"}}", jsonString(v))
	}
	if err := os.WriteFile(name, []byte(doc), 0o644); err != nil {
		t.Skip("the file system refuses this name") // the error would show the name
	}
	other := writeFile(t, dir, "other.json", doc)
	cfg := []string{"--no-config"}
	if config != "" {
		cfg = []string{"--config", writeFile(t, dir, ".jobdetails-lint.yaml", config)}
	}
	for _, format := range []string{"text", "json", "sarif", "junit", "github"} {
		args := append([]string{"--color=never", "--format", format}, cfg...)
		stdin := ""
		if stdinName != "" {
			args, stdin = append(args, "--stdin-filename", stdinName, "-"), doc
		} else {
			args = append(args, name)
		}
		p.noLeak(t, c, format, stdin, args...)
	}
	if stdinName == "" {
		p.noLeak(t, c, "redact", "", "redact", name)
		p.noLeak(t, c, "redact diff", "", "redact", name, other)
	}
	if pl >= placeFields || pl == placeMember || pl == placeConfigKey {
		p.checkLogs(t, c, dir, doc, value)
	}
}

// checkLogs writes the document into each log container, with the text that
// holds the credential also in a message of its own, and runs check and
// redact on each.
func (p plant) checkLogs(t *testing.T, c, dir, doc, value string) {
	for name, text := range logContainers(doc, value) {
		path := writeFile(t, dir, name, text)
		for _, format := range []string{"text", "json", "sarif"} {
			p.noLeak(t, c, name+" "+format, "", "--color=never", "--no-config", "--format", format, path)
		}
		p.noLeak(t, c, name+" redact", "", "redact", path)
	}
}

// logContainers returns the texts of the log containers that hold doc, a
// job, as a job worker logs it, and a message that holds value as text.
func logContainers(doc, value string) map[string]string {
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(doc)); err != nil {
		return nil
	}
	const req = "5e3f7a9c-2b4d-4e6f-8a1b-3c5d7e9f1a2b"
	const stream = "2026/12/02/[$LATEST]0a1b2c3d4e5f40718293a4b5c6d7e8f9"
	nodeLine := "2026-12-02T10:15:00.123Z\t" + req + "\tINFO\tEVENT " + compact.String()
	events := func(messages ...string) string {
		var b strings.Builder
		for i, m := range messages {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `{"logStreamName": %q, "timestamp": %d, "message": %s, "ingestionTime": 1796206500200}`, stream, 1796206500123+i, jsonString(m))
		}
		return b.String()
	}
	record := `{"timestamp":"2026-12-02T10:15:00.123Z","level":"INFO","requestId":"` + req + `","message":` + compact.String() + `}`
	return map[string]string{
		"filter.json": `{"events": [` + events(nodeLine, "note: "+value) + `], "searchedLogStreams": []}`,
		"get.json":    `{"events": [` + strings.ReplaceAll(events(record, value), `"logStreamName": "`+stream+`", `, "") + `], "nextForwardToken": "f/1", "nextBackwardToken": "b/1"}`,
		"tail.log":    "2026-12-02T10:15:00.123000+00:00 " + stream + " " + nodeLine + "\n2026-12-02T10:15:00.124000+00:00 " + stream + " " + value + "\n",
		"export.log":  "2026-12-02T10:15:00.123Z " + record + "\n2026-12-02T10:15:00.124Z note: " + value + "\n",
		"lambda.log":  "START RequestId: " + req + " Version: $LATEST\n" + nodeLine + "\n" + doc + "\nEND RequestId: " + req + "\n",
		"debug.log": "2026-12-02 10:15:00,643 - MainThread - botocore.parsers - DEBUG - Response body:\n" + pythonBytes(compact.String()) +
			"\n2026-12-02 10:15:00,644 - MainThread - awscli.clidriver - DEBUG - " + value + "\n",
	}
}

// pythonBytes writes text as repr() writes bytes: b'...', with \\, \', \t,
// \n, \r and \xhh for the other bytes that are not printable ASCII.
func pythonBytes(text string) string {
	var b strings.Builder
	b.WriteString("b'")
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\\' || c == '\'':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteString("'")
	return b.String()
}

// safeFileName makes value a name that a folder can hold: no NUL and no
// '/'. A name too long for the file system is skipped.
func safeFileName(v string) string {
	v = strings.NewReplacer("\x00", "_", "/", "_").Replace(v)
	if v == "" || v == "." || v == ".." {
		v = "_" + v
	}
	return v
}

// noLeak runs the command and fails if its output holds c in full.
func (p plant) noLeak(t *testing.T, c, what, stdin string, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := &Command{Stdin: strings.NewReader(stdin), Stdout: &stdout, Stderr: &stderr}
	cmd.Main(args)
	out := stdout.String() + stderr.String()
	if p.form%numForms == formControlInside {
		// The credential is printed in full when its two parts are printed
		// with only the control character, however written, between them.
		_, ctrl := p.controlInside(c)
		for _, s := range spellings(ctrl) {
			out = strings.ReplaceAll(out, s, "")
		}
	}
	for _, form := range []string{c, strings.ReplaceAll(c, "/", `\/`), url.PathEscape(c), url.QueryEscape(c)} {
		if strings.Contains(out, form) {
			// The failure shows the output with the credential replaced, so
			// that a test log never holds it either.
			shown := strings.ReplaceAll(out, form, "<CREDENTIAL>")
			t.Fatalf("%s (place %d, form %d, before %q, after %q) printed the credential %s in full:\n%s",
				what, p.place%uint8(numPlaces), p.form%numForms, p.before, p.after, secrets.Shown(c), shown)
		}
	}
}
