package command

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
)

// gzip data on standard input is decompressed whatever it is named, and its
// text linted at its own lines; the name (--stdin-filename) may give the
// format of the text, with or without .gz.
func TestStdinGzip(t *testing.T) {
	lines := testfiles.Gzip([]byte(validJob + "\n" + `{"jobDetails": {"accountId": 1}}` + "\n"))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-"}, "<stdin>:2:30: error: accountId must be a string of 12 digits such as \"012345678901\"; a number loses leading zeros [account-id]\n1 file, 2 documents: 1 error, 0 warnings, 0 notes\n"},
		{[]string{"--stdin-filename", "export.jsonl.gz", "-"}, "export.jsonl.gz:2:30: error: accountId must be a string of 12 digits such as \"012345678901\"; a number loses leading zeros [account-id]\n1 file, 2 documents: 1 error, 0 warnings, 0 notes\n"},
		{[]string{"--stdin-filename", "000000.gz", "-"}, "000000.gz:2:30: error: accountId must be a string of 12 digits such as \"012345678901\"; a number loses leading zeros [account-id]\n1 file, 2 documents: 1 error, 0 warnings, 0 notes\n"},
	} {
		code, stdout, stderr := run(t, string(lines), append([]string{"--color=never"}, tc.args...)...)
		if code != ExitFindings || stdout != tc.want || stderr != "" {
			t.Errorf("%q: exit %d\nstdout:\n%s\nwant:\n%s\nstderr: %s", tc.args, code, stdout, tc.want, stderr)
		}
	}
}

// zeroBomb is gzip data of endless zeros, made as it is read.
func zeroBomb() (io.ReadCloser, func() int64) {
	pr, pw := io.Pipe()
	made := make(chan int64, 1)
	go func() {
		z, _ := gzip.NewWriterLevel(pw, gzip.BestSpeed)
		block := make([]byte, 1<<20)
		var n int64
		for {
			if _, err := z.Write(block); err != nil {
				made <- n
				return
			}
			n += int64(len(block))
		}
	}()
	return pr, func() int64 {
		pr.CloseWithError(io.ErrClosedPipe)
		return <-made
	}
}

// A gzip bomb (here endless zeros; 10 GB of them fit in 10 MB) is a
// file-too-large finding once its text passes --max-size, and the reading
// stops there. (4 MiB here: 64 MiB, the default, takes half a minute under
// the race detector; lint's TestGzipBomb tries every kind of input.)
func TestGzipBombOnStdin(t *testing.T) {
	for _, name := range []string{"bomb.json.gz", "bomb.jsonl.gz"} {
		stdin, stop := zeroBomb()
		var stdout, stderr bytes.Buffer
		done := make(chan int)
		go func() {
			done <- (&Command{Stdin: stdin, Stdout: &stdout, Stderr: &stderr}).Main([]string{"--color=never", "--max-size", "4MiB", "--stdin-filename", name, "-"})
		}()
		var code int
		select {
		case code = <-done:
		case <-time.After(2 * time.Minute):
			stop()
			t.Fatalf("%s: still reading after two minutes", name)
		}
		made := stop()
		want := name + ":1:1: error: the gzip data decompresses to more than 4194304 bytes, over the limit of 4194304; raise --max-size to lint it [file-too-large]\n"
		if name == "bomb.jsonl.gz" {
			want = name + ":1:1: error: the record is more than 4194304 bytes, over the limit of 4194304; the rest of the gzip data is not read; raise --max-size to lint it [file-too-large]\n"
		}
		if code != ExitFindings || !strings.HasPrefix(stdout.String(), want) || stderr.Len() != 0 {
			t.Errorf("%s: exit %d\nstdout:\n%s\nwant:\n%sstderr: %s", name, code, stdout.String(), want, stderr.String())
		}
		if made > 16<<20 {
			t.Errorf("%s: %d MiB of zeros read for a limit of 4 MiB", name, made>>20)
		}
	}
}

// A credential in a gzip header is sorted with the findings of the text,
// whether the file is named or read from standard input.
func TestGzipHeaderFindingsSorted(t *testing.T) {
	t.Chdir(repoRoot)
	data := gzipMember(t, testfiles.Read(t, "testdata/err/secret-artifact-credentials.json"), "ASIARTX3GSDST2FAKE23.json", "")
	path := filepath.Join(t.TempDir(), "capture.json.gz")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{path}, {"--stdin-filename", "capture.json.gz", "-"}} {
		code, stdout, _ := run(t, string(data), append([]string{"--color=never", "--no-config"}, args...)...)
		var places []string
		for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
			if _, rest, ok := strings.Cut(line, "capture.json.gz:"); ok {
				places = append(places, strings.SplitN(rest, ":", 3)[0]+":"+strings.SplitN(rest, ":", 3)[1])
			}
		}
		if want := "1:1 41:24 42:28 43:25"; code != ExitFindings || strings.Join(places, " ") != want {
			t.Errorf("%q: exit %d, findings at %q, want %s\n%s", args, code, places, want, stdout)
		}
	}
}
