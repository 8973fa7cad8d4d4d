//go:build race

package command

// The race detector makes linting many times slower: stream less.
const streamTestBytes = 16 << 20
