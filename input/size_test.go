package input

import (
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	const notASize = "is not a size; use a positive number of bytes, optionally with B, KiB, MiB or GiB (1024-based)"
	const tooLarge = "is too large; use a size from 1 byte to 1024GiB"
	for _, tt := range []struct {
		in   string
		want int64
		err  string
	}{
		{"1", 1, ""},
		{"64MiB", 64 << 20, ""},
		{"512KiB", 512 << 10, ""},
		{"64mib", 64 << 20, ""},
		{"2GIB", 2 << 30, ""},
		{"2GB", 0, notASize}, // 1000-based units are not taken: 2GB would not be 2GiB
		{"1kb", 0, notASize},
		{"10K", 0, notASize},
		{"100B", 100, ""},
		{"1024GiB", 1 << 40, ""},
		{"1099511627776", 1 << 40, ""},
		{"1099511627777", 0, tooLarge},
		{"1025GiB", 0, tooLarge},
		{"9223372036854775807", 0, tooLarge},
		{"9223372036854775808", 0, tooLarge},
		{"99999999999999999999999", 0, tooLarge},
		{"9999999999GiB", 0, tooLarge},
		{"9223372036854775807KiB", 0, tooLarge},
		{"0", 0, notASize},
		{"-1", 0, notASize},
		{"-9223372036854775809", 0, notASize},
		{"+5", 0, notASize},
		{"05", 0, notASize},
		{"1.5MiB", 0, notASize},
		{"big", 0, notASize},
		{"", 0, notASize},
		{"MiB", 0, notASize},
	} {
		got, err := ParseSize(tt.in)
		switch {
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		case tt.err != "" && (err == nil || !strings.HasSuffix(err.Error(), tt.err)):
			t.Errorf("ParseSize(%q) = %d, %v; want an error that ends %q", tt.in, got, err, tt.err)
		}
	}
}
