package redact

import (
	"cmp"
	"slices"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// spans returns where the file writes the credentials of the pieces, in
// text order and without overlaps (a YAML comment can be scanned both as a
// comment and inside a block scalar). A credential that cannot be found in
// the text (one that a folded YAML scalar splits over lines) has no span.
func spans(pieces []piece) []secrets.Span {
	var out []secrets.Span
	for _, p := range pieces {
		for _, l := range p.raw {
			out = append(out, spanAt(p.text, l.Start, l.End, l, p.base))
		}
		out = append(out, p.locate()...)
		out = append(out, p.logSpans()...)
	}
	slices.SortFunc(out, func(a, b secrets.Span) int { return cmp.Compare(a.Start, b.Start) })
	kept := out[:0]
	for _, s := range out {
		if len(kept) > 0 && s.Start < kept[len(kept)-1].End {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}

// spanAt is the span of the credential written at text[start:end], in file
// offsets.
func spanAt(text []byte, start, end int, l secrets.Leak, base int) secrets.Span {
	s := secrets.SpanAt(text, start, end, l.Kind, l.Value)
	s.Start += base
	s.End += base
	return s
}

// A place is where a document holds a string: its line and column.
type place struct{ line, col int }

// locate finds the credentials found in the documents of the piece. Each is
// known by the string that holds it (its line and column) and its offsets
// inside the decoded string; reading the string's literal back character by
// character, a YAML line fold included, maps them onto the text. Where the
// literal cannot be read that way (a YAML block scalar), the credential is
// looked for by value inside the literal's region only, the nth of its value
// in the string being the nth found there.
func (p piece) locate() []secrets.Span {
	if len(p.found) == 0 {
		return nil
	}
	leaks := slices.Clone(p.found)
	slices.SortFunc(leaks, func(a, b secrets.Leak) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), cmp.Compare(a.Start, b.Start))
	})
	// The same string can be reported twice (a YAML alias of a mapping
	// repeats what the anchor holds, at the anchor's place).
	leaks = slices.CompactFunc(leaks, func(a, b secrets.Leak) bool {
		return a.Line == b.Line && a.Column == b.Column && a.Start == b.Start
	})
	holders := stringsAt(p.docs, leaks)
	c := newCursor(p.text, p.line, p.yaml)
	var out []secrets.Span
	for i := 0; i < len(leaks); {
		j := i + 1
		for j < len(leaks) && leaks[j].Line == leaks[i].Line && leaks[j].Column == leaks[i].Column {
			j++
		}
		at := place{leaks[i].Line, leaks[i].Column}
		if off, ok := c.seek(at.line, at.col); ok {
			out = p.inString(out, off, holders[at], leaks[i:j])
		}
		i = j
	}
	return out
}

// inString adds the spans of the credentials that one string holds; off is
// where the document places the string.
func (p piece) inString(out []secrets.Span, off int, holder string, leaks []secrets.Leak) []secrets.Span {
	var lit literal
	var ok bool
	if p.yaml {
		lit, ok = yamlLiteral(p.text, off)
	} else {
		lit, ok = jsonLiteral(p.text, off)
	}
	if !ok {
		return out // an alias: the anchor's text holds the credential
	}
	at := make([]int, 0, 2*len(leaks))
	for _, l := range leaks {
		at = append(at, l.Start, l.End)
	}
	// Offsets must be asked for in order; credentials in one string do not
	// overlap, so Start, End pairs sorted by Start are in order already.
	if offs, ok := lit.offsets(p.text, holder, at); ok {
		for k, l := range leaks {
			// One that a YAML scalar folds over lines (a malformed value
			// that the scan takes whole) cannot be replaced in place.
			if start, end := offs[2*k], offs[2*k+1]; endOfLine(p.text[:end], start) == end {
				out = append(out, spanAt(p.text, start, end, l, p.base))
			}
		}
		return out
	}
	return append(out, p.byValue(lit, leaks)...)
}

// byValue looks for the credentials of one string by value, inside the
// region of its literal: the nth time a value is reported in the string is
// the nth time it is written there.
func (p piece) byValue(lit literal, leaks []secrets.Leak) []secrets.Span {
	values := make(map[string]secrets.Kind, len(leaks))
	for _, l := range leaks {
		values[l.Value] = l.Kind
	}
	written := map[string][]secrets.Span{}
	for _, s := range secrets.Locate(p.text[lit.body:lit.bound()], values) {
		written[s.Value] = append(written[s.Value], s)
	}
	var out []secrets.Span
	for _, l := range leaks {
		if w := written[l.Value]; len(w) > 0 {
			s := w[0]
			written[l.Value] = w[1:]
			s.Start += p.base + lit.body
			s.End += p.base + lit.body
			out = append(out, s)
		}
	}
	return out
}

// stringsAt returns the keys and string values of the documents at the
// places of the leaks.
func stringsAt(docs []*document.Node, leaks []secrets.Leak) map[place]string {
	want := make(map[place]string, len(leaks))
	for _, l := range leaks {
		want[place{l.Line, l.Column}] = ""
	}
	var walk func(n *document.Node)
	walk = func(n *document.Node) {
		switch n.Kind {
		case document.String:
			if _, ok := want[place{n.Line, n.Col}]; ok {
				want[place{n.Line, n.Col}] = n.Str
			}
		case document.Array:
			for _, item := range n.Items {
				walk(item)
			}
		case document.Object:
			for _, m := range n.Members {
				if _, ok := want[place{m.KeyLine, m.KeyCol}]; ok {
					want[place{m.KeyLine, m.KeyCol}] = m.Key
				}
				walk(m.Value)
			}
		}
	}
	for _, root := range docs {
		walk(root)
	}
	return want
}
