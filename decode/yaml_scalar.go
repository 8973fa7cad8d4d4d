package decode

import (
	"math/big"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"go.yaml.in/yaml/v3"
)

// scalar sets the kind and text of n from the resolved tag of y. Numbers are
// rewritten as JSON numbers where they can be; what cannot (.inf, .nan, a
// number with a tag it does not fit) is a String of the text as written.
func scalar(n *document.Node, y *yaml.Node) {
	n.Kind, n.Str = document.String, y.Value
	switch y.ShortTag() {
	case "!!null":
		n.Kind, n.Str = document.Null, ""
	case "!!bool":
		switch strings.ToLower(y.Value) {
		case "true", "yes", "on", "y":
			n.Kind, n.Str = document.Bool, "true"
		case "false", "no", "off", "n":
			n.Kind, n.Str = document.Bool, "false"
		}
	case "!!int":
		if s, isInt := yamlInt(y.Value); isInt {
			if s != "" {
				n.Kind, n.Str = document.Number, s
			}
		} else if s, ok := yamlFloat(y.Value); ok {
			n.Kind, n.Str = document.Number, s
		}
	case "!!float":
		if s, ok := yamlFloat(y.Value); ok {
			n.Kind, n.Str = document.Number, s
		}
	}
}

// maxRadixDigits is the longest hexadecimal, octal or binary integer written
// in decimal. Changing the base takes time that grows with the square of the
// length; a longer one (no CodePipeline value is) stays a String.
const maxRadixDigits = 1000

// yamlInt writes a YAML integer (0x1F, 0o17, 0b101, 017, 1_000, +5) in
// decimal; isInt is false for text that is not one, and dec is "" for a
// hexadecimal, octal or binary integer too long to convert. A decimal
// integer is only trimmed, so its time is linear in its length.
func yamlInt(s string) (dec string, isInt bool) {
	s = strings.ReplaceAll(s, "_", "")
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = "-"
		}
		s = s[1:]
	}
	digits, base := radix(s)
	if digits == "" || strings.IndexFunc(digits, func(r rune) bool { return digitValue(r) >= base }) >= 0 {
		return "", false
	}
	switch {
	case base == 10 && s == "0":
		return "0", true // -0 too
	case base == 10:
		return sign + digits, true
	case len(digits) > maxRadixDigits:
		return "", true
	}
	var v big.Int
	v.SetString(sign+digits, base)
	return v.String(), true
}

// radix splits an unsigned integer into its digits and their base: 0x, 0o
// and 0b prefixes, and a leading 0 for octal.
func radix(s string) (digits string, base int) {
	if len(s) < 2 || s[0] != '0' {
		return s, 10
	}
	switch s[1] {
	case 'x', 'X':
		return s[2:], 16
	case 'o', 'O':
		return s[2:], 8
	case 'b', 'B':
		return s[2:], 2
	}
	return s[1:], 8
}

// digitValue is the value of a hexadecimal digit, or 16 for any other rune.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10
	}
	return 16
}

// yamlFloat writes a YAML decimal number (.5, 1., +1.5e3, 007.5, 1_000.5)
// as a JSON number, keeping every digit.
func yamlFloat(s string) (string, bool) {
	s = strings.ReplaceAll(s, "_", "")
	var b strings.Builder
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			b.WriteByte('-')
		}
		i++
	}
	intStart := i
	i = skipDigits(s, i)
	intPart := strings.TrimLeft(s[intStart:i], "0")
	var frac string
	if i < len(s) && s[i] == '.' {
		fracStart := i + 1
		i = skipDigits(s, fracStart)
		frac = s[fracStart:i]
	}
	if !strings.ContainsAny(s[intStart:i], "0123456789") {
		return "", false // ".", "+.e5": no digit at all
	}
	if intPart == "" {
		intPart = "0"
	}
	b.WriteString(intPart)
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		b.WriteByte('e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			b.WriteByte(s[i])
			i++
		}
		expStart := i
		i = skipDigits(s, i)
		if i == expStart {
			return "", false
		}
		b.WriteString(s[expStart:i])
	}
	if i != len(s) {
		return "", false
	}
	return b.String(), true
}

func skipDigits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}
