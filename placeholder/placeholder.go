// Package placeholder recognises the made-up values of AWS documentation, which
// mark examples with the upper-case word EXAMPLE (AKIAIOSFODNN7EXAMPLE, job id
// f4f4ff82-2d11-EXAMPLE). Whatever is wrong with such a value is a note, never
// an error.
package placeholder

import "strings"

// Marker is the word AWS documentation puts into made-up values.
const Marker = "EXAMPLE"

// documented are example values AWS uses that do not carry the marker.
var documented = map[string]bool{
	"AKIDEXAMPLE":  true, // has the marker, kept for completeness
	"111111111111": true, // example account ids
	"123456789012": true,
	"111122223333": true,
}

// Is reports whether s is a documented example value or carries the marker.
func Is(s string) bool {
	return strings.Contains(s, Marker) || documented[s]
}
