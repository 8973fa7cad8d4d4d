package decode

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"go.yaml.in/yaml/v3"
)

// What the aliases of a YAML stream may expand to, all documents together,
// grows with the size of the stream: aliasValues values and aliasText bytes
// of text (scalars and keys), plus one value for each valueBytes bytes of the
// stream and textPerByte bytes of text for each. Everything after decoding
// (the credential scan reads every string) then takes time linear in the
// size of the input: a "billion laughs" file, or a large string aliased
// thousands of times, is an error instead of a hang.
const (
	aliasValues = 10000
	valueBytes  = 8
	aliasText   = 1 << 20
	textPerByte = 4
)

// YAML decodes every document of a YAML stream, in order, skipping empty
// ones. Mappings become objects (keys as their scalar text, duplicates
// kept), sequences become arrays and scalars take the kind of their resolved
// tag. Aliases are expanded and merge keys ("<<") resolved (see merge).
// Errors are *Error.
func YAML(data []byte) (docs []*document.Node, err error) {
	if off, bad := badUTF8(data); bad {
		line, col := textPosition(data, off)
		return nil, &Error{Line: line, Col: col, Msg: utf8Msg(data[off])}
	}
	defer func() {
		// The YAML parser is not ours; should it panic, the file is still
		// only a file that cannot be read.
		if r := recover(); r != nil {
			docs, err = nil, &Error{Line: 1, Col: 1, Msg: "the YAML parser failed on this input"}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	budget := newAliasBudget(len(data))
	var slab []document.Node // shared by the documents: a stream of many small ones takes no slab each
	for {
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			if errors.Is(err, io.EOF) {
				return docs, nil
			}
			return nil, yamlError(err, data)
		}
		if len(doc.Content) == 0 || isEmpty(doc.Content[0]) {
			continue
		}
		c := converter{budget: budget, nodes: slab}
		root, err := c.convert(doc.Content[0], 1)
		if err != nil {
			return nil, err
		}
		slab = c.nodes
		docs = append(docs, root)
	}
}

// isEmpty tells a document with no content, which the parser gives as a
// plain null scalar with no text, from an explicit null such as "--- ~".
func isEmpty(y *yaml.Node) bool {
	return y.Kind == yaml.ScalarNode && y.Value == "" && y.Tag == "!!null" && y.Style == 0
}

// textPosition is the 1-based line and column of offset off in data.
func textPosition(data []byte, off int) (line, col int) {
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	if start == 0 && bytes.HasPrefix(data, []byte("\uFEFF")) {
		start = 3 // the byte order mark takes no column, as in the parser
	}
	return line, utf8.RuneCount(data[start:off]) + 1
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlError turns an error of the YAML parser into an *Error. The parser
// knows the line of most errors but never the column; a tab in the
// indentation of that line, which YAML forbids, is named plainly, at the tab.
func yamlError(err error, data []byte) *Error {
	msg := err.Error()
	e := &Error{Line: 1, Col: 1}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		if n, convErr := strconv.Atoi(m[1]); convErr == nil && n > 0 {
			e.Line = n
		}
		msg = msg[len(m[0]):]
	}
	e.Msg = strings.TrimPrefix(msg, "yaml: ")
	if m := unknownAnchor.FindStringSubmatch(e.Msg); m != nil && e.Line == 1 {
		if off := aliasOffset(data, m[1]); off >= 0 {
			e.Line, e.Col = textPosition(data, off)
			return e
		}
	}
	if col := indentTab(data, e.Line); col > 0 {
		e.Col = col
		e.Msg = "a tab in the indentation; YAML indents with spaces only"
	}
	return e
}

var unknownAnchor = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)

// aliasOffset returns the offset of the first alias *name in data that
// stands as a token (after a space, a line start or a flow indicator, and
// not followed by more of a name), or -1. The parser names an unknown
// anchor without saying where its alias is.
func aliasOffset(data []byte, name string) int {
	alias := []byte("*" + name)
	for from := 0; ; {
		i := bytes.Index(data[from:], alias)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(alias)
		before := i == 0 || strings.IndexByte(" \t\n\r[{,:-?", data[i-1]) >= 0
		after := end == len(data) || strings.IndexByte(" \t\n\r]},", data[end]) >= 0
		if before && after {
			return i
		}
		from = i + 1
	}
}

// indentTab returns the column of the first tab in the indentation of the
// given line of data, or 0.
func indentTab(data []byte, line int) int {
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return 0
		}
		data = data[i+1:]
	}
	for col, c := range data {
		switch c {
		case ' ':
			continue
		case '\t':
			return col + 1
		}
		return 0
	}
	return 0
}

// aliasBudget is what the aliases of a stream may still expand to.
type aliasBudget struct {
	values int // values
	text   int // bytes of scalars and keys
	// what the stream was given, for the message
	maxValues, maxText int
}

func newAliasBudget(size int) *aliasBudget {
	values, text := aliasValues+size/valueBytes, aliasText+textPerByte*size
	return &aliasBudget{values: values, text: text, maxValues: values, maxText: text}
}

// converter turns one yaml.Node document into a document.Node tree.
type converter struct {
	budget *aliasBudget
	alias  *yaml.Node          // the outermost alias being expanded, or nil
	open   map[*yaml.Node]bool // the anchored mappings and sequences being converted
	// anchors holds the anchored nodes of this document met so far: an
	// alias may name those only. The parser also resolves an alias to an
	// anchor of an earlier document of the stream, which the YAML spec
	// does not allow and PyYAML rejects.
	anchors map[*yaml.Node]bool
	nodes   []document.Node
}

// anchored records an anchored node of this document.
func (c *converter) anchored(y *yaml.Node) {
	if y.Anchor == "" {
		return
	}
	if c.anchors == nil {
		c.anchors = map[*yaml.Node]bool{}
	}
	c.anchors[y] = true
}

// earlierDocument is the error of an alias to an anchor of another document.
func earlierDocument(alias *yaml.Node) *Error {
	return &Error{Line: alias.Line, Col: alias.Column, Msg: fmt.Sprintf(
		"alias *%s names an anchor of an earlier document; an anchor belongs to its own document (PyYAML rejects this), so repeat the value or its anchor here", alias.Value)}
}

// spend takes values and bytes of text from the budget while an alias is
// expanded. Over budget is an error at the outermost alias.
func (c *converter) spend(values, text int) error {
	if c.alias == nil {
		return nil
	}
	c.budget.values -= values
	c.budget.text -= text
	switch {
	case c.budget.values < 0:
		return &Error{Line: c.alias.Line, Col: c.alias.Column, Msg: fmt.Sprintf("aliases expand to too many values (over %d for a file of this size); write the repeated part out or alias less of it", c.budget.maxValues)}
	case c.budget.text < 0:
		return &Error{Line: c.alias.Line, Col: c.alias.Column, Msg: fmt.Sprintf("aliases expand to too much text (over %d bytes for a file of this size); write the repeated part out or alias less of it", c.budget.maxText)}
	}
	return nil
}

// newNode cuts nodes from a slab, as the JSON decoder does.
func (c *converter) newNode() *document.Node {
	if len(c.nodes) == cap(c.nodes) {
		c.nodes = make([]document.Node, 0, 64)
	}
	c.nodes = c.nodes[:len(c.nodes)+1]
	return &c.nodes[len(c.nodes)-1]
}

func (c *converter) convert(y *yaml.Node, depth int) (*document.Node, error) {
	if y.Kind == yaml.AliasNode {
		return c.expand(y, depth)
	}
	c.anchored(y)
	if err := c.spend(1, len(y.Value)); err != nil {
		return nil, err
	}
	n := c.newNode()
	n.Line, n.Col = y.Line, y.Column
	switch y.Kind {
	case yaml.MappingNode, yaml.SequenceNode:
		if depth > MaxDepth {
			return nil, &Error{Line: y.Line, Col: y.Column, Msg: "nested deeper than " + strconv.Itoa(MaxDepth) + " levels"}
		}
		// Only an anchored value can be aliased, so only those are kept
		// open; in a set, as a slice searched at each alias would take
		// time that grows with the depth.
		if y.Anchor != "" {
			if c.open == nil {
				c.open = map[*yaml.Node]bool{}
			}
			c.open[y] = true
			defer delete(c.open, y)
		}
		if y.Kind == yaml.SequenceNode {
			return n, c.sequence(n, y, depth)
		}
		return n, c.mapping(n, y, depth)
	case yaml.ScalarNode:
		scalar(n, y)
		return n, nil
	}
	return nil, &Error{Line: y.Line, Col: y.Column, Msg: "unexpected YAML node"}
}

// expand converts the value an alias names, placed at the alias; what is
// inside it keeps the place where the anchored text is.
func (c *converter) expand(y *yaml.Node, depth int) (*document.Node, error) {
	if y.Alias == nil {
		return nil, &Error{Line: y.Line, Col: y.Column, Msg: "alias to an unknown anchor"}
	}
	if c.open[y.Alias] {
		return nil, &Error{Line: y.Line, Col: y.Column, Msg: "alias to a value that contains it"}
	}
	if !c.anchors[y.Alias] {
		return nil, earlierDocument(y)
	}
	outer := c.alias
	if outer == nil {
		c.alias = y
	}
	v, err := c.convert(y.Alias, depth)
	c.alias = outer
	if err != nil {
		return nil, err
	}
	v.Line, v.Col = y.Line, y.Column
	return v, nil
}

func (c *converter) sequence(n *document.Node, y *yaml.Node, depth int) error {
	n.Kind = document.Array
	n.Items = make([]*document.Node, 0, len(y.Content))
	for _, item := range y.Content {
		v, err := c.convert(item, depth+1)
		if err != nil {
			return err
		}
		n.Items = append(n.Items, v)
	}
	return nil
}

func (c *converter) mapping(n *document.Node, y *yaml.Node, depth int) error {
	n.Kind = document.Object
	n.Members = make([]document.Member, 0, len(y.Content)/2)
	merges, mergeAt := 0, 0 // how many members are merge keys, and the last one
	for i := 0; i+1 < len(y.Content); i += 2 {
		k := y.Content[i]
		key := k
		c.anchored(k)
		if key.Kind == yaml.AliasNode && key.Alias != nil {
			if !c.anchors[key.Alias] {
				return earlierDocument(k)
			}
			key = key.Alias
		}
		if key.Kind != yaml.ScalarNode {
			return &Error{Line: k.Line, Col: k.Column, Msg: "a mapping key must be a scalar; JSON keys are strings"}
		}
		if err := c.spendKey(k, key); err != nil {
			return err
		}
		v, err := c.convert(y.Content[i+1], depth+1)
		if err != nil {
			return err
		}
		if isMergeKey(k) {
			merges, mergeAt = merges+1, len(n.Members)
		}
		n.Members = append(n.Members, document.Member{Key: key.Value, KeyLine: k.Line, KeyCol: k.Column, Value: v})
	}
	if merges == 1 {
		return c.merge(n, mergeAt, y.Content[2*mergeAt])
	}
	return nil
}

// spendKey takes the text of a mapping key from the budget when an alias
// expands it: inside an expanded value, or as the key itself ("*k : v").
func (c *converter) spendKey(k, key *yaml.Node) error {
	if c.alias == nil && k.Kind == yaml.AliasNode {
		c.alias = k
		defer func() { c.alias = nil }()
	}
	return c.spend(0, len(key.Value))
}
