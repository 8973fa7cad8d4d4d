package input

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ParseSize reads a byte count as the --max-size flags take it: 1048576,
// 100B, 512KiB, 64MiB, 1GiB, the unit in any case (64mib). A size that is
// not a positive whole number with one of those units, or that is over
// MaxSizeLimit, is an error.
func ParseSize(s string) (int64, error) {
	units := []struct {
		suffix string
		factor int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}}
	factor := int64(1)
	num := s
	for _, u := range units {
		if len(s) >= len(u.suffix) && strings.EqualFold(s[len(s)-len(u.suffix):], u.suffix) {
			factor, num = u.factor, s[:len(s)-len(u.suffix)]
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	tooLarge := errors.Is(err, strconv.ErrRange) && n > 0
	if !tooLarge && (err != nil || n <= 0 || strconv.FormatInt(n, 10) != num) {
		return 0, fmt.Errorf("%q is not a size; use a positive number of bytes, optionally with B, KiB, MiB or GiB (1024-based)", s)
	}
	if tooLarge || n > MaxSizeLimit/factor {
		return 0, fmt.Errorf("%q is too large; use a size from 1 byte to 1024GiB", s)
	}
	return n * factor, nil
}

// MaxSizeLimit is the largest size ParseSize accepts and the largest
// lint.Options.MaxSize, 1 TiB: beyond any response and any machine's memory, and
// far from where sums of sizes overflow an int64.
const MaxSizeLimit = 1 << 40
