package secrets

import (
	"strconv"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/placeholder"
)

// Leak is a credential that the scan reports as an error, with where it is
// written, for redaction. Its Value must never be printed.
type Leak struct {
	Kind  Kind
	Value string // decoded: escapes resolved
	// Line and Column are where the finding is reported: for Leaks, the
	// key or string value that holds the credential; for LeaksRaw, the
	// credential itself.
	Line, Column int
	// Start and End are the bytes of the credential in the text scanned:
	// the decoded key or string at Line:Column for Leaks, the raw text for
	// LeaksRaw. One string may hold several credentials, even the same
	// one twice; the offsets tell each apart.
	Start, End int
}

// report is a finding with the hit it is about, kept for Leaks.
type report struct {
	finding.Finding
	hit
}

// Scan reports the credentials and secret configuration values of one
// decoded document. File is left empty for the caller to fill.
func Scan(root *document.Node) []finding.Finding {
	return findings(scanTree(root))
}

// Leaks returns the credentials of a document that Scan reports as errors.
func Leaks(root *document.Node) []Leak {
	return leaks(scanTree(root))
}

func findings(rs []report) []finding.Finding {
	if len(rs) == 0 {
		return nil
	}
	fs := make([]finding.Finding, len(rs))
	for i, r := range rs {
		fs[i] = r.Finding
	}
	return fs
}

func leaks(rs []report) []Leak {
	var out []Leak
	for _, r := range rs {
		if r.Rule == ruleLeak.ID && r.Severity == finding.Error {
			out = append(out, Leak{Kind: r.kind, Value: r.value, Line: r.Line, Column: r.Column, Start: r.start, End: r.end})
		}
	}
	return out
}

func scanTree(root *document.Node) []report {
	if root == nil {
		return nil
	}
	s := scanner{cut: -1, path: make([]string, 0, 16)}
	s.node(root, "")
	return s.reports
}

// scanner walks one document. path holds the keys and indexes down to the
// node at hand; the pointer is built from it only for a finding.
type scanner struct {
	reports []report
	path    []string
	// cut, when not -1, is how much of path a pointer may show: below an
	// object key that is itself a credential, findings point at the object
	// that holds the key, so that no pointer spells the credential out.
	cut     int
	account string // accountId of the job being walked
	found   []found
}

// found is a hit in a member of the object being judged.
type found struct {
	member int
	inKey  bool
	whole  bool // the hit is the whole string
	judged bool // it was reported
	hit
}

func (s *scanner) push(token string) { s.path = append(s.path, token) }
func (s *scanner) pop()              { s.path = s.path[:len(s.path)-1] }

// enter steps into the member key, cutting pointers off above it when the
// key is a credential; leave undoes it with what enter returned.
func (s *scanner) enter(key string) (saved int) {
	saved = s.cut
	s.push(key)
	if s.cut < 0 && keyIsCredential(key) {
		s.cut = len(s.path) - 1
	}
	return saved
}

func (s *scanner) leave(saved int) {
	s.cut = saved
	s.pop()
}

func (s *scanner) pointer() string {
	if s.cut >= 0 {
		return document.Pointer(s.path[:s.cut])
	}
	return document.Pointer(s.path)
}

// node walks n; name is the member name that holds it, for strings.
func (s *scanner) node(n *document.Node, name string) {
	switch n.Kind {
	case document.Object:
		s.object(n)
	case document.Array:
		for i, item := range n.Items {
			s.push(strconv.Itoa(i))
			s.node(item, name)
			s.pop()
		}
	case document.String:
		s.lone(n, name)
	}
}

// lone judges a string that has no siblings to lend it context: an array
// item or the whole document.
func (s *scanner) lone(n *document.Node, name string) {
	if len(n.Str) < minRun {
		return
	}
	s.found = s.found[:0]
	for _, h := range findHits(n.Str, name, nil) {
		s.found = append(s.found, found{member: -1, whole: h.start == 0 && h.end == len(n.Str), hit: h})
	}
	g := groupOf(s.found, false)
	for _, f := range s.found {
		s.judge(f, g, name, n.Line, n.Col, false)
	}
}

// object judges the strings of an object together, since a key id beside a
// secret makes both a credential set, then walks its members.
func (s *scanner) object(n *document.Node) {
	if job := s.isJob(); job {
		saved := s.account
		s.account = n.Get("accountId").Text()
		defer func() { s.account = saved }()
	}
	creds := s.under("artifactCredentials")
	config := s.under("actionConfiguration", "configuration")

	s.found = s.found[:0]
	for i, m := range n.Members {
		if len(m.Key) >= minRun {
			for _, h := range findHits(m.Key, "", nil) {
				s.found = append(s.found, found{member: i, inKey: true, hit: h})
			}
		}
		if m.Value.Kind == document.String && len(m.Value.Str) >= minRun {
			// The member's name names a hit that no label inside the
			// string names, for the whole value or a credential inside it.
			for _, h := range findHits(m.Value.Str, m.Key, nil) {
				s.found = append(s.found, found{member: i, whole: h.start == 0 && h.end == len(m.Value.Str), hit: h})
			}
		}
	}
	if creds {
		s.fieldFallbacks(n)
	}
	g := groupOf(s.found, creds)
	for i := range s.found {
		f := &s.found[i]
		m := n.Members[f.member]
		if f.inKey {
			f.judged = s.judge(*f, g, m.Key, m.KeyLine, m.KeyCol, creds)
			continue
		}
		saved := s.enter(m.Key)
		f.judged = s.judge(*f, g, m.Key, m.Value.Line, m.Value.Col, creds)
		s.leave(saved)
	}
	if config {
		s.configValues(n)
	}
	for _, m := range n.Members {
		if m.Value.Kind == document.String {
			continue
		}
		saved := s.enter(m.Key)
		s.node(m.Value, m.Key)
		s.leave(saved)
	}
}

// keyIsCredential reports an object key that holds a credential. It is
// asked again rather than remembered, because walking the members reuses
// s.found; keys that long are rare.
func keyIsCredential(key string) bool {
	return len(key) >= minRun && len(findHits(key, "", nil)) > 0
}

// isJob reports whether the path is at a job: /jobDetails,
// /CodePipeline.job or /jobs/N.
func (s *scanner) isJob() bool {
	p := s.path
	return (len(p) == 1 && (p[0] == "jobDetails" || p[0] == "CodePipeline.job")) || (len(p) == 2 && p[0] == "jobs")
}

// under reports whether the path ends with the given keys.
func (s *scanner) under(keys ...string) bool {
	if len(s.path) < len(keys) {
		return false
	}
	tail := s.path[len(s.path)-len(keys):]
	for i, k := range keys {
		if tail[i] != k {
			return false
		}
	}
	return true
}

// group is what the strings of one object hold between them.
type group struct {
	creds    bool // the object is artifactCredentials
	keyIDs   int
	longTerm bool
	secrets  int // secret keys that a key id or their name vouches for
	tokens   int
	keyID    string // the first key id, for its account
}

func groupOf(fs []found, creds bool) group {
	g := group{creds: creds}
	for _, f := range fs {
		if f.kind == KeyID {
			if g.keyIDs == 0 {
				g.keyID = f.value
			}
			g.keyIDs++
			g.longTerm = g.longTerm || isLongTerm(f.value)
		}
		if f.kind == SessionToken {
			g.tokens++
		}
	}
	for _, f := range fs {
		if f.kind == SecretKey && plausibleSecret(f.value) && (g.keyIDs > 0 || creds || secretKeyName(f.label)) {
			g.secrets++
		}
	}
	return g
}

// usable reports a set that signs requests: a key id and its secret, and a
// session token unless the key is a long-term one.
func (g group) usable() bool {
	return g.keyIDs > 0 && g.secrets > 0 && (g.tokens > 0 || g.longTerm)
}

// fieldFallbacks adds the members of artifactCredentials whose format is off
// but which, by their place, can only be what their name says.
func (s *scanner) fieldFallbacks(n *document.Node) {
	count, from := len(s.found), 0
	for i, m := range n.Members {
		v := m.Value.Text()
		switch m.Key {
		case "accessKeyId", "secretAccessKey", "sessionToken":
		default:
			continue
		}
		if !m.Value.IsString() || s.hasHit(i, count, &from) || isPlaceholder(v) || markedWithCrumbs(v) {
			continue
		}
		var k Kind
		switch {
		case m.Key == "accessKeyId" && oneWord(v) && looseKeyID(v):
			k = KeyID
		case m.Key == "secretAccessKey" && oneWord(v) && len(v) >= minRun && plausibleSecret(v):
			k = SecretKey
		case m.Key == "sessionToken" && looseToken(v):
			k = SessionToken
		default:
			continue
		}
		s.found = append(s.found, found{member: i, whole: true, hit: hit{kind: k, value: v, end: len(v), label: m.Key}})
	}
}

// markedWithCrumbs reports a value whose run of base64 characters around
// the EXAMPLE marker leaves too little beside it to be any credential: what
// redact leaves where a value held a few characters more than the
// credential it replaced (the stray quote of broken text, a short tail).
// A real credential beside a placeholder is at least minRun characters, and
// is found all the same.
func markedWithCrumbs(v string) bool {
	i := strings.Index(v, placeholder.Marker)
	if i < 0 {
		return false
	}
	start, end := i, i+len(placeholder.Marker)
	for start > 0 && class[v[start-1]] != 0 {
		start--
	}
	for end < len(v) && class[v[end]] != 0 {
		end++
	}
	return len(v)-(end-start) < minRun
}

// oneWord reports a value with no white space inside it. A key id or a
// secret key never holds any: a value with words in it is text about one
// ("<sample> (example)", "6CGtmAa3lzWtV7a... (cut)"), and a credential
// quoted in it was found in it already.
func oneWord(v string) bool {
	return !strings.ContainsAny(strings.TrimSpace(v), " \t\r\n")
}

// looseToken reports a sessionToken value that can only be a token, though
// it is not one in form. One broken over lines (a block scalar, a pasted
// reflow) must be base64 on every line, and the lines that are not
// placeholders must hold enough of a token by themselves, so that a note
// beside a sample ("IQoJ…EXAMPLETOKEN ...") is no token, while what a
// redaction of its first line leaves of a real one still is.
func looseToken(v string) bool {
	if oneWord(v) {
		return len(v) >= minTokenLen && distinct(v) >= 12
	}
	var kept strings.Builder // the lines that are no placeholder
	for _, line := range strings.Fields(v) {
		if !allBase64(line) {
			return false
		}
		if !isPlaceholder(line) {
			kept.WriteString(line)
		}
	}
	return kept.Len() >= minTokenLen && distinct(kept.String()) >= 12
}

// allBase64 reports text of the base64 alphabet and its padding only.
func allBase64(s string) bool {
	for i := 0; i < len(s); i++ {
		if class[s[i]] == 0 {
			return false
		}
	}
	return true
}

// hasHit reports whether the value of the member has a hit among the first
// n of s.found, which are in member order; from keeps the search linear.
func (s *scanner) hasHit(member, n int, from *int) bool {
	for *from < n && s.found[*from].member < member {
		*from++
	}
	for k := *from; k < n && s.found[k].member == member; k++ {
		if !s.found[k].inKey {
			return true
		}
	}
	return false
}

// configValues reports the secret settings of an action configuration that
// no leaked-credential finding has covered already.
func (s *scanner) configValues(n *document.Node) {
	from := 0
	for i, m := range n.Members {
		if s.judgedValue(i, &from) || !m.Value.IsString() {
			continue
		}
		msg := ""
		if secretConfigValue(m.Key, m.Value.Str) {
			msg = configMessage(m.Key, m.Value.Str)
		} else if vars := plainEnvSecrets(m.Value.Str); len(vars) > 0 {
			msg = envMessage(m.Key, vars)
		} else {
			continue
		}
		saved := s.enter(m.Key)
		s.add(report{Finding: finding.Finding{Line: m.Value.Line, Column: m.Value.Col, Pointer: s.pointer(),
			Rule: ruleConfig.ID, Severity: ruleConfig.Severity, Message: msg}})
		s.leave(saved)
	}
}

// judgedValue reports whether a finding was made about the value of the
// member. s.found lists the members in order, so the search starts where
// the last one ended instead of from the start.
func (s *scanner) judgedValue(member int, from *int) bool {
	for *from < len(s.found) && s.found[*from].member < member {
		*from++
	}
	for k := *from; k < len(s.found) && s.found[k].member == member; k++ {
		if !s.found[k].inKey && s.found[k].judged {
			return true
		}
	}
	return false
}

func (s *scanner) add(r report) { s.reports = append(s.reports, r) }

// judge decides what a hit is worth and reports it; it returns whether it did.
// The path holds the member (for a value) or the object (for a key).
func (s *scanner) judge(f found, g group, name string, line, col int, creds bool) bool {
	sev, ok := severity(f, g)
	if !ok {
		return false
	}
	where := s.where(f, name)
	var msg string
	if sev == finding.Error {
		msg = leakMessage(f.hit, where, s.notes(f, g, name, creds))
	} else {
		msg = loneMessage(f.hit, where)
	}
	s.add(report{Finding: finding.Finding{Line: line, Column: col, Pointer: s.pointer(),
		Rule: ruleLeak.ID, Severity: sev, Message: msg}, hit: f.hit})
	return true
}

// severity: key ids and tokens are errors. A secret key is an error when its
// label (or member name) or a key id beside it (or artifactCredentials) says
// it is one; alone, it is a warning if it looks random and its label is not
// a digest or id.
func severity(f found, g group) (finding.Severity, bool) {
	if f.kind != SecretKey {
		return finding.Error, true
	}
	if plausibleSecret(f.value) && (g.keyIDs > 0 || g.creds || secretKeyName(f.label)) {
		return finding.Error, true
	}
	if randomLooking(f.value) && !benignName(f.label) {
		return finding.Warning, true
	}
	return 0, false
}

// notes are the facts that make a leak worse, for the message.
func (s *scanner) notes(f found, g group, name string, creds bool) []string {
	var out []string
	if f.kind == KeyID {
		if creds && f.whole && name == "accessKeyId" && isLongTerm(f.value) {
			out = append(out, "a long-term access key (CodePipeline issues session credentials with ASIA keys)")
		}
		if note := accountNote(f.value, s.account); note != "" {
			out = append(out, note)
		}
	}
	if g.usable() {
		out = append(out, "part of a usable credential set")
	}
	return out
}
