package config

import "fmt"

// Error is a problem with a config file, at the place in it that is wrong.
type Error struct {
	Path      string
	Line, Col int // 1-based; 0 when the problem is not at one place
	Msg       string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Path + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
}
