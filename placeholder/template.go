package placeholder

// maxTemplateName bounds the name inside a template's braces.
const maxTemplateName = 64

// templated reports a single token with templates in it: text with no
// space, quote, comma or semicolon in which every brace belongs to a
// {name}, {{name}} or {{{name}}} group (SAM CLI's sample events write
// {{{input_bucket}}}), and there is at least one. A name starts with a
// letter or '_' and goes on with letters, digits, '_', '-' or '.':
// codepipeline-{region}-{account-id}, #{SourceVariables.CommitId}. JSON text
// ({"key": "value"}) and braces around other text are no template.
func templated(s string) bool {
	groups := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '"', '\'', ',', ';', '}':
			return false
		case '{':
			n := templateAt(s[i:])
			if n == 0 {
				return false
			}
			groups++
			i += n
		default:
			i++
		}
	}
	return groups > 0
}

// templateAt returns the length of the template group that starts s, or 0.
func templateAt(s string) int {
	open := 0
	for open < len(s) && open < 3 && s[open] == '{' {
		open++
	}
	i := open
	for i < len(s) && i-open < maxTemplateName && nameChar(s[i], i == open) {
		i++
	}
	if i == open {
		return 0
	}
	for k := 0; k < open; k++ {
		if i+k >= len(s) || s[i+k] != '}' {
			return 0
		}
	}
	if end := i + open; end < len(s) && s[end] == '}' {
		return 0 // more braces closed than opened: {x}}
	}
	return i + open
}

func nameChar(c byte, first bool) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		return true
	case first:
		return false
	}
	return (c >= '0' && c <= '9') || c == '-' || c == '.'
}
