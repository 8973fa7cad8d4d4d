package printed

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// The Lambda invoke event of testdata/ok, as job workers log it (written
// by testdata/gen/gen.sh with python3 and node): found in the message by
// Start, read whole, and every credential placed at its line and column of
// the message.
func TestLambdaEvent(t *testing.T) {
	event := readJSON(t, "../testdata/ok/lambda-invoke-event.json")
	consoleLog := decodeJSON(t, `{"CodePipeline.job": {"id": "7d2a1c4e-93b5-4f08-a6e1-5c0d8b3f2e71", "accountId": "111122223333",
		"data": {"actionConfiguration": "[Object]", "inputArtifacts": "[Array]", "outputArtifacts": "[Array]",
		"artifactCredentials": "[Object]", "continuationToken": null, "encryptionKey": "[Object]"}}}`)
	// console.log(data) shows three levels below data: the artifacts'
	// locations are a fourth.
	dataLogged := readJSON(t, "../testdata/ok/lambda-invoke-event.json").(map[string]any)["CodePipeline.job"].(map[string]any)["data"].(map[string]any)
	for _, list := range []string{"inputArtifacts", "outputArtifacts"} {
		dataLogged[list].([]any)[0].(map[string]any)["location"] = "[Object]"
	}
	const job, creds = "/CodePipeline.job", "/CodePipeline.job/data/artifactCredentials"
	type place struct {
		pointer                    string
		keyLine, keyCol, line, col int
	}
	for _, tt := range []struct {
		file   string
		offset int
		form   Form
		want   any
		places []place
	}{
		{"python-print.txt", 0, PythonRepr, event, []place{
			{job, 1, 2, 1, 22},
			{job + "/data/actionConfiguration/configuration/UserParameters", 1, 185, 1, 203},
			{creds + "/accessKeyId", 1, 686, 1, 701},
			{creds + "/secretAccessKey", 1, 725, 1, 744},
			{creds + "/sessionToken", 1, 788, 1, 804},
		}},
		{"python-pprint.txt", 0, PythonRepr, event, []place{
			{job, 1, 2, 1, 22},
			{job + "/data/actionConfiguration/configuration/UserParameters", 3, 74, 3, 92},
			{creds + "/accessKeyId", 5, 56, 5, 71},
			{creds + "/secretAccessKey", 7, 56, 7, 75},
			{creds + "/sessionToken", 8, 56, 8, 72},
		}},
		{"python-logging.txt", 69, PythonRepr, event, []place{
			{job, 1, 71, 1, 91},
			{job + "/data/actionConfiguration/configuration/UserParameters", 1, 254, 1, 272},
			{creds + "/accessKeyId", 1, 755, 1, 770},
			{creds + "/secretAccessKey", 1, 794, 1, 813},
			{creds + "/sessionToken", 1, 857, 1, 873},
		}},
		{"node-console-log.txt", 0, NodeInspect, consoleLog, []place{
			{job, 2, 3, 2, 23},
		}},
		{"node-depth-null.txt", 0, NodeInspect, event, []place{
			{job, 2, 3, 2, 23},
			{job + "/data/actionConfiguration/configuration/UserParameters", 9, 11, 9, 27},
			{creds + "/accessKeyId", 39, 9, 39, 22},
			{creds + "/secretAccessKey", 40, 9, 40, 26},
			{creds + "/sessionToken", 41, 9, 41, 23},
		}},
		{"node-job-data.txt", 0, NodeInspect, dataLogged, []place{
			{"/actionConfiguration/configuration/UserParameters", 5, 7, 5, 23},
			{"/artifactCredentials/accessKeyId", 11, 5, 11, 18},
			{"/artifactCredentials/secretAccessKey", 12, 5, 12, 22},
			{"/artifactCredentials/sessionToken", 13, 5, 13, 19},
		}},
		// The runtime wrote the message's line ends as '\r': one line.
		{"node-runtime-stdout.txt", 76, NodeInspect, dataLogged, []place{
			{"/actionConfiguration/configuration/UserParameters", 1, 171, 1, 187},
			{"/artifactCredentials/accessKeyId", 1, 425, 1, 438},
			{"/artifactCredentials/secretAccessKey", 1, 466, 1, 483},
			{"/artifactCredentials/sessionToken", 1, 531, 1, 545},
		}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile("testdata/lambda/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			message := string(b)
			offset, form := Start(message)
			if offset != tt.offset || form != tt.form {
				t.Fatalf("Start = %d, %v; want %d, %v", offset, form, tt.offset, tt.form)
			}
			parse := Node
			if form == PythonRepr {
				parse = Python
			}
			root, err := parse(message[offset:])
			if err != nil {
				t.Fatal(err)
			}
			checkTree(t, message[offset:], root)
			if got := root.ToAny(); !reflect.DeepEqual(got, tt.want) {
				g, _ := json.Marshal(got)
				t.Errorf("tree %s", g)
			}
			// The caller's mapping of a position in the value to one in the
			// message: the value starts at line 1, column 1 of what is
			// parsed.
			startLine := 1 + strings.Count(message[:offset], "\n")
			startCol := 1 + len([]rune(message[strings.LastIndexByte(message[:offset], '\n')+1:offset]))
			inMessage := func(line, col int) (int, int) {
				if line == 1 {
					col += startCol - 1
				}
				return line + startLine - 1, col
			}
			for _, p := range tt.places {
				m := member(t, root, p.pointer)
				keyLine, keyCol := inMessage(m.KeyLine, m.KeyCol)
				line, col := inMessage(m.Value.Line, m.Value.Col)
				if keyLine != p.keyLine || keyCol != p.keyCol || line != p.line || col != p.col {
					t.Errorf("%s: key at %d:%d, value at %d:%d; want %d:%d, %d:%d", p.pointer,
						keyLine, keyCol, line, col, p.keyLine, p.keyCol, p.line, p.col)
				}
			}
		})
	}
}

// member follows a pointer of plain keys to the member it names.
func member(t *testing.T, root *document.Node, pointer string) document.Member {
	t.Helper()
	keys := strings.Split(pointer, "/")[1:]
	n := root
	for i, key := range keys {
		found := false
		for _, m := range n.Members {
			if m.Key == key {
				if i == len(keys)-1 {
					return m
				}
				n, found = m.Value, true
				break
			}
		}
		if !found {
			break
		}
	}
	t.Fatalf("no member at %s", pointer)
	return document.Member{}
}

func readJSON(t *testing.T, path string) any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return decodeJSON(t, string(b))
}

// decodeJSON decodes text as ToAny makes values: numbers as json.Number.
func decodeJSON(t *testing.T, text string) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader([]byte(text)))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}
