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
// a JSON string, at any depth) puts into them, so that "wJal\/rXU" and
// "wJal\\\/rXU" both read as "wJal/rXU". Values that are placeholders are
// left out.
func findHits(text string, hits []hit) []hit {
	for i := 0; i < len(text); {
		c := text[i]
		if class[c] == 0 || c == '=' {
			if _, n := unit(text, i); n == 0 || c == '=' {
				i += skip(text, i)
				continue
			}
		} else if j := plainEnd(text, i); j-i < minRun && (j == len(text) || text[j] != '\\') {
			// a short run without escapes: most words end here
			i = j
			continue
		}
		r := readRun(text, i)
		if r.end-r.start >= minRun {
			hits = runHits(text, r, hits)
		}
		i = r.end
	}
	return hits
}

// plainEnd returns where the unescaped base64 characters from text[i] end.
func plainEnd(text string, i int) int {
	for i < len(text) && class[text[i]]&^classPad != 0 {
		i++
	}
	return i
}

// unit reads one character of a run at text[i]: a base64 character as is,
// or an escape standing for one (any number of backslashes before '/', or
// \uXXXX). n is 0 when text[i] starts no such character.
func unit(text string, i int) (c byte, n int) {
	if class[text[i]] != 0 {
		return text[i], 1
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

func hex4(s string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
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
	for j < len(text) {
		c, n := unit(text, j)
		if n == 0 {
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
		if c == '=' {
			for j < len(text) && text[j] == '=' {
				if buf != nil {
					buf = append(buf, '=')
					r.offs = append(r.offs, j)
				}
				j++
			}
			break
		}
	}
	r.end = j
	if buf != nil {
		r.value = string(buf)
	} else {
		r.value = text[i:j]
	}
	return r
}

// runHits appends what one run holds: a session token, a secret key, or key
// ids (alphanumeric stretches of exactly 20 characters inside it).
func runHits(text string, r run, hits []hit) []hit {
	v := r.value
	if truncated(text, r.start, r.end) {
		return hits
	}
	switch {
	case isToken(v):
		return addHit(text, r, SessionToken, 0, len(v), hits)
	case isSecretShape(v) && !partOfLonger(text, r.start, r.end):
		return addHit(text, r, SecretKey, 0, len(v), hits)
	}
	for a := 0; a < len(v); {
		if !isAlnum(v[a]) {
			a++
			continue
		}
		b := a
		for b < len(v) && isAlnum(v[b]) {
			b++
		}
		if b-a == keyIDLen && isKeyID(v[a:b]) {
			hits = addHit(text, r, KeyID, a, b, hits)
		}
		a = b
	}
	return hits
}

// addHit records v[a:b] of run r unless it is a placeholder.
func addHit(text string, r run, k Kind, a, b int, hits []hit) []hit {
	v := r.value[a:b]
	if placeholder.Is(v) {
		return hits
	}
	sp := r.span(a, b, k)
	start, end := sp.Start, sp.End
	name := label(text, start)
	if strings.EqualFold(name, "value") {
		name = pairedName(text, start)
	}
	return append(hits, hit{kind: k, value: v, start: start, end: end, label: name, slash: r.slash})
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
func partOfLonger(text string, start, end int) bool {
	return (start > 0 && (text[start-1] == '-' || text[start-1] == '_')) ||
		(end < len(text) && (text[end] == '-' || text[end] == '_'))
}

// label returns the name written just before offset start, as in
// AWS_SECRET_ACCESS_KEY=…, aws_secret_access_key = …, "secretAccessKey": "…"
// or the same inside an escaped JSON string. It looks back at most 80 bytes.
func label(text string, start int) string {
	lo := max(0, start-80)
	j := start
	for j > lo && filler(text[j-1]) {
		j--
	}
	if j == lo || (text[j-1] != ':' && text[j-1] != '=') {
		return ""
	}
	j--
	for j > lo && filler(text[j-1]) {
		j--
	}
	end := j
	for j > lo && (isAlnum(text[j-1]) || text[j-1] == '_' || text[j-1] == '-' || text[j-1] == '.') {
		j--
	}
	return text[j:end]
}

func filler(c byte) bool {
	return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '\\'
}

// pairedName finds the name of a {"name": "X", "value": "..."} pair, as
// CodeBuild environment variables are written, in the braces around start.
// It returns "value" when there is none.
func pairedName(text string, start int) string {
	lo := strings.LastIndexByte(text[max(0, start-300):start], '{')
	if lo < 0 {
		return "value"
	}
	lo += max(0, start-300)
	hi := strings.IndexByte(text[start:min(len(text), start+300)], '}')
	if hi < 0 {
		return "value"
	}
	region := text[lo : start+hi]
	for i := 0; i+4 <= len(region); i++ {
		if !strings.EqualFold(region[i:i+4], "name") || (i > 0 && isAlnum(region[i-1])) {
			continue
		}
		j := i + 4
		for j < len(region) && filler(region[j]) {
			j++
		}
		if j == len(region) || (region[j] != ':' && region[j] != '=') {
			continue
		}
		j++
		for j < len(region) && filler(region[j]) {
			j++
		}
		k := j
		for k < len(region) && (isAlnum(region[k]) || region[k] == '_' || region[k] == '-' || region[k] == '.') {
			k++
		}
		if k > j {
			return region[j:k]
		}
	}
	return "value"
}
