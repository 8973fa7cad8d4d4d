package rules

import "testing"

func TestNotOneOf(t *testing.T) {
	cases := []struct {
		got, what string
		valid     []string
		want      string
	}{
		{"build", "a category", categoryShape.Enum, `"build" is not a category; did you mean "Build"?`},
		{"Release", "a category", categoryShape.Enum, `"Release" is not a category; use one of "Source", "Build", "Deploy", "Test", "Invoke", "Approval" or "Compute"`},
		{"GCS", "a location type", locationTypeShape.Enum, `"GCS" is not a location type; use "S3"`},
	}
	for _, c := range cases {
		if got := notOneOf(c.got, c.what, c.valid); got != c.want {
			t.Errorf("notOneOf(%q) = %s; want %s", c.got, got, c.want)
		}
	}
}
