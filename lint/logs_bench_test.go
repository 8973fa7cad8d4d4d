package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// logStream is n invocations of a Lambda function as aws logs tail prints
// them: START, the event logged as one line of JSON (one in ten holding a
// credential set), a line of text, END and REPORT.
func logStream(n int) string {
	var b strings.Builder
	for i := range n {
		p := newPlantedJob(uint64(i))
		if i%10 != 0 {
			p.keyID, p.secret, p.token, p.configSecret = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "IQoJb3JpZ2luX2VjEXAMPLETOKEN", "REDACTED"
		}
		prefix := "2026-12-02T10:15:00.123000+00:00 " + testStream + " "
		fmt.Fprintf(&b, "%sSTART RequestId: %s Version: $LATEST\n", prefix, testReq)
		fmt.Fprintf(&b, "%s2026-12-02T10:15:00.123Z\t%s\tINFO\tEVENT %s\n", prefix, testReq, p.json(""))
		fmt.Fprintf(&b, "%s2026-12-02T10:15:00.124Z\t%s\tINFO\tuploaded the artifact to s3://codepipeline-us-west-2-111122223333/release-pipeline/NotifyOutp/Vb4Kd7W\n", prefix, testReq)
		fmt.Fprintf(&b, "%sEND RequestId: %s\n", prefix, testReq)
		fmt.Fprintf(&b, "%sREPORT RequestId: %s\tDuration: 57.31 ms\tBilled Duration: 58 ms\tMemory Size: 128 MB\tMax Memory Used: 68 MB\t\n", prefix, testReq)
	}
	return b.String()
}

// BenchmarkLogStream lints a log stream from standard input on all cores,
// in chunks, as the command does.
func BenchmarkLogStream(b *testing.B) {
	text := logStream(2000)
	l := New(Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		l.Run([]input.Input{{Name: "stream.log", Reader: strings.NewReader(text)}}, 0, func(Result) {})
	}
}
