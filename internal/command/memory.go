package command

import "runtime/debug"

// The garbage collector's settings of the shipped binary. A run allocates
// many short-lived trees, one per response, and keeps little: collecting
// less often saves a fifth of the time. The soft memory limit makes the
// collector work harder only as the heap nears it, so a long stream stays
// small.
const (
	gcPercent   = 400
	memoryLimit = 32 << 20
)

// TuneMemory sets the collector as the shipped binary runs, unless the
// environment (GOGC, GOMEMLIMIT) says otherwise, and returns a function that
// puts back the settings it changed.
func TuneMemory(getenv func(string) string) (restore func()) {
	percent, limit := -2, int64(-1)
	if getenv("GOGC") == "" {
		percent = debug.SetGCPercent(gcPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		limit = debug.SetMemoryLimit(memoryLimit)
	}
	return func() {
		if percent != -2 {
			debug.SetGCPercent(percent)
		}
		if limit >= 0 {
			debug.SetMemoryLimit(limit)
		}
	}
}
