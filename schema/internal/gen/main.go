// Command gen writes jobdetails.schema.json from the output model; run it
// with go generate in the schema folder.
package main

import (
	"log"
	"os"

	"github.com/jobdetails-lint/jobdetails-lint/schema"
)

func main() {
	data, err := schema.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("jobdetails.schema.json", data, 0o644); err != nil {
		log.Fatal(err)
	}
}
