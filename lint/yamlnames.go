package lint

import (
	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// yamlNameFindings scans the anchors, aliases and tags of YAML text that
// parsed for credentials, as its comments are scanned: no document holds
// them, and a key id used as an anchor's name (&ASIA…, *ASIA…) is still in
// the file. Each finding is at the credential itself.
func yamlNameFindings(data []byte) []finding.Finding {
	names := decode.YAMLNames(data)
	if len(names) == 0 {
		return nil
	}
	anchors, tags := decode.YAMLNameTexts(data, names)
	fs := scanPart(nil, anchors, "in a YAML anchor or alias: ")
	return scanPart(fs, tags, "in a YAML tag: ")
}

// scanPart appends the findings of the raw scan of text, a file blanked but
// for some of its parts, each message starting with where they are.
func scanPart(fs []finding.Finding, text []byte, where string) []finding.Finding {
	if text == nil {
		return fs
	}
	for _, f := range secrets.ScanRaw(text) {
		f.Message = where + f.Message
		fs = append(fs, f)
	}
	return fs
}
