package command

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/redact"
)

// members reads gzip data member by member: their headers, and the text.
func members(t *testing.T, data []byte) ([]gzip.Header, string) {
	t.Helper()
	r := bytes.NewReader(data)
	z, err := gzip.NewReader(r)
	if err != nil {
		t.Fatal(err)
	}
	var heads []gzip.Header
	var text strings.Builder
	for {
		z.Multistream(false)
		heads = append(heads, z.Header)
		if _, err := io.Copy(&text, z); err != nil {
			t.Fatal(err)
		}
		if err := z.Reset(r); err == io.EOF {
			return heads, text.String()
		} else if err != nil {
			t.Fatal(err)
		}
	}
}

// redact --write rewrites a gzip file as gzip, under the same name, with the
// same owner and mode: its text is what redacting the text gives, in one
// member with the header of the first. The preview prints the redacted text.
func TestRedactGzipWriteRoundTrip(t *testing.T) {
	dir := workDir(t)
	plain, key := testfiles.LeakyJob(t, dir, "plain.json", 80)
	path, _ := testfiles.LeakyJob(t, dir, "job.json", 80)
	path = testfiles.GzipFile(t, path)
	wantText, _, _ := redact.Bytes(testfiles.Read(t, plain), input.JSON)

	code, out, errOut := runRedact(t, "", path)
	if _, plainOut, _ := runRedact(t, "", plain); code != 0 || out != plainOut || errOut != "" {
		t.Errorf("preview: code %d, stderr %q, stdout\n%s", code, errOut, out)
	}

	if code, _, errOut := runRedact(t, "", "-w", path); code != 0 || errOut != path+": replaced 1 credential(s)\n" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	data := testfiles.Read(t, path)
	heads, text := members(t, data)
	if text != string(wantText) || strings.Contains(text, key) {
		t.Errorf("the text written:\n%s\nwant:\n%s", text, wantText)
	}
	if len(heads) != 1 || heads[0].Name != "job.json" || heads[0].Comment != "captured" || heads[0].ModTime.Unix() != 1764670500 {
		t.Errorf("headers %+v, want one with the first member's name, comment and time", heads)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", info.Mode().Perm())
	}
	testfiles.NoTemporaryFiles(t, dir)
	for _, f := range lint.New(lint.Options{}).File(path).Findings {
		if f.Rule == "leaked-credential" {
			t.Errorf("check after redact: %+v", f)
		}
	}
	// Nothing left to replace: the file is not written again.
	before, _ := os.Stat(path)
	if code, _, errOut := runRedact(t, "", "-w", path); code != 0 || errOut != "" {
		t.Errorf("second run: %d %q", code, errOut)
	}
	if after, _ := os.Stat(path); !after.ModTime().Equal(before.ModTime()) || !bytes.Equal(testfiles.Read(t, path), data) {
		t.Error("a clean gzip file was rewritten")
	}
}

// A gzip file gets the guarantees of any file: --max-size holds for its
// text, a read-only file is refused (and so is a file that changes, see
// package redact), a stream that breaks is left as it is; each says why, and
// nothing is written.
func TestRedactGzipWriteRefusals(t *testing.T) {
	dir := workDir(t)
	path, _ := testfiles.LeakyJob(t, dir, "job.json", 81)
	// 2,000 blank lines more: text of more than 2 KB in a file of less
	// than 500 bytes.
	os.WriteFile(path, append(testfiles.Read(t, path), strings.Repeat("\n", 2000)...), 0o640)
	path = testfiles.GzipFile(t, path)
	before := testfiles.Read(t, path)
	size := len(before)

	for _, args := range [][]string{{"-w"}, {}} {
		code, _, errOut := runRedact(t, "", append(args, "--max-size", "500B", path)...)
		if want := "jobdetails-lint redact: " + path + ": refused: it decompresses to more than 500 bytes, over --max-size; raise --max-size to redact it\n"; code != 2 || errOut != want || size > 500 {
			t.Errorf("%v --max-size 500B: code %d, stderr %q (the file is %d bytes)", args, code, errOut, size)
		}
	}
	testfiles.Unchanged(t, path, before)

	os.Chmod(path, 0o440)
	if code, _, errOut := runRedact(t, "", "-w", path); code != 2 || errOut != "jobdetails-lint redact: "+path+": refused: it is read-only; --force-read-only rewrites it and keeps it read-only\n" {
		t.Errorf("read-only: code %d, stderr %q", code, errOut)
	}
	os.Chmod(path, 0o640)
	testfiles.Unchanged(t, path, before)

	cut := before[:len(before)-10] // the trailer and two bytes of data
	os.WriteFile(path, cut, 0o640)
	for _, args := range [][]string{{"-w"}, {}} {
		code, out, errOut := runRedact(t, "", append(args, path)...)
		if code != 2 || out != "" || !strings.HasPrefix(errOut, "jobdetails-lint redact: "+path+": the gzip data is truncated after ") || !strings.HasSuffix(errOut, " bytes of text; left as it is\n") {
			t.Errorf("%v truncated: code %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	testfiles.Unchanged(t, path, cut)
}

// gzip data on standard input is previewed as its redacted text.
func TestRedactGzipStdin(t *testing.T) {
	path, key := testfiles.LeakyJob(t, workDir(t), "job.json", 82)
	text := testfiles.Read(t, path)
	code, out, errOut := runRedact(t, string(testfiles.Gzip(text)), "-")
	if want := strings.Replace(string(text), key, "ASIAIOSFODNN7EXAMPLE", 1); code != 0 || out != want || errOut != "" {
		t.Errorf("code %d, stderr %q, stdout\n%s", code, errOut, out)
	}
}

// A folder walk redacts x.json.gz and leaves other .gz files alone.
func TestRedactGzipInFolder(t *testing.T) {
	dir := workDir(t)
	path, _ := testfiles.LeakyJob(t, dir, "a.json", 83)
	path = testfiles.GzipFile(t, path)
	archive, _ := testfiles.LeakyJob(t, dir, "b.tar", 84)
	archive = testfiles.GzipFile(t, archive)
	before := testfiles.Read(t, archive)
	if code, _, errOut := runRedact(t, "", "-w", dir); code != 0 || errOut != path+": replaced 1 credential(s)\n" {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	testfiles.Unchanged(t, archive, before)
}

// A credential in a gzip header (a member's file name or comment) is
// replaced by writing the file without a name or comment; the text stays.
func TestRedactGzipHeader(t *testing.T) {
	fixture := testfiles.Read(t, filepath.Join(repoRoot, "testdata/err/gzip-header-credential.json.gz"))
	dir := workDir(t)
	path := filepath.Join(dir, "capture.json.gz")
	os.WriteFile(path, fixture, 0o644)
	code, out, errOut := runRedact(t, "", path)
	if want := path + ": its gzip header holds 2 credential(s), which the preview does not show; --write removes them\n"; code != 0 || errOut != want || !strings.Contains(out, `"jobDetails"`) || strings.Contains(out, "ASIARTX3GSDST2FAKE23") {
		t.Errorf("preview: exit %d, stderr %q; want 0 and %q", code, errOut, want)
	}
	code, _, errOut = runRedact(t, "", "--write", path)
	if want := path + ": replaced 2 credential(s)\n"; code != 0 || errOut != want {
		t.Fatalf("exit %d, stderr %q; want 0 and %q", code, errOut, want)
	}
	after := testfiles.Read(t, path)
	for _, secret := range []string{"ASIARTX3GSDST2FAKE23", "FakeSecretKey/ForJobdetailsLint+Test0001"} {
		if bytes.Contains(after, []byte(secret)) {
			t.Errorf("the file still holds %s", secret[:4])
		}
	}
	if !bytes.Equal(gunzipAll(after), gunzipAll(fixture)) {
		t.Error("the text changed")
	}
	if code, stdout, _ := run(t, "", "--color=never", path); code != 0 || !strings.HasSuffix(stdout, ": 0 errors, 0 warnings, 0 notes\n") {
		t.Errorf("check after redact: exit %d\n%s", code, stdout)
	}
}
