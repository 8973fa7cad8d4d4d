package printed

import (
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// FuzzPython checks that Python never panics, that it reads a text the
// same way twice, that an error is placed within the text and that a tree
// places every value and key, in the order of the text, on a character
// that can start one. The seeds are in testdata/fuzz/FuzzPython.
func FuzzPython(f *testing.F) {
	f.Add("{'a': [1, 'b' 'c', None, Decimal('1.5')], (1, 2): {1, 2}}")
	f.Fuzz(func(t *testing.T, text string) { checkParse(t, Python, text) })
}

// FuzzNode is FuzzPython for Node. The seeds are in testdata/fuzz/FuzzNode.
func FuzzNode(f *testing.F) {
	f.Add("<ref *1> { a: [ 1, 'b\\n' +\n 'c', [Object] ], m: Map(1) { 'k' => 1 } }")
	f.Fuzz(func(t *testing.T, text string) { checkParse(t, Node, text) })
}

func checkParse(t *testing.T, parse func(string) (*document.Node, error), text string) {
	n, err := parse(text)
	again, errAgain := parse(text)
	if err != nil {
		checkError(t, text, err)
		if errAgain == nil || errAgain.Error() != err.Error() {
			t.Fatalf("second parse of %q: %v, first %v", text, errAgain, err)
		}
		return
	}
	if errAgain != nil || render(again) != render(n) {
		t.Fatalf("second parse of %q differs", text)
	}
	checkTree(t, text, n)
}
