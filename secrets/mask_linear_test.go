package secrets

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// TestMaskTextLinearTime: the masking step takes time linear in the length
// of the text, on text made to send it back and forth (see
// internal/lineartest).
func TestMaskTextLinearTime(t *testing.T) {
	for _, tt := range []struct {
		name string
		text func(n int) string
	}{
		{"key ids on one line", func(n int) string { return strings.Join(keyIDs(n), " ") }},
		{"key ids glued", func(n int) string { return strings.Join(keyIDs(n), "") }},
		{"prefixes glued", func(n int) string { return strings.Repeat("AKIA", 5*n) }},
		{"secrets glued", func(n int) string { return strings.Join(secretKeys(n), "") }},
		{"numbers inside words", func(n int) string { return strings.Repeat("a"+strings.Repeat("1", 30), n) }},
		{"one number", func(n int) string { return "a" + strings.Repeat("1", 40*n) + "b" }},
		{"escapes", func(n int) string { return strings.Repeat(`\u0041\/\\x4b%2F~1`, 4*n) }},
		{"escapes of other characters", func(n int) string { return strings.Repeat(`\u0007\a\\\n`, 8*n) }},
		{"control characters inside", func(n int) string { return strings.Repeat("aB1\t\\a%07\x7f", 8*n) }},
		{"control characters after", func(n int) string { return strings.Repeat("aB\t\a\\t\x01 ", 8*n) }},
		{"cut marks", func(n int) string { return strings.Repeat("xY1zQ2wE3rT4yU5iO6p…", 2*n) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, credentials, func(n int) func() {
				text := tt.text(n)
				return func() { MaskText(text); MaskPath(text) }
			})
		})
	}
}
