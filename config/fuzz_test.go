package config

import (
	"errors"
	"testing"
)

func FuzzParse(f *testing.F) {
	f.Add([]byte(example))
	f.Add([]byte("rules: {unknown-field: off}\nexclude: ['**']\n"))
	f.Add([]byte("suppress:\n  - {file: a, rule: s3-location, pointer: '', reason: r}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("c.yaml", data, testRules)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 || e.Col < 1 || e.Msg == "" {
				t.Fatalf("error without a place: %#v", err)
			}
			return
		}
		for _, s := range c.Suppress {
			if s.File == "" || s.Rule == "" || s.Reason == "" || s.Line < 1 || s.Col < 1 {
				t.Fatalf("incomplete suppression: %+v", s)
			}
		}
		// What parsed must be usable.
		c.Excluded("a/b.json")
		c.Unused(nil)
	})
}
