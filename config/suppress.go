package config

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// suppressKeys are the keys of a suppression, all required, in the order
// a missing one is reported.
var suppressKeys = []string{"file", "rule", "pointer", "reason"}

func (p *parser) suppress(n *yaml.Node) error {
	v := resolve(n)
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		return p.errorf(n, "suppress must be a list of mappings with keys %s, got %s", suggest.List(suppressKeys, "and"), kindName(v))
	}
	for _, item := range v.Content {
		s, err := p.suppression(item)
		if err != nil {
			return err
		}
		p.cfg.Suppress = append(p.cfg.Suppress, s)
	}
	return nil
}

func (p *parser) suppression(n *yaml.Node) (Suppression, error) {
	s := Suppression{Line: n.Line, Col: n.Column}
	pairs, err := p.mapping(n, "a suppression must be a mapping with keys "+suggest.List(suppressKeys, "and"), suppressKeys)
	if err != nil {
		return s, err
	}
	values := map[string]*yaml.Node{}
	for _, kv := range pairs {
		values[kv.key] = kv.value
	}
	for _, key := range suppressKeys {
		if values[key] == nil {
			msg := "the suppression has no " + key
			if key == "reason" {
				msg += "; say why the finding is accepted"
			}
			return s, p.errorf(n, "%s", msg)
		}
	}
	if s.File, err = p.field(values["file"], "file"); err != nil {
		return s, err
	}
	if msg := checkGlob(s.File); msg != "" {
		return s, p.errorf(values["file"], "%s", msg)
	}
	if s.Rule, err = p.field(values["rule"], "rule"); err != nil {
		return s, err
	}
	if err := p.checkRule(values["rule"], s.Rule); err != nil {
		return s, err
	}
	if p.fixed[s.Rule] {
		return s, p.errorf(values["rule"], "rule %s cannot be suppressed: an input that cannot be read always fails; exclude the file instead", s.Rule)
	}
	if s.Pointer, err = p.pointer(values["pointer"]); err != nil {
		return s, err
	}
	if s.Reason, err = p.field(values["reason"], "reason"); err != nil {
		return s, err
	}
	return s, nil
}

// field is the text of a suppression's key, which must not be empty.
func (p *parser) field(n *yaml.Node, key string) (string, error) {
	if isNull(resolve(n)) {
		return "", p.errorf(n, "%s is empty", key)
	}
	v, err := p.text(n, key)
	if err == nil && strings.TrimSpace(v) == "" {
		err = p.errorf(n, "%s is empty", key)
	}
	return v, err
}

// pointer is the text of a suppression's JSON pointer (RFC 6901): "" for
// the whole document, else "/" and the escaped keys.
func (p *parser) pointer(n *yaml.Node) (string, error) {
	if isNull(resolve(n)) {
		return "", p.errorf(n, `pointer is empty; write "" for the whole document`)
	}
	v, err := p.text(n, "pointer")
	if err != nil {
		return "", err
	}
	if v != "" && v[0] != '/' {
		return "", p.errorf(n, `pointer %s must be "" or start with "/"`, secrets.Quote(v))
	}
	for i := 0; i < len(v); i++ {
		if v[i] == '~' && (i+1 == len(v) || (v[i+1] != '0' && v[i+1] != '1')) {
			return "", p.errorf(n, `pointer %s has a "~" that is not "~0" or "~1"`, secrets.Quote(v))
		}
	}
	return v, nil
}
