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
		if s, ok := yamlInt(y.Value); ok {
			n.Kind, n.Str = document.Number, s
		} else if s, ok := yamlFloat(y.Value); ok {
			n.Kind, n.Str = document.Number, s
		}
	case "!!float":
		if s, ok := yamlFloat(y.Value); ok {
			n.Kind, n.Str = document.Number, s
		}
	}
}

// yamlInt writes a YAML integer (0x1F, 0o17, 0b101, 017, 1_000, +5) in
// decimal.
func yamlInt(s string) (string, bool) {
	s = strings.ReplaceAll(s, "_", "")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" || s[0] == '+' || s[0] == '-' {
		return "", false
	}
	var v big.Int
	if _, ok := v.SetString(s, 0); !ok {
		return "", false
	}
	if neg {
		v.Neg(&v)
	}
	return v.String(), true
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
