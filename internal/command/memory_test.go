package command

import (
	"runtime/debug"
	"testing"
)

func TestTuneMemory(t *testing.T) {
	percent := debug.SetGCPercent(123)
	limit := debug.SetMemoryLimit(1 << 40)
	defer func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) }()

	restore := TuneMemory(func(string) string { return "" })
	if got := debug.SetGCPercent(gcPercent); got != gcPercent {
		t.Errorf("GC percent %d, want %d", got, gcPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != memoryLimit {
		t.Errorf("memory limit %d, want %d", got, memoryLimit)
	}
	restore()
	if got := debug.SetGCPercent(123); got != 123 {
		t.Errorf("restored GC percent %d, want 123", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("restored memory limit %d, want %d", got, 1<<40)
	}

	// GOGC and GOMEMLIMIT set in the environment win.
	TuneMemory(func(key string) string { return "50" })()
	if got := debug.SetGCPercent(123); got != 123 {
		t.Errorf("with GOGC set, GC percent %d, want 123 unchanged", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("with GOMEMLIMIT set, memory limit %d, want unchanged", got)
	}
}
