package secrets

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shown shows a value without giving it away: at most its first and last
// four characters, as in "ASIA…7QXZ". Shorter values show less: two
// characters each side under 20, one under 12, none under 8.
func Shown(s string) string {
	shown, _ := maskParts(s)
	return shown
}

// maskParts returns the shown form ("ASIA…7QXZ") and the length in characters.
func maskParts(s string) (string, int) {
	r := []rune(s)
	n := len(r)
	k := 0
	switch {
	case n >= 20:
		k = 4
	case n >= 12:
		k = 2
	case n >= 8:
		k = 1
	}
	return printable(r[:k]) + "…" + printable(r[n-k:]), n
}

// printable keeps a message on one line whatever the value holds.
func printable(r []rune) string {
	out := make([]rune, len(r))
	for i, c := range r {
		if !unicode.IsPrint(c) {
			c = '?'
		}
		out[i] = c
	}
	return string(out)
}

// MaskText is the masking step that every text passes before it is printed:
// messages, pointers, config text, errors (file names pass MaskPath). It
// masks every credential-SHAPED stretch whatever stands around it, and so is
// stricter than the scan, which judges values: a placeholder is masked too.
// Escapes that JSON, Go quoting, URLs and JSON pointers put into a stretch
// (`\/`, `\u0041`, `\\u0041`, `\x41`, `%2F`, `~1`) are read as the characters
// they stand for. A control character inside a stretch (controlLen), raw or
// escaped, is read as if it were absent, so that "A\aSIA…" is read as
// "ASIA…"; any other character or escape (a space, '=', `\n`, `\"`) ends a
// stretch. The shapes, in the base64 alphabet read that way:
//
//   - a key id: AKIA, ASIA, ABIA or ACCA and 12 or more capitals and digits,
//     even glued to other letters;
//   - a session token: one of their headers and more, 16 characters or more;
//   - a secret key: 40 or more characters that look random (randomRun),
//     glued to other letters or not;
//   - a cut credential: 16 or more random-looking characters just before
//     "…" or "...", where something cut a longer value.
//
// A masked stretch, control characters inside it included, is replaced by
// the first and last four characters of what it reads as: "AKIA…7QXZ".
func MaskText(s string) string { return maskText(s, false) }

// Shaped reports whether MaskText would mask anything in s.
func Shaped(s string) bool {
	if len(s) < minShape {
		return false
	}
	m := masker{text: s, probe: true}
	m.scan()
	return m.found
}

// maskText masks s; in a path, '/' separates stretches (see MaskPath).
func maskText(s string, path bool) string {
	if len(s) < minShape {
		return s
	}
	m := masker{text: s, path: path}
	m.scan()
	if m.out == nil {
		return s
	}
	m.out = append(m.out, s[m.last:]...)
	return string(m.out)
}

// minShape is the shortest stretch masked: a key id prefix and 12
// characters, or a cut credential.
const minShape = 16

// masker walks a text once, stretch by stretch. Nothing is allocated unless
// something is masked or a stretch holds escapes.
type masker struct {
	text  string
	path  bool // '/' separates stretches
	probe bool // only find out whether there is a shape
	found bool
	out   []byte // the masked text up to last; nil until something is masked
	last  int
	buf   []byte // the characters of a stretch that holds escapes
	offs  []int  // where each of them starts in text
}

func (m *masker) scan() {
	t, plain := m.text, m.plain()
	for i := 0; i < len(t) && !(m.probe && m.found); {
		c := t[i]
		switch {
		case plain[c]:
			i = m.stretch(i)
		case c != '\\' && c != '%' && c != '~':
			i++ // the common case, tested first for speed
		default:
			if u, n := maskUnit(t, i); n > 0 && !(m.path && u == '/') {
				i = m.stretch(i)
			} else {
				i += max(n, maskSkip(t, i))
			}
		}
	}
}

// The characters of a stretch that stand for themselves: the base64 alphabet
// without '=', and without '/' in a path.
var plainText, plainPath = plainTables()

func plainTables() (text, path [256]bool) {
	for c := range 256 {
		text[c] = class[c]&^classPad != 0
		path[c] = text[c] && c != '/'
	}
	return text, path
}

func (m *masker) plain() *[256]bool {
	if m.path {
		return &plainPath
	}
	return &plainText
}

// stretch reads the stretch of base64 characters at text[i], masks what is
// credential-shaped in it, and returns where it ends.
func (m *masker) stretch(i int) int {
	t, plain := m.text, m.plain()
	j, end := i, i // end: past the last character read
	escaped := false
	for j < len(t) {
		if plain[t[j]] {
			if escaped {
				m.buf = append(m.buf, t[j])
				m.offs = append(m.offs, j)
			}
			j++
			end = j
			continue
		}
		c, n := maskUnit(t, j)
		control := n == 0
		if control {
			n = controlLen(t, j)
		}
		if n == 0 || (m.path && c == '/') {
			break
		}
		if !escaped {
			escaped = true
			m.buf, m.offs = append(m.buf[:0], t[i:j]...), m.offs[:0]
			for k := i; k < j; k++ {
				m.offs = append(m.offs, k)
			}
		}
		j += n
		if control {
			continue // read through it: it is no character of the stretch
		}
		m.buf = append(m.buf, c)
		m.offs = append(m.offs, j-n)
		end = j
	}
	j = end // control characters after the stretch are not part of it
	if j-i < minShape {
		return j
	}
	v := t[i:j]
	if escaped {
		v = string(m.buf)
	}
	if len(v) < minShape {
		return j
	}
	// at is where character k of v starts in the text.
	at := func(k int) int {
		switch {
		case k == len(v):
			return j
		case escaped:
			return m.offs[k]
		}
		return i + k
	}
	if randomRun(v) || (cutAt(t, j) && oddPairs(v, len(v)) >= minOdd) {
		m.mask(v, i, j)
		return j
	}
	for a := 0; a+minShape <= len(v); a++ {
		if b := keyIDEnd(v, a); b > 0 {
			m.mask(v[a:b], at(a), at(b))
			a = b - 1
			continue
		}
		if tokenAt(v, a) {
			m.mask(v[a:], at(a), j)
			break
		}
	}
	return j
}

// mask replaces text[start:end], which reads as v, with v's masked form.
func (m *masker) mask(v string, start, end int) {
	m.found = true
	if m.probe {
		return
	}
	if m.out == nil {
		m.out = make([]byte, 0, len(m.text)+8)
	}
	shown, _ := maskParts(v)
	m.out = append(m.out, m.text[m.last:start]...)
	m.out = append(m.out, shown...)
	m.last = end
}

// keyIDEnd returns the end of the key id that starts at v[a] (a credential
// prefix and 12 or more capitals or digits), or 0.
func keyIDEnd(v string, a int) int {
	if v[a] != 'A' || !keyIDPrefix(v[a:]) {
		return 0
	}
	b := a + 4
	for b < len(v) && class[v[b]]&(classUpper|classDigit) != 0 {
		b++
	}
	if b-a < minShape {
		return 0
	}
	return b
}

// tokenAt reports a session token header at v[a], with 16 or more
// characters from there on.
func tokenAt(v string, a int) bool {
	if len(v)-a < minShape || (v[a] != 'I' && v[a] != 'F' && v[a] != 'A') {
		return false
	}
	return hasTokenHeader(v[a:])
}

// randomRun reports a stretch of 40 or more characters that holds 40 in a
// row looking random: with a pair of neighbours that camelCase names do not
// have, two capitals or a letter and a digit (oddPair). A real secret key has
// about 16 such pairs, and none in fewer than one key in a million. A number
// that ends a word does not count ("TestName1662642804/001", as Go names
// temporary folders), nor do hex digests: no secret key is all hex. A name
// with an acronym or a number inside ("FuzzJSON", "s3Location") is masked
// when it runs on for 40 characters without '.', '-', '_' or a space: the
// price of missing no key.
func randomRun(v string) bool {
	return len(v) >= secretLen && !hexDigest(v) && oddPairs(v, secretLen) >= minOdd && !wordPath(v)
}

// wordPath reports a path or JSON pointer made of words, such as
// /jobDetails/data/inputArtifacts/0/location/s3Location/bucketName: every
// part between slashes is camel-case words and numbers. No random secret
// key with slashes in it was read so in two million tries (mask_test.go): a
// random part has a capital that starts no word of three letters, letters
// mostly outside words, or a '+'.
func wordPath(v string) bool {
	if strings.IndexByte(v, '/') < 0 {
		return false
	}
	for part := range strings.SplitSeq(v, "/") {
		if !camelWords(part) {
			return false
		}
	}
	return true
}

// camelWords reports a part written as camel-case words, digits anywhere:
// "s3Location", "bucketName", "0", "Artifacts". Each capital starts a word
// of at least three letters, and the letters are mostly in such words.
func camelWords(part string) bool {
	letters, inWords := 0, 0
	for i := 0; i < len(part); {
		c := part[i]
		switch {
		case c >= '0' && c <= '9':
			i++
			continue
		case c < 'A' || (c > 'Z' && c < 'a') || c > 'z':
			return false
		}
		j := i + 1
		for j < len(part) && part[j] >= 'a' && part[j] <= 'z' {
			j++
		}
		if c <= 'Z' && j-i < 3 {
			return false // a capital that starts no word
		}
		letters += j - i
		if j-i >= 3 {
			inWords += j - i
		}
		i = j
	}
	return 4*inWords >= 3*letters
}

// minOdd is how many odd pairs make characters look random.
const minOdd = 1

// oddPairs returns the most odd pairs within any window of width characters
// of v. The pair of a letter and a number that ends a word is left out.
func oddPairs(v string, width int) int {
	odd := func(k int) bool { // the pair v[k-1], v[k]
		if !oddPair(v[k-1], v[k]) {
			return false
		}
		if class[v[k]] != classDigit || class[v[k-1]] == classDigit {
			return true
		}
		e := k
		for e < len(v) && class[v[e]] == classDigit {
			e++
		}
		return e < len(v) && class[v[e]]&(classUpper|classLower) != 0
	}
	best, n := 0, 0
	for k := 1; k < len(v); k++ {
		if odd(k) {
			n++
		}
		if k >= width && odd(k-width+1) {
			n-- // that pair left the window
		}
		best = max(best, n)
	}
	return best
}

// oddPair reports two capitals, or a letter and a digit, side by side.
func oddPair(a, b byte) bool {
	ca, cb := class[a], class[b]
	switch {
	case ca == classUpper && cb == classUpper:
		return true
	case ca == classDigit:
		return cb&(classUpper|classLower) != 0
	case cb == classDigit:
		return ca&(classUpper|classLower) != 0
	}
	return false
}

// hexDigest reports a stretch of hex digits in one case.
func hexDigest(v string) bool {
	lower, upper := true, true
	for i := 0; i < len(v); i++ {
		c := v[i]
		digit := c >= '0' && c <= '9'
		lower = lower && (digit || (c >= 'a' && c <= 'f'))
		upper = upper && (digit || (c >= 'A' && c <= 'F'))
	}
	return lower || upper
}

// cutAt reports a cut mark ("…" or "...") at text[j].
func cutAt(text string, j int) bool {
	return strings.HasPrefix(text[j:], "…") || strings.HasPrefix(text[j:], "...")
}

// maskUnit reads one character of a stretch at text[i]: a character of the
// base64 alphabet (without '=', which ends a stretch), or an escape that
// stands for one: any number of backslashes before '/', uXXXX or xXX; %XX;
// or ~1. n is 0 when text[i] starts none.
func maskUnit(text string, i int) (c byte, n int) {
	c = text[i]
	switch {
	case class[c]&^classPad != 0:
		return c, 1
	case c == '%':
		return hexUnit(text, i, i+1, 2)
	case c == '~':
		if i+1 < len(text) && text[i+1] == '1' {
			return '/', 2
		}
		return 0, 0
	case c != '\\':
		return 0, 0
	}
	j := i
	for j < len(text) && text[j] == '\\' {
		j++
	}
	switch {
	case j == len(text):
		return 0, 0
	case text[j] == '/':
		return '/', j + 1 - i
	case text[j] == 'u':
		return hexUnit(text, i, j+1, 4)
	case text[j] == 'x':
		return hexUnit(text, i, j+1, 2)
	}
	return 0, 0
}

// hexUnit reads the hex digits at text[from:from+digits] of an escape that
// starts at text[i], and returns the character they stand for when it is
// one of the base64 alphabet.
func hexUnit(text string, i, from, digits int) (byte, int) {
	if from+digits > len(text) {
		return 0, 0
	}
	r := 0
	for k := from; k < from+digits; k++ {
		d, ok := hexValue(text[k])
		if !ok {
			return 0, 0
		}
		r = r<<4 | int(d)
	}
	if r >= utf8.RuneSelf || class[r]&^classPad == 0 {
		return 0, 0
	}
	return byte(r), from + digits - i
}

func hexValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// maskSkip returns how far to move past text[i], which starts no stretch:
// past a whole escape (\n, \a, \u0007, \x07), so that its letter does not
// join the stretch after it.
func maskSkip(text string, i int) int {
	if text[i] != '\\' {
		return 1
	}
	j := i
	for j < len(text) && text[j] == '\\' {
		j++
	}
	switch {
	case j == len(text):
		return j - i
	case text[j] == 'u' && j+5 <= len(text) && hexDigits(text[j+1:j+5]):
		return j + 5 - i
	case text[j] == 'x' && j+3 <= len(text) && hexDigits(text[j+1:j+3]):
		return j + 3 - i
	case strings.IndexByte(`abfnrtv"'`, text[j]) >= 0:
		return j + 1 - i
	}
	return j - i
}

func hexDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if _, ok := hexValue(s[i]); !ok {
			return false
		}
	}
	return true
}

// controlLen returns the length of the invisible character at text[i] that
// a stretch reads through, raw or escaped, or 0: see invisible. Its escapes
// are `\t`, `\a`, `\b`, `\f`, `\r`, `\v`, YAML's `\e`, `\0`, `\N`, `\_`,
// `\L` and `\P`, `\u200b`, `\x07` (with any number of backslashes, as in
// maskUnit) and `%07`. A line break, raw or `\n`, ends a stretch, so that
// text on two lines is read as two.
func controlLen(text string, i int) int {
	c := text[i]
	switch {
	case c < ' ' && c != '\n', c == 0x7f:
		return 1
	case c >= utf8.RuneSelf:
		if r, n := utf8.DecodeRuneInString(text[i:]); invisible(r) {
			return n
		}
		return 0
	case c == '%':
		return controlHex(text, i, i+1, 2)
	case c != '\\':
		return 0
	}
	j := i
	for j < len(text) && text[j] == '\\' {
		j++
	}
	switch {
	case j == len(text):
		return 0
	case strings.IndexByte("abfrtve0N_LP", text[j]) >= 0: // Go, JSON and YAML escapes
		return j + 1 - i
	case text[j] == 'u':
		return controlHex(text, i, j+1, 4)
	case text[j] == 'x':
		return controlHex(text, i, j+1, 2)
	}
	return 0
}

// controlHex returns the length of an escape that starts at text[i] and
// stands for a control character (see controlLen) with the hex digits at
// text[from:from+digits], or 0.
func controlHex(text string, i, from, digits int) int {
	if from+digits > len(text) || !hexDigits(text[from:from+digits]) {
		return 0
	}
	r := 0
	for k := from; k < from+digits; k++ {
		d, _ := hexValue(text[k])
		r = r<<4 | int(d)
	}
	if invisible(rune(r)) {
		return from + digits - i
	}
	return 0
}

// invisible reports a character that a stretch reads through: a control
// character other than a line break (C0, DEL, C1), and the characters that
// show as nothing or as a space (no-break and zero-width spaces, joiners,
// the line and paragraph separators, the byte-order mark).
func invisible(r rune) bool {
	switch {
	case r < ' ' && r != '\n', r >= 0x7f && r <= 0x9f:
		return true
	}
	switch r {
	case 0xa0, 0x200b, 0x200c, 0x200d, 0x2028, 0x2029, 0x2060, 0xfeff:
		return true
	}
	return false
}
