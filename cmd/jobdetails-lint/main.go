// Command jobdetails-lint checks saved AWS CodePipeline jobs offline. The
// command itself lives in internal/command, as a function of its arguments
// and streams.
package main

import (
	"os"

	"github.com/jobdetails-lint/jobdetails-lint/internal/command"
)

func main() {
	command.TuneMemory(os.Getenv)
	os.Exit(command.Standard().Main(os.Args[1:]))
}
