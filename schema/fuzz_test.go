package schema

import (
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
)

// FuzzConforms checks that conforms agrees with the validator on any
// document that decodes, for every form and the root schema. The seeds
// in testdata/fuzz/FuzzConforms are the valid fixtures and documents near
// the schema's bounds.
func FuzzConforms(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		root, err := decode.JSON(data)
		if err != nil {
			return
		}
		checkEquivalent(t, root, "input")
	})
}
