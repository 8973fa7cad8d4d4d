//go:build race

package decode

// The race detector makes the 100 MB test take minutes; it checks a
// smaller document instead.
const raceEnabled = true
