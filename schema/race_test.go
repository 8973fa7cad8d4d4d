//go:build race

package schema

// The race detector slows the validator tenfold and makes sync.Pool drop
// items, so the property test runs fewer documents and the allocation test
// is skipped.
const raceEnabled = true
