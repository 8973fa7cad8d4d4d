package logs

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// Pos is a line and column, 1-based; columns count characters, as every
// position the linter prints does.
type Pos struct{ Line, Col int }

// Place is a point of the file's text: its byte offset, line and column.
type Place struct{ Off, Line, Col int }

// ToFile turns positions inside t.S into positions in the file, in place.
// data is the file's text (or the part of it that offsets count from), and
// from is a place of it at or before every position asked for: the start of
// the log event. Each character of t.S and of the file up to the last
// position is read once, whatever the number of positions.
func (t *Text) ToFile(data []byte, from Place, ps []Pos) {
	t.ToFileFrom(NewCursor(data, from), ps)
}

// ToFileFrom is ToFile with a cursor that earlier calls moved on: to map
// the positions of the values of one message, one after another, reading
// the file once. Every position must be at or after those asked before.
func (t *Text) ToFileFrom(c *Cursor, ps []Pos) {
	offs := t.Offsets(ps)
	for _, i := range byOffset(offs) {
		ps[i].Line, ps[i].Col = c.at(t.FileOffset(offs[i]))
	}
}

// Cursor finds the lines and columns of increasing offsets of a file.
type Cursor = fileCursor

// NewCursor returns a cursor over data that starts at from.
func NewCursor(data []byte, from Place) *Cursor { return &fileCursor{data: data, Place: from} }

// Offsets returns the offset in t.S of each position inside it; a position
// past the end of its line or of the text gives that end.
func (t *Text) Offsets(ps []Pos) []int {
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(ps[a].Line, ps[b].Line), cmp.Compare(ps[a].Col, ps[b].Col))
	})
	offs := make([]int, len(ps))
	in := Seeker{data: []byte(t.S), Place: Place{Line: 1, Col: 1}}
	for _, i := range order {
		offs[i] = in.Offset(ps[i].Line, ps[i].Col)
	}
	return offs
}

// byOffset returns the indexes of offs in increasing order of offset.
func byOffset(offs []int) []int {
	order := make([]int, len(offs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(offs[a], offs[b]) })
	return order
}

// OffsetIn is the offset in the text of outer, an outer Text of t (or t
// itself), of the byte at offset off of t.S.
func (t *Text) OffsetIn(outer *Text, off int) int {
	for t != outer && t != nil {
		off = t.base + t.raw(off)
		t = t.parent
	}
	return off
}

// fileCursor finds the lines and columns of increasing offsets of a file.
type fileCursor struct {
	data []byte
	Place
}

func (c *fileCursor) at(off int) (line, col int) {
	off = min(off, len(c.data))
	if c.Off == 0 && len(c.data) >= 3 && string(c.data[:3]) == "\xef\xbb\xbf" && off >= 3 {
		c.Off = 3 // a byte-order mark takes no column
	}
	for c.Off < off {
		b := c.data[c.Off]
		switch {
		case b == '\n':
			c.Line++
			c.Col = 1
			c.Off++
		case b < utf8.RuneSelf:
			c.Col++
			c.Off++
		default:
			_, size := utf8.DecodeRune(c.data[c.Off:])
			c.Col++
			c.Off += size
		}
	}
	return c.Line, c.Col
}

// Seeker finds the offsets of increasing positions (a decoder's lines and
// columns) in a file's text, reading each byte once.
type Seeker struct {
	data []byte
	Place
}

// NewSeeker seeks in data, whose first byte is at line firstLine, column 1.
// A byte-order mark at its start takes no column.
func NewSeeker(data []byte, firstLine int) *Seeker {
	s := &Seeker{data: data, Place: Place{Line: firstLine, Col: 1}}
	if len(data) >= 3 && string(data[:3]) == "\xef\xbb\xbf" {
		s.Off = 3
	}
	return s
}

// Offset returns the offset of the character at line and col, which are at
// or after those asked for before.
func (s *Seeker) Offset(line, col int) int {
	for s.Line < line && s.Off < len(s.data) {
		if s.data[s.Off] == '\n' {
			s.Line++
			s.Col = 1
		}
		s.Off++
	}
	for s.Line == line && s.Col < col && s.Off < len(s.data) && s.data[s.Off] != '\n' {
		_, size := utf8.DecodeRune(s.data[s.Off:])
		s.Off += size
		s.Col++
	}
	return s.Off
}
