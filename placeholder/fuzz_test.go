package placeholder

import "testing"

// FuzzIs: any text is judged without a panic, and white space around it
// changes nothing.
func FuzzIs(f *testing.F) {
	for _, s := range []string{"c0d76431-b0e7-xmpl-97e3-e8ee786eb6f6", "{{{input_bucket}}}", "{x}}", "the name of it, e.g. x",
		reflow("\n "), "AKIAIOSFODNN7EXAMPLE", "e0c7xmpl", "{" + "a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if Is(s) != Is(" "+s+"\n") {
			t.Errorf("Is(%q) changes with white space around it", s)
		}
	})
}
