package secrets

import "strings"

// tokenHeaders are the starts of STS session tokens: the base64 of their
// first bytes (0x0a, then a length-prefixed "origin_ec", "er/aws" or "aws").
var tokenHeaders = [...]string{"IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdz", "FQoGZXIvYXdz", "FQoDYXdz", "AQoDYXdz"}

// minTokenLen is the shortest value taken for a session token. Real ones
// run from about 300 characters up; a header with a few characters after it
// is a cut sample, not something that signs a request.
const minTokenLen = 32

// isToken reports base64 text that starts like a session token.
func isToken(s string) bool {
	if len(s) < minTokenLen || !hasTokenHeader(s) {
		return false
	}
	body := strings.TrimRight(s, "=")
	if len(s)-len(body) > 2 {
		return false
	}
	for i := 0; i < len(body); i++ {
		if class[body[i]]&^classPad == 0 {
			return false
		}
	}
	return true
}

func hasTokenHeader(s string) bool {
	for _, h := range tokenHeaders {
		if strings.HasPrefix(s, h) {
			return true
		}
	}
	return false
}
