// Package lineartest checks that work grows linearly with the size of its
// input. It compares the time taken on an input of size 2n with the time
// taken on one of size n: linear work takes about twice as long, work that
// grows with the square of the input about four times as long. A ratio is
// what is checked, never a wall-clock bound, and the time is processor
// time, so a slow or busy machine does not fail linear work, while
// quadratic work fails once n is large enough for its square to show.
package lineartest

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// MaxRatio is the largest time(2n)/time(n) accepted.
const MaxRatio = 3.0

const (
	// minWork is the shortest time the work on n may take; n is doubled
	// until it takes this long, so that the clock is exact enough.
	minWork = 200 * time.Microsecond
	// roundTime is about how long one round times each size: the work is
	// timed again and again, and the fastest run counts, as it is the one
	// least disturbed by other work.
	roundTime = 20 * time.Millisecond
	minRuns   = 5
	maxRuns   = 30
	// rounds is how many rounds are timed at most. A linear path usually
	// passes in the first; more rounds only keep a moment of load on a
	// shared machine from failing it, while a quadratic path fails them all.
	rounds = 5
	// heapLimit is where the collector runs while timing; below it, it
	// runs only between runs.
	heapLimit = 1 << 30
)

// Check fails t unless the work made by setup(2n) takes less than MaxRatio
// times as long as the work made by setup(n). setup builds an input of size
// n outside the timing and returns the work to time; the work must do the
// same each time it runs, on the calling goroutine (on Linux only the time
// of its thread is counted, so work handed to other goroutines is not).
// Choose n large enough that a quadratic part, if there were one, would
// outweigh the linear part, and small enough that what the work touches
// for 2n stays within a processor's own cache (a megabyte or so, a few
// hundred kilobytes of input): past it, linear work on the larger input was
// measured up to 3.6 times slower.
func Check(t testing.TB, n int, setup func(n int) func()) {
	t.Helper()
	switch {
	case testing.Short():
		t.Skip("times work on inputs of two sizes")
	case raceEnabled:
		t.Skip("times measured under the race detector say little about the work; make test runs this without it")
	}
	// The collector, and the return of freed memory to the system that
	// follows it, made linear work on a larger heap look up to three times
	// slower in one run and not in the next. Collected between runs only,
	// the memory freed by one run is reused by the next, and what is timed
	// is the work.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(heapLimit))
	// The time counted is that of this thread, which the work runs on.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()

	small := setup(n)
	timeRun(small) // the first run of a size also maps the memory it uses
	d := fastest(small, minRuns)
	for d < minWork && n < 1<<40 {
		n *= 2
		small = setup(n)
		timeRun(small)
		d = fastest(small, minRuns)
	}
	large := setup(2 * n)
	timeRun(large)
	runs := min(max(int(roundTime/max(d, 1)), minRuns), maxRuns)

	// The work on n is timed twice in a row, so that both timings span
	// about as long and are as likely to be disturbed: a machine's
	// interruptions hit a long run, and the fastest of several short runs
	// escapes them, which made linear work look up to three times slower
	// on 2n.
	twice := func() { small(); small() }
	tSmall, tLarge := time.Duration(1<<63-1), time.Duration(1<<63-1)
	var ratio float64
	var spacer []byte
	for round := range rounds {
		if round > 0 {
			// Where the input and the work's memory lie decides how they
			// share the processor's caches: one placement made linear
			// work on 2n look over four times slower, in every run. Each
			// round after the first builds the inputs again, and a spacer
			// moves what the work allocates.
			spacer = make([]byte, round*(300<<10))
			small, large = setup(n), setup(2*n)
			timeRun(small)
			timeRun(large)
		}
		// Interleaved, so that a change of load hits both sizes alike.
		for range runs {
			tSmall = min(tSmall, timeRun(twice)/2)
			tLarge = min(tLarge, timeRun(large))
		}
		ratio = float64(tLarge) / float64(tSmall)
		if ratio < MaxRatio {
			break
		}
	}
	runtime.KeepAlive(spacer)
	t.Logf("n=%d: %v, 2n: %v, ratio %.2f", n, tSmall, tLarge, ratio)
	if ratio >= MaxRatio {
		t.Errorf("time(2n)/time(n) = %.2f (n=%d: %v, 2n: %v); linear work gives about 2, quadratic about 4",
			ratio, n, tSmall, tLarge)
	}
}

// fastest is the shortest of runs timings of work.
func fastest(work func(), runs int) time.Duration {
	d := time.Duration(1<<63 - 1)
	for range runs {
		d = min(d, timeRun(work))
	}
	return d
}

// timeRun times one run of work on a collected heap, in processor time.
func timeRun(work func()) time.Duration {
	runtime.GC()
	start := cpuTime()
	work()
	return cpuTime() - start
}

var epoch = time.Now()

// wallTime is the time since the package started, on the monotonic clock.
func wallTime() time.Duration { return time.Since(epoch) }
