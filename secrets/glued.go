package secrets

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/placeholder"
)

// Credentials glued to other text. A key id or a token written against
// other characters, with no separator, is still a credential when where it
// starts and ends can be told: a key id's prefix after a lower-case letter
// or another key id, a token's header after anything. A placeholder word
// glued to the end of a long token does not make the token a sample.

// minCutToken is the length from which a token is taken for one even when
// "..." follows it or a placeholder word is glued to its end: the samples
// cut short in documentation are shorter, or carry EXAMPLE inside.
const minCutToken = 100

// tokenEnd returns where the token at the start of v ends: all of v, or
// less when a placeholder word is glued to its end ("<token>REDACTED",
// "<token>/EXAMPLE") after a long random stretch that is no placeholder.
func tokenEnd(v string) int {
	if !placeholder.Is(v) {
		return len(v)
	}
	body := strings.TrimRight(v, "=")
	n := len(body) - markerSuffix(body)
	for n > 0 && body[n-1] == '/' {
		n--
	}
	if n == len(body) || n < minCutToken || !isToken(v[:n]) || placeholder.Is(v[:n]) || distinct(v[:n]) < 24 {
		return len(v)
	}
	return n
}

// markerSuffix returns the length of the placeholder word that ends s, or 0.
func markerSuffix(s string) int {
	for _, w := range placeholder.Words {
		if strings.HasSuffix(s, w) {
			return len(w)
		}
	}
	for _, x := range []string{"X", "x"} {
		if n := len(s) - len(strings.TrimRight(s, x)); n >= 3 {
			return n
		}
	}
	return 0
}

// longestWord is the length of the longest of placeholder.Words.
const longestWord = len("REDACTED")

// markerWordBefore reports a whole placeholder word (EXAMPLE, xmpl, ...)
// that ends at text[end]: "xmpl-<secret>" is a sample's mark beside a
// secret, not a longer identifier that holds it. markerWordAfter reports
// one that starts at text[start]. Each looks at most longestWord+1
// characters.
func markerWordBefore(text string, end int) bool {
	start := end
	for start > 0 && end-start <= longestWord && isAlnum(text[start-1]) {
		start--
	}
	return placeholder.IsWord(text[start:end])
}

func markerWordAfter(text string, start int) bool {
	end := start
	for end < len(text) && end-start <= longestWord && isAlnum(text[end]) {
		end++
	}
	return placeholder.IsWord(text[start:end])
}

// tokenInside returns where a session token glued after other characters
// starts in v ("x<token>", "<key id><token>"), or len(v). Every header
// holds "Qo" at its second character; a header turns up in random text
// less than once in 2^48 places.
func tokenInside(v string) int {
	for i := 2; i < len(v); {
		j := strings.Index(v[i:], "Qo")
		if j < 0 {
			break
		}
		if p := i + j - 1; isToken(v[p:]) || isTokenPlaceholder(v[p:]) {
			return p
		}
		i += j + 1
	}
	return len(v)
}

// isTokenPlaceholder reports a token header with the EXAMPLE marker after
// it at the start of s, as in the placeholder redact writes
// (IQoJb3JpZ2luX2VjEXAMPLETOKEN): it ends a key id glued before it as a
// token does, so that redacting a token glued after a key id's first
// characters does not make a key id of them and the placeholder's header.
func isTokenPlaceholder(s string) bool {
	for _, h := range tokenHeaders {
		if strings.HasPrefix(s, h) && strings.HasPrefix(s[len(h):], placeholder.Marker) {
			return true
		}
	}
	return false
}

// nextKeyID returns the start of the first key id in w[from:], or -1; w is a
// stretch of letters and digits and from is 0 or where the last key id
// ended. A key id is its prefix and 16 base32 characters where they start
// and end a word: after the start of w, a lower-case letter, a placeholder
// word or another key id; before the end of w, a lower-case letter, a
// placeholder word, another key id or a token's header. Upper-case words
// such as ASIAPACIFICREGIONNAMES do not qualify.
func nextKeyID(w string, from int) int {
	prev := from
	for p := from; p+keyIDLen <= len(w); p++ {
		if w[p] != 'A' || !keyIDShapeAt(w, p) || !keyIDStarts(w, p, prev) || !keyIDEnds(w, p+keyIDLen) {
			continue
		}
		if isKeyID(w[p : p+keyIDLen]) {
			return p
		}
		// a made-up one (AKIAXXXXXXXXXXXXXXXX) still ends a word
		prev = p + keyIDLen
		p = prev - 1
	}
	return -1
}

// keyIDShapeAt reports a credential prefix and 16 base32 characters at s[p:].
func keyIDShapeAt(s string, p int) bool {
	if p < 0 || p+keyIDLen > len(s) || !keyIDPrefix(s[p:]) {
		return false
	}
	for i := p + 4; i < p+keyIDLen; i++ {
		if !isBase32(s[i]) {
			return false
		}
	}
	return true
}

func keyIDStarts(w string, p, prev int) bool {
	return p == 0 || p == prev || !base32Char(w[p-1]) || gluedMarker(w[:p])
}

// keyIDEnds reports a key id that ends at w[q]: at a character outside the
// base32 alphabet (0, 1, 8 and 9 included), another key id, a token, a
// placeholder word, or a capital that starts a word ("…CZ4KValue").
func keyIDEnds(w string, q int) bool {
	return q == len(w) || !base32Char(w[q]) || keyIDShapeAt(w, q) || hasTokenHeader(w[q:]) || gluedMarker(w[q:]) ||
		(q+1 < len(w) && w[q+1] >= 'a' && w[q+1] <= 'z')
}

// base32Char reports a character of a key id's alphabet: A-Z and 2-7.
func base32Char(c byte) bool { return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7') }

// maxGluedMarker bounds the placeholder word that may fill the rest of a
// stretch beside a key id, so that each key id costs a bounded time.
const maxGluedMarker = 16

func gluedMarker(s string) bool { return len(s) <= maxGluedMarker && isMarker(s) }

// keyIDAtWordEnd reports a key id at s[p:] that ends where the next
// character starts a new word: forty characters that begin so are key ids
// glued together ("<key id><key id>"), not a secret key, which starts with
// a key id's shape less than once in 10^11.
func keyIDAtWordEnd(s string, p int) bool {
	return keyIDShapeAt(s, p) && keyIDEnds(s, p+keyIDLen)
}

func upperOrDigit(c byte) bool { return class[c]&(classUpper|classDigit) != 0 }

// keyIDBefore reports a whole key id that ends at text[end], and
// keyIDAfter one that starts at text[start]: "<key id>_<secret>" and
// "<secret>-<key id>" join a pair, not parts of one longer name.
func keyIDBefore(text string, end int) bool {
	s := end - keyIDLen
	return keyIDShapeAt(text, s) && (s == 0 || !upperOrDigit(text[s-1]))
}

func keyIDAfter(text string, start int) bool {
	e := start + keyIDLen
	return keyIDShapeAt(text, start) && (e == len(text) || !upperOrDigit(text[e]))
}
