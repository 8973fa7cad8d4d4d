package secrets

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
)

func TestScratchFixtures(t *testing.T) {
	names, _ := filepath.Glob("../testdata/err/secret-*")
	more, _ := filepath.Glob("../testdata/ok/*")
	for _, name := range append(names, more...) {
		data, _ := os.ReadFile(name)
		fmt.Println("==", name)
		switch {
		case strings.HasSuffix(name, ".yaml"):
			docs, err := decode.YAML(data)
			if err != nil {
				fmt.Print(show(ScanRaw(data)))
			}
			for _, d := range docs {
				fmt.Print(show(Scan(d)))
			}
		case strings.HasSuffix(name, ".jsonl"):
			for i, line := range bytes.Split(data, []byte("\n")) {
				if len(line) == 0 {
					continue
				}
				root, err := decode.JSONLine(line, i+1)
				if err != nil {
					fmt.Print(show(ScanRaw(line)))
					continue
				}
				fmt.Print(show(Scan(root)))
			}
		default:
			root, err := decode.JSON(data)
			if err != nil {
				fmt.Print(show(ScanRaw(data)))
				continue
			}
			fmt.Print(show(Scan(root)))
		}
	}
}
