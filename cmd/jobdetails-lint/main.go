// Command jobdetails-lint lints saved AWS CodePipeline GetJobDetails and
// PollForJobs responses. The command itself lives in internal/command.
package main

import (
	"os"
	"runtime/debug"

	"github.com/jobdetails-lint/jobdetails-lint/internal/command"
)

func main() {
	// A run allocates many short-lived trees, one per response, and keeps
	// little: collecting garbage less often saves a fifth of the time. The
	// soft memory limit makes the collector work harder only as the heap
	// nears 32 MiB, so a long stream stays small. The environment overrides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(32 << 20)
	}
	os.Exit(command.Standard().Main(os.Args[1:]))
}
