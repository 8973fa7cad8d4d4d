package command

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// logSource is an endless log stream as aws logs tail prints it: for each
// invocation of a Lambda job worker, START, the event logged as JSON (one
// in a hundred with the artifact credentials of the test files), a line of
// text, END and REPORT; it ends with the line that passes limit bytes.
type logSource struct {
	limit, sent int64
	invocations int
	pending     string
}

const logSourcePrefix = "2026-12-02T10:15:00.123000+00:00 2026/12/02/[$LATEST]0a1b2c3d4e5f40718293a4b5c6d7e8f9 "

func (s *logSource) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if s.pending == "" {
			if s.sent >= s.limit {
				break
			}
			s.invocations++
			s.pending = s.invocation()
		}
		c := copy(p[n:], s.pending)
		s.pending = s.pending[c:]
		n += c
		s.sent += int64(c)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (s *logSource) invocation() string {
	req := fmt.Sprintf("5e3f7a9c-2b4d-4e6f-8a1b-%012d", s.invocations)
	creds := `"accessKeyId":"AKIAIOSFODNN7EXAMPLE","secretAccessKey":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","sessionToken":"IQoJb3JpZ2luX2VjEXAMPLETOKEN"`
	if s.invocations%100 == 0 {
		creds = `"accessKeyId":"ASIARTX3GSDST2FAKE23","secretAccessKey":"FakeSecretKey/ForJobdetailsLint+Test0001"`
	}
	event := `{"CodePipeline.job":{"id":"4f1c2d3e-5a6b-4c7d-8e9f-` + req[24:] + `","accountId":"111122223333","data":{"actionConfiguration":{"configuration":{"FunctionName":"release-notifier"}},"inputArtifacts":[],"outputArtifacts":[],"artifactCredentials":{` + creds + `}}}}`
	return logSourcePrefix + "START RequestId: " + req + " Version: $LATEST\n" +
		logSourcePrefix + "2026-12-02T10:15:00.123Z\t" + req + "\tINFO\tEVENT " + event + "\n" +
		logSourcePrefix + "2026-12-02T10:15:00.124Z\t" + req + "\tINFO\tuploaded the artifact to s3://codepipeline-us-west-2-111122223333/release-pipeline/NotifyOutp/Vb4Kd7W\n" +
		logSourcePrefix + "END RequestId: " + req + "\n" +
		logSourcePrefix + "REPORT RequestId: " + req + "\tDuration: 57.31 ms\tBilled Duration: 58 ms\tMemory Size: 128 MB\tMax Memory Used: 68 MB\t\n"
}

// TestStdinLogStreamConstantMemory pipes a large log stream through
// standard input (256 MB without the race detector) and checks that the
// heap stays small and that every event and job is read.
func TestStdinLogStreamConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams a large input")
	}
	src := &logSource{limit: streamTestBytes / 4}
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	var stdout, stderr strings.Builder
	c := &Command{Stdin: src, Stdout: &stdout, Stderr: &stderr}
	code := c.Main([]string{"-q", "--format", "json", "-"})
	close(done)
	if code != ExitFindings || stderr.Len() != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr.String())
	}
	n := src.invocations
	want := fmt.Sprintf(`"events":%d,"jobs":%d,"credentialSets":%d}`, 5*n, n, n/100)
	if !strings.Contains(stdout.String(), want) {
		t.Errorf("summary: want %s in %s", want, stdout.String()[max(0, stdout.Len()-300):])
	}
	limit := uint64(64<<20) + uint64(2*stdout.Len())
	t.Logf("%d MB streamed, %d log events, peak heap %d MiB", src.sent>>20, 5*n, peak.Load()>>20)
	if peak.Load() > limit {
		t.Errorf("peak heap %d MiB for a %d MiB stream; memory grows with the input", peak.Load()>>20, src.sent>>20)
	}
}
