package config

import (
	"go.yaml.in/yaml/v3"

	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// LogFormatGlob names the log container of the files that Glob matches.
type LogFormatGlob struct {
	Glob      string
	Container logs.Container
}

// LogFormat returns the log container named for path by the first glob of
// the config's log-formats that matches it, or logs.Auto.
func (c *Config) LogFormat(path string) logs.Container {
	if c == nil || len(c.LogFormats) == 0 {
		return logs.Auto
	}
	rel, ok := relPath(c.Dir, path)
	if !ok {
		return logs.Auto
	}
	for _, g := range c.LogFormats {
		if matchGlob(g.Glob, rel, true) {
			return g.Container
		}
	}
	return logs.Auto
}

// logFormats reads `log-formats:`, a mapping of path globs to log container
// names (as --log-format takes them).
func (p *parser) logFormats(n *yaml.Node) error {
	if isNull(resolve(n)) {
		return nil
	}
	pairs, err := p.mapping(n, "log-formats must be a mapping of path globs to log container names", nil)
	if err != nil {
		return err
	}
	for _, kv := range pairs {
		if msg := checkGlob(kv.key); msg != "" {
			return p.errorf(kv.keyNode, "%s", msg)
		}
		name, err := p.text(kv.value, "a log container")
		if err != nil {
			return err
		}
		c, ok := logs.Parse(name)
		if !ok {
			return p.errorf(kv.value, "%s", suggest.Unknown("log container", name, logs.Names()))
		}
		p.cfg.LogFormats = append(p.cfg.LogFormats, LogFormatGlob{Glob: kv.key, Container: c})
	}
	return nil
}
