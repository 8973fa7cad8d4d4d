package document

import (
	"strconv"
	"strings"
)

var (
	tokenEscaper   = strings.NewReplacer("~", "~0", "/", "~1")
	tokenUnescaper = strings.NewReplacer("~1", "/", "~0", "~")
)

// EscapeToken escapes one reference token of a JSON pointer (RFC 6901).
func EscapeToken(token string) string {
	if !strings.ContainsAny(token, "~/") {
		return token
	}
	return tokenEscaper.Replace(token)
}

// UnescapeToken reverses EscapeToken.
func UnescapeToken(token string) string {
	if !strings.Contains(token, "~") {
		return token
	}
	return tokenUnescaper.Replace(token)
}

// Pointer builds the pointer to the node that the keys and indexes lead to
// from the root: "" for none.
func Pointer(tokens []string) string {
	var b strings.Builder
	for _, token := range tokens {
		b.WriteByte('/')
		b.WriteString(EscapeToken(token))
	}
	return b.String()
}

// Key appends an object member to a pointer.
func Key(pointer, key string) string { return pointer + "/" + EscapeToken(key) }

// Index appends an array index to a pointer.
func Index(pointer string, i int) string { return pointer + "/" + strconv.Itoa(i) }
