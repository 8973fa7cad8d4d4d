package config

import "strings"

// suggest returns the known rule id that got most likely stands for: the same
// id in another case, else the single closest one at most two edits away (and
// fewer edits than half its length, so short ids are not "corrected" into
// unrelated ones).
func suggest(got string, known []string) (string, bool) {
	lower := strings.ToLower(got)
	best, bestDist, tie := "", 3, false
	for _, k := range known {
		if strings.ToLower(k) == lower {
			return k, true
		}
		if len(lower) > len(k)+2 || len(k) > len(lower)+2 {
			continue // more than two edits apart anyway
		}
		d := editDistance(lower, strings.ToLower(k))
		if d > 2 || 2*d >= len(k) {
			continue
		}
		switch {
		case d < bestDist:
			best, bestDist, tie = k, d, false
		case d == bestDist && k != best:
			tie = true
		}
	}
	return best, best != "" && !tie
}

// editDistance is the Levenshtein distance between a and b in bytes; rule ids
// are ASCII.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
