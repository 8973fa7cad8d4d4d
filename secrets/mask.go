package secrets

import (
	"strconv"
	"strings"
	"unicode"
)

// Mask shows a value without giving it away: at most its first and last four
// characters and its length, as in "ASIA…7QXZ (20 chars)". Shorter values
// show less: two characters each side under 20, one under 12, none under 8.
func Mask(s string) string {
	shown, n := maskParts(s)
	return shown + " (" + strconv.Itoa(n) + " chars)"
}

// maskParts returns the shown form ("ASIA…7QXZ") and the length in characters.
func maskParts(s string) (string, int) {
	r := []rune(s)
	n := len(r)
	k := 0
	switch {
	case n >= 20:
		k = 4
	case n >= 12:
		k = 2
	case n >= 8:
		k = 1
	}
	return printable(r[:k]) + "…" + printable(r[n-k:]), n
}

// printable keeps a message on one line whatever the value holds.
func printable(r []rune) string {
	out := make([]rune, len(r))
	for i, c := range r {
		if !unicode.IsPrint(c) {
			c = '?'
		}
		out[i] = c
	}
	return string(out)
}

// MaskText masks every credential-like run inside a text, such as a
// message that quotes an object key: the last safety net before output.
func MaskText(s string) string {
	if len(s) < minRun {
		return s
	}
	hits := findHits(s, nil)
	if len(hits) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, h := range hits {
		if h.start < last {
			continue
		}
		shown, _ := maskParts(s[h.start:h.end])
		b.WriteString(s[last:h.start])
		b.WriteString(shown)
		last = h.end
	}
	b.WriteString(s[last:])
	return b.String()
}
