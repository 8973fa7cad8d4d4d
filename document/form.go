package document

import "strings"

// Form names what a document is: one of the four CodePipeline job worker
// responses, or the event that AWS Lambda passes to a function behind an
// Invoke action.
type Form uint8

const (
	// UnknownForm is a document of no known form.
	UnknownForm Form = iota
	// GetJobDetails is {"jobDetails": {id, data, accountId}}.
	GetJobDetails
	// PollForJobs is {"jobs": [{id, data, nonce, accountId}, ...]}.
	PollForJobs
	// GetThirdPartyJobDetails is {"jobDetails": {id, data, nonce}}.
	GetThirdPartyJobDetails
	// PollForThirdPartyJobs is {"jobs": [{clientId, jobId}, ...]}.
	PollForThirdPartyJobs
	// LambdaEvent is {"CodePipeline.job": {id, accountId, data}}.
	LambdaEvent
)

// Forms lists the known forms in the order the envelope message names them.
var Forms = []Form{LambdaEvent, GetJobDetails, PollForJobs, GetThirdPartyJobDetails, PollForThirdPartyJobs}

// The top-level member that holds the job or jobs of each form.
const (
	jobDetailsMember = "jobDetails"
	jobsMember       = "jobs"
	lambdaMember     = "CodePipeline.job"
)

func (f Form) String() string {
	switch f {
	case GetJobDetails:
		return "GetJobDetails"
	case PollForJobs:
		return "PollForJobs"
	case GetThirdPartyJobDetails:
		return "GetThirdPartyJobDetails"
	case PollForThirdPartyJobs:
		return "PollForThirdPartyJobs"
	case LambdaEvent:
		return "LambdaEvent"
	}
	return "unknown"
}

// Short is the form's name in the rule catalogue: lambda, get, poll,
// get-third-party or poll-third-party.
func (f Form) Short() string {
	switch f {
	case GetJobDetails:
		return "get"
	case PollForJobs:
		return "poll"
	case GetThirdPartyJobDetails:
		return "get-third-party"
	case PollForThirdPartyJobs:
		return "poll-third-party"
	case LambdaEvent:
		return "lambda"
	}
	return "unknown"
}

// Member is the top-level member that holds the form's job or jobs.
func (f Form) Member() string {
	switch f {
	case GetJobDetails, GetThirdPartyJobDetails:
		return jobDetailsMember
	case PollForJobs, PollForThirdPartyJobs:
		return jobsMember
	case LambdaEvent:
		return lambdaMember
	}
	return ""
}

// Output is the name of the form's shape in the schema: the operation's
// output shape, or CodePipelineJobEvent for the Lambda event.
func (f Form) Output() string {
	if f == LambdaEvent {
		return "CodePipelineJobEvent"
	}
	if f == UnknownForm {
		return ""
	}
	return f.String() + "Output"
}

// ThirdParty reports the forms of the third-party (partner action) operations.
func (f Form) ThirdParty() bool { return f == GetThirdPartyJobDetails || f == PollForThirdPartyJobs }

// ParseForm reads a form's name as a user writes it: an operation name or
// LambdaEvent, in any case, with or without dashes or underscores
// (get-third-party-job-details).
func ParseForm(s string) (Form, bool) {
	key := strings.ToLower(strings.NewReplacer("-", "", "_", "").Replace(strings.TrimSpace(s)))
	for _, f := range Forms {
		if strings.ToLower(f.String()) == key {
			return f, true
		}
	}
	return UnknownForm, false
}

// DetectForm tells the form by the top-level member, in this order:
// "CodePipeline.job", "jobDetails", "jobs". A null member counts as absent
// in telling the two forms of one top-level member apart (AWS's SDKs read
// it so). The two forms of "jobDetails"
// are told apart by what only one of them has: a "nonce" (not null) only a
// third-party job, an "accountId" (not null) only GetJobDetails'. With
// neither, an owner "ThirdParty" in data.actionTypeId makes it a third-party
// job. In a "jobs" list, an object item with "clientId" or "jobId" makes it
// PollForThirdPartyJobs. The generated schema's root makes the same choice.
func DetectForm(root *Node) Form {
	return DetectFormAs(root, UnknownForm)
}

// DetectFormAs is DetectForm where the user named the operation. The name
// decides only where the document cannot tell: between the two forms of
// its top-level member, when none of the members that tell them apart is
// there. A name for the other top-level member is ignored.
func DetectFormAs(root *Node, named Form) Form {
	if root == nil || root.Kind != Object {
		return UnknownForm
	}
	switch {
	case root.Get(lambdaMember) != nil:
		return LambdaEvent
	case root.Get(jobDetailsMember) != nil:
		return detailsForm(root.Get(jobDetailsMember), named)
	case root.Get(jobsMember) != nil:
		return pollForm(root.Get(jobsMember), named)
	}
	return UnknownForm
}

func detailsForm(d *Node, named Form) Form {
	switch {
	case present(d.Get("nonce")):
		return GetThirdPartyJobDetails
	case present(d.Get("accountId")):
		return GetJobDetails
	case named == GetJobDetails || named == GetThirdPartyJobDetails:
		return named
	case d.Get("data").Get("actionTypeId").Get("owner").Text() == "ThirdParty":
		return GetThirdPartyJobDetails
	}
	return GetJobDetails
}

func pollForm(list *Node, named Form) Form {
	switch {
	case hasItemWith(list, "clientId", "jobId"):
		return PollForThirdPartyJobs
	case hasItemWith(list, "id", "data", "nonce", "accountId"):
		return PollForJobs
	case named == PollForJobs || named == PollForThirdPartyJobs:
		return named
	}
	return PollForJobs
}

// present reports a member that is there and not null.
func present(n *Node) bool { return n != nil && n.Kind != Null }

// hasItemWith reports a list with an object item that has one of the keys,
// not null.
func hasItemWith(list *Node, keys ...string) bool {
	if list.Kind != Array {
		return false
	}
	for _, item := range list.Items {
		if item.Kind != Object {
			continue
		}
		for _, k := range keys {
			if present(item.Get(k)) {
				return true
			}
		}
	}
	return false
}

// Job is one job of a document: the object under jobDetails or
// CodePipeline.job, or one item of the jobs list.
type Job struct {
	Node    *Node
	Pointer string
	Form    Form
}

// Jobs lists the jobs of a document that are objects.
func Jobs(root *Node, form Form) []Job {
	member := form.Member()
	if member == "" {
		return nil
	}
	n := root.Get(member)
	switch {
	case n == nil:
		return nil
	case member != jobsMember:
		if n.Kind == Object {
			return []Job{{Node: n, Pointer: Key("", member), Form: form}}
		}
		return nil
	case n.Kind != Array:
		return nil
	}
	jobs := make([]Job, 0, len(n.Items))
	for i, item := range n.Items {
		if item.Kind == Object {
			jobs = append(jobs, Job{Node: item, Pointer: Index("/"+jobsMember, i), Form: form})
		}
	}
	return jobs
}
