package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
	"go.yaml.in/yaml/v3"
)

// Parse reads a config file's text. path names the file in errors and sets
// Dir; catalog lists the rules a config may name (UnusedRule is always
// known), and which of them are Fixed: a config file can neither turn those
// off, lower nor suppress them, since an input that cannot be read must
// never pass (such a file can still be excluded). Errors are *Error.
func Parse(path string, data []byte, catalog []finding.RuleInfo) (cfg *Config, err error) {
	defer func() {
		// The YAML parser is not ours; should it panic, the file is still
		// only a file that cannot be read.
		if r := recover(); r != nil {
			cfg, err = nil, &Error{Path: path, Line: 1, Col: 1, Msg: "the YAML parser failed on this file"}
		}
	}()
	root, err := decodeYAML(path, data)
	if err != nil {
		return nil, err
	}
	p := &parser{
		path:  path,
		fixed: map[string]bool{},
		cfg: &Config{
			Path:     path,
			Dir:      absDir(path),
			Severity: map[string]finding.Severity{},
			Disabled: map[string]bool{},
		},
	}
	for _, r := range catalog {
		p.known = append(p.known, r.ID)
		p.fixed[r.ID] = r.Fixed
	}
	p.known = append(p.known, UnusedRule.ID)
	if err := p.top(root); err != nil {
		return nil, err
	}
	return p.cfg, nil
}

var topKeys = []string{"rules", "exclude", "suppress", "operations", "log-formats"}

type parser struct {
	path  string
	known []string
	fixed map[string]bool // rule id -> RuleInfo.Fixed
	cfg   *Config
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) *Error {
	return &Error{Path: p.path, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) top(n *yaml.Node) error {
	if n == nil || isNull(resolve(n)) {
		return nil
	}
	pairs, err := p.mapping(n, "the config must be a mapping with keys "+suggest.List(topKeys, "or"), topKeys)
	if err != nil {
		return err
	}
	for _, kv := range pairs {
		switch kv.key {
		case "rules":
			err = p.rules(kv.value)
		case "exclude":
			err = p.exclude(kv.value)
		case "suppress":
			err = p.suppress(kv.value)
		case "operations":
			err = p.operations(kv.value)
		case "log-formats":
			err = p.logFormats(kv.value)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) rules(n *yaml.Node) error {
	if isNull(resolve(n)) {
		return nil
	}
	pairs, err := p.mapping(n, "rules must be a mapping of rule ids to severities", nil)
	if err != nil {
		return err
	}
	for _, kv := range pairs {
		if err := p.checkRule(kv.keyNode, kv.key); err != nil {
			return err
		}
		if err := p.severity(kv.key, kv.value); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) severity(rule string, n *yaml.Node) error {
	const valid = "error, warning, note or off"
	v := resolve(n)
	if v.Kind != yaml.ScalarNode || isNull(v) {
		return p.errorf(n, "the severity of %s must be %s, got %s", rule, valid, kindName(v))
	}
	if strings.EqualFold(v.Value, "off") {
		if p.fixed[rule] {
			return p.errorf(n, "rule %s cannot be turned off: an input that cannot be read always fails; exclude the path instead", rule)
		}
		p.cfg.Disabled[rule] = true
		return nil
	}
	s, err := finding.ParseSeverity(v.Value)
	if err != nil {
		return p.errorf(n, "unknown severity %s for %s; use %s", secrets.Quote(v.Value), rule, valid)
	}
	if p.fixed[rule] && s != finding.Error {
		return p.errorf(n, "rule %s is always an error: an input that cannot be read always fails; exclude the path instead", rule)
	}
	p.cfg.Severity[rule] = s
	return nil
}

func (p *parser) exclude(n *yaml.Node) error {
	v := resolve(n)
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		return p.errorf(n, "exclude must be a list of globs, got %s", kindName(v))
	}
	for _, item := range v.Content {
		g, err := p.text(item, "a glob")
		if err != nil {
			return err
		}
		if msg := checkGlob(g); msg != "" {
			return p.errorf(item, "%s", msg)
		}
		p.cfg.Exclude = append(p.cfg.Exclude, g)
	}
	return nil
}

// checkRule fails for a rule id that is not known.
func (p *parser) checkRule(n *yaml.Node, id string) error {
	if slices.Contains(p.known, id) {
		return nil
	}
	if s, ok := suggest.Closest(id, p.known); ok {
		return p.errorf(n, "unknown rule %s; did you mean %s?", secrets.Quote(id), secrets.Quote(s))
	}
	return p.errorf(n, `unknown rule %s; "jobdetails-lint rules" lists them`, secrets.Quote(id))
}

// text is the value of scalar n; what names it in the error for anything else.
func (p *parser) text(n *yaml.Node, what string) (string, error) {
	v := resolve(n)
	if v.Kind != yaml.ScalarNode || isNull(v) {
		return "", p.errorf(n, "%s must be a string, got %s", what, kindName(v))
	}
	return v.Value, nil
}

type pair struct {
	key            string
	keyNode, value *yaml.Node
}

// mapping returns the members of mapping n; want says what n must be in the
// error if it is not a mapping. Keys must be strings, appear once and,
// unless valid is nil, be among valid.
func (p *parser) mapping(n *yaml.Node, want string, valid []string) ([]pair, error) {
	v := resolve(n)
	if v.Kind != yaml.MappingNode {
		return nil, p.errorf(n, "%s, got %s", want, kindName(v))
	}
	pairs := make([]pair, 0, len(v.Content)/2)
	seen := make(map[string]int, len(v.Content)/2)
	for i := 0; i+1 < len(v.Content); i += 2 {
		k := v.Content[i]
		key, err := p.text(k, "a key")
		if err != nil {
			return nil, err
		}
		if line, dup := seen[key]; dup {
			return nil, p.errorf(k, "duplicate key %s (first at line %d)", secrets.Quote(key), line)
		}
		seen[key] = k.Line
		if valid != nil && !slices.Contains(valid, key) {
			if s, ok := suggest.Closest(key, valid); ok {
				return nil, p.errorf(k, "unknown key %s; did you mean %s?", secrets.Quote(key), secrets.Quote(s))
			}
			return nil, p.errorf(k, "unknown key %s; expected %s", secrets.Quote(key), suggest.List(valid, "or"))
		}
		pairs = append(pairs, pair{key: key, keyNode: k, value: v.Content[i+1]})
	}
	return pairs, nil
}

// resolve follows an alias to the value it names.
func resolve(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// kindName says what a YAML value is, for errors.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "nothing"
		}
		return "the value " + secrets.Quote(n.Value)
	}
	return "something else"
}
