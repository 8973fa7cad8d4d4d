package placeholder

// xmpl is the marker of the AWS Lambda developer guide: it stands in for
// four characters of an id or a revision ("c0d76431-b0e7-xmpl-97e3-…",
// "e0c7xmpl2308ca…").
const xmpl = "xmpl"

// xmplMarked reports a single token with xmpl in it as AWS writes it: one of
// its dash-separated parts is the word itself, or lower-case hex digits with
// the word glued among them once. Elsewhere the letters are no marker: a
// random secret that happens to hold them stays a secret, because its other
// characters are not all lower-case hex digits (a chance of 4^-36 for forty
// random base64 characters) and base64 has no dash.
func xmplMarked(s string) bool {
	for start := 0; start <= len(s); {
		end := start
		for end < len(s) && s[end] != '-' {
			end++
		}
		if p := s[start:end]; p == xmpl || hexAround(p) {
			return true
		}
		start = end + 1
	}
	return false
}

// hexAround reports lower-case hex digits with xmpl glued among them once:
// "e0c7xmpl2308ca3071aa7bab414de234ab52eea", "10bdxmplf1fb44".
func hexAround(p string) bool {
	seen := false
	for i := 0; i < len(p); {
		switch {
		case !seen && len(p)-i >= len(xmpl) && p[i:i+len(xmpl)] == xmpl:
			seen = true
			i += len(xmpl)
		case (p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f'):
			i++
		default:
			return false
		}
	}
	return seen && len(p) > len(xmpl)
}
