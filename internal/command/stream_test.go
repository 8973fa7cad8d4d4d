package command

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// lineSource is an endless JSON Lines stream of responses, one in a hundred
// with a problem, ending with the line that passes limit bytes.
type lineSource struct {
	limit, sent int64
	lines       int
	pending     string
}

func (s *lineSource) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if s.pending == "" {
			if s.sent >= s.limit {
				break
			}
			s.lines++
			account := `"111122223333"`
			if s.lines%100 == 0 {
				account = "1" // a number: one finding
			}
			s.pending = fmt.Sprintf(`{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-%012d", "accountId": %s, "data": {"actionTypeId": {"category": "Build", "owner": "Custom", "provider": "MyBuilder", "version": "1"}, "pipelineContext": {"pipelineName": "p", "stage": {"name": "Build"}, "action": {"name": "b"}}}}}`+"\n", s.lines, account)
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

// TestStdinStreamConstantMemory pipes a large JSON Lines stream through
// standard input (1 GB without the race detector, less with it, which is
// slow) and checks that the heap stays small: memory must not grow with the
// input. It runs with the collector set as the shipped binary sets it
// (TuneMemory), whose rarer collections let the heap grow further between
// them.
func TestStdinStreamConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams a large input")
	}
	defer TuneMemory(os.Getenv)()
	src := &lineSource{limit: streamTestBytes}
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
	code := c.Main([]string{"-q", "--format", "json", "--stdin-filename", "stream.jsonl", "-"})
	close(done)
	if code != ExitFindings || stderr.Len() != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr.String())
	}
	want := fmt.Sprintf(`"summary":{"files":1,"documents":%d,"errors":%d,`, src.lines, src.lines/100)
	if !strings.Contains(stdout.String(), want) {
		t.Errorf("summary: want %s in %s", want, stdout.String()[max(0, stdout.Len()-200):])
	}
	// The findings are part of the output buffer the test keeps; the linter
	// itself must hold only a few chunks per worker.
	limit := uint64(64<<20) + uint64(2*stdout.Len())
	t.Logf("%d MB streamed, %d documents, peak heap %d MiB", src.sent>>20, src.lines, peak.Load()>>20)
	if peak.Load() > limit {
		t.Errorf("peak heap %d MiB for a %d MiB stream; memory grows with the input", peak.Load()>>20, src.sent>>20)
	}
}
