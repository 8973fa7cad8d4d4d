package rules

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
)

// EncryptionKey checks data.encryptionKey: the type is KMS, the id is a form
// KMS accepts, a key ARN agrees with the pipeline ARN, and a cross-account job
// does not name its key by alias.
type EncryptionKey struct{}

// The model's shapes of the key's type (an enum) and id (length bounds).
var (
	keyTypeShape = schema.MustLookup("EncryptionKeyType")
	keyIDShape   = schema.MustLookup("EncryptionKeyId")
)

func (EncryptionKey) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "encryption-key", Severity: finding.Error, Forms: dataForms,
		Description: `data.encryptionKey has type "KMS" and an id that is a key id, key ARN, alias name or alias ARN matching the pipeline`,
		Replaces:    []string{schema.EnumRule}}
}

// keyForm is what an encryption key id is.
type keyForm uint8

const (
	notAKey keyForm = iota
	keyID
	keyARN
	aliasName
	aliasARN
)

const keyForms = "a KMS key id (UUID), key ARN (arn:aws:kms:REGION:ACCOUNT:key/UUID), alias name (alias/NAME) or alias ARN (arn:aws:kms:REGION:ACCOUNT:alias/NAME)"

func (EncryptionKey) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	key, ptr := object(data, ptr, "encryptionKey")
	if key == nil {
		return
	}
	if v, p := str(key, ptr, "type"); v != nil && !keyTypeShape.Allows(v.Str) {
		r.Report(v, p, "%s", notOneOf(v.Str, "an encryption key type", keyTypeShape.Enum))
	}
	if v, p := str(key, ptr, "id"); v != nil {
		checkKeyID(job, v, p, r)
	}
}

func checkKeyID(job document.Job, v *document.Node, ptr string, r *Reporter) {
	if !keyIDShape.Allows(v.Str) {
		return // out of the model's length bounds: the schema reports it
	}
	form, a := classifyKey(v.Str)
	if form == notAKey {
		r.ReportAs(finding.Warning, v, ptr, "encryption key id should be %s", keyForms)
		return
	}
	pipeline, ok := jobPipelineARN(job)
	if !ok {
		return
	}
	if form == keyARN || form == aliasARN {
		checkKeyPlace(a, pipeline, v, ptr, r)
	}
	if account, ok := jobAccount(job); ok && account != pipeline.account && (form == aliasName || form == aliasARN) {
		r.ReportAs(finding.Warning, v, ptr,
			"encryption key is named by alias in a cross-account job (pipeline account %s, job account %s); an alias is recognised only in the account that created the key, so use the key ARN",
			pipeline.account, account)
	}
}

// checkKeyPlace warns when a key ARN lies in another partition, region or
// account than the pipeline. A cross-region action legitimately uses the key
// of its own region's artifact store, so the region message says so.
func checkKeyPlace(key, pipeline arn, v *document.Node, ptr string, r *Reporter) {
	if key.partition != pipeline.partition {
		r.ReportAs(finding.Warning, v, ptr, "encryption key is in partition %s but the pipeline is in %s", key.partition, pipeline.partition)
	}
	if key.region != pipeline.region {
		r.ReportAs(finding.Warning, v, ptr, "encryption key is in region %s but the pipeline is in %s; they match unless the action runs in another region", key.region, pipeline.region)
	}
	if key.account != pipeline.account {
		r.ReportAs(finding.Warning, v, ptr, "encryption key is in account %s but the pipeline is in %s", key.account, pipeline.account)
	}
}

// classifyKey tells which form of key id s is, with the parsed ARN for the
// ARN forms.
func classifyKey(s string) (keyForm, arn) {
	if isKMSKeyID(s) {
		return keyID, arn{}
	}
	if isAliasName(s) {
		return aliasName, arn{}
	}
	a, ok := parseARN(s)
	if !ok || !schema.IsPartition(a.partition) || a.service != "kms" || !isRegion(a.region) || !isAccountID(a.account) {
		return notAKey, arn{}
	}
	if id, ok := strings.CutPrefix(a.resource, "key/"); ok && isKMSKeyID(id) {
		return keyARN, a
	}
	if isAliasName(a.resource) {
		return aliasARN, a
	}
	return notAKey, arn{}
}

// isKMSKeyID reports whether s is a key id: a UUID, or "mrk-" and 32 hex
// digits for a multi-Region key.
func isKMSKeyID(s string) bool {
	if hex, ok := strings.CutPrefix(s, "mrk-"); ok {
		return len(hex) == 32 && isHex(hex)
	}
	return isUUID(s, false)
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// isAliasName reports whether s is "alias/" followed by a name of letters,
// digits, slashes, underscores and hyphens (as KMS allows).
func isAliasName(s string) bool {
	name, ok := strings.CutPrefix(s, "alias/")
	if !ok || name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '/' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// isRegion reports whether s looks like a region name: lowercase letters,
// digits and hyphens, starting with a letter (us-east-1, cn-north-1).
func isRegion(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
