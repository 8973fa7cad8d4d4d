package redact

import (
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// A credential can be the name of a YAML anchor (&ASIA…) and of its
// aliases (*ASIA…), or be in a tag (!ASIA…). check scans these names as it
// scans comments, and redact replaces the credential at each place, the
// anchor and every alias alike, so that they keep naming each other. That
// is sound unless two anchors would then take one name, as when two key
// ids name two anchors and both become ASIAIOSFODNN7EXAMPLE: an alias would
// then name the later anchor. redact then leaves the names of anchors and
// aliases as they are and says so.

// judgeNames finds the credentials in the anchors, aliases and tags of
// YAML text that parsed, as check does.
func (p *piece) judgeNames(data []byte) {
	p.names = decode.YAMLNames(data)
	if len(p.names) == 0 {
		return
	}
	anchors, tags := decode.YAMLNameTexts(data, p.names)
	if anchors != nil {
		p.raw = append(p.raw, secrets.LeaksRaw(anchors)...)
	}
	if tags != nil {
		p.raw = append(p.raw, secrets.LeaksRaw(tags)...)
	}
}

// keepAliases returns the spans to replace in data: all of them, unless
// replacing those inside the names of anchors and aliases would make an
// alias name another anchor than it does; then all but those, and how many
// it held back.
func keepAliases(data []byte, pieces []piece, spans []secrets.Span) ([]secrets.Span, int) {
	for _, p := range pieces {
		if len(p.names) > 0 && !aliasesKept(data, p.names, spans) {
			return dropInAnchors(p.names, spans)
		}
	}
	return spans, 0
}

// aliasesKept reports whether every alias names the same anchor before and
// after the spans are replaced: the last anchor of its name before it. The
// names and the spans are both in text order.
func aliasesKept(data []byte, names []decode.YAMLName, spans []secrets.Span) bool {
	before, after := map[string]int{}, map[string]int{}
	k := 0
	for i, n := range names {
		if !anchorOrAlias(n) {
			continue
		}
		for k < len(spans) && spans[k].End <= n.Start {
			k++
		}
		old, renamed := string(data[n.Start:n.End]), renamedName(data, n, spans[k:])
		if n.Kind == '&' {
			before[old[1:]], after[renamed[1:]] = i, i
			continue
		}
		a, hadA := before[old[1:]]
		b, hasB := after[renamed[1:]]
		if hadA != hasB || a != b {
			return false
		}
	}
	return true
}

// renamedName is the text of name n with the spans inside it replaced;
// spans starts with the first that does not end before n.
func renamedName(data []byte, n decode.YAMLName, spans []secrets.Span) string {
	var b strings.Builder
	at := n.Start
	for _, s := range spans {
		if s.Start >= n.End {
			break
		}
		if s.Start < at || s.End > n.End {
			continue // not inside the name
		}
		b.Write(data[at:s.Start])
		b.WriteString(replacement(s))
		at = s.End
	}
	b.Write(data[at:n.End])
	return b.String()
}

// dropInAnchors returns the spans that are not inside the name of an
// anchor or an alias, and how many are.
func dropInAnchors(names []decode.YAMLName, spans []secrets.Span) ([]secrets.Span, int) {
	var kept []secrets.Span
	held, k := 0, 0
	for _, s := range spans {
		for k < len(names) && (names[k].End <= s.Start || !anchorOrAlias(names[k])) {
			k++
		}
		if k < len(names) && names[k].Start <= s.Start && s.End <= names[k].End {
			held++
			continue
		}
		kept = append(kept, s)
	}
	return kept, held
}

func anchorOrAlias(n decode.YAMLName) bool { return n.Kind == '&' || n.Kind == '*' }

// incomplete says why the credentials judged in left were left: held in
// the names of anchors and aliases, or not found in the text.
func incomplete(left []piece, held int) error {
	n := count(left)
	var parts []string
	if held > 0 {
		parts = append(parts, fmt.Sprintf("%d credential(s) name YAML anchors or aliases and were left: with one placeholder for all of them, two anchors would take one name and an alias would name another anchor; rename them by hand", held))
	}
	if n > held {
		line, col := firstPlace(left)
		parts = append(parts, fmt.Sprintf("%d credential(s) could not be found in the text to replace (split across lines?), the first at %d:%d; edit them by hand", n-held, line, col))
	}
	return fmt.Errorf("%s", strings.Join(parts, "; "))
}
