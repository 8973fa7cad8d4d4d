package secrets

// keyIDLen is the length of every access key id AWS issues today.
const keyIDLen = 20

// keyIDPrefix reports whether s starts with the prefix of a key id that is a
// credential. AIDA, AROA and the other IAM unique ids are not.
func keyIDPrefix(s string) bool {
	if len(s) < 4 || s[0] != 'A' {
		return false
	}
	switch s[1:4] {
	case "KIA", "SIA", "BIA", "CCA":
		return true
	}
	return false
}

// isKeyID reports an access key id: a credential prefix and 16 base32
// characters. A body of few different characters (AKIAXXXXXXXXXXXXXXXX,
// ASIAAAAAAAAAAAAAAAAA) is made up; a random one has about 12.
func isKeyID(s string) bool {
	if len(s) != keyIDLen || !keyIDPrefix(s) {
		return false
	}
	for i := 4; i < keyIDLen; i++ {
		if !isBase32(s[i]) {
			return false
		}
	}
	return distinct(s[4:]) >= 6
}

// isLongTerm reports an AKIA key: an IAM user's key that lives until someone
// deletes it, unlike the ASIA keys of session credentials.
func isLongTerm(keyID string) bool { return len(keyID) >= 4 && keyID[:4] == "AKIA" }

// looseKeyID accepts what an accessKeyId member may hold when its format is
// off: a credential prefix and 12 to 124 more upper-case letters or digits
// (STS documents 16 to 128 characters).
func looseKeyID(s string) bool {
	if len(s) < 16 || len(s) > 128 || !keyIDPrefix(s) {
		return false
	}
	for i := 4; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') {
			return false
		}
	}
	return distinct(s[4:]) >= 6
}
