package schema

import "strings"

// matchers are hand-written full matches for the model's patterns. They run
// on every string of every document, where a regexp costs several times
// more; TestMatchersAgreeWithRegexp holds each to the regexp it replaces.
var matchers = map[string]func(string) bool{
	`[0-9]{12}`: func(s string) bool { return len(s) == 12 && allBytes(s, isDigit) },
	`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`: isLowerUUID,
	`[0-9A-Za-z_-]+`:    func(s string) bool { return s != "" && allBytes(s, isNameByte) },
	`[a-zA-Z0-9_\-]+`:   func(s string) bool { return s != "" && allBytes(s, isNameByte) },
	`[A-Za-z0-9.@\-_]+`: func(s string) bool { return s != "" && allBytes(s, isPipelineNameByte) },
	`arn:aws(-[\w]+)*:codepipeline:.+:[0-9]{12}:.+`: isPipelineARN,
}

func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWord is \w: ASCII letters, digits and '_'.
func isWord(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

func isNameByte(c byte) bool         { return isWord(c) || c == '-' }
func isPipelineNameByte(c byte) bool { return isNameByte(c) || c == '.' || c == '@' }
func isLowerHex(c byte) bool         { return isDigit(c) || 'a' <= c && c <= 'f' }

func isLowerUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				return false
			}
		} else if !isLowerHex(s[i]) {
			return false
		}
	}
	return true
}

// isPipelineARN is arn:aws(-\w+)*:codepipeline:.+:[0-9]{12}:.+ as a full
// match. The partition holds no ':', so it ends at the first one after
// "arn:". In the rest, '.' is any character but a newline, so the rest has
// no newline and somewhere holds ':' + 12 digits + ':' with at least one
// character on each side.
func isPipelineARN(s string) bool {
	rest, ok := strings.CutPrefix(s, "arn:aws")
	if !ok {
		return false
	}
	partition, rest, ok := strings.Cut(rest, ":")
	if !ok || !validPartitionSuffix(partition) {
		return false
	}
	rest, ok = strings.CutPrefix(rest, "codepipeline:")
	if !ok || strings.IndexByte(rest, '\n') >= 0 {
		return false
	}
	for i := 1; i+14 < len(rest); i++ {
		if rest[i] == ':' && rest[i+13] == ':' && allBytes(rest[i+1:i+13], isDigit) {
			return true
		}
	}
	return false
}

// IsPartition reports whether p is an AWS partition as the model's
// PipelineArn pattern writes it, aws(-\w+)*: "aws", "aws-cn", "aws-us-gov".
// Rules use it for the ARNs of other services too, which live in the same
// partitions; a test holds it to the pattern.
func IsPartition(p string) bool {
	rest, ok := strings.CutPrefix(p, "aws")
	return ok && validPartitionSuffix(rest)
}

// validPartitionSuffix is (-\w+)*: what follows "aws" in the partition.
func validPartitionSuffix(s string) bool {
	for s != "" {
		if s[0] != '-' {
			return false
		}
		s = s[1:]
		n := 0
		for n < len(s) && isWord(s[n]) {
			n++
		}
		if n == 0 {
			return false
		}
		s = s[n:]
	}
	return true
}
