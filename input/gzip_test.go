package input

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
)

const (
	validJob = `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": "111122223333"}}`
	badJob   = `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": 1}}`
)

func TestGunzip(t *testing.T) {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Name, z.Comment, z.ModTime = "job.json", "saved", time.Unix(1764670500, 0)
	z.Write([]byte(validJob))
	z.Close()
	data := append(b.Bytes(), testfiles.Gzip("\n"+badJob)...)
	text, h, err := Gunzip(data, 1<<20)
	if string(text) != validJob+"\n"+badJob || err != nil || h.Name != "job.json" || h.Comment != "saved" || h.ModTime.Unix() != 1764670500 {
		t.Errorf("got %q, %+v, %v", text, h, err)
	}
	if text, _, err := Gunzip(data, 10); len(text) != 11 || err != nil {
		t.Errorf("over the limit: %d bytes, %v", len(text), err)
	}
	if _, _, err := Gunzip(data[:20], 1<<20); err == nil || !strings.HasPrefix(err.Error(), "the gzip data is truncated after ") {
		t.Errorf("truncated: %v", err)
	}
}
