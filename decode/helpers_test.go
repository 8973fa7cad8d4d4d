package decode

import (
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// dump lists every value and key of a tree, one a line, as
// "pointer kind line:col text", keys as "pointer key line:col".
func dump(n *document.Node) string {
	var b strings.Builder
	dumpNode(&b, "", n)
	return b.String()
}

func dumpNode(b *strings.Builder, ptr string, n *document.Node) {
	fmt.Fprintf(b, "%s %s %d:%d", ptr, n.Kind, n.Line, n.Col)
	if n.Kind != document.Array && n.Kind != document.Object && n.Kind != document.Null {
		fmt.Fprintf(b, " %q", n.Str)
	}
	b.WriteByte('\n')
	for i, item := range n.Items {
		dumpNode(b, document.Index(ptr, i), item)
	}
	for _, m := range n.Members {
		p := document.Key(ptr, m.Key)
		fmt.Fprintf(b, "%s key %d:%d\n", p, m.KeyLine, m.KeyCol)
		dumpNode(b, p, m.Value)
	}
}

func lines(s ...string) string { return strings.Join(s, "\n") + "\n" }
