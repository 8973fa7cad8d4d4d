package decode

import (
	"strconv"
	"strings"
	"testing"
)

// TestYAMLAliasText: a large string aliased many times once took a minute
// for a 1 MB file, as every copy was scanned. Aliases may expand to 1 MiB
// of text and 4 bytes more for each byte of the file; the alias that goes
// over is the error.
func TestYAMLAliasText(t *testing.T) {
	const size, aliases = 100000, 100
	var b strings.Builder
	b.WriteString("a: &a " + strings.Repeat("x", size) + "\nlist:\n")
	for range aliases {
		b.WriteString("- *a\n")
	}
	data := b.String()
	budget := 1<<20 + 4*len(data)
	over := budget/size + 1 // the first alias over budget
	want := strconv.Itoa(2+over) + ":3: aliases expand to too much text (over " + strconv.Itoa(budget) +
		" bytes for a file of this size); write the repeated part out or alias less of it"
	_, err := YAML([]byte(data))
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestYAMLAliasKeyText: an alias used as a key expands its text too.
func TestYAMLAliasKeyText(t *testing.T) {
	const size = 1 << 20
	data := "k: &k " + strings.Repeat("x", size) + "\nlist:\n" + strings.Repeat("- {*k : v}\n", 10)
	budget := 1<<20 + 4*len(data)
	over := budget/size + 1
	want := strconv.Itoa(2+over) + ":4: aliases expand to too much text (over " + strconv.Itoa(budget) +
		" bytes for a file of this size); write the repeated part out or alias less of it"
	_, err := YAML([]byte(data))
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestYAMLAliasBudgetSpansDocuments: the budget is for the whole stream,
// so that many small bombs cannot add up to a large one.
func TestYAMLAliasBudgetSpansDocuments(t *testing.T) {
	doc := "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
	// Each document expands 1,109 values from 128 bytes: 12 documents are
	// over the 10,000 values (and one for each 8 bytes) of the stream.
	if _, err := YAML([]byte(strings.Repeat(doc, 5))); err != nil {
		t.Errorf("5 documents: %v", err)
	}
	_, err := YAML([]byte(strings.Repeat(doc, 12)))
	if err == nil || !strings.Contains(err.Error(), ": aliases expand to too many values (over ") {
		t.Errorf("12 documents: %v", err)
	}
}

// TestYAMLAliasesUnderBudget: a large file may use aliases as much as it
// likes within the budget.
func TestYAMLAliasesUnderBudget(t *testing.T) {
	data := "a: &a " + strings.Repeat("x", 100000) + "\nlist: [" + strings.Repeat("*a, ", 9) + "*a]\n"
	docs, err := YAML([]byte(data))
	if err != nil || len(docs[0].Get("list").Items) != 10 {
		t.Errorf("10 aliases of 100 KB: %v", err)
	}
}
