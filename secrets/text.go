package secrets

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/placeholder"
)

// A hit is a credential-shaped run of characters found in text: a string
// value, an object key, or the raw bytes of a file.
type hit struct {
	kind  Kind
	value string // decoded: escapes such as \/ and \u0041 resolved
	start int    // byte offsets of the run in the text
	end   int
	label string // the name written before it (KEY=, "key":), if any
	slash string // how the text writes '/' inside the run, if it does
}

// minRun is the shortest run that can hold a credential (a key id).
const minRun = keyIDLen

// findHits appends the credentials in text to hits. It reads runs of the
// base64 alphabet, resolving the escapes that JSON text (or JSON embedded in
// a JSON string, at any depth) and URLs put into them, so that "wJal\/rXU",
// "wJal\\\/rXU" and "wJal%2FrXU" all read as "wJal/rXU". Values that are
// placeholders are left out. name is the member name that holds text, if
// any: a hit with no label written before it in text is named by it, as the
// member's name says what its value is ("secretAccessKey": "<…>").
func findHits(text, name string, hits []hit) []hit {
	for i := 0; i < len(text); {
		c := text[i]
		if class[c]&^classPad == 0 {
			if u, n := unit(text, i); n == 0 || u == '=' {
				i += max(n, skip(text, i))
				continue
			}
		} else if j := plainEnd(text, i); j-i < minRun && !escapeAt(text, j) {
			// a short run without escapes: most words end here
			i = j
			continue
		}
		r := readRun(text, i)
		if r.end-r.start >= minRun {
			hits = runHits(text, name, r, hits)
		}
		i = r.end
	}
	return hits
}

// escapeAt reports whether text[j] may start an escape that continues a run.
func escapeAt(text string, j int) bool {
	return j < len(text) && (text[j] == '\\' || text[j] == '%')
}

// plainEnd returns where the unescaped base64 characters from text[i] end.
func plainEnd(text string, i int) int {
	for i < len(text) && class[text[i]]&^classPad != 0 {
		i++
	}
	return i
}

// unit reads one character of a run at text[i]: a base64 character as is,
// or an escape standing for one (any number of backslashes before '/',
// \uXXXX, or a percent-encoded '/', '+' or '='). n is 0 when text[i] starts
// no such character.
func unit(text string, i int) (c byte, n int) {
	if class[text[i]] != 0 {
		return text[i], 1
	}
	if text[i] == '%' {
		return percent(text, i)
	}
	if text[i] != '\\' {
		return 0, 0
	}
	j := i
	for j < len(text) && text[j] == '\\' {
		j++
	}
	if j == len(text) {
		return 0, 0
	}
	if text[j] == '/' {
		return '/', j + 1 - i
	}
	if text[j] == 'u' && j+5 <= len(text) {
		if r, ok := hex4(text[j+1 : j+5]); ok && r < 0x80 && class[r] != 0 {
			return byte(r), j + 5 - i
		}
	}
	return 0, 0
}

// percent reads the percent-encoding of a base64 symbol at text[i]: %2F,
// %2B or %3D in either case, as the query of a presigned URL writes the
// X-Amz-Security-Token, and encoded again any number of times (%252F) as a
// URL inside a query value is. Other escapes cannot be part of a credential.
func percent(text string, i int) (c byte, n int) {
	j := i + 1
	for j+4 <= len(text) && text[j] == '2' && text[j+1] == '5' {
		j += 2 // %25 is the '%' of the escape encoded once more
	}
	if j+2 > len(text) {
		return 0, 0
	}
	switch a, b := text[j], text[j+1]|0x20; {
	case a == '2' && b == 'f':
		c = '/'
	case a == '2' && b == 'b':
		c = '+'
	case a == '3' && b == 'd':
		c = '='
	default:
		return 0, 0
	}
	return c, j + 2 - i
}

// skip returns how far to move past text[i] when it starts no run: past a
// whole escape such as \n or \", so that its letter does not start a run.
func skip(text string, i int) int {
	if text[i] != '\\' {
		return 1
	}
	j := i
	for j < len(text) && text[j] == '\\' {
		j++
	}
	switch {
	case j+5 <= len(text) && text[j] == 'u':
		if _, ok := hex4(text[j+1 : j+5]); ok {
			return j + 5 - i // \u00e9: its hex digits are not a run
		}
		return j + 1 - i
	case j < len(text) && strings.IndexByte(`bfnrtu"`, text[j]) >= 0:
		return j + 1 - i
	}
	return j - i
}

// hex4 reads the four hex digits of a \uXXXX escape.
func hex4(s string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		d, ok := hexValue(s[i])
		if !ok {
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}

// run is one stretch of base64 characters. offs maps each character of
// value to its offset in the text; it is set only when the run held escapes.
type run struct {
	start, end int
	value      string
	offs       []int
	slash      string
}

// readRun reads the run at text[i]. Padding ends it: "KEY=value" is two runs.
func readRun(text string, i int) run {
	r := run{start: i}
	var buf []byte // the decoded value, once the run holds an escape
	j := i
	pad := false
	for j < len(text) {
		c, n := unit(text, j)
		if n == 0 || (pad && c != '=') {
			break
		}
		if n > 1 && buf == nil {
			buf = append(make([]byte, 0, 64), text[i:j]...)
			r.offs = make([]int, 0, 64)
			for k := i; k < j; k++ {
				r.offs = append(r.offs, k)
			}
		}
		if c == '/' && r.slash == "" {
			r.slash = text[j : j+n]
		}
		if buf != nil {
			buf = append(buf, c)
			r.offs = append(r.offs, j)
		}
		j += n
		pad = c == '='
	}
	r.end = j
	if buf != nil {
		r.value = string(buf)
	} else {
		r.value = text[i:j]
	}
	return r
}

// runHits appends what one run holds: a session token, a secret key, key ids
// and a token glued after other characters.
//
// A token or secret cut short on purpose ("FwoGZXIvYXdzEBY...") is a sample,
// unless a secret key's name stands before a full-length one (written in the
// text, or the name of the member that holds it), or the token runs to
// minCutToken characters before the dots. A full, well-formed key id is a
// key id whatever surrounds it: "...", "<>", a placeholder word in the same
// token, even glued to it ("AKIA…REDACTED").
func runHits(text, name string, r run, hits []hit) []hit {
	v := r.value
	cut := truncated(text, r.start, r.end)
	switch {
	case isToken(v):
		if cut && len(v) < minCutToken {
			return hits
		}
		return addHit(text, name, r, SessionToken, 0, tokenEnd(v), hits)
	case !partOfLonger(text, r.start, r.end):
		if a, b, ok := unglued(v, secretLen, isSecretShape); ok && !keyIDAtWordEnd(v, a) && (!cut || secretKeyName(labelOr(text, r.start, name))) {
			return addHit(text, name, r, SecretKey, a, b, hits)
		}
	}
	t := tokenInside(v)
	hits = keyIDHits(text, name, r, v[:t], hits)
	if t < len(v) && (!cut || len(v)-t >= minCutToken) {
		hits = addHit(text, name, r, SessionToken, t, t+tokenEnd(v[t:]), hits)
	}
	return hits
}

// keyIDHits appends the key ids of v, a prefix of the run's value.
func keyIDHits(text, name string, r run, v string, hits []hit) []hit {
	for a := 0; a < len(v); {
		if !isAlnum(v[a]) {
			a++
			continue
		}
		b := a
		for b < len(v) && isAlnum(v[b]) {
			b++
		}
		for k := nextKeyID(v[a:b], 0); k >= 0; k = nextKeyID(v[a:b], k+keyIDLen) {
			hits = addHit(text, name, r, KeyID, a+k, a+k+keyIDLen, hits)
		}
		a = b
	}
	return hits
}

// unglued finds a credential of n characters that is all of s, or all of s
// but a placeholder word glued before or after it; is tells the credential.
func unglued(s string, n int, is func(string) bool) (a, b int, ok bool) {
	switch {
	case len(s) == n:
		return 0, n, is(s)
	case len(s) < n:
		return 0, 0, false
	case isMarker(s[n:]) && is(s[:n]):
		return 0, n, true
	case isMarker(s[:len(s)-n]) && is(s[len(s)-n:]):
		return len(s) - n, len(s), true
	}
	return 0, 0, false
}

// isMarker reports a word that marks a value as made up when it is written
// against it: EXAMPLE, REDACTED, xmpl (placeholder.Words), or XXX.
func isMarker(s string) bool {
	if placeholder.IsWord(s) {
		return true
	}
	return len(s) >= 3 && (strings.Trim(s, "X") == "" || strings.Trim(s, "x") == "")
}

// addHit records v[a:b] of run r unless it is a placeholder. Placeholders
// are judged on each hit's own value, never on the text around it: a
// placeholder word beside a real key id hides nothing.
func addHit(text, name string, r run, k Kind, a, b int, hits []hit) []hit {
	v := r.value[a:b]
	if placeholder.Is(v) {
		return hits
	}
	sp := r.span(a, b, k)
	start, end := sp.Start, sp.End
	return append(hits, hit{kind: k, value: v, start: start, end: end, label: labelOr(text, start, name), slash: r.slash})
}

// labelOr is the label written before text[start] (label, or the name of
// a {"name": …, "value": …} pair), or else the member name that holds text.
func labelOr(text string, start int, name string) string {
	l := label(text, start)
	if strings.EqualFold(l, "value") {
		l = pairedName(text, start)
	}
	if l == "" {
		return name
	}
	return l
}

// truncated reports a run cut short on purpose: "FwoGZXIvYXdzEBY..." or
// "…Kx9Q" is a sample, not a credential.
func truncated(text string, start, end int) bool {
	after, before := text[end:], text[:start]
	return strings.HasPrefix(after, "...") || strings.HasPrefix(after, "…") ||
		strings.HasSuffix(before, "...") || strings.HasSuffix(before, "…")
}

// partOfLonger reports a run joined by '-' or '_' to more text: forty
// characters inside a base64url token or an identifier are not a secret key.
// A key id on the other side is no such text: it pairs with the secret; nor
// is a placeholder word, which hides nothing beside it.
func partOfLonger(text string, start, end int) bool {
	return (start > 0 && (text[start-1] == '-' || text[start-1] == '_') && !keyIDBefore(text, start-1) && !markerWordBefore(text, start-1)) ||
		(end < len(text) && (text[end] == '-' || text[end] == '_') && !keyIDAfter(text, end+1) && !markerWordAfter(text, end+1))
}
