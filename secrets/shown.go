package secrets

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// What the outputs show: every finding, file name and line of text passes
// one of these on its way out, and each of them passes MaskText.

// MaskFinding masks what a finding shows: its message (MaskText), its
// pointer (SafePointer), its file name (MaskPath) and the log event it names
// (MaskLine: a log stream's name comes from the file). Masking twice changes
// nothing more.
func MaskFinding(f *finding.Finding) {
	f.Message = MaskText(f.Message)
	f.Pointer = SafePointer(f.Pointer)
	f.File = MaskPath(f.File)
	f.Event = MaskLine(f.Event)
}

// MaskPath shows a file name on one line and without credentials: control
// characters, line breaks and bytes that are not UTF-8 are escaped as Go
// writes them (`\n`, `\x1b`, `\xff`), then credentials are masked, with '/'
// taken as a separator so that folder names are judged one by one. An
// ordinary name comes back unchanged. A secret access key that holds '/'
// and is spread over folder names is not recognised there.
func MaskPath(name string) string { return maskText(escapeControls(name), true) }

// MaskLine shows a text on one line and without credentials: control
// characters and line breaks escaped as in MaskPath, then MaskText. It is
// for a message that quotes names or values, such as an error.
func MaskLine(s string) string { return MaskText(escapeControls(s)) }

// escapeControls writes the characters of s that are not printable, and the
// bytes that are not UTF-8, as Go escapes. Backslashes and quotes are kept as
// they are, so that an ordinary name (a Windows path too) does not change.
func escapeControls(s string) string {
	i := 0
	for i < len(s) && s[i] >= ' ' && s[i] < utf8.RuneSelf && s[i] != 0x7f {
		i++
	}
	if i == len(s) {
		return s // the common case: printable ASCII
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case unicode.IsPrint(r):
			b.WriteString(s[i : i+size])
		default:
			q := strconv.QuoteRune(r) // '\n', '\x1b', '\u2028'
			b.WriteString(q[1 : len(q)-1])
		}
		i += size
	}
	return b.String()
}

// SafePointer cuts a JSON pointer before the first token that holds anything
// credential-shaped (an object key can be a credential), so that the pointer
// names the object that holds it without spelling the credential out.
func SafePointer(pointer string) string {
	if len(pointer) < minShape {
		return pointer
	}
	for i := 1; i < len(pointer); i++ {
		if pointer[i-1] != '/' {
			continue
		}
		end := strings.IndexByte(pointer[i:], '/')
		if end < 0 {
			end = len(pointer) - i
		}
		if Shaped(document.UnescapeToken(pointer[i : i+end])) {
			return pointer[:i-1]
		}
	}
	return pointer
}

// maxQuoted is how many characters of a value a message shows.
const maxQuoted = 40

// Quote shows a value in a message: masked (MaskText), then cut to 40
// characters with "…" if longer, then in double quotes with Go escapes.
// Masking comes first, so that a cut never leaves part of a credential
// unmasked; the cut falls between characters, never inside one.
func Quote(s string) string {
	s = MaskText(s)
	n := 0
	for i := range s {
		if n == maxQuoted {
			return strconv.Quote(s[:i] + "…")
		}
		n++
	}
	return strconv.Quote(s)
}
