package printed

import (
	"strings"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// MaxDepth is how deeply containers may nest, counting the brackets inside
// a value read as text (a call's parentheses, a tag's brackets). Deeper
// nesting is an Error, so no input can exhaust the stack.
const MaxDepth = 1000

// printer is the language whose output a parser reads.
type printer uint8

const (
	python printer = iota
	node
)

// parser holds the state of one parse. Positions are byte offsets into src;
// columns are counted in characters when a node or an error needs one.
type parser struct {
	src  string
	pos  int
	lang printer

	line      int
	lineStart int // offset of the first byte of the current line
	memoOff   int // on the current line, the column at memoOff is memoCol
	memoCol   int

	nodes      []document.Node   // slab that new nodes are cut from
	members    []document.Member // members of the containers being parsed
	items      []*document.Node  // items of the containers being parsed
	memberSlab []document.Member
	itemSlab   []*document.Node
	block      int    // size of the next slab
	buf        []byte // scratch for strings with escapes
	join       []byte // scratch for literals joined into one string
	openers    []opener
	// plainQuote[q] is the span [from, to) of a line where quote q has no
	// closing quote: a quote of that kind there is read as a plain
	// character inside text, without looking for its end again.
	plainQuote [3]struct{ from, to int }
}

// state is what a parser needs to step back to an earlier position.
type state struct {
	pos, line, lineStart, memoOff, memoCol int
}

const maxBlock = 4096

func newParser(text string, lang printer) *parser {
	p := &parser{src: text, lang: lang, line: 1, memoCol: 1}
	p.block = min(len(text)/32+16, maxBlock)
	return p
}

// parse reads the one container that text must hold, with only whitespace
// around it.
func (p *parser) parse() (*document.Node, error) {
	if !utf8.ValidString(p.src) {
		return nil, p.badUTF8()
	}
	p.skipSpace()
	if p.pos == len(p.src) {
		return nil, p.errAt(p.pos, "empty input")
	}
	line, col := p.line, p.col(p.pos)
	var n *document.Node
	var err error
	if p.lang == python {
		n, err = p.pyTop()
	} else {
		n, err = p.jsTop()
	}
	if err != nil {
		return nil, err
	}
	if n.Kind != document.Object && n.Kind != document.Array {
		return nil, &Error{Line: line, Col: col, Msg: "expected " + p.topWanted() + "; found " + p.describe(n)}
	}
	p.skipSpace()
	if p.pos < len(p.src) {
		return nil, p.errAt(p.pos, "extra data after the printed value")
	}
	return n, nil
}

func (p *parser) topWanted() string {
	if p.lang == python {
		return "a dict, a list or a tuple"
	}
	return "an object or an array"
}

// describe names what a value that is not a container is, for a message.
func (p *parser) describe(n *document.Node) string {
	switch {
	case n.Kind == document.Null:
		return "null"
	case n.Kind == document.String && !isQuote(p.src[p.offset(n.Line, n.Col)]):
		return "a value read as text"
	}
	return "a " + n.Kind.String()
}

// offset is the byte offset of a line and column of the text.
func (p *parser) offset(line, col int) int {
	i := 0
	for l := 1; l < line; l++ {
		i += strings.IndexByte(p.src[i:], '\n') + 1
	}
	for c := 1; c < col; c++ {
		_, size := utf8.DecodeRuneInString(p.src[i:])
		i += size
	}
	return i
}

func (p *parser) save() state {
	return state{p.pos, p.line, p.lineStart, p.memoOff, p.memoCol}
}

func (p *parser) restore(s state) {
	p.pos, p.line, p.lineStart, p.memoOff, p.memoCol = s.pos, s.line, s.lineStart, s.memoOff, s.memoCol
}

// newline moves to the line after the '\n' at offset i. Lines end at '\n'
// only: a '\r' is whitespace that takes a column, as in decode, so a Node.js
// message whose line ends the runtime turned into '\r' stays on one line.
func (p *parser) newline(i int) {
	p.line++
	p.lineStart = i + 1
	p.memoOff, p.memoCol = i+1, 1
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\r':
			p.pos++
		case '\n':
			p.newline(p.pos)
			p.pos++
		default:
			return
		}
	}
}

// col is the column of offset off on the current line. Offsets asked for
// mostly grow, so the characters of a line are counted about once.
func (p *parser) col(off int) int {
	if p.memoOff > off || p.memoOff < p.lineStart {
		p.memoOff, p.memoCol = p.lineStart, 1
	}
	p.memoCol += utf8.RuneCountInString(p.src[p.memoOff:off])
	p.memoOff = off
	return p.memoCol
}

func (p *parser) newNode(kind document.Kind, off int) *document.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]document.Node, 0, p.block)
		p.block = min(2*p.block, maxBlock)
	}
	p.nodes = p.nodes[:len(p.nodes)+1]
	n := &p.nodes[len(p.nodes)-1]
	n.Kind, n.Line, n.Col = kind, p.line, p.col(off)
	return n
}

// takeMembers moves the members from base up off the stack into a slice of
// their own, cut from a shared slab.
func (p *parser) takeMembers(base int) []document.Member {
	n := len(p.members) - base
	if n == 0 {
		return nil
	}
	if cap(p.memberSlab)-len(p.memberSlab) < n {
		p.memberSlab = make([]document.Member, 0, max(n, p.block))
	}
	start := len(p.memberSlab)
	p.memberSlab = append(p.memberSlab, p.members[base:]...)
	p.members = p.members[:base]
	return p.memberSlab[start : start+n : start+n]
}

func (p *parser) takeItems(base int) []*document.Node {
	n := len(p.items) - base
	if n == 0 {
		return nil
	}
	if cap(p.itemSlab)-len(p.itemSlab) < n {
		p.itemSlab = make([]*document.Node, 0, max(n, p.block))
	}
	start := len(p.itemSlab)
	p.itemSlab = append(p.itemSlab, p.items[base:]...)
	p.items = p.items[:base]
	return p.itemSlab[start : start+n : start+n]
}

func (p *parser) tooDeep(depth int) error {
	if depth > MaxDepth {
		return p.errAt(p.pos, "nested deeper than 1000 levels")
	}
	return nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) }

func isQuote(c byte) bool { return c == '\'' || c == '"' || c == '`' }

// identEnd returns the offset after the identifier that starts at i.
func (p *parser) identEnd(i int) int {
	for i < len(p.src) && isIdentChar(p.src[i]) {
		i++
	}
	return i
}

// endsToken reports whether a literal (a number, None, null) may end at
// offset i: what follows must not continue it.
func (p *parser) endsToken(i int) bool {
	if i >= len(p.src) {
		return true
	}
	switch p.src[i] {
	case ' ', '\t', '\r', '\n', ',', ':', ')', ']', '}':
		return true
	}
	return false
}

// isDelimiter reports whether c can only end a value, never start one.
func isDelimiter(c byte) bool {
	return c == ',' || c == ':' || c == ')' || c == ']' || c == '}'
}

// number reads a number that follows the JSON grammar and ends where a
// value may end. It returns nil, and leaves the position, for anything else
// that starts with a digit or '-' (Python's 1j, Node's 10n and dates), which
// the caller then reads as text.
func (p *parser) number() *document.Node {
	src := p.src
	start, i := p.pos, p.pos
	if src[i] == '-' {
		i++
	}
	switch {
	case i < len(src) && src[i] == '0':
		i++
	case i < len(src) && isDigit(src[i]):
		i = digits(src, i+1)
	default:
		return nil
	}
	if i < len(src) && src[i] == '.' {
		if i+1 >= len(src) || !isDigit(src[i+1]) {
			return nil
		}
		i = digits(src, i+2)
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		i++
		if i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		if i >= len(src) || !isDigit(src[i]) {
			return nil
		}
		i = digits(src, i+1)
	}
	if !p.endsToken(i) {
		return nil
	}
	n := p.newNode(document.Number, start)
	n.Str = src[start:i]
	p.pos = i
	return n
}

func digits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// literal makes the node of a word such as None or true that ends at end.
func (p *parser) literal(kind document.Kind, str string, end int) *document.Node {
	n := p.newNode(kind, p.pos)
	n.Str = str
	p.pos = end
	return n
}
