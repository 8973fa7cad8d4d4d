package secrets

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// words splits a member name into lower-case words at camelCase humps and at
// '_', '-', '.', '/' and spaces: "AWS_SECRET_ACCESS_KEY" and
// "awsSecretAccessKey" both give aws, secret, access, key.
func words(name string) []string {
	b := make([]byte, 0, len(name)+8)
	rs := []rune(name)
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			b = append(b, ' ')
			continue
		}
		if unicode.IsUpper(r) && i > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				b = append(b, ' ')
			}
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return strings.Fields(string(b))
}

// squash is the name in lower case without separators: "aws_Secret-key"
// gives "awssecretkey".
func squash(name string) string {
	return strings.Join(words(name), "")
}

// secretKeyName reports a name that says "AWS secret access key":
// secretAccessKey, AWS_SECRET_ACCESS_KEY, aws_secret_key, SecretKey.
func secretKeyName(name string) bool {
	s := squash(name)
	return strings.Contains(s, "secretaccesskey") || strings.Contains(s, "secretkey") ||
		strings.Contains(s, "awssecret")
}

// benignName reports a member whose value is a digest, a revision or an id:
// a random-looking 40-character value there is what it says it is.
func benignName(name string) bool {
	for _, w := range words(name) {
		switch w {
		case "revision", "commit", "hash", "digest", "checksum", "etag", "sha", "sha1", "sha256",
			"nonce", "continuation", "version", "id", "object", "bucket", "execution", "arn", "url", "uri":
			return true
		}
	}
	return false
}

// secretWords appear, squashed, in the names of secret settings.
var secretWords = []string{"password", "passwd", "passphrase", "secret", "token", "apikey",
	"privatekey", "credential", "clientkey", "signingkey", "accesskey"}

// notValueWords end names that hold where a secret is or what it is like, not
// the secret itself: SecretArn, TokenName, PasswordParameter, TokenExpiry.
var notValueWords = map[string]bool{"arn": true, "id": true, "ids": true, "name": true, "names": true,
	"ref": true, "path": true, "url": true, "uri": true, "type": true, "version": true, "region": true,
	"file": true, "enabled": true, "length": true, "expiry": true, "expiration": true, "ttl": true,
	"parameter": true, "param": true, "header": true, "field": true, "variable": true, "var": true,
	"policy": true, "provider": true, "rotation": true, "location": true}

// secretConfigName reports a configuration key that names a secret:
// DbPassword, api_key, GitHubToken, ClientSecret, PRIVATE-KEY, AuthKey.
func secretConfigName(name string) bool {
	if !mayNameSecret(name) {
		return false
	}
	ws := words(name)
	if len(ws) == 0 || notValueWords[ws[len(ws)-1]] {
		return false
	}
	s := strings.Join(ws, "")
	for _, w := range secretWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	for _, w := range ws {
		switch w {
		case "pwd", "pass", "auth", "authorization", "authkey", "authtoken", "apikey", "oauth":
			return true
		}
	}
	return false
}

// mayNameSecret is a quick test, without allocation, that a name holds one of
// the stems of secretConfigName, so that most names skip the word split.
func mayNameSecret(name string) bool {
	for _, stem := range [...]string{"pass", "pwd", "secret", "token", "key", "cred", "auth"} {
		if containsFold(name, stem) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds sub, ignoring ASCII case; sub is lower case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// credentialName reports a name that says an AWS credential follows: a
// secret key's name, or one ending in key, id, token or secret that names an
// access key id, a session token or a security token. A name that merely
// mentions one ("access key rotation policy") does not.
func credentialName(name string) bool {
	if !containsFold(name, "key") && !containsFold(name, "token") && !containsFold(name, "secret") {
		return false
	}
	ws := words(name)
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "key", "id", "token", "secret":
	default:
		return false
	}
	s := strings.Join(ws, "")
	return secretKeyName(name) || strings.Contains(s, "accesskeyid") ||
		strings.Contains(s, "sessiontoken") || strings.Contains(s, "securitytoken")
}
