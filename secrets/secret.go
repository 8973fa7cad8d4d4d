package secrets

// secretLen is the length of a secret access key: 30 random bytes in base64.
const secretLen = 40

// isSecretShape reports 40 characters of the base64 alphabet without padding.
func isSecretShape(s string) bool {
	if len(s) != secretLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if class[s[i]]&^classPad == 0 {
			return false
		}
	}
	return true
}

// plausibleSecret is the low bar for a value that its name or a key id beside
// it already marks as a secret key: not one repeated character or a word.
func plausibleSecret(s string) bool {
	c := classes(s)
	mixed := 0
	for _, k := range []uint8{classUpper, classLower, classDigit, classSymbol} {
		if c&k != 0 {
			mixed++
		}
	}
	return mixed >= 2 && distinct(s) >= 12
}

// randomLooking is the high bar for a lone 40-character value with nothing
// around it that says "secret". A real key mixes upper case, lower case and
// digits, and changes class between neighbouring characters about 25 times
// in 40; identifiers, paths and hex digests change far less often or lack a
// class.
func randomLooking(s string) bool {
	c := classes(s)
	if c&classUpper == 0 || c&classLower == 0 || c&(classDigit|classSymbol) == 0 {
		return false
	}
	changes := 0
	for i := 1; i < len(s); i++ {
		if class[s[i]] != class[s[i-1]] {
			changes++
		}
	}
	return changes >= 15 && distinct(s) >= 20
}
