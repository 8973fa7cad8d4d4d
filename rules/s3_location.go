package rules

import (
	"fmt"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// S3Location checks the location of every input and output artifact: type
// "S3" with an s3Location that holds a valid bucket name and object key.
//
// Bucket names are held to the current general purpose bucket naming rules.
// Buckets created in us-east-1 before March 2018 could also have uppercase
// letters, underscores and up to 255 characters, and such buckets still
// exist, so a name whose only faults are those is a warning, not an error.
type S3Location struct{}

// locationTypeShape is the model's ArtifactLocationType: its enum lists the
// location types.
var locationTypeShape = schema.MustLookup("ArtifactLocationType")

func (S3Location) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "s3-location", Severity: finding.Error, Forms: dataForms,
		Description: `each artifact location has type "S3" and an s3Location with a valid bucketName and objectKey`,
		Replaces:    []string{schema.EnumRule, schema.RequiredRule}}
}

func (S3Location) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	for _, list := range []string{"inputArtifacts", "outputArtifacts"} {
		artifacts := data.Get(list)
		if artifacts == nil || artifacts.Kind != document.Array {
			continue
		}
		for i, artifact := range artifacts.Items {
			if loc, p := object(artifact, document.Index(document.Key(ptr, list), i), "location"); loc != nil {
				checkLocation(loc, p, r)
			}
		}
	}
}

func checkLocation(loc *document.Node, ptr string, r *Reporter) {
	typ := loc.Get("type")
	s3 := loc.Get("s3Location")
	switch {
	case typ == nil && s3 == nil:
		r.Report(loc, ptr, `location lacks type and s3Location; expected "type": "S3" and an s3Location`)
	case typ == nil:
		r.Report(loc, ptr, `location lacks type; an s3Location needs "type": "S3"`)
	case !typ.IsString():
	case !locationTypeShape.Allows(typ.Str):
		r.Report(typ, document.Key(ptr, "type"), "%s", notOneOf(typ.Str, "a location type", locationTypeShape.Enum))
	case s3 == nil:
		r.Report(loc, ptr, `location has type "S3" but lacks s3Location`)
	}
	if s3 != nil && s3.Kind == document.Object {
		checkS3Location(s3, document.Key(ptr, "s3Location"), r)
	}
}

func checkS3Location(s3 *document.Node, ptr string, r *Reporter) {
	var missing []string
	for _, name := range []string{"bucketName", "objectKey"} {
		if s3.Get(name) == nil {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		r.Report(s3, ptr, "s3Location lacks %s%s", suggest.List(missing, "and"), misspeltMember(s3, missing))
	}
	if v, p := str(s3, ptr, "bucketName"); v != nil {
		checkBucketName(v, p, r)
	}
	if v, p := str(s3, ptr, "objectKey"); v != nil {
		checkObjectKey(v, p, r)
	}
}

// misspeltMember points at a member that looks like one of the missing ones
// ("BucketName", "object_key"), since that is the usual cause.
func misspeltMember(n *document.Node, missing []string) string {
	for _, m := range n.Members {
		if want, ok := suggest.Closest(m.Key, missing); ok && m.Key != want {
			return fmt.Sprintf("; rename %s to %q", secrets.Quote(m.Key), want)
		}
	}
	return ""
}

func checkBucketName(v *document.Node, ptr string, r *Reporter) {
	msg, legacy := bucketNameProblem(v.Str)
	switch {
	case msg == "":
	case legacy:
		r.ReportAs(finding.Warning, v, ptr, "%s", msg)
	default:
		r.Report(v, ptr, "%s", msg)
	}
}

// maxObjectKeyBytes is S3's limit on the length of an object key.
const maxObjectKeyBytes = 1024

func checkObjectKey(v *document.Node, ptr string, r *Reporter) {
	switch {
	case v.Str == "":
		r.Report(v, ptr, "objectKey is empty; an object key is 1 to %d bytes", maxObjectKeyBytes)
	case len(v.Str) > maxObjectKeyBytes:
		r.Report(v, ptr, "objectKey is %d bytes; an object key is at most %d bytes of UTF-8", len(v.Str), maxObjectKeyBytes)
	case !utf8.ValidString(v.Str):
		r.Report(v, ptr, "objectKey is not valid UTF-8")
	}
}
