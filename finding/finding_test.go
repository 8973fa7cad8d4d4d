package finding

import (
	"reflect"
	"testing"
)

func TestSortUnique(t *testing.T) {
	a := Finding{File: "a", Line: 2, Column: 1, Rule: "r"}
	b := Finding{File: "a", Line: 10, Column: 1, Rule: "r"}
	c := Finding{File: "a", Line: 10, Column: 1, Rule: "q"}
	d := Finding{File: "b", Line: 1, Column: 1, Rule: "r"}
	got := SortUnique([]Finding{d, b, a, c, b, a})
	if want := []Finding{a, c, b, d}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSeverity(t *testing.T) {
	for _, s := range []Severity{Note, Warning, Error} {
		if got, err := ParseSeverity(s.String()); err != nil || got != s {
			t.Errorf("%v: %v %v", s, got, err)
		}
	}
	if _, err := ParseSeverity("fatal"); err == nil || err.Error() != `"fatal" is not a severity; use error, warning or note` {
		t.Errorf("err %v", err)
	}
	if !(Note < Warning && Warning < Error) {
		t.Error("severities out of order")
	}
}
