package logs

import "strings"

// RequestOperation returns the CodePipeline operation that a record of the
// AWS CLI's debug log makes a request for, or "": botocore logs "Making
// request for OperationModel(name=GetJobDetails)" and the X-Amz-Target
// header "CodePipeline_20150709.GetJobDetails" before the response it
// parses. The response body that follows is that operation's.
func RequestOperation(record string) string {
	for _, prefix := range []string{"CodePipeline_20150709.", "OperationModel(name="} {
		i := strings.Index(record, prefix)
		if i < 0 {
			continue
		}
		rest := record[i+len(prefix):]
		end := 0
		for end < len(rest) && (rest[end] >= 'A' && rest[end] <= 'Z' || rest[end] >= 'a' && rest[end] <= 'z') {
			end++
		}
		if name := rest[:end]; codePipelineOperations[name] {
			return name
		}
	}
	return ""
}

var codePipelineOperations = map[string]bool{
	"GetJobDetails": true, "PollForJobs": true, "GetThirdPartyJobDetails": true, "PollForThirdPartyJobs": true,
}

// IsResponse reports a record of the AWS CLI's debug log that holds a
// response body ("Response body:").
func IsResponse(record string) bool { return strings.Contains(record, "Response body:") }
