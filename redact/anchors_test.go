package redact

import (
	"reflect"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// A key id that names an anchor is replaced at the anchor and at every alias
// of it, so that the YAML still reads the same; one in a tag or a %TAG
// directive is replaced where it stands.
func TestBytesYAMLAnchorNames(t *testing.T) {
	key := fake.New(70).KeyID("ASIA")
	in := "%TAG !k! tag:" + key + ":\n---\nx: &" + key + " {id: a}\njobDetails:\n  <<: *" + key + "\n  data: [*" + key + ", !" + key + " y, !k!z w]\n"
	want := "%TAG !k! tag:ASIAIOSFODNN7EXAMPLE:\n---\nx: &ASIAIOSFODNN7EXAMPLE {id: a}\njobDetails:\n  <<: *ASIAIOSFODNN7EXAMPLE\n  data: [*ASIAIOSFODNN7EXAMPLE, !ASIAIOSFODNN7EXAMPLE y, !k!z w]\n"
	out, n, err := Bytes([]byte(in), input.YAML)
	if err != nil || n != 5 || string(out) != want {
		t.Fatalf("%d replaced, %v:\n%s\nwant:\n%s", n, err, out, want)
	}
	before, _ := decode.YAML([]byte(in))
	after, err := decode.YAML(out)
	if err != nil || len(after) != 1 || !reflect.DeepEqual(before[0].ToAny(), after[0].ToAny()) {
		t.Errorf("the documents changed: %v", err)
	}
	if leakErrors(t, out, input.YAML) != 0 {
		t.Error("redacted text still leaks")
	}
}

// When the placeholder would give two anchors one name, an alias would then
// name the later one: the names of anchors and aliases are left as they
// are, and redact says so. The rest of the file is redacted.
func TestBytesYAMLAnchorsThatWouldMerge(t *testing.T) {
	g := fake.New(71)
	a, b, other := g.KeyID("ASIA"), g.KeyID("ASIA"), g.KeyID("ASIA")
	for _, in := range []string{
		// two key ids name two anchors
		"a: &" + a + " {id: a}\nb: &" + b + " {id: b}\nc: *" + a + "\nk: " + other + "\n",
		// the placeholder names an anchor already, and an alias names it after
		"a: &" + a + " {id: a}\nb: &ASIAIOSFODNN7EXAMPLE {id: b}\nc: *" + a + "\nk: " + other + "\n",
	} {
		want := strings.Replace(in, other, "ASIAIOSFODNN7EXAMPLE", 1)
		out, n, err := Bytes([]byte(in), input.YAML)
		if n != 1 || string(out) != want {
			t.Errorf("%d replaced:\n%s\nwant:\n%s", n, out, want)
		}
		if err == nil || !strings.Contains(err.Error(), "name YAML anchors or aliases and were left") {
			t.Errorf("error: %v", err)
		}
	}
	// one key id naming an anchor that an alias names before the
	// placeholder's anchor: every alias still names what it named
	in := "a: &" + a + " {id: a}\nc: *" + a + "\nb: &ASIAIOSFODNN7EXAMPLE {id: b}\nd: *ASIAIOSFODNN7EXAMPLE\n"
	if _, n, err := Bytes([]byte(in), input.YAML); n != 2 || err != nil {
		t.Errorf("alias before the placeholder's anchor: %d replaced, %v", n, err)
	}
}
