//go:build !race

package command

const streamTestBytes = 1 << 30
