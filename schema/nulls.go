package schema

import "github.com/jobdetails-lint/jobdetails-lint/document"

// WithoutNulls returns the document as AWS's SDKs read it: every member of
// a model structure whose value is null is left out, since the SDKs treat a
// null member as an absent one (the Lambda event's "revision": null). A null
// required member so becomes a missing one, and is reported as such. A null
// where a value must stand stays: the member that holds a document's job
// ({"jobDetails": null}), a list item, a configuration value.
//
// Nodes are shared with root; only the objects that lose a member, and the
// nodes above them, are copied. Without a null member root itself is
// returned, and nothing is allocated.
func WithoutNulls(root *document.Node, form document.Form) *document.Node {
	if form == document.UnknownForm {
		return root
	}
	return withoutNulls(root, Lookup(form.Output()))
}

func withoutNulls(n *document.Node, s *Shape) *document.Node {
	switch {
	case s == nil:
		return n
	case s.Type == "list" && n.Kind == document.Array:
		return listWithoutNulls(n, Lookup(s.Item))
	case s.Type == "structure" && n.Kind == document.Object:
		return structureWithoutNulls(n, s)
	}
	return n
}

func listWithoutNulls(n *document.Node, item *Shape) *document.Node {
	var items []*document.Node // nil until an item changes
	for i, v := range n.Items {
		w := withoutNulls(v, item)
		if w != v && items == nil {
			items = append(make([]*document.Node, 0, len(n.Items)), n.Items[:i]...)
		}
		if items != nil {
			items = append(items, w)
		}
	}
	if items == nil {
		return n
	}
	copied := *n
	copied.Items = items
	return &copied
}

func structureWithoutNulls(n *document.Node, s *Shape) *document.Node {
	var members []document.Member // nil until a member changes
	for i, m := range n.Members {
		w := m.Value
		drop := false
		if member := s.member(m.Key); member != nil {
			drop = w.Kind == document.Null && !topShapes[s.Name]
			if !drop {
				w = withoutNulls(w, Lookup(member.Shape))
			}
		}
		if (drop || w != m.Value) && members == nil {
			members = append(make([]document.Member, 0, len(n.Members)), n.Members[:i]...)
		}
		if members != nil && !drop {
			m.Value = w
			members = append(members, m)
		}
	}
	if members == nil {
		return n
	}
	copied := *n
	copied.Members = members
	return &copied
}
