package decode

import "strings"

// sampleToken stands in for the session token of real artifact credentials:
// about 900 characters of base64 text.
var sampleToken = strings.Repeat("FwoGZXIvYXdzEBYaDHhBTUQ4c2FtcGxlVG9rZW5QYXJ0", 21)[:900]

// sampleJob is a typical GetJobDetails response of about 2 KB.
var sampleJob = `{
    "jobDetails": {
        "id": "11111111-abcd-1111-abcd-111111abcdef",
        "data": {
            "actionTypeId": {
                "category": "Build",
                "owner": "Custom",
                "provider": "MyBuildProvider",
                "version": "1"
            },
            "actionConfiguration": {
                "configuration": {
                    "ProjectName": "my-project",
                    "BuildSpec": "buildspec.yml",
                    "Timeout": "30"
                }
            },
            "pipelineContext": {
                "pipelineName": "my-pipeline",
                "stage": {"name": "Build"},
                "action": {
                    "name": "Build",
                    "actionExecutionId": "c0ffee00-1111-2222-3333-444455556666"
                },
                "pipelineArn": "arn:aws:codepipeline:us-east-1:111111111111:my-pipeline",
                "pipelineExecutionId": "deadbeef-1111-2222-3333-444455556666"
            },
            "inputArtifacts": [
                {
                    "name": "SourceOutput",
                    "revision": "0123456789abcdef0123456789abcdef01234567",
                    "location": {
                        "type": "S3",
                        "s3Location": {
                            "bucketName": "codepipeline-us-east-1-111111111111",
                            "objectKey": "my-pipeline/SourceOutp/AbCdEf1"
                        }
                    }
                },
                {
                    "name": "ConfigOutput",
                    "revision": null,
                    "location": {
                        "type": "S3",
                        "s3Location": {
                            "bucketName": "codepipeline-us-east-1-111111111111",
                            "objectKey": "my-pipeline/ConfigOutp/GhIjKl2"
                        }
                    }
                }
            ],
            "outputArtifacts": [
                {
                    "name": "BuildOutput",
                    "location": {
                        "type": "S3",
                        "s3Location": {
                            "bucketName": "codepipeline-us-east-1-111111111111",
                            "objectKey": "my-pipeline/BuildOutpu/MnOpQr3"
                        }
                    }
                }
            ],
            "artifactCredentials": {
                "accessKeyId": "AKIAIOSFODNN7EXAMPLE",
                "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "sessionToken": "` + sampleToken + `"
            },
            "continuationToken": "continue-1",
            "encryptionKey": {
                "id": "arn:aws:kms:us-east-1:111111111111:alias/aws/s3",
                "type": "KMS"
            }
        },
        "accountId": "111111111111"
    }
}
`
