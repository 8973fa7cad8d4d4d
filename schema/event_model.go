package schema

// EventModel lists the shapes of the event that AWS Lambda passes to a
// function behind a CodePipeline Invoke action, {"CodePipeline.job": {...}}.
// The event is not in the service model; its members are as AWS publishes
// them: the Lambda developer guide's CodePipeline sample event, the event
// types of aws-lambda-go (events.CodePipelineJobEvent) and of Powertools for
// AWS Lambda (CodePipelineJobEvent, with encryptionKey and expirationTime).
// Where a member is the service model's, the event uses the model's shape,
// so its facts (patterns, enums, bounds) are stated once.
//
// Lambda always sends the job's id, accountId and data, and the published
// event types declare them without omitempty, so the event requires them
// (the service model requires nothing of a Job). Compared with JobData the
// event's data has no actionTypeId and no pipelineContext, and its artifactCredentials may carry expirationTime, a
// number of milliseconds since 1970.
var EventModel = []Shape{
	{Name: "CodePipelineArtifactCredentials", Type: "structure", Sensitive: true,
		Members: []Member{
			{"accessKeyId", "AccessKeyId"},
			{"secretAccessKey", "SecretAccessKey"},
			{"sessionToken", "SessionToken"},
			{"expirationTime", "EpochMilliseconds"},
		},
		Required: []string{"accessKeyId", "secretAccessKey", "sessionToken"}},
	{Name: "CodePipelineJob", Type: "structure",
		Members: []Member{
			{"id", "JobId"},
			{"accountId", "AccountId"},
			{"data", "CodePipelineJobData"},
		},
		Required: []string{"id", "accountId", "data"}},
	{Name: "CodePipelineJobData", Type: "structure",
		Members: []Member{
			{"actionConfiguration", "ActionConfiguration"},
			{"inputArtifacts", "ArtifactList"},
			{"outputArtifacts", "ArtifactList"},
			{"artifactCredentials", "CodePipelineArtifactCredentials"},
			{"continuationToken", "ContinuationToken"},
			{"encryptionKey", "EncryptionKey"},
		}},
	{Name: "CodePipelineJobEvent", Type: "structure",
		Members: []Member{{"CodePipeline.job", "CodePipelineJob"}}},
	{Name: "EpochMilliseconds", Type: "number"},
}
