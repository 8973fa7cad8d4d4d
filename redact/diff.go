package redact

import (
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// context is how many unchanged lines a hunk shows around a change.
const context = 3

// unifiedDiff shows what redaction changed in one file, in unified diff
// format. Redaction replaces text inside lines and never adds or removes a
// line break, so line i of the old text pairs with line i of the new one and
// no general diff algorithm is needed; should the counts ever differ, the
// whole file is one hunk. Removed lines show credentials masked: the diff is
// a preview to read, not a patch to apply.
func unifiedDiff(name string, old, new []byte) string {
	a, b := splitLines(string(old)), splitLines(string(new))
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", name, name)
	if len(a) != len(b) {
		writeHunk(&out, a, b, 0, len(a), 0, len(b))
		return out.String()
	}
	for i := 0; i < len(a); {
		if a[i] == b[i] {
			i++
			continue
		}
		start := max(0, i-context)
		end := i + 1 // one past the last changed line seen
		for j := i + 1; j < len(a) && j < end+2*context+1; j++ {
			if a[j] != b[j] {
				end = j + 1
			}
		}
		stop := min(len(a), end+context)
		writeHunk(&out, a, b, start, stop, start, stop)
		i = stop
	}
	return out.String()
}

// writeHunk writes lines a[as:ae] against b[bs:be]. With equal counts, a
// line that differs is shown as removed then added.
func writeHunk(out *strings.Builder, a, b []string, as, ae, bs, be int) {
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(as, ae-as), hunkRange(bs, be-bs))
	if ae-as != be-bs {
		for _, l := range a[as:ae] {
			writeLine(out, '-', l)
		}
		for _, l := range b[bs:be] {
			writeLine(out, '+', l)
		}
		return
	}
	for k := 0; k < ae-as; k++ {
		if a[as+k] == b[bs+k] {
			writeLine(out, ' ', a[as+k])
			continue
		}
		writeLine(out, '-', a[as+k])
		writeLine(out, '+', b[bs+k])
	}
}

func hunkRange(start, n int) string {
	if n == 1 {
		return fmt.Sprint(start + 1)
	}
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

func writeLine(out *strings.Builder, mark byte, line string) {
	if mark == '-' {
		// The removed line holds the credential itself: show it masked, like
		// every other output, so the preview cannot leak what it removes.
		line = secrets.MaskText(line)
	}
	out.WriteByte(mark)
	out.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		out.WriteString("\n\\ No newline at end of file\n")
	}
}

// splitLines splits text after each line break, keeping the breaks.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
