package decode

import (
	"fmt"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"go.yaml.in/yaml/v3"
)

// isMergeKey tells a YAML 1.1 merge key: the plain scalar "<<", whose tag
// resolves to !!merge (or is written so). A quoted "<<" is an ordinary key.
func isMergeKey(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge"
}

// merge resolves the merge key at n.Members[at] (key k) as the YAML 1.1
// tools (PyYAML, yaml.v3) do: its value, a mapping or a sequence of
// mappings (written or aliased), lends its members to n, in place of the
// "<<" member. A key written in n wins over a merged one, silently; with a
// sequence, the earlier mapping wins. A mapping that has a key twice lends
// the last one, the one Get reads in it. Merged members keep the key and
// value positions of where they are written.
//
// A "<<" whose value is anything else stays an ordinary member. So does
// every "<<" of a mapping that has several: the tools disagree on that
// (yaml.v3 refuses the duplicate key, PyYAML lets the last one win), and
// kept, it is reported as a duplicate key.
func (c *converter) merge(n *document.Node, at int, k *yaml.Node) error {
	sources, ok := mergeSources(n.Members[at].Value)
	if !ok {
		return nil
	}
	count := 0
	for _, s := range sources {
		count += len(s.Members)
	}
	if err := c.spendMerge(k, count); err != nil {
		return err
	}
	members := make([]document.Member, 0, len(n.Members)-1+count)
	members = append(members, n.Members[:at]...)
	members = appendMerged(members, n.Members, at, sources)
	n.Members = append(members, n.Members[at+1:]...)
	return nil
}

// mergeSources returns the mappings a merge key's value lends members from;
// ok is false when it is neither a mapping nor a sequence of mappings. An
// empty sequence lends nothing.
func mergeSources(v *document.Node) (sources []*document.Node, ok bool) {
	switch v.Kind {
	case document.Object:
		return []*document.Node{v}, true
	case document.Array:
		for _, item := range v.Items {
			if item.Kind != document.Object {
				return nil, false
			}
		}
		return v.Items, true
	}
	return nil, false
}

// appendMerged appends to out the members of sources that the mapping's
// own members (all but the merge key at index at) do not have, each key
// once. A set of keys keeps this linear in the number of members.
func appendMerged(out, own []document.Member, at int, sources []*document.Node) []document.Member {
	const written = -1
	taken := make(map[string]int, len(own)) // key -> index in out of its merged member, or written
	for i, m := range own {
		if i != at {
			taken[m.Key] = written
		}
	}
	for _, s := range sources {
		first := len(out) // where the members of s start
		for _, m := range s.Members {
			switch i, ok := taken[m.Key]; {
			case !ok:
				taken[m.Key] = len(out)
				out = append(out, m)
			case i >= first:
				out[i] = m // the key twice in s: its last one wins
			}
		}
	}
	return out
}

// spendMerge takes one value from the alias budget for each member a merge
// key lends, written or aliased: each merge copies them, so that without
// it, mappings nested 1,000 deep, each merging the next, would copy a large
// mapping 1,000 times. Within an alias the error is at the outermost
// alias, as for everything the alias expands; otherwise at the merge key.
func (c *converter) spendMerge(k *yaml.Node, values int) error {
	if c.alias != nil {
		return c.spend(values, 0)
	}
	c.budget.values -= values
	if c.budget.values < 0 {
		return &Error{Line: k.Line, Col: k.Column, Msg: fmt.Sprintf("merge keys bring in too many values (over %d for a file of this size); write the merged part out or merge less of it", c.budget.maxValues)}
	}
	return nil
}
