package main

import (
	"bufio"
	"bytes"
	"encoding/base32"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generated runs the generator into a fresh folder and returns it.
func generated(t *testing.T, files, lines int, seed uint64) string {
	t.Helper()
	dir := t.TempDir()
	if err := generate(dir, files, lines, seed); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readAll returns every file under dir by its path relative to dir.
func readAll(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	all := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		all[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func TestDeterministic(t *testing.T) {
	a := readAll(t, generated(t, 60, 200, 7))
	b := readAll(t, generated(t, 60, 200, 7))
	if len(a) != 60+2 || len(a) != len(b) {
		t.Fatalf("got %d and %d files, want %d", len(a), len(b), 62)
	}
	for name, content := range a {
		if !bytes.Equal(content, b[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	c := readAll(t, generated(t, 60, 200, 8))
	if bytes.Equal(a["corpus/00000.json"], c["corpus/00000.json"]) {
		t.Error("another seed gives the same first file")
	}
}

// The first files do not depend on how many are asked for.
func TestPrefixStable(t *testing.T) {
	small := readAll(t, generated(t, 5, 0, 1))
	large := readAll(t, generated(t, 50, 0, 1))
	for i := range 5 {
		name := fmt.Sprintf("corpus/%05d.json", i)
		if !bytes.Equal(small[name], large[name]) {
			t.Errorf("%s changes with -files", name)
		}
	}
}

func TestCorpusFiles(t *testing.T) {
	const files = 400
	all := readAll(t, generated(t, files, 0, 1))
	total := 0
	for i := range files {
		name := fmt.Sprintf("corpus/%05d.json", i)
		b := all[name]
		if !json.Valid(b) {
			t.Fatalf("%s is not valid JSON", name)
		}
		if !bytes.HasPrefix(b, []byte("{\n    \"jobDetails\": {\n")) || !bytes.HasSuffix(b, []byte("\n}\n")) {
			t.Errorf("%s is not pretty-printed with 4 spaces", name)
		}
		if len(b) < 1200 || len(b) > 6000 {
			t.Errorf("%s is %d bytes, want 1.2 to 6 KB", name, len(b))
		}
		total += len(b)
	}
	if avg := total / files; avg < 2000 || avg > 3500 {
		t.Errorf("average file is %d bytes, want 2 to 3.5 KB", avg)
	}
}

func TestStream(t *testing.T) {
	const lines = 500
	dir := generated(t, 0, lines, 1)
	f, err := os.Open(filepath.Join(dir, "stream.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	s.Buffer(nil, 1<<20)
	n := 0
	for s.Scan() {
		n++
		if !json.Valid(s.Bytes()) || bytes.ContainsAny(s.Bytes(), "\n\t") {
			t.Fatalf("line %d is not one compact JSON value", n)
		}
	}
	if n != lines {
		t.Errorf("got %d lines, want %d", n, lines)
	}
}

// expectedProblems reads expected.tsv as file -> kind.
func expectedProblems(t *testing.T, dir string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "expected.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if rows[0] != "file\tkind" {
		t.Fatalf("header is %q", rows[0])
	}
	problems := map[string]string{}
	for _, row := range rows[1:] {
		file, kind, ok := strings.Cut(row, "\t")
		if !ok {
			t.Fatalf("bad row %q", row)
		}
		problems[file] = kind
	}
	return problems
}

func TestExpectedProblems(t *testing.T) {
	const files, lines = 1000, 1000
	dir := generated(t, files, lines, 1)
	problems := expectedProblems(t, dir)
	perKind := map[string]int{}
	for file, kind := range problems {
		perKind[kind]++
		if !strings.HasPrefix(file, "corpus/") && !strings.HasPrefix(file, "stream.jsonl:") {
			t.Errorf("unexpected file %q", file)
		}
	}
	if n := len(problems); n < (files+lines)/20 || n > (files+lines)/6 {
		t.Errorf("%d problems in %d responses, want about one in ten", n, files+lines)
	}
	for _, kind := range kinds {
		if perKind[kind] == 0 {
			t.Errorf("no problem of kind %s", kind)
		}
	}
	for i := range files {
		name := fmt.Sprintf("corpus/%05d.json", i)
		checkResponse(t, dir, name, problems[name])
	}
}

// checkResponse checks what the kind in expected.tsv says about one file.
func checkResponse(t *testing.T, dir, name, kind string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		JobDetails struct {
			AccountID any `json:"accountId"`
			Data      struct {
				Credentials map[string]string `json:"artifactCredentials"`
			} `json:"data"`
		} `json:"jobDetails"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	_, isNumber := doc.JobDetails.AccountID.(float64)
	if isNumber != (kind == kindAccountNumber) {
		t.Errorf("%s: accountId is %T, kind %q", name, doc.JobDetails.AccountID, kind)
	}
	creds := doc.JobDetails.Data.Credentials
	if kind != kindLeak {
		if !strings.Contains(creds["accessKeyId"], "EXAMPLE") || !strings.Contains(creds["sessionToken"], "EXAMPLE") {
			t.Errorf("%s: credentials are not placeholders", name)
		}
		return
	}
	checkLeak(t, name, creds, doc.JobDetails.AccountID.(string))
}

func checkLeak(t *testing.T, name string, creds map[string]string, account string) {
	t.Helper()
	id, secret, token := creds["accessKeyId"], creds["secretAccessKey"], creds["sessionToken"]
	for _, v := range []string{id, secret, token} {
		if strings.Contains(strings.ToUpper(v), "EXAMPLE") {
			t.Errorf("%s: leaked value %q has the placeholder marker", name, v)
		}
	}
	if len(id) != 20 || !strings.HasPrefix(id, "ASIA") && !strings.HasPrefix(id, "AKIA") {
		t.Errorf("%s: key id %q", name, id)
	}
	if got := keyAccount(t, id); got != account {
		t.Errorf("%s: key id %s encodes account %s, want %s", name, id, got, account)
	}
	if len(secret) != 40 {
		t.Errorf("%s: secret has %d characters", name, len(secret))
	}
	if !strings.HasPrefix(token, "IQoJb3JpZ2luX2Vj") || len(token) < 700 || len(token) > 1000 {
		t.Errorf("%s: session token %.20s... of %d characters", name, token, len(token))
	}
}

// keyAccount decodes the account id from a current-generation key id.
func keyAccount(t *testing.T, id string) string {
	b, err := base32.StdEncoding.DecodeString(id[4:])
	if err != nil {
		t.Fatal(err)
	}
	n := binary.BigEndian.Uint64(append([]byte{0, 0}, b[:6]...))
	return fmt.Sprintf("%012d", n&0x7fffffffff80>>7)
}
