package schema

// Shape is one shape of the CodePipeline output model, as AWS's service model
// (botocore codepipeline 2015-07-09) defines it. Only the facts the schema
// needs are kept; documentation strings are left out.
type Shape struct {
	Name string
	Type string // "structure", "list", "map", "string" or "number"

	Members  []Member // structure: members in the model's order
	Required []string // structure: required member names

	Item  string // list: shape of each item
	Key   string // map: shape of each key
	Value string // map: shape of each value

	// Min and Max bound a string's length in characters. Zero means no
	// bound (the model has no "min": 0 on any string it reaches).
	Min, Max int
	Pattern  string   // as in the model: unanchored, applied as a full match
	Enum     []string // allowed values, in the model's order

	Sensitive bool
}

// Member is one member of a structure.
type Member struct {
	Name  string
	Shape string
}

// Model lists every shape reachable from the output shapes of the four job
// worker operations (GetJobDetails, PollForJobs, GetThirdPartyJobDetails,
// PollForThirdPartyJobs), sorted by name as in the service model. Treat it as
// read-only: the generated schema and the messages are built from it.
var Model = []Shape{
	{Name: "AWSSessionCredentials", Type: "structure", Sensitive: true,
		Members: []Member{
			{"accessKeyId", "AccessKeyId"},
			{"secretAccessKey", "SecretAccessKey"},
			{"sessionToken", "SessionToken"},
		},
		Required: []string{"accessKeyId", "secretAccessKey", "sessionToken"}},
	{Name: "AccessKeyId", Type: "string", Sensitive: true},
	{Name: "AccountId", Type: "string", Pattern: `[0-9]{12}`},
	{Name: "ActionCategory", Type: "string",
		Enum: []string{"Source", "Build", "Deploy", "Test", "Invoke", "Approval", "Compute"}},
	{Name: "ActionConfiguration", Type: "structure",
		Members: []Member{{"configuration", "ActionConfigurationMap"}}},
	{Name: "ActionConfigurationKey", Type: "string", Min: 1, Max: 50},
	{Name: "ActionConfigurationMap", Type: "map", Key: "ActionConfigurationKey", Value: "ActionConfigurationValue"},
	{Name: "ActionConfigurationValue", Type: "string", Min: 1, Max: 1000},
	{Name: "ActionContext", Type: "structure",
		Members: []Member{
			{"name", "ActionName"},
			{"actionExecutionId", "ActionExecutionId"},
		}},
	{Name: "ActionExecutionId", Type: "string"},
	{Name: "ActionName", Type: "string", Min: 1, Max: 100, Pattern: `[A-Za-z0-9.@\-_]+`},
	{Name: "ActionOwner", Type: "string", Enum: []string{"AWS", "ThirdParty", "Custom"}},
	{Name: "ActionProvider", Type: "string", Min: 1, Max: 35, Pattern: `[0-9A-Za-z_-]+`},
	{Name: "ActionTypeId", Type: "structure",
		Members: []Member{
			{"category", "ActionCategory"},
			{"owner", "ActionOwner"},
			{"provider", "ActionProvider"},
			{"version", "Version"},
		},
		Required: []string{"category", "owner", "provider", "version"}},
	{Name: "Artifact", Type: "structure",
		Members: []Member{
			{"name", "ArtifactName"},
			{"revision", "Revision"},
			{"location", "ArtifactLocation"},
		}},
	{Name: "ArtifactList", Type: "list", Item: "Artifact"},
	{Name: "ArtifactLocation", Type: "structure",
		Members: []Member{
			{"type", "ArtifactLocationType"},
			{"s3Location", "S3ArtifactLocation"},
		}},
	{Name: "ArtifactLocationType", Type: "string", Enum: []string{"S3"}},
	{Name: "ArtifactName", Type: "string", Min: 1, Max: 100, Pattern: `[a-zA-Z0-9_\-]+`},
	{Name: "ClientId", Type: "string", Pattern: `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`},
	{Name: "ContinuationToken", Type: "string", Min: 1, Max: 2048},
	{Name: "EncryptionKey", Type: "structure",
		Members: []Member{
			{"id", "EncryptionKeyId"},
			{"type", "EncryptionKeyType"},
		},
		Required: []string{"id", "type"}},
	{Name: "EncryptionKeyId", Type: "string", Min: 1, Max: 400},
	{Name: "EncryptionKeyType", Type: "string", Enum: []string{"KMS"}},
	{Name: "GetJobDetailsOutput", Type: "structure",
		Members: []Member{{"jobDetails", "JobDetails"}}},
	{Name: "GetThirdPartyJobDetailsOutput", Type: "structure",
		Members: []Member{{"jobDetails", "ThirdPartyJobDetails"}}},
	{Name: "Job", Type: "structure",
		Members: []Member{
			{"id", "JobId"},
			{"data", "JobData"},
			{"nonce", "Nonce"},
			{"accountId", "AccountId"},
		}},
	{Name: "JobData", Type: "structure",
		Members: []Member{
			{"actionTypeId", "ActionTypeId"},
			{"actionConfiguration", "ActionConfiguration"},
			{"pipelineContext", "PipelineContext"},
			{"inputArtifacts", "ArtifactList"},
			{"outputArtifacts", "ArtifactList"},
			{"artifactCredentials", "AWSSessionCredentials"},
			{"continuationToken", "ContinuationToken"},
			{"encryptionKey", "EncryptionKey"},
		}},
	{Name: "JobDetails", Type: "structure",
		Members: []Member{
			{"id", "JobId"},
			{"data", "JobData"},
			{"accountId", "AccountId"},
		}},
	{Name: "JobId", Type: "string", Pattern: `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`},
	{Name: "JobList", Type: "list", Item: "Job"},
	{Name: "Nonce", Type: "string", Min: 1, Max: 50},
	{Name: "PipelineArn", Type: "string", Pattern: `arn:aws(-[\w]+)*:codepipeline:.+:[0-9]{12}:.+`},
	{Name: "PipelineContext", Type: "structure",
		Members: []Member{
			{"pipelineName", "PipelineName"},
			{"stage", "StageContext"},
			{"action", "ActionContext"},
			{"pipelineArn", "PipelineArn"},
			{"pipelineExecutionId", "PipelineExecutionId"},
		}},
	{Name: "PipelineExecutionId", Type: "string", Pattern: `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`},
	{Name: "PipelineName", Type: "string", Min: 1, Max: 100, Pattern: `[A-Za-z0-9.@\-_]+`},
	{Name: "PollForJobsOutput", Type: "structure",
		Members: []Member{{"jobs", "JobList"}}},
	{Name: "PollForThirdPartyJobsOutput", Type: "structure",
		Members: []Member{{"jobs", "ThirdPartyJobList"}}},
	{Name: "Revision", Type: "string", Min: 1, Max: 1500},
	{Name: "S3ArtifactLocation", Type: "structure",
		Members: []Member{
			{"bucketName", "S3BucketName"},
			{"objectKey", "S3ObjectKey"},
		},
		Required: []string{"bucketName", "objectKey"}},
	{Name: "S3BucketName", Type: "string"},
	{Name: "S3ObjectKey", Type: "string"},
	{Name: "SecretAccessKey", Type: "string", Sensitive: true},
	{Name: "SessionToken", Type: "string", Sensitive: true},
	{Name: "StageContext", Type: "structure",
		Members: []Member{{"name", "StageName"}}},
	{Name: "StageName", Type: "string", Min: 1, Max: 100, Pattern: `[A-Za-z0-9.@\-_]+`},
	{Name: "ThirdPartyJob", Type: "structure",
		Members: []Member{
			{"clientId", "ClientId"},
			{"jobId", "JobId"},
		}},
	{Name: "ThirdPartyJobData", Type: "structure",
		Members: []Member{
			{"actionTypeId", "ActionTypeId"},
			{"actionConfiguration", "ActionConfiguration"},
			{"pipelineContext", "PipelineContext"},
			{"inputArtifacts", "ArtifactList"},
			{"outputArtifacts", "ArtifactList"},
			{"artifactCredentials", "AWSSessionCredentials"},
			{"continuationToken", "ContinuationToken"},
			{"encryptionKey", "EncryptionKey"},
		}},
	{Name: "ThirdPartyJobDetails", Type: "structure",
		Members: []Member{
			{"id", "ThirdPartyJobId"},
			{"data", "ThirdPartyJobData"},
			{"nonce", "Nonce"},
		}},
	{Name: "ThirdPartyJobId", Type: "string", Min: 1, Max: 512},
	{Name: "ThirdPartyJobList", Type: "list", Item: "ThirdPartyJob"},
	{Name: "Version", Type: "string", Min: 1, Max: 9, Pattern: `[0-9A-Za-z_-]+`},
}

// shapes indexes Model and EventModel by name.
var shapes = indexShapes(Model, EventModel)

func indexShapes(lists ...[]Shape) map[string]*Shape {
	m := map[string]*Shape{}
	for _, list := range lists {
		for i := range list {
			m[list[i].Name] = &list[i]
		}
	}
	return m
}

// Lookup returns the shape called name, or nil.
func Lookup(name string) *Shape { return shapes[name] }

// MustLookup returns the shape called name and panics when the model has
// none. Rules read the facts of the model (enums, patterns, bounds) through
// it, once, when their package starts, so a misspelt name fails every run.
func MustLookup(name string) *Shape {
	s := shapes[name]
	if s == nil {
		panic("schema: the model has no shape " + name)
	}
	return s
}

// Allows reports whether v is a valid value of the string shape s: within
// its length bounds (in characters), one of its enum values when it has an
// enum, and a full match of its pattern. It is the very check the schema
// makes, so a rule that asks it never disagrees with the schema.
func (s *Shape) Allows(v string) bool { return conformsString(v, s) }

// member returns the member of structure s called name, or nil.
func (s *Shape) member(name string) *Member {
	for i := range s.Members {
		if s.Members[i].Name == name {
			return &s.Members[i]
		}
	}
	return nil
}
