package secrets

import (
	"encoding/json"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/placeholder"
)

// isReference reports a value that says where a secret is kept rather than
// holding it: a CloudFormation dynamic reference, an ARN (Secrets Manager,
// SSM parameter or other), or a variable to be filled in later.
func isReference(v string) bool {
	switch {
	case strings.HasPrefix(v, "{{resolve:"), strings.HasPrefix(v, "arn:"),
		strings.HasPrefix(v, "${"), strings.HasPrefix(v, "#{"), strings.HasPrefix(v, "$("):
		return true
	}
	return false
}

// trivial values say nothing secret: empty, a switch, a number.
func trivial(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "true", "false", "yes", "no", "on", "off", "none", "null", "nil", "enabled", "disabled":
		return true
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// secretConfigValue reports a configuration entry that holds a secret in
// clear: a secret's name and a value that is neither made up nor a reference.
func secretConfigValue(key, value string) bool {
	return secretConfigName(key) && !trivial(value) && !isReference(value) && !placeholder.Is(value)
}

// envVar is one CodeBuild environment variable as the CodeBuild action's
// EnvironmentVariables setting writes it, in JSON inside the value.
type envVar struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	Type  string `json:"type"`
}

// plainEnvSecrets returns the PLAINTEXT environment variables of a
// configuration value that are named like secrets and hold one in clear.
// Variables of type SECRETS_MANAGER or PARAMETER_STORE hold references.
func plainEnvSecrets(v string) []envVar {
	t := strings.TrimSpace(v)
	if len(t) < 2 || t[0] != '[' {
		return nil
	}
	var vars []envVar
	if json.Unmarshal([]byte(t), &vars) != nil {
		return nil
	}
	var out []envVar
	for _, e := range vars {
		if (e.Type == "" || strings.EqualFold(e.Type, "PLAINTEXT")) && secretConfigValue(e.Name, e.Value) {
			out = append(out, e)
		}
	}
	return out
}
