package lint_test

import (
	"fmt"

	"github.com/jobdetails-lint/jobdetails-lint/lint"
)

// A job worker's own test can lint the fixtures it uses.
func Example() {
	fixture := []byte(`{
  "jobDetails": {
    "id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90",
    "accountId": "111122223333",
    "data": {"actionTypeId": {"category": "build", "owner": "Custom", "provider": "MyBuilder", "version": "1"}}
  }
}`)
	result := lint.New(lint.Options{}).Bytes("fixtures/build-job.json", fixture)
	for _, f := range result.Findings {
		fmt.Printf("%s:%d:%d: %s: %s [%s]\n", f.File, f.Line, f.Column, f.Severity, f.Message, f.Rule)
	}
	// Output:
	// fixtures/build-job.json:5:43: error: "build" is not a category; did you mean "Build"? [action-category]
}
