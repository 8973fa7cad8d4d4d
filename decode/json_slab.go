package decode

import "github.com/jobdetails-lint/jobdetails-lint/document"

// Slabs start at a size guessed from the input, so that a typical
// response needs one of each, and double as they fill. A compact response
// has about one value and one member per 40 bytes.
const maxBlock = 4096

func (d *decoder) init(data []byte, line int) {
	d.data, d.src, d.line, d.memoCol = data, string(data), line, 1
	d.nodeBlock = min(len(data)/48+16, maxBlock)
	d.memberBlock = min(len(data)/48+16, maxBlock)
	d.itemBlock = min(len(data)/256+16, maxBlock)
	d.members = make([]document.Member, 0, 32)
	d.items = make([]*document.Node, 0, 32)
}

func (d *decoder) newNode() *document.Node {
	if len(d.nodes) == cap(d.nodes) {
		d.nodes = make([]document.Node, 0, d.nodeBlock)
		d.nodeBlock = min(2*d.nodeBlock, maxBlock)
	}
	d.nodes = d.nodes[:len(d.nodes)+1]
	return &d.nodes[len(d.nodes)-1]
}

// takeMembers moves the members from base up off the stack into a slice of
// their own, cut from a shared slab.
func (d *decoder) takeMembers(base int) []document.Member {
	n := len(d.members) - base
	if n == 0 {
		return nil
	}
	if cap(d.memberSlab)-len(d.memberSlab) < n {
		d.memberSlab = make([]document.Member, 0, max(n, d.memberBlock))
		d.memberBlock = min(2*d.memberBlock, maxBlock)
	}
	start := len(d.memberSlab)
	d.memberSlab = append(d.memberSlab, d.members[base:]...)
	d.members = d.members[:base]
	return d.memberSlab[start : start+n : start+n]
}

func (d *decoder) takeItems(base int) []*document.Node {
	n := len(d.items) - base
	if n == 0 {
		return nil
	}
	if cap(d.itemSlab)-len(d.itemSlab) < n {
		d.itemSlab = make([]*document.Node, 0, max(n, d.itemBlock))
		d.itemBlock = min(2*d.itemBlock, maxBlock)
	}
	start := len(d.itemSlab)
	d.itemSlab = append(d.itemSlab, d.items[base:]...)
	d.items = d.items[:base]
	return d.itemSlab[start : start+n : start+n]
}
