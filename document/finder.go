package document

import "strings"

// Finder looks values up in one tree many times. Get and Lookup read an
// object's members from the end, which is right for a lookup or two but
// makes a lookup of each member of an object of n members take time in n²
// (an object of 200,000 unknown members took two minutes to report). A
// Finder indexes an object of more than a few members on its first lookup,
// so each later one takes constant time. The zero value is ready to use; a
// nil *Finder indexes nothing. A Finder must not be used after its tree
// changes.
type Finder struct {
	index map[*Node]map[string]int // object -> key -> index of its last member of that key
}

// indexAbove is the number of members above which an object is indexed;
// below it, reading the members is faster than a map.
const indexAbove = 16

// Member returns the member of object n called key, or nil. With duplicate
// keys it returns the last one, as Get does.
func (f *Finder) Member(n *Node, key string) *Member {
	if n == nil || n.Kind != Object {
		return nil
	}
	if f == nil || len(n.Members) <= indexAbove {
		for i := len(n.Members) - 1; i >= 0; i-- {
			if n.Members[i].Key == key {
				return &n.Members[i]
			}
		}
		return nil
	}
	keys, ok := f.index[n]
	if !ok {
		keys = make(map[string]int, len(n.Members))
		for i, m := range n.Members {
			keys[m.Key] = i
		}
		if f.index == nil {
			f.index = map[*Node]map[string]int{}
		}
		f.index[n] = keys
	}
	if i, ok := keys[key]; ok {
		return &n.Members[i]
	}
	return nil
}

// Get returns the value of key in object n, or nil, as n.Get does.
func (f *Finder) Get(n *Node, key string) *Node {
	if m := f.Member(n, key); m != nil {
		return m.Value
	}
	return nil
}

// Lookup follows an RFC 6901 pointer from n and returns the node it names,
// or nil, as the function Lookup does.
func (f *Finder) Lookup(n *Node, pointer string) *Node {
	if pointer == "" {
		return n
	}
	if pointer[0] != '/' {
		return nil
	}
	for token := range strings.SplitSeq(pointer[1:], "/") {
		token = UnescapeToken(token)
		switch {
		case n == nil:
			return nil
		case n.Kind == Object:
			n = f.Get(n, token)
		case n.Kind == Array:
			i, ok := arrayIndex(token)
			if !ok || i >= len(n.Items) {
				return nil
			}
			n = n.Items[i]
		default:
			return nil
		}
	}
	return n
}
