//go:build unix && !linux

package lineartest

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, in user and kernel
// mode; see the Linux version.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return wallTime()
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
