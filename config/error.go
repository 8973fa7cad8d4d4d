package config

import (
	"fmt"

	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// Error is a problem with a config file, at the place in it that is wrong.
type Error struct {
	Path      string
	Line, Col int // 1-based; 0 when the problem is not at one place
	Msg       string
}

// Error says where and what on one line, with the path escaped and any
// credential written into the config masked (secrets.MaskPath, MaskLine).
func (e *Error) Error() string {
	path, msg := secrets.MaskPath(e.Path), secrets.MaskLine(e.Msg)
	if e.Line == 0 {
		return path + ": " + msg
	}
	return fmt.Sprintf("%s:%d:%d: %s", path, e.Line, e.Col, msg)
}
