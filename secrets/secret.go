package secrets

// secretLen is the length of a secret access key: 30 random bytes in base64.
const secretLen = 40

// isSecretShape reports 40 characters of the base64 alphabet without
// padding, other than a git revision.
func isSecretShape(s string) bool {
	if len(s) != secretLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if class[s[i]]&^classPad == 0 {
			return false
		}
	}
	return !isRevision(s)
}

// isRevision reports 40 hex digits: a git commit id (SHA-1), never a secret
// key. A random secret key is all hex less than once in 10^18.
func isRevision(s string) bool {
	if len(s) != secretLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return true
}

func isHex(c byte) bool { return (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'f') }

// plausibleSecret is the low bar for a value that its name or a key id beside
// it already marks as a secret key: not one repeated character or a word.
func plausibleSecret(s string) bool {
	if isRevision(s) {
		return false
	}
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
	return changes >= 15 && distinct(s) >= 20 && !camelCase(s)
}

// camelCase reports words written together, as identifiers and sentences
// are (ThisIsAVeryLongIdentifierName12): three characters in four or more
// stand in a capital followed by two or more lower-case letters, capitals
// stand side by side at most once, and digits and symbols, if any, only in
// the last five characters. Of 5*10^7 random 40-character base64 values
// that pass the other tests of randomLooking, 13 did all that (2.6*10^-7):
// the secret keys it misses.
func camelCase(s string) bool {
	inWords, capitals := 0, 0
	for i := 0; i < len(s); i++ {
		if class[s[i]]&(classDigit|classSymbol) != 0 && i < len(s)-5 {
			return false
		}
		if i > 0 && class[s[i]] == classUpper && class[s[i-1]] == classUpper {
			capitals++
		}
	}
	for i := 0; i < len(s); {
		if class[s[i]] != classUpper {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && class[s[j]] == classLower {
			j++
		}
		if j-i >= 3 {
			inWords += j - i
		}
		i = j
	}
	return capitals <= 1 && 4*inWords >= 3*len(s)
}
