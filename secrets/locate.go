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
	// Value is the credential, decoded. It must never be printed.
	Value string
}

// SpanAt is the span of a credential that a scan found at text[start:end],
// with the slashes written as the text writes them there.
func SpanAt(text []byte, start, end int, k Kind, value string) Span {
	return Span{Start: start, End: end, Kind: k, Slash: slashIn(string(text[start:end])), Prefix: value[:min(4, len(value))], Value: value}
}

// slashIn returns how text writes its first '/': as it is, escaped by any
// number of backslashes, or percent-encoded in a URL; "" if it has none.
func slashIn(text string) string {
	for i := 0; i < len(text); {
		c, n := unit(text, i)
		switch {
		case n > 0 && c == '/':
			return text[i : i+n]
		case n > 0:
			i += n
		case strings.HasPrefix(text[i:], "%2F") || strings.HasPrefix(text[i:], "%2f"):
			return text[i : i+3]
		default:
			i++
		}
	}
	return ""
}

// Locate finds every place where raw text writes one of the given credential
// values, reading escapes the way the scan does. Spans are in text order and
// do not overlap. Redaction looks for a value this way only inside the
// region of the one string that holds it, never in a whole file: the same
// text elsewhere may be no credential at all.
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
			spans = locateInRun(src, r, values, spans)
		}
		i = r.end
	}
	return spans
}

// locateInRun adds the places in one run that hold one of the values: the
// whole run (a secret key, a token, a malformed value of artifactCredentials),
// a part of it that the scan finds (a glued key id or token), or an
// alphanumeric stretch inside it (a key id).
// Map lookups keep the work linear in the text however many values there are.
func locateInRun(src string, r run, values map[string]Kind, spans []Span) []Span {
	if k, ok := values[r.value]; ok {
		return append(spans, r.span(0, len(r.value), k))
	}
	// a key id or token glued to other characters, or a token with a
	// placeholder word glued to its end, is a part of the run the scan finds
	n := len(spans)
	for _, h := range runHits(src, "", r, nil) {
		if k, ok := values[h.value]; ok {
			spans = append(spans, Span{Start: h.start, End: h.end, Kind: k, Slash: r.slash, Prefix: h.value[:min(4, len(h.value))], Value: h.value})
		}
	}
	if len(spans) > n {
		return spans
	}
	v := r.value
	for a := 0; a < len(v); {
		if !isAlnum(v[a]) {
			a++
			continue
		}
		b := a
		for b < len(v) && isAlnum(v[b]) {
			b++
		}
		if k, ok := values[v[a:b]]; ok {
			spans = append(spans, r.span(a, b, k))
		}
		a = b
	}
	return spans
}

// span is the Span of value[a:b] of the run.
func (r run) span(a, b int, k Kind) Span {
	start, end := r.start+a, r.start+b
	if r.offs != nil {
		start, end = r.offs[a], r.end
		if b < len(r.offs) {
			end = r.offs[b]
		}
	}
	return Span{Start: start, End: end, Kind: k, Slash: r.slash, Prefix: r.value[a:min(a+4, b)], Value: r.value[a:b]}
}
