// Command jobdetails-lint lints saved AWS CodePipeline GetJobDetails and
// PollForJobs responses. The command itself lives in internal/command.
package main

import (
	"os"

	"github.com/jobdetails-lint/jobdetails-lint/internal/command"
)

func main() {
	os.Exit(command.Standard().Main(os.Args[1:]))
}
