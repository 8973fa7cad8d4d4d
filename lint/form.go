package lint

import (
	"fmt"
	"slices"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// formFinding says that a document is of no known form: what it is, which
// form it probably meant, and every form there is.
func formFinding(root *document.Node) finding.Finding {
	f := finding.Finding{Line: root.Line, Column: root.Col, Rule: ruleEnvelope.ID, Severity: ruleEnvelope.Severity}
	switch {
	case root.Kind != document.Object:
		f.Message = fmt.Sprintf("the document is %s; expected %s", kindWithArticle(root.Kind), knownForms)
	case isGoSDKDump(root):
		f.Message = "the document is a response saved from the AWS SDK for Go with encoding/json (members such as " +
			`"JobDetails", "Id", "AccountId"), not the service's JSON; save the response body as AWS sends it, ` +
			"for example with `aws codepipeline get-job-details --job-id ID`"
	default:
		f.Message = "the document is an object of no known form; expected " + knownForms
		if m, want, ok := misspeltTop(root); ok {
			f.Line, f.Column = m.KeyLine, m.KeyCol
			f.Pointer = document.Key("", m.Key)
			f.Message = fmt.Sprintf("unknown top-level member %s; did you mean %s? expected %s", secrets.Quote(m.Key), secrets.Quote(want), knownForms)
		}
	}
	return f
}

// knownForms names every form the linter reads, grouped by the top-level
// member that holds the job.
const knownForms = `a Lambda invoke event {"CodePipeline.job": {...}}, ` +
	`a GetJobDetails or GetThirdPartyJobDetails response {"jobDetails": {...}}, ` +
	`or a PollForJobs or PollForThirdPartyJobs response {"jobs": [...]}`

// topMembers lists the top-level members of the forms, without repeats.
func topMembers() []string {
	var names []string
	for _, f := range document.Forms {
		if !slices.Contains(names, f.Member()) {
			names = append(names, f.Member())
		}
	}
	return names
}

// misspeltTop returns the first top-level member that is close to a form's
// member ("JobDetails", "CodePipeline.Job", "job"), and that member.
func misspeltTop(root *document.Node) (document.Member, string, bool) {
	members := topMembers()
	for _, m := range root.Members {
		if want, ok := suggest.Closest(m.Key, members); ok {
			return m, want, true
		}
	}
	return document.Member{}, "", false
}

// isGoSDKDump reports a GetJobDetails or PollForJobs output of the AWS SDK
// for Go v2 marshalled with encoding/json: its struct field names are the
// model's member names with a capital first letter, and ResultMetadata
// comes beside them.
func isGoSDKDump(root *document.Node) bool {
	if root.Get("ResultMetadata") != nil {
		return true
	}
	if d := root.Get("JobDetails"); d != nil && d.Kind == document.Object {
		return d.Get("Id") != nil || d.Get("Data") != nil || d.Get("AccountId") != nil
	}
	if jobs := root.Get("Jobs"); jobs != nil && jobs.Kind == document.Array && len(jobs.Items) > 0 {
		first := jobs.Items[0]
		return first.Kind == document.Object && (first.Get("Id") != nil || first.Get("Data") != nil || first.Get("JobId") != nil)
	}
	return false
}

// forFile returns the linter for the file name: l itself, or, where the
// config names the operation of that file and --operation does not, or the
// log container of that file and --log-format does not, a copy that reads
// its documents as that operation's, or the file as that container.
func (l *Linter) forFile(name string) *Linter {
	op, lf := l.operation, l.logFormat
	if op == document.UnknownForm {
		op = l.cfg.Operation(name)
	}
	if lf == logs.Auto {
		lf = l.cfg.LogFormat(name)
	}
	if op == l.operation && lf == l.logFormat {
		return l
	}
	named := *l
	named.operation, named.logFormat = op, lf
	return &named
}
