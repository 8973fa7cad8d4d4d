package decode

import (
	"strconv"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// JSON decodes exactly one JSON value (RFC 8259). Whitespace may surround it
// and a UTF-8 byte order mark at the start is skipped; it takes no column.
// Errors are *Error.
func JSON(data []byte) (*document.Node, error) {
	return decodeJSON(data, 1)
}

// JSONLine decodes one JSON Lines record: like JSON, but every position is
// on line `line`, with column 1 at data[0]. data should hold no newline.
func JSONLine(data []byte, line int) (*document.Node, error) {
	return decodeJSON(data, line)
}

func decodeJSON(data []byte, line int) (*document.Node, error) {
	var d decoder
	if err := d.start(data, line); err != nil {
		return nil, err
	}
	n, err := d.value(0)
	if err != nil {
		return nil, err
	}
	d.skipSpace()
	if d.pos < len(data) {
		return nil, d.errAt(d.pos, "extra data after the JSON value")
	}
	return n, nil
}

// start readies d to decode data, whose first line is line, and moves to
// the first value. A UTF-8 byte order mark at the start is skipped and takes
// no column.
func (d *decoder) start(data []byte, line int) error {
	d.init(data, line)
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		d.pos, d.lineStart, d.memoOff = 3, 3, 3
	}
	d.skipSpace()
	if d.pos == len(data) {
		return d.errAt(d.pos, "empty input")
	}
	return nil
}

// decoder holds the state of one JSON decode.
type decoder struct {
	data []byte
	// src is data as one string: strings without escapes and number
	// literals are slices of it, so they cost no allocation of their own.
	src string
	pos int

	line      int
	lineStart int  // offset of the first byte of the current line
	wide      bool // the current line holds a non-ASCII character before pos
	memoOff   int  // on a wide line, the column at memoOff is memoCol
	memoCol   int

	nodes       []document.Node   // slab that new nodes are cut from
	members     []document.Member // members of the objects being decoded
	items       []*document.Node  // items of the arrays being decoded
	memberSlab  []document.Member
	itemSlab    []*document.Node
	nodeBlock   int // size of the next slab of each kind
	memberBlock int
	itemBlock   int
	buf         []byte // scratch for strings with escapes
}

// skipSpace moves past JSON whitespace, counting lines. Lines end at '\n'
// only, so "\r\n" is one line end.
func (d *decoder) skipSpace() {
	i, data := d.pos, d.data
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\r':
			i++
		case '\n':
			i++
			d.line++
			d.lineStart = i
			d.wide = false
		default:
			d.pos = i
			return
		}
	}
	d.pos = i
}

// col is the column of offset off on the current line. Offsets asked for
// only grow, so on a line with non-ASCII text the runes are counted once.
func (d *decoder) col(off int) int {
	if !d.wide {
		return off - d.lineStart + 1
	}
	if d.memoOff < d.lineStart || d.memoOff > off {
		d.memoOff, d.memoCol = d.lineStart, 1
	}
	d.memoCol += utf8.RuneCount(d.data[d.memoOff:off])
	d.memoOff = off
	return d.memoCol
}

// value decodes the value at d.pos, which is not at the end of input and not
// whitespace. depth is the nesting of the containers around it.
func (d *decoder) value(depth int) (*document.Node, error) {
	n := d.newNode()
	n.Line, n.Col = d.line, d.col(d.pos)
	switch c := d.data[d.pos]; c {
	case '"':
		n.Kind = document.String
		s, err := d.str()
		n.Str = s
		return n, err
	case '{':
		n.Kind = document.Object
		return n, d.object(n, depth+1)
	case '[':
		n.Kind = document.Array
		return n, d.array(n, depth+1)
	case 't':
		n.Kind, n.Str = document.Bool, "true"
		return n, d.literal("true")
	case 'f':
		n.Kind, n.Str = document.Bool, "false"
		return n, d.literal("false")
	case 'n':
		n.Kind = document.Null
		return n, d.literal("null")
	default:
		if c == '-' || c >= '0' && c <= '9' {
			n.Kind = document.Number
			return n, d.number(n)
		}
		return n, d.badChar(d.pos, "; expected a value"+hint(c))
	}
}

func (d *decoder) literal(want string) error {
	data := d.data
	for j := 1; j < len(want); j++ {
		i := d.pos + j
		if i >= len(data) {
			return d.errAt(i, "unexpected end of input in literal; expected "+want)
		}
		if data[i] != want[j] {
			return d.badChar(i, " in literal; expected "+want)
		}
	}
	d.pos += len(want)
	return nil
}

// number checks the literal at d.pos against the JSON grammar and keeps it.
func (d *decoder) number(n *document.Node) error {
	data := d.data
	start, i := d.pos, d.pos
	if data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
		if i < len(data) && isDigit(data[i]) {
			return d.errAt(start, "invalid number; leading zeros are not allowed")
		}
	case i < len(data) && isDigit(data[i]):
		i = digits(data, i+1)
	default:
		return d.numberErr(i)
	}
	if i < len(data) && data[i] == '.' {
		i++
		if i >= len(data) || !isDigit(data[i]) {
			return d.numberErr(i)
		}
		i = digits(data, i+1)
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= len(data) || !isDigit(data[i]) {
			return d.numberErr(i)
		}
		i = digits(data, i+1)
	}
	n.Str = d.src[start:i]
	d.pos = i
	return nil
}

func (d *decoder) numberErr(i int) error {
	if i >= len(d.data) {
		return d.errAt(i, "unexpected end of input in number; expected a digit")
	}
	return d.badChar(i, " in number; expected a digit")
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digits(data []byte, i int) int {
	for i < len(data) && isDigit(data[i]) {
		i++
	}
	return i
}

func (d *decoder) tooDeep(depth int) error {
	if depth > MaxDepth {
		return d.errAt(d.pos, "nested deeper than "+strconv.Itoa(MaxDepth)+" levels")
	}
	return nil
}

// object decodes the object n that opens at d.pos.
func (d *decoder) object(n *document.Node, depth int) error {
	if err := d.tooDeep(depth); err != nil {
		return err
	}
	data := d.data
	base := len(d.members)
	d.pos++
	d.skipSpace()
	if d.pos < len(data) && data[d.pos] == '}' {
		d.pos++
		return nil
	}
	afterComma := false
	for {
		if d.pos >= len(data) {
			return d.notClosed(n)
		}
		if c := data[d.pos]; c != '"' {
			if afterComma {
				return d.badChar(d.pos, " after ','; expected a string key"+trailing(c))
			}
			return d.badChar(d.pos, "; expected a string key or '}'"+hint(c))
		}
		keyLine, keyCol := d.line, d.col(d.pos)
		key, err := d.str()
		if err != nil {
			return err
		}
		d.skipSpace()
		if d.pos >= len(data) {
			return d.notClosed(n)
		}
		if data[d.pos] != ':' {
			return d.badChar(d.pos, " after object key; expected ':'")
		}
		d.pos++
		d.skipSpace()
		if d.pos >= len(data) {
			return d.notClosed(n)
		}
		v, err := d.value(depth)
		if err != nil {
			return err
		}
		d.members = append(d.members, document.Member{Key: key, KeyLine: keyLine, KeyCol: keyCol, Value: v})
		d.skipSpace()
		if d.pos >= len(data) {
			return d.notClosed(n)
		}
		switch data[d.pos] {
		case ',':
			d.pos++
			d.skipSpace()
			afterComma = true
		case '}':
			d.pos++
			n.Members = d.takeMembers(base)
			return nil
		default:
			return d.badChar(d.pos, " after object member; expected ',' or '}'")
		}
	}
}

// array decodes the array n that opens at d.pos.
func (d *decoder) array(n *document.Node, depth int) error {
	if err := d.tooDeep(depth); err != nil {
		return err
	}
	data := d.data
	base := len(d.items)
	d.pos++
	d.skipSpace()
	if d.pos < len(data) && data[d.pos] == ']' {
		d.pos++
		return nil
	}
	for {
		if d.pos >= len(data) {
			return d.notClosed(n)
		}
		if c := data[d.pos]; c == ']' && len(d.items) > base {
			return d.badChar(d.pos, " after ','; expected a value"+trailing(c))
		}
		v, err := d.value(depth)
		if err != nil {
			return err
		}
		d.items = append(d.items, v)
		d.skipSpace()
		if d.pos >= len(data) {
			return d.notClosed(n)
		}
		switch data[d.pos] {
		case ',':
			d.pos++
			d.skipSpace()
		case ']':
			d.pos++
			n.Items = d.takeItems(base)
			return nil
		default:
			return d.badChar(d.pos, " after array element; expected ',' or ']'")
		}
	}
}
