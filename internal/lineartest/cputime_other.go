//go:build !unix

package lineartest

import "time"

// cpuTime falls back to the wall clock where processor time is not known.
func cpuTime() time.Duration { return wallTime() }
