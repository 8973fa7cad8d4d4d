package secrets

import (
	"strconv"
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
