package redact

import (
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// context is how many unchanged lines a hunk shows around a change.
const context = 3

// unifiedDiff shows what redaction changed in one file, in unified diff
// format, under the header name. Redaction replaces text inside lines and
// never adds or removes a line break, so line i of the old text pairs with
// line i of the new one and no general diff algorithm is needed; should the
// counts ever differ, the whole file is one hunk.
//
// Lines are compared as the texts hold them and printed as shown: the diff
// is a preview to read, not a patch to apply, and every line of it, old or
// new, passes the masking step (see showLines).
func unifiedDiff(name string, old []byte, shownOld string, new []byte, shownNew string) string {
	a, b := showLines(old, shownOld), showLines(new, shownNew)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", name, name)
	if len(a.raw) != len(b.raw) {
		writeHunk(&out, a, b, 0, len(a.raw), 0, len(b.raw))
		return out.String()
	}
	for i := 0; i < len(a.raw); {
		if a.raw[i] == b.raw[i] {
			i++
			continue
		}
		start := max(0, i-context)
		end := i + 1 // one past the last changed line seen
		for j := i + 1; j < len(a.raw) && j < end+2*context+1; j++ {
			if a.raw[j] != b.raw[j] {
				end = j + 1
			}
		}
		stop := min(len(a.raw), end+context)
		writeHunk(&out, a, b, start, stop, start, stop)
		i = stop
	}
	return out.String()
}

// lines are the lines of a text as it is and as the preview shows it.
type lines struct{ raw, shown []string }

// showLines pairs the lines of text with those of shown, its masked form.
// Masking never adds or removes a line break; should the counts differ all
// the same, each line is masked on its own.
func showLines(text []byte, shown string) lines {
	l := lines{raw: splitLines(string(text)), shown: splitLines(shown)}
	if len(l.shown) != len(l.raw) {
		l.shown = make([]string, len(l.raw))
		for i, line := range l.raw {
			l.shown[i] = secrets.MaskText(line)
		}
	}
	return l
}

// writeHunk writes lines a[as:ae] against b[bs:be]. With equal counts, a
// line that differs is shown as removed then added.
func writeHunk(out *strings.Builder, a, b lines, as, ae, bs, be int) {
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(as, ae-as), hunkRange(bs, be-bs))
	if ae-as != be-bs {
		for _, l := range a.shown[as:ae] {
			writeLine(out, '-', l)
		}
		for _, l := range b.shown[bs:be] {
			writeLine(out, '+', l)
		}
		return
	}
	for k := 0; k < ae-as; k++ {
		if a.raw[as+k] == b.raw[bs+k] {
			writeLine(out, ' ', a.shown[as+k])
			continue
		}
		writeLine(out, '-', a.shown[as+k])
		writeLine(out, '+', b.shown[bs+k])
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
