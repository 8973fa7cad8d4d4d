package secrets

import "strings"

// labelReach is how far before a value, in bytes, its label is looked for.
const labelReach = 80

// label returns the name written just before offset start, which says what
// the value there is:
//
//	AWS_SECRET_ACCESS_KEY=…   aws_secret_access_key = …   "secretAccessKey": "…"
//	<SecretAccessKey>…        secret access key: …        AWS Secret Access Key [None]: …
//	aws configure set aws_secret_access_key …   (a credential's name alone, then a blank)
//
// the same inside an escaped JSON string, or any of them ending the line
// before, when the value starts its line ("aws_secret_access_key:\n  …",
// "Secret access key\n…", a YAML comment continued on the next line).
func label(text string, start int) string {
	lo := max(0, start-labelReach)
	j := backOver(text, lo, start)
	if name, ok := labelEndingAt(text, lo, j, j < start); ok {
		return name
	}
	// The value begins its line, after blanks or a comment's '#'.
	k := j
	for k > lo && (text[k-1] == '#' || text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	nl := lineBreakBefore(text, lo, k)
	if nl < 0 {
		return ""
	}
	lo = max(0, nl-labelReach)
	name, _ := labelEndingAt(text, lo, blockIndicator(text, lo, backOver(text, lo, nl)), true)
	return name
}

// blockIndicator returns where the indicator of a YAML block scalar ("key: |",
// "key: >-", "key: |2") that ends before text[end] starts, past the blanks
// before it, so that the label before it can be read; end when there is none.
func blockIndicator(text string, lo, end int) int {
	j := end
	for j > lo && (text[j-1] == '-' || text[j-1] == '+' || (text[j-1] >= '1' && text[j-1] <= '9')) {
		j--
	}
	if j == lo || (text[j-1] != '|' && text[j-1] != '>') {
		return end
	}
	j--
	k := j
	for k > lo && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	if k == j {
		return end // "->", "=>" or a tag: not an indicator
	}
	return k
}

// labelEndingAt returns the label whose end is text[end-1]: a name and a
// separator (':', '=', "=>"), an XML start tag, or, when spaced (blanks
// stand between it and the value), a credential's name alone. ok is false
// when there is none, so that the caller may look further.
func labelEndingAt(text string, lo, end int, spaced bool) (name string, ok bool) {
	if end <= lo {
		return "", false
	}
	switch text[end-1] {
	case ':', '=':
		return nameBefore(text, lo, end-1, false), true
	case '>':
		if end-2 >= lo && (text[end-2] == '=' || text[end-2] == '-') {
			return nameBefore(text, lo, end-2, false), true
		}
		if tag := startTag(text, lo, end-1); tag != "" {
			return tag, true
		}
	}
	if spaced {
		if name := nameBefore(text, lo, end, true); name != "" {
			return name, true
		}
	}
	return "", false
}

// nameBefore returns the name that ends before text[end], past blanks,
// quotes and a bracketed aside ("AWS Secret Access Key [None]:", as aws
// configure prompts). When its last word alone does not name a credential,
// up to three words before it may ("secret access key"). strict returns a
// credential's name or nothing; otherwise the last word is the name.
func nameBefore(text string, lo, end int, strict bool) string {
	j := backOver(text, lo, end)
	if j > lo && text[j-1] == ']' {
		if b := strings.LastIndexByte(text[lo:j-1], '['); b >= 0 {
			j = backOver(text, lo, lo+b)
		}
	}
	e := j
	j = wordStart(text, lo, e)
	word := text[j:e]
	if credentialName(word) {
		return word
	}
	for range 3 {
		if j-1 <= lo || text[j-1] != ' ' {
			break
		}
		k := wordStart(text, lo, j-1)
		if k == j-1 {
			break
		}
		j = k
		if phrase := text[j:e]; credentialName(phrase) {
			return phrase
		}
	}
	if strict {
		return ""
	}
	return word
}

// wordStart returns where the name characters that end before text[end] start.
func wordStart(text string, lo, end int) int {
	for end > lo && isNameChar(text[end-1]) {
		end--
	}
	return end
}

func isNameChar(c byte) bool { return isAlnum(c) || c == '_' || c == '-' || c == '.' }

// startTag returns the element name of the XML start tag that ends at
// text[gt] ('>'): "SecretAccessKey" for <SecretAccessKey>, "" for a closing
// tag or no tag.
func startTag(text string, lo, gt int) string {
	lt := strings.LastIndexByte(text[lo:gt], '<')
	if lt < 0 {
		return ""
	}
	tag := text[lo+lt+1 : gt]
	if sp := strings.IndexAny(tag, " \t"); sp >= 0 {
		tag = tag[:sp]
	}
	if tag == "" || !isAlnum(tag[0]) {
		return ""
	}
	for i := 0; i < len(tag); i++ {
		if !isNameChar(tag[i]) && tag[i] != ':' {
			return ""
		}
	}
	return tag
}

// lineBreakBefore returns where the line break that ends at text[end] starts,
// or -1: a newline, or the escape \n as JSON text writes it (after any
// number of backslashes), either perhaps after a carriage return.
func lineBreakBefore(text string, lo, end int) int {
	j := escapedBefore(text, lo, end, '\n', 'n')
	if j < 0 {
		return -1
	}
	if k := escapedBefore(text, lo, j, '\r', 'r'); k >= 0 {
		return k
	}
	return j
}

// escapedBefore returns where the character c, written as itself or as a
// backslash escape with the letter esc, starts when it ends before
// text[end]; -1 when it is not there.
func escapedBefore(text string, lo, end int, c, esc byte) int {
	switch {
	case end > lo && text[end-1] == c:
		return end - 1
	case end-1 > lo && text[end-1] == esc && text[end-2] == '\\':
		j := end - 2
		for j > lo && text[j-1] == '\\' {
			j--
		}
		return j
	}
	return -1
}

// backOver returns where the blanks, quotes and backslashes that end before
// text[end] start.
func backOver(text string, lo, end int) int {
	for end > lo && filler(text[end-1]) {
		end--
	}
	return end
}

func filler(c byte) bool {
	return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '\\'
}

// pairedName finds the name of a {"name": "X", "value": "..."} pair, as
// CodeBuild environment variables are written, in the braces around start.
// It returns "value" when there is none.
func pairedName(text string, start int) string {
	lo := strings.LastIndexByte(text[max(0, start-300):start], '{')
	if lo < 0 {
		return "value"
	}
	lo += max(0, start-300)
	hi := strings.IndexByte(text[start:min(len(text), start+300)], '}')
	if hi < 0 {
		return "value"
	}
	region := text[lo : start+hi]
	for i := 0; i+4 <= len(region); i++ {
		if !strings.EqualFold(region[i:i+4], "name") || (i > 0 && isAlnum(region[i-1])) {
			continue
		}
		j := i + 4
		for j < len(region) && filler(region[j]) {
			j++
		}
		if j == len(region) || (region[j] != ':' && region[j] != '=') {
			continue
		}
		j++
		for j < len(region) && filler(region[j]) {
			j++
		}
		k := j
		for k < len(region) && (isAlnum(region[k]) || region[k] == '_' || region[k] == '-' || region[k] == '.') {
			k++
		}
		if k > j {
			return region[j:k]
		}
	}
	return "value"
}
