package placeholder

// reflowed reports one of AWS's sample session tokens (documentedTokens)
// broken over lines, as the CodePipeline user guide prints the sample
// certificate and as a YAML block scalar or a JSON string with line breaks
// holds it: s is the token once its white space is left out. Only a
// documented token counts, never a made-up line beside real ones: the
// lines of a real token after a line that a redaction replaced with a
// placeholder are still a credential.
func reflowed(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if !space(s[i]) {
			n++
		}
	}
	for _, t := range documentedTokens {
		if n == len(t) && equalBesideSpace(s, t) {
			return true
		}
	}
	return false
}

// equalBesideSpace reports whether s is t once the white space of s is
// left out.
func equalBesideSpace(s, t string) bool {
	j := 0
	for i := 0; i < len(s); i++ {
		if space(s[i]) {
			continue
		}
		if j == len(t) || s[i] != t[j] {
			return false
		}
		j++
	}
	return j == len(t)
}

func space(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
