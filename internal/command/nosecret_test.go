package command

import (
	"slices"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// fieldPlace is the place of a field of the job template.
func fieldPlace(field string) uint8 { return placeFields + uint8(slices.Index(fields, field)) }

// reproducers are the inputs of the issue that printed a credential in full,
// and more of their kind. The seed chooses the credential: 0 an AKIA key id,
// 1 a secret key, 2 a secret key with '/', 3 a session token.
var reproducers = []plant{
	// A key id in a member name, in values the rules quote: a message cut
	// the value after the key id and the final masking skipped a run
	// followed by "…".
	{name: "key id in a member name", seed: 0, place: placeMember, before: "notes for the build ", after: " rotated"},
	{name: "key id in a category", seed: 0, place: fieldPlace("category"), before: "notes for the build ", after: " rotated"},
	{name: "key id in an artifact name", seed: 0, place: fieldPlace("artifactName"), before: "notes-for-the-build-", after: "-rotated"},
	{name: "key id in a job id", seed: 0, place: fieldPlace("id"), before: "notes for the build ", after: " rotated"},
	{name: "key id in a pipeline name", seed: 0, place: fieldPlace("pipelineName"), before: "notes for the build ", after: " rotated"},
	// A control character escaped before a key id hid it from the masking.
	{name: "control character before a key id in a category", seed: 0, place: fieldPlace("category"), form: formControl},
	{name: "control character before a key id in an owner", seed: 4, place: fieldPlace("owner"), form: formControl, before: "x"},
	// A control character inside a credential ended the masked stretch
	// (seed/16 chooses it: 0 '\a', 1 '\t', 4 DEL).
	{name: "tab inside a secret in a member name", seed: 18, place: placeMember, form: formControlInside},
	{name: "bell inside a key id in a member name", seed: 4, place: placeMember, form: formControlInside},
	{name: "bell inside a key id in a category", seed: 4, place: fieldPlace("category"), form: formControlInside},
	{name: "tab inside a key id in a configuration key", seed: 20, place: placeConfigKey, form: formControlInside, after: "xxxx"},
	{name: "DEL inside a secret in an object key", seed: 65, place: fieldPlace("objectKey"), form: formControlInside, before: "builds/"},
	{name: "bell inside a key id in a file name", seed: 4, place: placeFileName, form: formControlInside, before: "capture-"},
	// File names were printed as written.
	{name: "key id in a stdin file name with a line break", seed: 0, place: placeStdinName, before: "fixtures/a\n"},
	{name: "key id in a file name", seed: 8, place: placeFileName, before: "capture-"},
	// Config text was printed as written.
	{name: "key id in an unknown config key", seed: 0, place: placeConfigUnknownKey, before: "bogus"},
	{name: "key id in an exclude glob", seed: 0, place: placeConfigGlob, before: "/abs/"},
	{name: "key id in a suppression pointer", seed: 0, place: placeConfigPointer, before: "/jobDetails/"},
	{name: "key id in a suppression file glob", seed: 0, place: placeConfigFile, before: "fixtures/"},
	{name: "key id as an unknown rule", seed: 0, place: placeConfigRule},
	// Escaped, cut and glued forms.
	{name: "escaped slashes of a secret in a configuration key", seed: 2, place: placeConfigKey, form: formSlash},
	{name: "escaped first character of a secret in an object key", seed: 1, place: fieldPlace("objectKey"), form: formEscapedHex, before: "builds/"},
	{name: "literal escape in a bucket name", seed: 1, place: fieldPlace("bucket"), form: formLiteralHex},
	{name: "secret cut at 40 characters in a KMS key id", seed: 2, place: fieldPlace("kmsKey"), form: formCut},
	{name: "token cut at 40 characters in a configuration value", seed: 3, place: fieldPlace("configValue"), form: formCut, before: "abc"},
	{name: "key id between cut marks in a version", seed: 0, place: fieldPlace("version"), form: formEllipsis},
	{name: "secret glued to letters in a continuation token", seed: 1, place: fieldPlace("continuationToken"), form: formGlued},
	{name: "token glued to letters in a member name", seed: 3, place: placeMember, form: formGlued},
}

// TestNoSecretReproducers: no output of check or redact shows any of the
// reproducers' credentials in full.
func TestNoSecretReproducers(t *testing.T) {
	for _, p := range reproducers {
		t.Run(p.name, p.check)
	}
}

// TestFileNameCannotForgeALine: a file name with a line break is shown
// escaped, so that it cannot start a line (or a workflow command) of its own.
func TestFileNameCannotForgeALine(t *testing.T) {
	name := "a\n::error file=x::forged.json"
	for _, c := range []struct{ format, want string }{
		{"text", `a\n::error file=x::forged.json:1:1: error: the document is an object of no known form; expected a Lambda invoke event {"CodePipeline.job": {...}}, a GetJobDetails or GetThirdPartyJobDetails response {"jobDetails": {...}}, or a PollForJobs or PollForThirdPartyJobs response {"jobs": [...]} [envelope]` + "\n" +
			"1 file, 1 document: 1 error, 0 warnings, 0 notes\n"},
		{"github", `::error file=a\n%3A%3Aerror file=x%3A%3Aforged.json,line=1,col=1,title=envelope::the document is an object of no known form; expected a Lambda invoke event {"CodePipeline.job": {...}}, a GetJobDetails or GetThirdPartyJobDetails response {"jobDetails": {...}}, or a PollForJobs or PollForThirdPartyJobs response {"jobs": [...]}` + "\n" +
			"1 file, 1 document: 1 error, 0 warnings, 0 notes\n"},
	} {
		code, stdout, stderr := run(t, "{}", "--no-config", "--color=never", "--format", c.format, "--stdin-filename", name, "-")
		if code != ExitFindings || stdout != c.want || stderr != "" {
			t.Errorf("%s: exit %d\n%s\nwant:\n%s\nstderr: %s", c.format, code, stdout, c.want, stderr)
		}
	}
	code, _, stderr := run(t, "", "--no-config", "no such\ndir/x.json")
	if want := "jobdetails-lint: cannot read no such\\ndir/x.json: no such file or directory\n"; code != ExitTrouble || stderr != want {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
	}
}

// TestConfigTextMasked: a key id written into the config is masked in the
// error that quotes it.
func TestConfigTextMasked(t *testing.T) {
	key := fake.New(1).KeyID("AKIA")
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, dir, ".jobdetails-lint.yaml", "bogus"+key+": 1\n")
	code, stdout, stderr := run(t, "", "x.json")
	want := `jobdetails-lint: .jobdetails-lint.yaml:1:1: unknown key "bogus` + key[:4] + "…" + key[16:] + `"; expected rules, exclude, suppress, operations or log-formats` + "\n"
	if code != ExitTrouble || stdout != "" || stderr != want {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
	}
	if strings.Contains(stderr, key) {
		t.Error("the key id is printed in full")
	}
}
