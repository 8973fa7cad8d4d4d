package lineartest

import (
	"syscall"
	"time"
	"unsafe"
)

// clockThreadCPUTime is CLOCK_THREAD_CPUTIME_ID of clock_gettime(2).
const clockThreadCPUTime = 3

// cpuTime is the processor time the calling thread has used. Unlike the
// wall clock it does not count the time other processes on a shared
// machine hold the processor, which made a longer run look slower than its
// work; unlike the time of the process, it does not count the runtime's
// background work, such as returning the memory that the previous run
// freed to the system.
func cpuTime() time.Duration {
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return wallTime()
	}
	return time.Duration(ts.Nano())
}
