package redact

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/lint"
)

// gzipFile compresses the text of a file into name.gz, in two members (as
// cat a.gz b.gz leaves them), the first with a name, a comment and a time,
// and removes the text file.
func gzipFile(t *testing.T, path string) string {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Name, z.Comment, z.ModTime = filepath.Base(path), "captured", time.Unix(1764670500, 0)
	z.Write(text[:len(text)/2])
	z.Close()
	b.Write(gzipOf(text[len(text)/2:]))
	if err := os.WriteFile(path+".gz", b.Bytes(), 0o640); err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	return path + ".gz"
}

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
func TestGzipWriteRoundTrip(t *testing.T) {
	dir := workDir(t)
	plain, key := leakyFile(t, dir, "plain.json", 80)
	path, _ := leakyFile(t, dir, "job.json", 80)
	path = gzipFile(t, path)
	wantText, _, _ := Bytes(mustRead(t, plain), lint.JSON)

	code, out, errOut := run(t, "", path)
	if _, plainOut, _ := run(t, "", plain); code != 0 || out != plainOut || errOut != "" {
		t.Errorf("preview: code %d, stderr %q, stdout\n%s", code, errOut, out)
	}

	if code, _, errOut := run(t, "", "-w", path); code != 0 || errOut != path+": replaced 1 credential(s)\n" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	data := mustRead(t, path)
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
	noTemporaryFiles(t, dir)
	for _, f := range lint.New(lint.Options{}).File(path).Findings {
		if f.Rule == "leaked-credential" {
			t.Errorf("check after redact: %+v", f)
		}
	}
	// Nothing left to replace: the file is not written again.
	before, _ := os.Stat(path)
	if code, _, errOut := run(t, "", "-w", path); code != 0 || errOut != "" {
		t.Errorf("second run: %d %q", code, errOut)
	}
	if after, _ := os.Stat(path); !after.ModTime().Equal(before.ModTime()) || !bytes.Equal(mustRead(t, path), data) {
		t.Error("a clean gzip file was rewritten")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A gzip file gets the guarantees of any file: --max-size holds for its
// text, a read-only file and a file that changes are refused, a stream that
// breaks is left as it is; each says why, and nothing is written.
func TestGzipWriteRefusals(t *testing.T) {
	dir := workDir(t)
	path, _ := leakyFile(t, dir, "job.json", 81)
	// 2,000 blank lines more: text of more than 2 KB in a file of less
	// than 500 bytes.
	os.WriteFile(path, append(mustRead(t, path), strings.Repeat("\n", 2000)...), 0o640)
	path = gzipFile(t, path)
	before := mustRead(t, path)
	size := len(before)

	for _, args := range [][]string{{"-w"}, {}} {
		code, _, errOut := run(t, "", append(args, "--max-size", "500B", path)...)
		if want := "jobdetails-lint redact: " + path + ": refused: it decompresses to more than 500 bytes, over --max-size; raise --max-size to redact it\n"; code != 2 || errOut != want || size > 500 {
			t.Errorf("%v --max-size 500B: code %d, stderr %q (the file is %d bytes)", args, code, errOut, size)
		}
	}
	unchanged(t, path, before)

	os.Chmod(path, 0o440)
	if code, _, errOut := run(t, "", "-w", path); code != 2 || errOut != "jobdetails-lint redact: "+path+": refused: it is read-only; --force-read-only rewrites it and keeps it read-only\n" {
		t.Errorf("read-only: code %d, stderr %q", code, errOut)
	}
	os.Chmod(path, 0o640)
	unchanged(t, path, before)

	beforeRename = func(string) {
		f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		f.Write(gzipOf([]byte("\n")))
		f.Close()
	}
	code, _, errOut := run(t, "", "-w", path)
	beforeRename = func(string) {}
	if code != 2 || errOut != "jobdetails-lint redact: "+path+": it changed while it was redacted (did a process write to it?); left as it is, run redact again\n" {
		t.Errorf("changed: code %d, stderr %q", code, errOut)
	}
	unchanged(t, path, append(before, gzipOf([]byte("\n"))...))

	cut := before[:len(before)-10] // the trailer and two bytes of data
	os.WriteFile(path, cut, 0o640)
	for _, args := range [][]string{{"-w"}, {}} {
		code, out, errOut := run(t, "", append(args, path)...)
		if code != 2 || out != "" || !strings.HasPrefix(errOut, "jobdetails-lint redact: "+path+": the gzip data is truncated after ") || !strings.HasSuffix(errOut, " bytes of text; left as it is\n") {
			t.Errorf("%v truncated: code %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	unchanged(t, path, cut)
}

// gzip data on standard input is previewed as its redacted text.
func TestGzipStdin(t *testing.T) {
	path, key := leakyFile(t, workDir(t), "job.json", 82)
	text := mustRead(t, path)
	code, out, errOut := run(t, string(gzipOf(text)), "-")
	if want := strings.Replace(string(text), key, "ASIAIOSFODNN7EXAMPLE", 1); code != 0 || out != want || errOut != "" {
		t.Errorf("code %d, stderr %q, stdout\n%s", code, errOut, out)
	}
}

// A folder walk redacts x.json.gz and leaves other .gz files alone.
func TestGzipInFolder(t *testing.T) {
	dir := workDir(t)
	path, _ := leakyFile(t, dir, "a.json", 83)
	path = gzipFile(t, path)
	archive, _ := leakyFile(t, dir, "b.tar", 84)
	archive = gzipFile(t, archive)
	before := mustRead(t, archive)
	if code, _, errOut := run(t, "", "-w", dir); code != 0 || errOut != path+": replaced 1 credential(s)\n" {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	unchanged(t, archive, before)
}
