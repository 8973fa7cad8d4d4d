package config

import (
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/logs"
)

func TestLogFormat(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("log-formats:\n  exports/lambda/**: Lambda\n  exports/**: s3-export\n  '**/*.txt': none\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]logs.Container{
		"exports/lambda/a.log": logs.Lambda, // the first glob that matches wins
		"exports/000000.gz":    logs.S3Export,
		"notes/readme.txt":     logs.None,
		"fixtures/job.json":    logs.Auto,
		"../outside/x.log":     logs.Auto,
	} {
		if got := cfg.LogFormat(path); got != want {
			t.Errorf("LogFormat(%q) = %v, want %v", path, got, want)
		}
	}
	if got := (*Config)(nil).LogFormat("a.log"); got != logs.Auto {
		t.Errorf("nil config: %v", got)
	}
}

func TestLogFormatErrors(t *testing.T) {
	for text, want := range map[string]string{
		"log-formats:\n  a/**: syslog\n": `c.yaml:2:9: unknown log container "syslog"; use one of "auto", "none", "filter-log-events", "get-log-events", "tail", "s3-export", "lambda" or "cli-debug"`,
		"log-formats: [a]\n":             `c.yaml:1:14: log-formats must be a mapping of path globs to log container names, got a list`,
		"log-formats:\n  a/**: [x]\n":    `c.yaml:2:9: a log container must be a string, got a list`,
	} {
		_, err := Parse("c.yaml", []byte(text), nil)
		if err == nil || err.Error() != want {
			t.Errorf("%q: %v\nwant %s", text, err, want)
		}
	}
}
