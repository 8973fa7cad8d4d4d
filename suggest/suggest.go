// Package suggest finds the value a user most likely meant: a rule id in a
// config file, a category or an owner in a response; and lists the values
// there are, as every message lists them.
package suggest

import (
	"strings"
	"unicode/utf8"
)

// maxSuggestDistance is the largest number of edits for which a value is
// taken as a slip of the hand rather than a different word.
const maxSuggestDistance = 2

// Closest returns the valid value that got most likely stands for: one that
// differs only in case or surrounding space, else the one closest in edits
// (at most maxSuggestDistance, and fewer than half its length, so that short
// words are not "corrected" into unrelated ones). A tie between two values
// suggests neither. The valid values are ASCII, so len counts their letters.
func Closest(got string, valid []string) (string, bool) {
	g := strings.ToLower(strings.TrimSpace(got))
	for _, v := range valid {
		if strings.ToLower(v) == g {
			return v, true
		}
	}
	n := utf8.RuneCountInString(g)
	best, bestDist, tie := "", maxSuggestDistance+1, false
	for _, v := range valid {
		if abs(n-len(v)) > maxSuggestDistance {
			continue // too many edits anyway; this also keeps long values cheap
		}
		d := editDistance(g, strings.ToLower(v))
		if d > maxSuggestDistance || 2*d >= len(v) {
			continue
		}
		switch {
		case d < bestDist:
			best, bestDist, tie = v, d, false
		case d == bestDist:
			tie = true
		}
	}
	if best == "" || tie {
		return "", false
	}
	return best, true
}

// editDistance is the optimal string alignment distance between a and b,
// counted in runes: insertions, deletions, substitutions and swaps of two
// neighbours ("Tset" is one edit from "Test").
func editDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// Three rows are enough: the swap looks two rows back.
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
