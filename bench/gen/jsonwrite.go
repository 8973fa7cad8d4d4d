package main

import (
	"slices"
	"strconv"
	"strings"
)

// object is a JSON object that keeps its members in the order they were set,
// so that a response can be written in the order AWS returns it.
type object struct {
	keys []string
	vals map[string]any
}

// number is a JSON number written as is (used for a numeric accountId).
type number string

func newObject() *object { return &object{vals: map[string]any{}} }

// set adds or replaces a member and returns o, so members can be chained.
func (o *object) set(key string, v any) *object {
	if _, ok := o.vals[key]; !ok {
		o.keys = append(o.keys, key)
	}
	o.vals[key] = v
	return o
}

func (o *object) has(key string) bool {
	_, ok := o.vals[key]
	return ok
}

// obj returns the member key, which must be an object.
func (o *object) obj(key string) *object { return o.vals[key].(*object) }

func (o *object) del(key string) {
	delete(o.vals, key)
	o.keys = slices.DeleteFunc(o.keys, func(k string) bool { return k == key })
}

// sortKeys orders the members of o and of every object in it by name, as in
// AWS's hand-written documentation examples.
func (o *object) sortKeys() {
	slices.Sort(o.keys)
	for _, v := range o.vals {
		sortValue(v)
	}
}

func sortValue(v any) {
	switch v := v.(type) {
	case *object:
		v.sortKeys()
	case []any:
		for _, item := range v {
			sortValue(item)
		}
	}
}

// appendJSON writes v compactly when indent is "", and otherwise one member
// per line, the way the AWS CLI prints (Python's json.dumps with indent=4:
// ": " after keys, "[]" and "{}" when empty).
func appendJSON(b []byte, v any, indent string, depth int) []byte {
	switch v := v.(type) {
	case string:
		return appendString(b, v)
	case number:
		return append(b, v...)
	case *object:
		return appendObject(b, v, indent, depth)
	case []any:
		return appendArray(b, v, indent, depth)
	}
	panic("appendJSON: unexpected type")
}

func appendObject(b []byte, o *object, indent string, depth int) []byte {
	if len(o.keys) == 0 {
		return append(b, "{}"...)
	}
	b = append(b, '{')
	for i, k := range o.keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = newline(b, indent, depth+1)
		b = appendString(b, k)
		b = append(b, ':')
		if indent != "" {
			b = append(b, ' ')
		}
		b = appendJSON(b, o.vals[k], indent, depth+1)
	}
	b = newline(b, indent, depth)
	return append(b, '}')
}

func appendArray(b []byte, items []any, indent string, depth int) []byte {
	if len(items) == 0 {
		return append(b, "[]"...)
	}
	b = append(b, '[')
	for i, item := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = newline(b, indent, depth+1)
		b = appendJSON(b, item, indent, depth+1)
	}
	b = newline(b, indent, depth)
	return append(b, ']')
}

func newline(b []byte, indent string, depth int) []byte {
	if indent == "" {
		return b
	}
	b = append(b, '\n')
	return append(b, strings.Repeat(indent, depth)...)
}

// appendString quotes s as JSON does; only quotes, backslashes and control
// characters need escaping.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, '\\', 'n')
		case c < 0x20:
			b = append(b, `\u00`...)
			b = append(b, strconv.FormatInt(int64(c)>>4, 16)...)
			b = append(b, strconv.FormatInt(int64(c)&15, 16)...)
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
