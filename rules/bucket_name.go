package rules

import (
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// Bucket name limits of the general purpose bucket naming rules, and the
// longest name a legacy us-east-1 bucket could have.
const (
	minBucketName       = 3
	maxBucketName       = 63
	maxLegacyBucketName = 255
)

// reservedBucketPrefixes are prefixes S3 keeps for itself. "sthree-" also
// covers the reserved "sthree-configurator".
var reservedBucketPrefixes = []string{"xn--", "sthree-", "amzn-s3-demo-"}

// reservedBucketSuffixes maps a suffix S3 keeps for itself to what it marks.
var reservedBucketSuffixes = []struct{ suffix, use string }{
	{"-s3alias", "access point aliases"},
	{"--ol-s3", "Object Lambda access point aliases"},
	{".mrap", "Multi-Region Access Points"},
	{"--x-s3", "directory buckets"},
}

const urlHint = "; put the bucket name in bucketName and the key in objectKey"

// bucketNameProblem says which naming rule name breaks first, or returns "".
// legacy is true when the only faults are ones a bucket created in us-east-1
// before March 2018 may have (uppercase letters, underscores, more than 63
// characters).
func bucketNameProblem(name string) (msg string, legacy bool) {
	if msg := misplacedBucketValue(name); msg != "" {
		return msg, false
	}
	var upper, underscore bool
	for _, c := range name {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '.', c == '-':
		case 'A' <= c && c <= 'Z':
			upper = true
		case c == '_':
			underscore = true
		default:
			return "bucketName has " + secrets.Quote(string(c)) + "; a bucket name has only lowercase letters, digits, dots and hyphens", false
		}
	}
	// Only ASCII is left, so the length in bytes is the length in characters.
	n := len(name)
	if n < minBucketName || n > maxLegacyBucketName {
		return fmt.Sprintf("bucketName is %d characters; a bucket name has %d to %d", n, minBucketName, maxBucketName), false
	}
	if msg := bucketNameShape(name); msg != "" {
		return msg, false
	}
	var faults []string
	if upper {
		faults = append(faults, "uppercase letters")
	}
	if underscore {
		faults = append(faults, "underscores")
	}
	if n > maxBucketName {
		faults = append(faults, fmt.Sprintf("%d characters", n))
	}
	if faults == nil {
		return "", false
	}
	return "bucketName has " + suggest.List(faults, "and") +
		", allowed only in legacy buckets (us-east-1, before March 2018); current names have 3 to 63 lowercase letters, digits, dots and hyphens", true
}

// misplacedBucketValue recognises a URL, ARN or path given as bucket name,
// which needs a hint of its own rather than "has ':'".
func misplacedBucketValue(name string) string {
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(lower, "s3://"),
		strings.Contains(lower, "://") && strings.Contains(lower, "amazonaws.com"):
		return "bucketName holds an S3 URL" + urlHint
	case strings.Contains(lower, "://"):
		return "bucketName holds a URL" + urlHint
	case strings.HasPrefix(lower, "arn:"):
		return "bucketName holds an ARN" + urlHint
	case strings.Contains(name, "/"):
		return "bucketName holds a path" + urlHint
	}
	return ""
}

// bucketNameShape checks the rules beyond the character set: first and last
// character, dots, IP addresses, reserved prefixes and suffixes.
func bucketNameShape(name string) string {
	switch {
	case !isLetterOrDigit(name[0]):
		return "bucketName starts with " + secrets.Quote(name[:1]) + "; a bucket name starts and ends with a letter or digit"
	case !isLetterOrDigit(name[len(name)-1]):
		return "bucketName ends with " + secrets.Quote(name[len(name)-1:]) + "; a bucket name starts and ends with a letter or digit"
	case strings.Contains(name, ".."):
		return "bucketName has two dots in a row; a bucket name may not"
	case isIPv4Form(name):
		return "bucketName is formatted as an IP address; a bucket name may not be"
	}
	for _, p := range reservedBucketPrefixes {
		if strings.HasPrefix(name, p) {
			return fmt.Sprintf("bucketName starts with %q, a prefix S3 reserves", p)
		}
	}
	for _, s := range reservedBucketSuffixes {
		if strings.HasSuffix(name, s.suffix) {
			return fmt.Sprintf("bucketName ends with %q, a suffix S3 reserves for %s", s.suffix, s.use)
		}
	}
	return ""
}

func isLetterOrDigit(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isIPv4Form reports whether s is four dot-separated groups of 1 to 3
// digits, like 192.168.5.4.
func isIPv4Form(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if len(p) > 3 || !isDigits(p) {
			return false
		}
	}
	return true
}
