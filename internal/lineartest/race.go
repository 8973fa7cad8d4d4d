//go:build race

package lineartest

// raceEnabled: the race detector slows memory access more than other work,
// so times measured under it say little about the work itself.
const raceEnabled = true
