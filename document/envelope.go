package document

// Envelope names the API response a document is.
type Envelope uint8

const (
	// UnknownEnvelope is a document that is neither response.
	UnknownEnvelope Envelope = iota
	// GetJobDetails is {"jobDetails": {...}}.
	GetJobDetails
	// PollForJobs is {"jobs": [{...}, ...]}.
	PollForJobs
)

func (e Envelope) String() string {
	switch e {
	case GetJobDetails:
		return "GetJobDetails"
	case PollForJobs:
		return "PollForJobs"
	}
	return "unknown"
}

// DetectEnvelope tells the response by its top-level member: "jobDetails" for
// GetJobDetails, "jobs" for PollForJobs.
func DetectEnvelope(root *Node) Envelope {
	switch {
	case root == nil || root.Kind != Object:
		return UnknownEnvelope
	case root.Get("jobDetails") != nil:
		return GetJobDetails
	case root.Get("jobs") != nil:
		return PollForJobs
	}
	return UnknownEnvelope
}

// Job is one job of a response: the jobDetails object of GetJobDetails, or
// one item of the jobs list of PollForJobs.
type Job struct {
	Node     *Node
	Pointer  string
	Envelope Envelope
}

// Jobs lists the jobs of a response that are objects.
func Jobs(root *Node, env Envelope) []Job {
	switch env {
	case GetJobDetails:
		if n := root.Get("jobDetails"); n != nil && n.Kind == Object {
			return []Job{{Node: n, Pointer: "/jobDetails", Envelope: env}}
		}
	case PollForJobs:
		list := root.Get("jobs")
		if list == nil || list.Kind != Array {
			return nil
		}
		jobs := make([]Job, 0, len(list.Items))
		for i, item := range list.Items {
			if item.Kind == Object {
				jobs = append(jobs, Job{Node: item, Pointer: Index("/jobs", i), Envelope: env})
			}
		}
		return jobs
	}
	return nil
}
