package rules

import (
	"strings"
	"testing"
)

func TestEncryptionKey(t *testing.T) {
	const (
		idPtr   = "/jobDetails/data/encryptionKey/id"
		typePtr = "/jobDetails/data/encryptionKey/type"
		forms   = "a KMS key id (UUID), key ARN (arn:aws:kms:REGION:ACCOUNT:key/UUID), alias name (alias/NAME) or alias ARN (arn:aws:kms:REGION:ACCOUNT:alias/NAME)"
		keyUUID = "1234abcd-12ab-34cd-56ef-1234567890ab"
	)
	// key builds a job in account 123456789012 whose pipeline is in pipelineAccount.
	key := func(id, typ, pipelineAccount string) string {
		return `{"jobDetails": {"accountId": "123456789012", "data": {
			"pipelineContext": {"pipelineArn": "arn:aws:codepipeline:us-east-1:` + pipelineAccount + `:MyPipeline"},
			"encryptionKey": {"id": ` + id + `, "type": ` + typ + `}}}}`
	}
	same := func(id string) string { return key(`"`+id+`"`, `"KMS"`, "123456789012") }
	cross := func(id string) string { return key(`"`+id+`"`, `"KMS"`, "111122223333") }
	const crossAlias = "encryption key is named by alias in a cross-account job (pipeline account 111122223333, job account 123456789012); an alias is recognised only in the account that created the key, so use the key ARN"
	runCases(t, EncryptionKey{}, []ruleCase{
		{"key id", same(keyUUID), nil},
		{"multi-region key id", same("mrk-1234abcd12ab34cd56ef1234567890ab"), nil},
		{"key arn", same("arn:aws:kms:us-east-1:123456789012:key/" + keyUUID), nil},
		{"alias name", same("alias/aws/s3"), nil},
		{"alias arn", same("arn:aws:kms:us-east-1:123456789012:alias/my-key"), nil},
		{"key arn cross-account", cross("arn:aws:kms:us-east-1:111122223333:key/" + keyUUID), nil},
		{"type lowercase", key(`"`+keyUUID+`"`, `"kms"`, "123456789012"), []result{errorAt(typePtr, `"kms" is not an encryption key type; did you mean "KMS"?`)}},
		{"type other", key(`"`+keyUUID+`"`, `"AES256"`, "123456789012"), []result{errorAt(typePtr, `"AES256" is not an encryption key type; use "KMS"`)}},
		// Out of the model's length bounds: the schema reports it (schema-length).
		{"id empty", same(""), nil},
		{"id too long", same(strings.Repeat("a", 401)), nil},
		{"id longest", same("alias/" + strings.Repeat("a", 394)), nil},
		{"id not a key", same("my-key"), []result{warningAt(idPtr, "encryption key id should be "+forms)}},
		{"id arn of s3", same("arn:aws:s3:::my-bucket"), []result{warningAt(idPtr, "encryption key id should be "+forms)}},
		{"id key arn bad uuid", same("arn:aws:kms:us-east-1:123456789012:key/1234"), []result{warningAt(idPtr, "encryption key id should be "+forms)}},
		{"id alias without name", same("alias/"), []result{warningAt(idPtr, "encryption key id should be "+forms)}},
		{"key arn other region", same("arn:aws:kms:us-west-2:123456789012:key/" + keyUUID),
			[]result{warningAt(idPtr, "encryption key is in region us-west-2 but the pipeline is in us-east-1; they match unless the action runs in another region")}},
		{"key arn other account", same("arn:aws:kms:us-east-1:444455556666:key/" + keyUUID),
			[]result{warningAt(idPtr, "encryption key is in account 444455556666 but the pipeline is in 123456789012")}},
		{"key arn other partition", same("arn:aws-cn:kms:us-east-1:123456789012:key/" + keyUUID),
			[]result{warningAt(idPtr, "encryption key is in partition aws-cn but the pipeline is in aws")}},
		{"alias name cross-account", cross("alias/my-key"), []result{warningAt(idPtr, crossAlias)}},
		{"alias arn cross-account", cross("arn:aws:kms:us-east-1:111122223333:alias/my-key"), []result{warningAt(idPtr, crossAlias)}},
		{"no pipeline arn", jobWith(`{"encryptionKey": {"id": "arn:aws:kms:us-west-2:444455556666:alias/x", "type": "KMS"}}`), nil},
		{"wrong types skipped", key(`1`, `2`, "123456789012"), nil},
	})
}
