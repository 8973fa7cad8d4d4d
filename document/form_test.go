package document

import (
	"encoding/json"
	"testing"
)

// fromJSON builds a tree without positions, enough to tell a form.
func fromJSON(t *testing.T, text string) *Node {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		t.Fatal(err)
	}
	return fromAny(v)
}

func fromAny(v any) *Node {
	switch v := v.(type) {
	case map[string]any:
		n := &Node{Kind: Object}
		for k, x := range v {
			n.Members = append(n.Members, Member{Key: k, Value: fromAny(x)})
		}
		return n
	case []any:
		n := &Node{Kind: Array}
		for _, x := range v {
			n.Items = append(n.Items, fromAny(x))
		}
		return n
	case string:
		return &Node{Kind: String, Str: v}
	case nil:
		return &Node{Kind: Null}
	}
	return &Node{Kind: Number}
}

func TestDetectForm(t *testing.T) {
	thirdPartyOwner := `"data": {"actionTypeId": {"owner": "ThirdParty"}}`
	tests := []struct {
		doc   string
		named Form
		want  Form
	}{
		{`{"CodePipeline.job": {}}`, UnknownForm, LambdaEvent},
		{`{"CodePipeline.job": null, "jobDetails": {}}`, GetJobDetails, LambdaEvent},
		{`{"jobDetails": {}}`, UnknownForm, GetJobDetails},
		{`{"jobDetails": {"nonce": "1"}}`, UnknownForm, GetThirdPartyJobDetails},
		{`{"jobDetails": {"nonce": null}}`, UnknownForm, GetJobDetails},
		{`{"jobDetails": {` + thirdPartyOwner + `}}`, UnknownForm, GetThirdPartyJobDetails},
		{`{"jobDetails": {"accountId": "111111111111", ` + thirdPartyOwner + `}}`, UnknownForm, GetJobDetails},
		{`{"jobDetails": {"accountId": null, ` + thirdPartyOwner + `}}`, UnknownForm, GetThirdPartyJobDetails},
		// A name decides only where the document cannot tell.
		{`{"jobDetails": {}}`, GetThirdPartyJobDetails, GetThirdPartyJobDetails},
		{`{"jobDetails": {` + thirdPartyOwner + `}}`, GetJobDetails, GetJobDetails},
		{`{"jobDetails": {"nonce": "1"}}`, GetJobDetails, GetThirdPartyJobDetails},
		{`{"jobDetails": {"accountId": "111111111111"}}`, GetThirdPartyJobDetails, GetJobDetails},
		{`{"jobDetails": {}}`, PollForThirdPartyJobs, GetJobDetails},
		{`{"jobs": []}`, UnknownForm, PollForJobs},
		{`{"jobs": []}`, PollForThirdPartyJobs, PollForThirdPartyJobs},
		{`{"jobs": [{"jobId": "x"}]}`, UnknownForm, PollForThirdPartyJobs},
		{`{"jobs": ["x", {"clientId": "x"}]}`, PollForJobs, PollForThirdPartyJobs},
		{`{"jobs": [{"id": "x"}]}`, PollForThirdPartyJobs, PollForJobs},
		{`{"jobs": "x"}`, UnknownForm, PollForJobs},
		{`{"jobs": [{"id": "x", "jobId": null}]}`, UnknownForm, PollForJobs},
		{`{"jobs": [{"clientId": null}]}`, PollForThirdPartyJobs, PollForThirdPartyJobs},
		{`{"job": {}}`, GetJobDetails, UnknownForm},
		{`[]`, UnknownForm, UnknownForm},
	}
	for _, tt := range tests {
		if got := DetectFormAs(fromJSON(t, tt.doc), tt.named); got != tt.want {
			t.Errorf("DetectFormAs(%s, %v) = %v, want %v", tt.doc, tt.named, got, tt.want)
		}
	}
}

func TestParseForm(t *testing.T) {
	for name, want := range map[string]Form{
		"GetThirdPartyJobDetails": GetThirdPartyJobDetails, "get-third-party-job-details": GetThirdPartyJobDetails,
		"get_third_party_job_details": GetThirdPartyJobDetails, "POLLFORJOBS": PollForJobs, "lambdaevent": LambdaEvent,
		" GetJobDetails ": GetJobDetails,
	} {
		if got, ok := ParseForm(name); !ok || got != want {
			t.Errorf("ParseForm(%q) = %v, %v", name, got, ok)
		}
	}
	if _, ok := ParseForm("GetThirdPartyJob"); ok {
		t.Error("a partial name was taken")
	}
}
