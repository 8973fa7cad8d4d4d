package output

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// jsonWriter prints exactly one JSON document:
// {"version":1,"findings":[...],"summary":{...}}. Findings are streamed one
// per line, so a huge audit does not hold them all in memory. When log
// containers were read, "files" lists what each held, one a line, between
// the findings and the summary: {"file", "events", "jobs", "credentialSets"}.
type jsonWriter struct {
	w     *bufio.Writer
	enc   *json.Encoder
	count int
	files []FileCounts
}

func newJSON(w io.Writer, _ Options) Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonWriter{w: bw, enc: enc}
}

func (j *jsonWriter) File(_ string, fs []finding.Finding) error {
	for i := range fs {
		if j.count == 0 {
			j.w.WriteString(`{"version":1,"findings":[` + "\n")
		} else {
			j.w.WriteString(",")
		}
		j.count++
		if err := j.enc.Encode(&fs[i]); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonWriter) Counts(c FileCounts) error {
	j.files = append(j.files, c)
	return nil
}

func (j *jsonWriter) Finish(s Summary) error {
	if j.count == 0 {
		j.w.WriteString(`{"version":1,"findings":[`)
	}
	if len(j.files) > 0 {
		j.w.WriteString("],\"files\":[\n")
		for i := range j.files {
			if i > 0 {
				j.w.WriteString(",")
			}
			if err := j.enc.Encode(&j.files[i]); err != nil {
				return err
			}
		}
	}
	j.w.WriteString(`],"summary":`)
	if err := j.enc.Encode(s); err != nil {
		return err
	}
	j.w.WriteString("}\n")
	return j.w.Flush()
}
