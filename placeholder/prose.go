package placeholder

import "strings"

// minProseWords is how many words a description of a value has at least.
const minProseWords = 3

// proseMarks are the phrases with which documentation describes a value
// instead of giving one ("the name of the bucket …, for example
// codepipeline-us-east-2-1234567890").
var proseMarks = [...]string{"for example", "e.g.", "i.e.", "such as"}

// proseStart is how such a description may begin.
const proseStart = "the name of"

// prose reports a value that describes what belongs there: three or more
// words (stretches between white space), a space between two of them, that
// contain one of proseMarks, or start with proseStart, as whole words in
// any case. A credential quoted in prose is
// still a credential: the scan judges it on its own characters.
func prose(s string) bool {
	if strings.IndexByte(s, ' ') < 0 || !hasWords(s, minProseWords) {
		return false
	}
	t := strings.TrimSpace(s)
	if len(t) > len(proseStart) && phraseAt(t, 0, proseStart) {
		return true
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && wordChar(s[i-1]) {
			continue // a phrase starts a word
		}
		for _, p := range proseMarks {
			if phraseAt(s, i, p) {
				return true
			}
		}
	}
	return false
}

// hasWords reports n or more stretches of s between white space.
func hasWords(s string, n int) bool {
	for i := 0; i < len(s) && n > 0; i++ {
		if !space(s[i]) && (i == 0 || space(s[i-1])) {
			n--
		}
	}
	return n <= 0
}

// phraseAt reports phrase at s[i:], in any case, with no letter or digit
// directly after it.
func phraseAt(s string, i int, phrase string) bool {
	end := i + len(phrase)
	return end <= len(s) && s[i]|0x20 == phrase[0] && strings.EqualFold(s[i:end], phrase) &&
		(end == len(s) || !wordChar(s[end]))
}

func wordChar(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}
