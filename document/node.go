// Package document is the decoded form of one response: a tree of nodes that
// keeps member order, duplicate keys and the line and column of every value.
package document

import "encoding/json"

// Kind is the JSON type of a node.
type Kind uint8

const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{Null: "null", Bool: "boolean", Number: "number", String: "string", Array: "array", Object: "object"}

func (k Kind) String() string { return kindNames[k] }

// Node is one value. Line and Col are 1-based and point at the value's first
// character (for a string, its opening quote).
type Node struct {
	Kind Kind
	Line int
	Col  int
	// Str is the decoded text of a String, the literal of a Number
	// ("12", "1e3") and "true" or "false" for a Bool.
	Str     string
	Members []Member // Object members in source order; duplicate keys are kept
	Items   []*Node  // Array items
}

// Member is one key of an object with its value.
type Member struct {
	Key     string
	KeyLine int
	KeyCol  int
	Value   *Node
}

// Get returns the value of key, or nil. With duplicate keys it returns the
// last one, as most JSON parsers do.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for i := len(n.Members) - 1; i >= 0; i-- {
		if n.Members[i].Key == key {
			return n.Members[i].Value
		}
	}
	return nil
}

// Text returns the string value of a String node and "" for anything else.
func (n *Node) Text() string {
	if n == nil || n.Kind != String {
		return ""
	}
	return n.Str
}

// IsString reports whether n is a String node.
func (n *Node) IsString() bool { return n != nil && n.Kind == String }

// ToAny converts the tree into the plain Go values that encoding/json would
// produce (map[string]any, []any, string, json.Number, bool, nil), for the
// schema validator. With duplicate keys the last one wins.
func (n *Node) ToAny() any {
	switch n.Kind {
	case Bool:
		return n.Str == "true"
	case Number:
		return json.Number(n.Str)
	case String:
		return n.Str
	case Array:
		items := make([]any, len(n.Items))
		for i, item := range n.Items {
			items[i] = item.ToAny()
		}
		return items
	case Object:
		m := make(map[string]any, len(n.Members))
		for _, member := range n.Members {
			m[member.Key] = member.Value.ToAny()
		}
		return m
	}
	return nil
}

// Lookup follows an RFC 6901 pointer from n and returns the node it names, or
// nil. To look up many pointers in one tree, use a Finder.
func Lookup(n *Node, pointer string) *Node {
	return (*Finder)(nil).Lookup(n, pointer)
}

func arrayIndex(token string) (int, bool) {
	if token == "" || (len(token) > 1 && token[0] == '0') {
		return 0, false
	}
	i := 0
	for _, c := range []byte(token) {
		if c < '0' || c > '9' || i > 1<<30 {
			return 0, false
		}
		i = i*10 + int(c-'0')
	}
	return i, true
}
