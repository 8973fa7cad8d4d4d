package rules

import "testing"

func TestArtifacts(t *testing.T) {
	const in, out = "/jobDetails/data/inputArtifacts", "/jobDetails/data/outputArtifacts"
	lists := func(inputs, outputs string) string {
		return jobWith(`{"inputArtifacts": [` + inputs + `], "outputArtifacts": [` + outputs + `]}`)
	}
	runCases(t, Artifacts{}, []ruleCase{
		{"unique", lists(`{"name": "SourceOutput"}, {"name": "Config"}`, `{"name": "BuildOutput"}`), nil},
		{"empty lists", lists(``, ``), nil},
		{"names differ in case", lists(`{"name": "App"}, {"name": "app"}`, ``), nil},
		{"twice in inputs", lists(`{"name": "App"}, {"name": "Config"}, {"name": "App"}`, ``),
			[]result{errorAt(in+"/2/name", `artifact name "App" is used twice in inputArtifacts (first at /jobDetails/data/inputArtifacts/0/name)`)}},
		{"three times in outputs", lists(``, `{"name": "Out"}, {"name": "Out"}, {"name": "Out"}`), []result{
			errorAt(out+"/1/name", `artifact name "Out" is used twice in outputArtifacts (first at /jobDetails/data/outputArtifacts/0/name)`),
			errorAt(out+"/2/name", `artifact name "Out" is used 3 times in outputArtifacts (first at /jobDetails/data/outputArtifacts/0/name)`),
		}},
		{"input and output", lists(`{"name": "App"}`, `{"name": "Other"}, {"name": "App"}, {"name": "App"}`), []result{
			errorAt(out+"/2/name", `artifact name "App" is used twice in outputArtifacts (first at /jobDetails/data/outputArtifacts/1/name)`),
			errorAt(out+"/1/name", `artifact name "App" is both an input and an output (input at /jobDetails/data/inputArtifacts/0/name); an action cannot output an artifact it takes in`),
		}},
		{"names of other types skipped", lists(`{"name": 1}, {"name": 1}, {}, {}`, `1`), nil},
	})
}
