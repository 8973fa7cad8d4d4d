package document

import (
	"encoding/json"
	"reflect"
	"testing"
)

func str(s string) *Node { return &Node{Kind: String, Str: s} }

func TestLookupAndPointers(t *testing.T) {
	leaf := str("v")
	root := &Node{Kind: Object, Members: []Member{
		{Key: "a/b", Value: &Node{Kind: Array, Items: []*Node{str("x"), leaf}}},
		{Key: "m~n", Value: str("old")},
		{Key: "m~n", Value: str("new")},
	}}
	for pointer, want := range map[string]*Node{
		"":          root,
		"/a~1b/1":   leaf,
		"/a~1b/01":  nil,
		"/a~1b/2":   nil,
		"/a~1b/-1":  nil,
		"/nope":     nil,
		"x":         nil,
		"/a~1b/1/z": nil,
	} {
		if got := Lookup(root, pointer); got != want {
			t.Errorf("Lookup(%q) = %v, want %v", pointer, got, want)
		}
	}
	if got := Lookup(root, "/m~0n").Str; got != "new" {
		t.Errorf("duplicate keys: Get gives %q, want the last value", got)
	}
	if got := Index(Key(Key("", "a/b"), "m~n"), 3); got != "/a~1b/m~0n/3" {
		t.Errorf("pointer %q", got)
	}
	if got := Pointer([]string{"a/b", "m~n", "3"}); got != "/a~1b/m~0n/3" {
		t.Errorf("Pointer: %q", got)
	}
	if got := Pointer(nil); got != "" {
		t.Errorf("Pointer(nil) = %q, want the root", got)
	}
}

func TestToAny(t *testing.T) {
	root := &Node{Kind: Object, Members: []Member{
		{Key: "n", Value: &Node{Kind: Number, Str: "1e3"}},
		{Key: "b", Value: &Node{Kind: Bool, Str: "false"}},
		{Key: "z", Value: &Node{Kind: Null}},
		{Key: "l", Value: &Node{Kind: Array, Items: []*Node{str("s")}}},
	}}
	want := map[string]any{"n": json.Number("1e3"), "b": false, "z": nil, "l": []any{"s"}}
	if got := root.ToAny(); !reflect.DeepEqual(got, want) {
		t.Errorf("ToAny = %#v", got)
	}
}

func TestEnvelopeAndJobs(t *testing.T) {
	job := &Node{Kind: Object}
	poll := &Node{Kind: Object, Members: []Member{{Key: "jobs", Value: &Node{Kind: Array, Items: []*Node{str("not a job"), job}}}}}
	if DetectForm(poll) != PollForJobs {
		t.Fatal("PollForJobs not detected")
	}
	jobs := Jobs(poll, PollForJobs)
	if len(jobs) != 1 || jobs[0].Node != job || jobs[0].Pointer != "/jobs/1" {
		t.Errorf("jobs %+v", jobs)
	}
	if DetectForm(str("x")) != UnknownForm || DetectForm(&Node{Kind: Object}) != UnknownForm {
		t.Error("unknown envelopes")
	}
}
