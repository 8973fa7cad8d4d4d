package document

import (
	"strconv"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// object is an object of n members "k0" to "k<n-1>", each a string of its
// own index, and then a repeat of "k0" holding "again".
func object(n int) *Node {
	o := &Node{Kind: Object}
	for i := range n {
		o.Members = append(o.Members, Member{Key: "k" + strconv.Itoa(i), Value: &Node{Kind: String, Str: strconv.Itoa(i)}})
	}
	o.Members = append(o.Members, Member{Key: "k0", Value: &Node{Kind: String, Str: "again"}})
	return o
}

func TestFinderAgreesWithGet(t *testing.T) {
	for _, n := range []int{0, 1, indexAbove - 1, indexAbove, indexAbove + 1, 100} {
		root := &Node{Kind: Object, Members: []Member{{Key: "a/b", Value: &Node{Kind: Array, Items: []*Node{object(n)}}}}}
		var f Finder
		for _, key := range []string{"k0", "k1", "k" + strconv.Itoa(n-1), "missing", ""} {
			pointer := "/a~1b/0/" + key
			if got, want := f.Lookup(root, pointer), Lookup(root, pointer); got != want {
				t.Errorf("%d members: Finder.Lookup(%q) = %v, want %v", n, pointer, got, want)
			}
			obj := root.Members[0].Value.Items[0]
			if got, want := f.Get(obj, key), obj.Get(key); got != want {
				t.Errorf("%d members: Finder.Get(%q) = %v, want %v", n, key, got, want)
			}
		}
		if v := f.Get(object(n), "k0"); n > 0 && v.Str != "again" {
			t.Errorf("%d members: the first of two k0, %q", n, v.Str)
		}
	}
	var f *Finder
	if v := f.Get(object(100), "k5"); v == nil || v.Str != "5" {
		t.Errorf("nil Finder: %v", v)
	}
	for _, pointer := range []string{"x", "/a~1b/1", "/a~1b/00", "/a~1b/0/k1/deeper"} {
		if v := new(Finder).Lookup(&Node{Kind: Object, Members: []Member{{Key: "a/b", Value: &Node{Kind: Array, Items: []*Node{object(20)}}}}}, pointer); v != nil {
			t.Errorf("Lookup(%q) = %v, want nil", pointer, v)
		}
	}
}

// TestFinderLinearTime looks every member of an object of n members up by
// its pointer, as the schema's findings do.
func TestFinderLinearTime(t *testing.T) {
	lineartest.Check(t, 2000, func(n int) func() {
		root := &Node{Kind: Object, Members: []Member{{Key: "data", Value: object(n)}}}
		pointers := make([]string, n)
		for i := range pointers {
			pointers[i] = "/data/k" + strconv.Itoa(i)
		}
		return func() {
			var f Finder
			for _, p := range pointers {
				if f.Lookup(root, p) == nil {
					t.Fatalf("%s not found", p)
				}
			}
		}
	})
}
