package secrets

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// sh is the masked form of v: "AKIA…7QXZ".
func sh(v string) string {
	shown, _ := maskParts(v)
	return shown
}

// TestMaskTextShapes: every credential shape is masked wherever it stands,
// and the text around it is kept as it was.
func TestMaskTextShapes(t *testing.T) {
	g := fake.New(10)
	key, secret, slashed, token := g.KeyID("AKIA"), g.Secret(), g.SecretWithSlash(), g.Token()
	esc := strings.ReplaceAll(slashed, "/", `\/`)
	deep := strings.ReplaceAll(slashed, "/", `\\\/`)
	for _, c := range []struct{ in, want string }{
		{key, sh(key)},
		{"notes for the build " + key, "notes for the build " + sh(key)},
		{"notes for the build " + key + "…", "notes for the build " + sh(key) + "…"},
		{"…" + key, "…" + sh(key)},
		{"..." + key + "...", "..." + sh(key) + "..."},
		{"build" + key + "rotated", "build" + sh(key) + "rotated"},
		{"BUILD" + key, "BUILD" + sh(key)},
		{key + "EXAMPLE", sh(key + "EXAMPLE")},
		{`\u0007` + key, `\u0007` + sh(key)},
		{`\a` + key, `\a` + sh(key)},
		{`\x01` + key, `\x01` + sh(key)},
		{"\x07" + key, "\x07" + sh(key)},
		{`\u0041` + key[1:], sh(key)},
		{`\\u0041` + key[1:], sh(key)},
		{`%41` + key[1:], sh(key)},
		{key[:10] + fmt.Sprintf(`\u%04x`, key[10]) + key[11:], sh(key)},
		{"AKIAIOSFODNN7EXAMPLE", "AKIA…MPLE"}, // placeholders are masked too
		{"AKIAQEXAMPLE", "AKIAQEXAMPLE"},      // too short to be a key id
		{secret, sh(secret)},
		{"aws_secret_access_key=" + secret, "aws_secret_access_key=" + sh(secret)},
		{"notes" + secret, sh("notes" + secret)},
		{secret + "…", sh(secret) + "…"},
		{esc, sh(slashed)},
		{deep, sh(slashed)},
		{strings.ReplaceAll(slashed, "/", "~1"), sh(slashed)},
		{strings.ReplaceAll(slashed, "/", "%2F"), sh(slashed)},
		{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJal…EKEY"},
		{secret[:20] + "…", sh(secret[:20]) + "…"},
		{secret[:20] + "...", sh(secret[:20]) + "..."},
		{token, sh(token[:len(strings.TrimRight(token, "="))]) + token[len(strings.TrimRight(token, "=")):]},
		{"token " + token[:20] + "…", "token " + sh(token[:20]) + "…"},
		{"FwoGZXIvYXdzEBYaDH", sh("FwoGZXIvYXdzEBYaDH")},
		{"IQoJb3JpZ2luX2Vj", sh("IQoJb3JpZ2luX2Vj")},
	} {
		if got := MaskText(c.in); got != c.want {
			t.Errorf("MaskText(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
		if !Shaped(c.in) && c.in != c.want {
			t.Errorf("Shaped(%q) = false", c.in)
		}
		if again := MaskText(c.want); again != c.want {
			t.Errorf("masking %q again gives %q", c.want, again)
		}
	}
}

// TestMaskTextControlInside: a control character inside a credential, raw
// or escaped, is read through; the credential is masked as if it were not
// there, and the masked form shows no more of it than the usual four
// characters each side.
func TestMaskTextControlInside(t *testing.T) {
	g := fake.New(16)
	key, slashed := g.KeyID("ASIA"), g.SecretWithSlash()
	for _, c := range []struct{ in, want string }{
		{key[:1] + "\a" + key[1:], sh(key)},
		{key[:1] + "\x07" + key[1:], sh(key)},
		{key[:1] + `\a` + key[1:], sh(key)},
		{key[:1] + `\t` + key[1:], sh(key)},
		{key[:1] + `\u0007` + key[1:], sh(key)},
		{key[:1] + `\\u0009` + key[1:], sh(key)},
		{key[:1] + `\x07` + key[1:], sh(key)},
		{key[:1] + `\x7f` + key[1:], sh(key)},
		{key[:1] + "%07" + key[1:], sh(key)},
		{key[:5] + "\r\x01\x1b" + key[5:], sh(key)},
		{key[:10] + `\a\u0041\t` + key[11:], sh(key[:10] + "A" + key[11:])},
		{"unknown member \"" + key[:1] + `\a` + key[1:] + `"`, "unknown member \"" + sh(key) + `"`},
		{"notes\a" + key + "\a rotated", "notes\a" + sh(key) + "\a rotated"},
		{key + "\x07 rotated", sh(key) + "\x07 rotated"},
		{slashed[:1] + "\t" + slashed[1:], sh(slashed)},
		{slashed[:1] + `\t` + strings.ReplaceAll(slashed[1:], "/", `\/`), sh(slashed)},
		{"/jobDetails/" + slashed[:1] + "\t" + strings.ReplaceAll(slashed[1:], "/", "~1"), sh("/jobDetails/" + slashed)},
	} {
		if got := MaskText(c.in); got != c.want {
			t.Errorf("MaskText(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
		if !Shaped(c.in) {
			t.Errorf("Shaped(%q) = false", c.in)
		}
	}
	for _, c := range [][2]string{
		{"/jobDetails/" + key[:1] + "\a" + key[1:], "/jobDetails"},
		{"/jobDetails/" + slashed[:1] + "\t" + strings.ReplaceAll(slashed[1:], "/", "~1"), "/jobDetails"},
	} {
		if got := SafePointer(c[0]); got != c[1] {
			t.Errorf("SafePointer(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	if got, want := MaskPath("fixtures/"+key[:1]+"\a"+key[1:]+".json"), "fixtures/"+sh(key)+".json"; got != want {
		t.Errorf("MaskPath = %q, want %q", got, want)
	}
	if got, want := Quote(key[:1]+"\a"+key[1:]), `"`+sh(key)+`"`; got != want {
		t.Errorf("Quote = %s, want %s", got, want)
	}
}

// TestMaskTextControlAnywhere: a control character written any way at any
// place inside a key id or a secret key leaves neither whole in the output
// (read with that spelling removed), nor more than four characters each side.
func TestMaskTextControlAnywhere(t *testing.T) {
	g := fake.New(17)
	for _, cred := range []string{g.KeyID("AKIA"), g.SecretWithSlash()} {
		for _, ctrl := range []byte("\a\t\x01\x1b\x7f\r\x00") {
			q := strconv.QuoteRune(rune(ctrl))
			for _, spelling := range []string{string(ctrl), q[1 : len(q)-1], fmt.Sprintf(`\u%04x`, ctrl),
				fmt.Sprintf(`\\u%04X`, ctrl), fmt.Sprintf(`\x%02x`, ctrl), fmt.Sprintf("%%%02x", ctrl)} {
				for k := 1; k < len(cred); k++ {
					in := "notes " + cred[:k] + spelling + cred[k:] + " rotated"
					out := MaskText(in)
					if want := "notes " + sh(cred) + " rotated"; out != want {
						t.Fatalf("MaskText(%q)\n = %q\nwant %q", in, out, want)
					}
				}
			}
		}
	}
}

// TestMaskTextKeeps: text without a credential shape comes back as it was,
// without a copy.
func TestMaskTextKeeps(t *testing.T) {
	for _, s := range []string{
		"",
		`"build" is not a category; did you mean "Build"?`,
		`artifact name "SourceOutput" is used twice in inputArtifacts (first at /jobDetails/data/inputArtifacts/0/name)`,
		"/jobDetails/data/actionConfiguration/configuration/UserParameters",
		"/jobDetails/data/inputArtifacts/0/location",
		"BackendServiceCdnPolicyBypassCacheOnRequestHeader",
		"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
		"4f1c9e2a7b3d5e6f8a9b0c1d2e3f4a5b6c7d8e9f",
		"sha256:9F86D081884C7D659A2FEAE0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
		"MyPipeline/SourceOutp/Xy12Ab3",
		"AIDAJQABLZS4A3QDU576Q", // an IAM user id, not a credential
		"a value cut here…",
		`C:\Users\build\fixtures\job.json`,
		strings.Repeat("abcdefgh/", 10),
		"cannot read /tmp/TestUnreadablePathsStillLintTheRest9119026/001/missing.json",
		"/usr/share/zoneinfo/right/Antarctica/Palmer/BackendServiceCdnPolicyBypassCacheOnRequestHeader",
		"tab\there, bell\a, \t\a\u0007 and DEL\x7f between words",
		"name\tvalue\r\nname2\tvalue2",
		"A\nKIAIOSFODNN7EXAMPLE", // a line break ends a stretch
		`A\nKIAIOSFODNN7EXAMPLE`,
		`C:\Users\build\fixtures\tests\job.json`,
	} {
		if got := MaskText(s); got != s {
			t.Errorf("MaskText(%q) = %q, want it unchanged", s, got)
		}
		if Shaped(s) {
			t.Errorf("Shaped(%q) = true", s)
		}
	}
}

func TestMaskPath(t *testing.T) {
	g := fake.New(11)
	key, secret := g.KeyID("ASIA"), g.Secret()
	for _, c := range []struct{ in, want string }{
		{"testdata/err/rule-action-category-unknown.json", "testdata/err/rule-action-category-unknown.json"},
		{"/home/me/src/FuzzJSONLine/testdata/fuzz/FuzzJSONLine/4f1c9e2a.json", "/home/me/src/FuzzJSONLine/testdata/fuzz/FuzzJSONLine/4f1c9e2a.json"},
		{`C:\Users\me\job.json`, `C:\Users\me\job.json`},
		{"caf\u00e9 d\u00e9j\u00e0 vu.json", "caf\u00e9 d\u00e9j\u00e0 vu.json"},
		{"a\nx.json", `a\nx.json`},
		{"a\r\n::error file=x::forged.json", `a\r\n::error file=x::forged.json`},
		{"\x1b[31mred.json", `\x1b[31mred.json`},
		{"bad\xffbyte.json", `bad\xffbyte.json`},
		{"line\u2028sep.json", `line\u2028sep.json`},
		{"/tmp/TestFindFolderNamedLikeTheFile1662642804/001/.jobdetails-lint.yaml", "/tmp/TestFindFolderNamedLikeTheFile1662642804/001/.jobdetails-lint.yaml"},
		{"fixtures/" + key + ".json", "fixtures/" + sh(key) + ".json"},
		{"fixtures/FuzzJSONLine/" + key + "/x.json", "fixtures/FuzzJSONLine/" + sh(key) + "/x.json"},
		{"fixtures/\a" + key + ".json", `fixtures/\a` + sh(key) + ".json"},
		{"fixtures/" + secret + ".json", "fixtures/" + sh(secret) + ".json"},
	} {
		if got := MaskPath(c.in); got != c.want {
			t.Errorf("MaskPath(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
	if got, want := MaskLine("cannot read a\nb.json: "+key), `cannot read a\nb.json: `+sh(key); got != want {
		t.Errorf("MaskLine = %q, want %q", got, want)
	}
}

func TestSafePointer(t *testing.T) {
	g := fake.New(12)
	key, slashed := g.KeyID("ASIA"), g.SecretWithSlash()
	tilde := strings.ReplaceAll(slashed, "/", "~1")
	for _, c := range [][2]string{
		{"", ""},
		{"/jobDetails/data/inputArtifacts/0/location/s3Location/objectKey", "/jobDetails/data/inputArtifacts/0/location/s3Location/objectKey"},
		{"/jobDetails/data/" + key + "/x", "/jobDetails/data"},
		{"/jobDetails/data/notes for " + key, "/jobDetails/data"},
		{"/jobDetails/data/" + tilde, "/jobDetails/data"},
		{"/" + key, ""},
	} {
		if got := SafePointer(c[0]); got != c[1] {
			t.Errorf("SafePointer(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestQuote: a value is masked before it is cut, so a credential that
// straddles the cut is masked, not cut into a piece that passes for text.
func TestQuote(t *testing.T) {
	g := fake.New(13)
	key, secret := g.KeyID("AKIA"), g.Secret()
	pad := strings.Repeat("x", 30)
	for _, c := range [][2]string{
		{"", `""`},
		{"Build", `"Build"`},
		{strings.Repeat("a", 40), `"` + strings.Repeat("a", 40) + `"`},
		{strings.Repeat("a", 41), `"` + strings.Repeat("a", 40) + `…"`},
		{strings.Repeat("é", 40), `"` + strings.Repeat("é", 40) + `"`},
		{strings.Repeat("é", 41), `"` + strings.Repeat("é", 40) + `…"`},
		{pad + " " + key + " rotated", `"` + pad + " " + sh(key) + `…"`},
		{pad + secret, `"` + sh(pad+secret) + `"`},
		{"\a" + key, `"\a` + sh(key) + `"`},
		{"tab\there", `"tab\there"`},
	} {
		if got := Quote(c[0]); got != c[1] {
			t.Errorf("Quote(%q)\n = %s\nwant %s", c[0], got, c[1])
		}
	}
}

func TestMaskFinding(t *testing.T) {
	g := fake.New(14)
	key := g.KeyID("ASIA")
	f := finding.Finding{File: "in\n" + key + ".json", Pointer: "/jobDetails/" + key, Message: "unknown member \"" + key + "\""}
	MaskFinding(&f)
	want := finding.Finding{File: `in\n` + sh(key) + ".json", Pointer: "/jobDetails", Message: "unknown member \"" + sh(key) + "\""}
	if f != want {
		t.Errorf("MaskFinding gave %+v\nwant %+v", f, want)
	}
	if MaskFinding(&f); f != want {
		t.Errorf("masking again changed it: %+v", f)
	}
}

// TestMaskTextRandom: no secret key or key id that fake makes survives
// masking, alone, glued to letters or escaped; the rare key that looks like
// a word (randomRun) would fail here.
func TestMaskTextRandom(t *testing.T) {
	g := fake.New(15)
	for range 20000 {
		key, secret := g.KeyID("ASIA"), g.SecretWithSlash()
		for _, s := range []string{secret, "x" + secret + "y", strings.ReplaceAll(secret, "/", `\/`), key, "x" + key + "y"} {
			out := MaskText(s)
			if strings.Contains(out, secret) || strings.Contains(out, key) || strings.Contains(out, strings.ReplaceAll(secret, "/", `\/`)) {
				t.Fatalf("MaskText(%q) = %q", s, out)
			}
		}
	}
}

func BenchmarkMaskText(b *testing.B) {
	msgs := []string{
		`"build" is not a category; use one of "Source", "Build", "Deploy", "Test", "Invoke", "Approval" or "Compute"`,
		`unknown member "notesForTheBuild" in JobData; the CodePipeline output model has no such member`,
		`AWS access key id (ASIA…KE27, 20 chars) as an object key in data.cache: key of the job's account; remove it or run jobdetails-lint redact`,
		`artifact name "SourceOutput" is used twice in inputArtifacts (first at /jobDetails/data/inputArtifacts/0/name)`,
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			MaskText(m)
		}
	}
}

// BenchmarkMaskFinding is the masking step's cost per finding, which the
// linter and then the writer pay once each.
func BenchmarkMaskFinding(b *testing.B) {
	f := finding.Finding{File: "testdata/err/rule-artifacts-duplicate-input-name.json", Line: 40, Column: 17,
		Pointer: "/jobDetails/data/inputArtifacts/1/name", Rule: "artifacts", Severity: finding.Error,
		Message: `artifact name "SourceOutput" is used twice in inputArtifacts (first at /jobDetails/data/inputArtifacts/0/name)`}
	b.ReportAllocs()
	for b.Loop() {
		g := f
		MaskFinding(&g)
	}
}

// TestMaskTextKeepsWordPaths: a JSON pointer or path of camel-case words
// is no secret key, however long, while random secrets with slashes stay
// masked.
func TestMaskTextKeepsWordPaths(t *testing.T) {
	for _, s := range []string{
		`unused suppression of "/jobDetails/data/inputArtifacts/0/location/s3Location/bucketName"`,
		"/jobDetails/data/actionConfiguration/configuration/UserParameters",
		"fixtures/s3Location/inputArtifacts/legacyBucketNames/job2.json",
	} {
		if got := MaskText(s); got != s {
			t.Errorf("MaskText(%q) = %q", s, got)
		}
	}
	rng := rand.New(rand.NewPCG(7, 11))
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	missed := 0
	for n := 0; n < 2000000; n++ {
		b := make([]byte, 40)
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if s := string(b); strings.Contains(s, "/") && wordPath(s) {
			missed++
		}
	}
	if missed > 0 {
		t.Errorf("%d of 2000000 random secret keys read as paths of words", missed)
	}
}
