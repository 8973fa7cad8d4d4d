package schema

import (
	"strings"
	"testing"
)

// No message shows a value of a sensitive shape or of a configuration value,
// whatever is wrong around it.
func TestSecretsNeverShown(t *testing.T) {
	secret := "EXAMPLEsecretValueNeverShown"
	doc := `{"jobDetails": {"data": {
  "artifactCredentials": {"accessKeyId": 1, "secretAccessKey": "` + secret + `", "sessionToken": ["` + secret + `"], "extra": "` + secret + `"},
  "actionConfiguration": {"configuration": {"Password": "` + strings.Repeat(secret, 40) + `", "Token": "", "Other": {"x": "` + secret + `"}}}}}}`
	fs := validate(t, doc)
	if len(fs) != 6 {
		t.Errorf("want 6 findings, got\n%s", dump(fs))
	}
	for _, f := range fs {
		if strings.Contains(f.Message, "secretValue") {
			t.Errorf("message shows a secret: %s", f.Message)
		}
	}
}

func TestPlaceSecret(t *testing.T) {
	r := reporter{top: Lookup("GetJobDetailsOutput")}
	tests := []struct {
		loc    []string
		secret bool
	}{
		{[]string{"jobDetails", "id"}, false},
		{[]string{"jobDetails", "data", "artifactCredentials"}, true},
		{[]string{"jobDetails", "data", "artifactCredentials", "sessionToken"}, true},
		{[]string{"jobDetails", "data", "artifactCredentials", "unknown"}, true},
		{[]string{"jobDetails", "data", "actionConfiguration", "configuration", "Password"}, true},
		{[]string{"jobDetails", "data", "actionConfiguration", "configuration"}, false},
	}
	for _, tt := range tests {
		at := place{shape: r.top}
		for _, token := range tt.loc {
			at = at.child(token, at.childShape(token))
		}
		if at.secret != tt.secret {
			t.Errorf("%v: secret %v, want %v", tt.loc, at.secret, tt.secret)
		}
		if tt.secret && at.value("s3cr3t") != "(value hidden)" {
			t.Errorf("%v: value shown", tt.loc)
		}
	}
}
