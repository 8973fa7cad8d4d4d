package secrets

// Character classes of the base64 alphabet, looked up by byte so that the
// scan of every string costs one table read per byte.
const (
	classUpper uint8 = 1 << iota
	classLower
	classDigit
	classSymbol // + and /
	classPad    // =
)

var class = classTable()

func classTable() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classLower
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	t['+'], t['/'] = classSymbol, classSymbol
	t['='] = classPad
	return t
}

// isBase32 reports a character of the alphabet of key ids (A-Z, 2-7).
func isBase32(c byte) bool {
	return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7')
}

func isAlnum(c byte) bool { return class[c]&(classUpper|classLower|classDigit) != 0 }

// classes returns the classes present in s, or-ed together.
func classes(s string) uint8 {
	var m uint8
	for i := 0; i < len(s); i++ {
		m |= class[s[i]]
	}
	return m
}

// distinct counts the different bytes of s.
func distinct(s string) int {
	var seen [256]bool
	n := 0
	for i := 0; i < len(s); i++ {
		if !seen[s[i]] {
			seen[s[i]] = true
			n++
		}
	}
	return n
}
