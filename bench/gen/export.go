package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"time"
)

// A CloudWatch Logs export to S3 is gzip text of "timestamp message" lines.
// writeExport writes one of at least size bytes of text (whole invocations)
// from a Lambda job worker's log group: each invocation
// logs START, a line or two of its own (in the Node.js runtime's text format,
// timestamp TAB request id TAB INFO TAB message), END and REPORT; one in ten
// logs its event (console.log(JSON.stringify(event))) with the pipeline's
// artifact credentials in it, one in ten of those real-looking ones. Every
// invocation is built from its own random source, so the text is the same
// for the same seed, and a smaller export is the start of a larger one.
func writeExport(path string, size int64, seed uint64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	z := gzip.NewWriter(f) // the default level, as exports are written
	w := bufio.NewWriterSize(z, 1<<20)
	start := time.Date(2026, 12, 2, 10, 15, 0, 0, time.UTC)
	var written int64
	var buf []byte
	for n := uint64(0); written < size; n++ {
		buf = invocation(buf[:0], rand.New(rand.NewPCG(seed, exportOffset+n)), start.Add(time.Duration(n)*time.Second))
		if _, err := w.Write(buf); err != nil {
			return err
		}
		written += int64(len(buf))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return err
	}
	return f.Close()
}

// exportOffset keeps the random sources of invocations apart from those of
// corpus files and stream lines.
const exportOffset = 2 << 40

// invocation appends the log lines of one invocation that starts at t.
func invocation(b []byte, r *rand.Rand, t time.Time) []byte {
	request := uuid(r)
	job := uuid(r)
	at := func(ms int) string {
		return t.Add(time.Duration(ms) * time.Millisecond).Format("2006-01-02T15:04:05.000Z")
	}
	info := func(ms int, msg string) {
		b = fmt.Appendf(b, "%s %s\t%s\tINFO\t%s\n", at(ms), at(ms), request, msg)
	}
	b = fmt.Appendf(b, "%s START RequestId: %s Version: $LATEST\n", at(0), request)
	info(3, "Received job "+job)
	if chance(r, 0.1) {
		event := newObject().set("CodePipeline.job", lambdaJob(r, job))
		info(4, string(appendJSON(nil, event, "", 0)))
	}
	duration := 40 + r.IntN(400)
	info(duration-2, "PutJobSuccessResult for job "+job)
	b = fmt.Appendf(b, "%s END RequestId: %s\n", at(duration), request)
	b = fmt.Appendf(b, "%s REPORT RequestId: %s\tDuration: %d.%02d ms\tBilled Duration: %d ms\tMemory Size: 128 MB\tMax Memory Used: %d MB\t\n",
		at(duration), request, duration, r.IntN(100), duration+1, 60+r.IntN(40))
	return b
}

// lambdaJob is the job of a Lambda invoke event: a GetJobDetails job without
// what only GetJobDetails returns (the action type and the pipeline
// context), its credentials real-looking one time in ten.
func lambdaJob(r *rand.Rand, id string) *object {
	job := typicalResponse(r).obj("jobDetails")
	job.set("id", id)
	data := job.obj("data")
	data.del("actionTypeId")
	data.del("pipelineContext")
	if chance(r, 0.1) {
		data.set("artifactCredentials", leakedCredentials(r, job.vals["accountId"].(string)))
	}
	return job
}
