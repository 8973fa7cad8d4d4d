package decode

import (
	"strconv"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// TestYAMLScalarsLinearTime decodes scalars of n characters: the time must
// grow linearly with n. An 8 MB "!!int" once took five minutes, as every
// integer was converted to decimal whatever its base.
func TestYAMLScalarsLinearTime(t *testing.T) {
	for _, tt := range []struct{ name, prefix, unit, suffix string }{
		{"!!int", "a: !!int ", "7", "\n"},
		{"!!int negative with underscores", "a: !!int -", "1_", "0\n"},
		{"!!int hexadecimal", "a: !!int 0x", "f", "\n"},
		{"!!int octal", "a: !!int 0o", "7", "\n"},
		{"!!int leading zero", "a: !!int 0", "7", "\n"},
		{"!!int binary", "a: !!int 0b", "1", "\n"},
		{"!!float", "a: !!float -", "7", ".5e+3\n"},
		{"!!bool", "a: !!bool ", "y", "\n"},
		{"!!str", "a: !!str ", "7", "\n"},
		{"!!binary", "a: !!binary ", "QUJD", "\n"},
		{"!!timestamp", "a: !!timestamp 2001-12-14t21:59:43.", "1", "-05:00\n"},
		{"plain digits", "a: ", "7", "\n"},
		{"double-quoted", `a: "`, `\u00e9`, "\"\n"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkYAML(t, 50000, repeat(tt.prefix, tt.unit, tt.suffix)) })
	}
}

// TestYAMLCollectionsLinearTime decodes mappings and sequences of n values.
func TestYAMLCollectionsLinearTime(t *testing.T) {
	for _, tt := range []struct {
		name string
		doc  func(n int) string
	}{
		{"block mapping", keys("k%d: %d\n")},
		{"flow mapping", keys("{k%d: %d, ", "z: 0}")},
		{"duplicate keys", repeat("", "k: 1\n", "")},
		{"sequence", repeat("", "- 1\n", "")},
		{"documents", repeat("", "--- {a: &x [1], b: *x}\n", "")},
	} {
		t.Run(tt.name, func(t *testing.T) { checkYAML(t, 2000, tt.doc) })
	}
}

func checkYAML(t *testing.T, n int, doc func(n int) string) {
	lineartest.Check(t, n, func(n int) func() {
		data := []byte(doc(n))
		return func() {
			if _, err := YAML(data); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// TestJSONLinearTime decodes objects of n members, arrays of n items and
// strings and numbers of n characters.
func TestJSONLinearTime(t *testing.T) {
	const long, many = 20000, 2000
	tests := []struct {
		name string
		n    int
		doc  func(n int) string
	}{
		{"members", many, keys(`{"k%d": %d, `, `"z": 0}`)},
		{"duplicate keys", many, repeat("{", `"k": 1, `, `"k": 0}`)},
		{"items", many, repeat("[", "1, ", "0]")},
		{"escaped string", long, repeat(`"`, `\u00e9\n`, `"`)},
		{"non-ASCII line", many, repeat("[", `"é", `, "0]")},
		{"number", 16 * long, repeat("-1.", "7", "e-5")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, tt.n, func(n int) func() {
				data := []byte(tt.doc(n))
				return func() {
					if _, err := JSON(data); err != nil {
						t.Fatal(err)
					}
				}
			})
		})
	}
}

// repeat is a document of n units between a prefix and a suffix.
func repeat(prefix, unit, suffix string) func(n int) string {
	return func(n int) string { return prefix + strings.Repeat(unit, n) + suffix }
}

// keys is a document of n units between a prefix and a suffix, each "%d" of
// the unit replaced by the unit's number, from 0. The prefix is what format
// has before its first "{" or "[".
func keys(format string, suffix ...string) func(n int) string {
	prefix := ""
	if i := strings.IndexAny(format, "{["); i == 0 {
		prefix, format = format[:1], format[1:]
	}
	parts := strings.Split(format, "%d")
	return func(n int) string {
		var b strings.Builder
		b.WriteString(prefix)
		for i := range n {
			s := strconv.Itoa(i)
			for j, part := range parts {
				if j > 0 {
					b.WriteString(s)
				}
				b.WriteString(part)
			}
		}
		b.WriteString(strings.Join(suffix, ""))
		return b.String()
	}
}
