package main

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"math/rand/v2"
	"strconv"
	"strings"
)

// The kinds of problem a response may carry, as written to expected.tsv.
const (
	kindCategoryCase  = "category-case"
	kindBucketName    = "bucket-name"
	kindMissingMember = "missing-member"
	kindAccountNumber = "account-id-number"
	kindLeak          = "leaked-credential"
)

var kinds = []string{kindCategoryCase, kindBucketName, kindMissingMember, kindAccountNumber, kindLeak}

// Documented placeholders: AWS's example key ids and secrets, the session
// token of the get-job-details example (a cut sample certificate) and that of
// the STS examples.
const (
	exampleSecret  = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	exampleSecret2 = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
	stsToken       = "AQoEXAMPLEH4aoAH0gNCAPyJxz4BlCFFxWNE1OPTgk5TthT+FvwqnKwRcOIfrRh3c/LTo6UDdyJwOOvEVPvLXCrrrUtdnniCEXAMPLE/IvU1dYUg2RVAJBanLiHb4IgRmpRV3zrkuWJOgQs8IZZaIv2BXIa2R4OlgkBN9bkUDNCJiBeb/AXlzBBko7b15fjrBs2+cTQtpZ3CYWFXG8C5zqx37wnOE49mRl/+OtkIKGO7fAE"
	exampleToken   = "fICCQD6m7oRw0uXOjANBgkqhkiG9w0BAQUFADCBiDELMAkGA1UEBhMCVVMxCzAJBgNVBAgTAldBMRAwDgYDVQQHEwdTZWF0dGxlMQ8wDQYDVQQKEwZBbWF6b24xFDASBgNVBAsTC0lBTSBDb25zb2xlMRIwEAYDVQQDEwlUZXN0Q2lsYWMxHzAdBgkqhkiG9w0BCQEWEG5vb25lQGFtYXpvbi5jb20wHhcNMTEwNDI1MjA0NTIxWhcNMTIwNDI0MjA0NTIxWjCBiDELMAkGA1UEBhMCVVMxCzAJBgNVBAgTAldBMRAwDgYDVQQHEwdTZWF0dGxlMQ8wDQYDVQQKEwZBbWF6b24xFDASBgNVBAsTC0lBTSBDb25zb2xlMRIwEAYDVQQDEwlUZXN0Q2lsYWMxHzAdBgkqhkiG9w0BCQEWEG5vb25lQGFtYXpvbi5jb20wgZ8wDQYJKoZIhvcNAQEBBQADgY0AMIGJAoGBAMaK0dn+a4GmWIWJ21uUSfwfEvySWtC2XADZ4nB+BLYgVIk60CpiwsZ3G93vUEIO3IyNoH/f0wYK8m9TrDHudUZg3qX4waLG5M43q7Wgc/MbQITxOUSQv7c7ugFFDzQGBzZswY6786m86gpEIbb3OhjZnzcvQAaRHhdlQWIMm2nrAgMBAAEwDQYJKoZIhvcNAQEFBQADgYEAtCu4nUhVVxYUntneD9+h8Mg9q6q+auNKyExzyLwaxlAoo7TJHidbtS4J5iNmZgXL0FkbFFBjvSfpJIlJ00zbhNYS5f6GuoEDmFJl0ZxBHjJnyp378OD8uTs7fLvjx79LjSTbNYiytVbZPQUQ5Yaxu2jXnimvw3rrszlaEXAMPLE="
)

// placeholderCredentials are what fixtures carry: the documented examples.
func placeholderCredentials(r *rand.Rand) *object {
	id, secret, token := "ASIAIOSFODNN7EXAMPLE", exampleSecret, exampleToken
	switch r.IntN(10) {
	case 0:
		id = "AKIAIOSFODNN7EXAMPLE" // as in the get-job-details example
	case 1:
		id, secret = "AKIAI44QH8DHBEXAMPLE", exampleSecret2
	case 2, 3, 4, 5:
		token = stsToken
	}
	return credentials(id, secret, token)
}

func credentials(id, secret, token string) *object {
	return newObject().set("accessKeyId", id).set("secretAccessKey", secret).set("sessionToken", token)
}

// addProblem gives the response one problem and returns its kind. A problem
// that does not fit the response (no encryption key to break) falls back to
// another kind, so every problem response has exactly one.
func addProblem(r *rand.Rand, root *object) string {
	jobDetails := root.obj("jobDetails")
	data := jobDetails.obj("data")
	switch kind := pick(r, kinds); kind {
	case kindCategoryCase:
		typeID := data.obj("actionTypeId")
		typeID.set("category", wrongCase(r, typeID.vals["category"].(string)))
		return kind
	case kindBucketName:
		s3Location(r, data).set("bucketName", badBucketName(r, jobDetails.vals["accountId"].(string)))
		return kind
	case kindMissingMember:
		removeRequired(r, data)
		return kind
	case kindAccountNumber:
		jobDetails.set("accountId", number(jobDetails.vals["accountId"].(string)))
		return kind
	default:
		account := jobDetails.vals["accountId"].(string)
		data.set("artifactCredentials", leakedCredentials(r, account))
		return kindLeak
	}
}

// wrongCase returns the category spelt in the wrong case ("build", "BUILD").
func wrongCase(r *rand.Rand, category string) string {
	if chance(r, 0.7) {
		return strings.ToLower(category)
	}
	return strings.ToUpper(category)
}

// s3Location returns the s3Location of a random artifact; every response has
// at least one.
func s3Location(r *rand.Rand, data *object) *object {
	all := append(append([]any{}, data.vals["inputArtifacts"].([]any)...), data.vals["outputArtifacts"].([]any)...)
	return pick(r, all).(*object).obj("location").obj("s3Location")
}

// badBucketName breaks a current S3 naming rule that even legacy buckets
// never allowed.
func badBucketName(r *rand.Rand, account string) string {
	return pick(r, []string{
		"codepipeline..artifacts-" + account,
		"s3://codepipeline-us-east-1-" + account,
		"artifacts-" + account + "-",
		"xn--artifacts-" + account,
		"pipeline-artifacts-s3alias",
		"192.168.5.4",
		"ab",
		"pipeline artifacts " + account,
		"-artifacts-" + account,
	})
}

// removeRequired deletes a member the model requires in its structure.
func removeRequired(r *rand.Rand, data *object) {
	if data.has("encryptionKey") && chance(r, 0.25) {
		data.obj("encryptionKey").del(pick(r, []string{"id", "type"}))
		return
	}
	if chance(r, 0.4) {
		s3Location(r, data).del(pick(r, []string{"bucketName", "objectKey"}))
		return
	}
	data.obj("actionTypeId").del(pick(r, []string{"category", "owner", "provider", "version"}))
}

// leakedCredentials makes credentials that look real: a key id whose encoded
// account is the job's, a 40-character secret and a current-format session
// token that carries the account id, none with the word EXAMPLE in it.
func leakedCredentials(r *rand.Rand, account string) *object {
	prefix := "ASIA"
	if chance(r, 0.2) {
		prefix = "AKIA"
	}
	return credentials(
		noExample(r, func() string { return prefix + keyIDSuffix(r, account) }),
		noExample(r, func() string { return base64.StdEncoding.EncodeToString(randomBytes(r, 30)) }),
		noExample(r, func() string { return sessionToken(r, account) }))
}

// noExample draws values until one lacks the placeholder marker, which
// random base64 contains once in billions of draws.
func noExample(r *rand.Rand, draw func() string) string {
	for {
		if s := draw(); !strings.Contains(strings.ToUpper(s), "EXAMPLE") {
			return s
		}
	}
}

// keyIDSuffix is the 16 base32 characters after the prefix of a current key
// id: 10 bytes whose first 6, masked with 0x7fffffffff80 and shifted right 7,
// are the account id. The top bit is set, so the first character is never I
// or J, the mark of old-generation keys.
func keyIDSuffix(r *rand.Rand, account string) string {
	n, _ := strconv.ParseUint(account, 10, 64)
	head := 1<<47 | n<<7 | uint64(r.IntN(128))
	b := make([]byte, 8, 10)
	binary.BigEndian.PutUint64(b, head<<16)
	b = append(b[:6], randomBytes(r, 4)...)
	return base32.StdEncoding.EncodeToString(b)
}

// sessionToken is the base64 of a blob that starts as current tokens do
// (decoding to "!\n\torigin_ec") and holds the account id after 0x1a 0x0c.
// The prefix is 12 bytes, so the encoded token starts with IQoJb3JpZ2luX2Vj.
func sessionToken(r *rand.Rand, account string) string {
	blob := []byte("!\n\torigin_ec")
	blob = append(blob, randomBytes(r, 40+r.IntN(40))...)
	blob = append(blob, 0x1a, 0x0c)
	blob = append(blob, account...)
	blob = append(blob, randomBytes(r, 480+r.IntN(120))...)
	return base64.StdEncoding.EncodeToString(blob)
}

func randomBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}
