package secrets

import "strings"

// Span is where a credential is written in raw text: bytes [Start, End).
type Span struct {
	Start, End int
	Kind       Kind
	// Slash is how the text writes '/' inside the credential (`/`, `\/`,
	// `\\\/` inside JSON embedded in a string...), so that a replacement
	// can write its own slashes the same way. Empty if it has none.
	Slash string
	// Prefix is the first four characters of the credential, decoded
	// ("AKIA" tells a long-term key id).
	Prefix string
}

// Locate finds every place where raw text writes one of the given credential
// values, reading escapes the way the scan does. Spans are in text order and
// do not overlap.
func Locate(text []byte, values map[string]Kind) []Span {
	if len(values) == 0 {
		return nil
	}
	src := string(text)
	var spans []Span
	for i := 0; i < len(src); {
		if _, n := unit(src, i); n == 0 || src[i] == '=' {
			i += skip(src, i)
			continue
		}
		r := readRun(src, i)
		if r.end-r.start >= minRun {
			spans = locateInRun(r, values, spans)
		}
		i = r.end
	}
	return spans
}

// locateInRun adds the occurrences of the values inside one run, the
// longest value first where two would overlap.
func locateInRun(r run, values map[string]Kind, spans []Span) []Span {
	type match struct {
		a, b int
		kind Kind
	}
	prefix := func(m match) string { return r.value[m.a:min(m.a+4, m.b)] }
	var ms []match
	for v, k := range values {
		if v == "" {
			continue
		}
		for from := 0; ; {
			j := strings.Index(r.value[from:], v)
			if j < 0 {
				break
			}
			a := from + j
			ms = append(ms, match{a, a + len(v), k})
			from = a + len(v)
		}
	}
	if len(ms) == 0 {
		return spans
	}
	// order by start, longest first, then drop overlaps
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && (ms[j].a < ms[j-1].a || (ms[j].a == ms[j-1].a && ms[j].b > ms[j-1].b)); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	last := -1
	for _, m := range ms {
		if m.a < last {
			continue
		}
		last = m.b
		start, end := r.start+m.a, r.start+m.b
		if r.offs != nil {
			start, end = r.offs[m.a], r.end
			if m.b < len(r.offs) {
				end = r.offs[m.b]
			}
		}
		spans = append(spans, Span{Start: start, End: end, Kind: m.kind, Slash: r.slash, Prefix: prefix(m)})
	}
	return spans
}
