package config

import (
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
	"go.yaml.in/yaml/v3"
)

// OperationGlob names the operation whose responses the files that Glob
// matches hold.
type OperationGlob struct {
	Glob      string
	Operation document.Form
}

// Operations are the four operations a user may name: the ones that share a
// top-level member with another and so may leave a choice.
var Operations = []document.Form{document.GetJobDetails, document.GetThirdPartyJobDetails, document.PollForJobs, document.PollForThirdPartyJobs}

// ParseOperation reads an operation's name as a user writes it, in any case
// and with or without dashes (get-third-party-job-details); the error says
// which names there are, and which one was probably meant.
func ParseOperation(name string) (document.Form, error) {
	if f, ok := document.ParseForm(name); ok && f != document.LambdaEvent {
		return f, nil
	}
	names := make([]string, len(Operations))
	for i, f := range Operations {
		names[i] = f.String()
	}
	msg := fmt.Sprintf("unknown operation %s; %s", secrets.Quote(name), suggest.Use(names))
	if s, ok := closestOperation(name, names); ok {
		msg = fmt.Sprintf("unknown operation %s; did you mean %s?", secrets.Quote(name), secrets.Quote(s))
	}
	return document.UnknownForm, fmt.Errorf("%s", msg)
}

// closestOperation returns the operation name that name most likely stands
// for: a slip of the hand, or the one name that starts with it
// ("GetThirdPartyJob"). Case, dashes and underscores do not count.
func closestOperation(name string, names []string) (string, bool) {
	plain := strings.NewReplacer("-", "", "_", "").Replace(name)
	if s, ok := suggest.Closest(plain, names); ok {
		return s, true
	}
	found := ""
	for _, n := range names {
		if len(plain) >= 5 && strings.HasPrefix(strings.ToLower(n), strings.ToLower(plain)) {
			if found != "" {
				return "", false
			}
			found = n
		}
	}
	return found, found != ""
}

// Operation returns the operation named for path by the first glob of the
// config that matches it, or UnknownForm.
func (c *Config) Operation(path string) document.Form {
	if c == nil || len(c.Operations) == 0 {
		return document.UnknownForm
	}
	rel, ok := relPath(c.Dir, path)
	if !ok {
		return document.UnknownForm
	}
	for _, o := range c.Operations {
		if matchGlob(o.Glob, rel, true) {
			return o.Operation
		}
	}
	return document.UnknownForm
}

// operations reads `operations:`, a mapping of path globs to operation names.
func (p *parser) operations(n *yaml.Node) error {
	if isNull(resolve(n)) {
		return nil
	}
	pairs, err := p.mapping(n, "operations must be a mapping of path globs to operation names", nil)
	if err != nil {
		return err
	}
	for _, kv := range pairs {
		if msg := checkGlob(kv.key); msg != "" {
			return p.errorf(kv.keyNode, "%s", msg)
		}
		name, err := p.text(kv.value, "an operation")
		if err != nil {
			return err
		}
		op, err := ParseOperation(name)
		if err != nil {
			return p.errorf(kv.value, "%v", err)
		}
		p.cfg.Operations = append(p.cfg.Operations, OperationGlob{Glob: kv.key, Operation: op})
	}
	return nil
}
