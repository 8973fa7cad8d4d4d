package schema

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// TestConformsProperty mutates valid responses at random and checks that
// conforms agrees with the validator on every result, for every form
// and the root schema. Equality holds everywhere the generator reaches;
// the one place where conforms gives up early, a map of more than
// maxDuplicateScan members, is tested on its own below.
func TestConformsProperty(t *testing.T) {
	bases := []*document.Node{
		readFixture(t, "../testdata/ok/get-job-details-full.json"),
		readFixture(t, "../testdata/ok/poll-for-jobs.json"),
		readFixture(t, "testdata/get-job-details-cli-example.json"),
		readFixture(t, "../testdata/ok/lambda-invoke-event.json"),
		readFixture(t, "../testdata/ok/get-third-party-job-details.json"),
		readFixture(t, "../testdata/ok/poll-for-third-party-jobs.json"),
		readFixture(t, "../testdata/ok/boto3-get-job-details.json"),
	}
	runs := 10000
	switch {
	case raceEnabled:
		runs = 2000
	case testing.Short():
		runs = 1000
	}
	m := newMutator(rand.New(rand.NewPCG(1, 2)), bases)
	valid := 0
	for i := range runs {
		root := clone(bases[i%len(bases)])
		for range 1 + m.r.IntN(3) {
			m.mutate(root)
		}
		env := document.DetectForm(root)
		if conforms(root, env) {
			valid++
		}
		checkEquivalent(t, root, fmt.Sprintf("document %d", i))
	}
	// The generator must give both answers often, or it tests little.
	t.Logf("%d of %d documents conform", valid, runs)
	if valid < runs/10 || valid > runs*9/10 {
		t.Errorf("%d of %d documents conform; the generator is lopsided", valid, runs)
	}
}

// In a map too large to look for duplicates cheaply, an invalid value that a
// later key replaces makes conforms false though the validator accepts the
// map: conforms stays on the safe side.
func TestConformsLargeMap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`"Mode": 1`)
	for i := range maxDuplicateScan {
		fmt.Fprintf(&b, `, "K%d": "v"`, i)
	}
	b.WriteString(`, "Mode": "x"`)
	root := decodeString(t, config(b.String()))
	if conforms(root, document.GetJobDetails) {
		t.Error("conforms scanned a map past maxDuplicateScan")
	}
	if !libraryAccepts(t, root, document.GetJobDetails) {
		t.Error("the validator rejects the map; the test is wrong")
	}
	// The same map with valid values only conforms.
	root = decodeString(t, config(strings.Replace(b.String(), `"Mode": 1`, `"Mode": "y"`, 1)))
	if !conforms(root, document.GetJobDetails) {
		t.Error("a large valid map does not conform")
	}
}

// mutator changes a document in place at random, towards the corners of
// the schema: bounds, enums, patterns, types, members and duplicates.
type mutator struct {
	r       *rand.Rand
	strs    []string // candidate string values
	keys    []string // candidate member names
	samples []*document.Node
}

func newMutator(r *rand.Rand, bases []*document.Node) *mutator {
	m := &mutator{r: r, samples: bases}
	seen := map[string]bool{}
	add := func(list *[]string, s string) {
		if !seen[s] {
			seen[s] = true
			*list = append(*list, s)
		}
	}
	for _, base := range bases {
		walkNodes(base, func(n *document.Node) {
			if n.Kind == document.String {
				add(&m.strs, n.Str)
			}
		})
	}
	for _, s := range Model {
		for _, e := range s.Enum {
			add(&m.strs, e)
			add(&m.strs, strings.ToLower(e))
			add(&m.strs, e+" ")
			add(&m.strs, e[:len(e)-1])
		}
		for _, mem := range s.Members {
			add(&m.keys, mem.Name)
		}
	}
	for _, s := range nearMisses {
		add(&m.strs, s)
	}
	for _, fill := range []string{"a", "7", "-", ".", "é", "😀", " "} {
		for _, n := range []int{0, 1, 2, 8, 9, 10, 11, 12, 13, 34, 35, 36, 49, 50, 51, 99, 100, 101,
			399, 400, 401, 999, 1000, 1001, 1499, 1500, 1501, 2047, 2048, 2049} {
			add(&m.strs, strings.Repeat(fill, n))
		}
	}
	seen = map[string]bool{}
	for _, k := range []string{"__type", "jobs", "jobDetails", "foo", "", "Name", "ID", "ProjectName",
		strings.Repeat("k", 50), strings.Repeat("k", 51), strings.Repeat("é", 50), strings.Repeat("😀", 51)} {
		add(&m.keys, k)
	}
	return m
}

// nearMisses are values just inside or just outside the patterns.
var nearMisses = []string{
	"111122223333", "11112222333", "1111222233334", "11112222333a", "111122223333\n", " 111122223333",
	"١١١١٢٢٢٢٣٣٣٣",
	"a1b2c3d4-5678-40ab-8cde-111122223333", "A1B2C3D4-5678-40AB-8CDE-111122223333",
	"a1b2c3d4567840ab8cde111122223333", "a1b2c3d4-5678-40ab-8cde-1111222233334",
	"a1b2c3d4-5678-40ab-8cde-111122223333\n", "a1b2c3d4-5678-40ab-8cde-11112222333g",
	"arn:aws:codepipeline:us-east-1:111122223333:my-pipeline",
	"arn:aws-cn:codepipeline:cn-north-1:111122223333:p",
	"arn:aws-us-gov:codepipeline:us-gov-west-1:111122223333:p",
	"arn:aws-:codepipeline:r:111122223333:p", "arn:aws_x:codepipeline:r:111122223333:p",
	"arn:aws-é:codepipeline:r:111122223333:p", "arn:aws:codepipeline::111122223333:p",
	"arn:aws:codepipeline:r:111122223333:", "arn:aws:codepipeline:r\n:111122223333:p",
	"arn:aws:codepipeline:r:111122223333:p\n", "arn:aws:codepipeline:r:x:111122223333:y:111122223333:z",
	"arn:aws:codepipeline:é:111122223333:ñ", "arn:aws:codepipeline:r:11112222333:p",
	"my pipeline", "my/pipeline", "a.b@c-d_e", "é", "Build.Artifact", "Build-Artifact_1",
	"1.0", "123456789", "1234567890", "My Provider", "\x00", "\ufffd", "\xff",
}

// mutate applies one random change to a random node of root.
func (m *mutator) mutate(root *document.Node) {
	var nodes []*document.Node
	walkNodes(root, func(n *document.Node) { nodes = append(nodes, n) })
	n := nodes[m.r.IntN(len(nodes))]
	switch {
	case m.r.IntN(8) == 0:
		*n = *m.value()
	case n.Kind == document.Object:
		m.mutateObject(n)
	case n.Kind == document.Array:
		m.mutateArray(n)
	case n.Kind == document.String:
		m.mutateString(n)
	default:
		*n = *m.value()
	}
}

func (m *mutator) mutateObject(n *document.Node) {
	i := -1
	if len(n.Members) > 0 {
		i = m.r.IntN(len(n.Members))
	}
	switch op := m.r.IntN(7); {
	case op == 0 && i >= 0: // drop a member
		n.Members = append(n.Members[:i:i], n.Members[i+1:]...)
	case op == 1 && i >= 0: // rename a member
		n.Members[i].Key = m.pick(m.keys)
	case op == 2 && i >= 0: // duplicate a member, with another value, before or after
		dup := document.Member{Key: n.Members[i].Key, Value: m.value()}
		if m.r.IntN(2) == 0 {
			dup.Value = clone(n.Members[i].Value)
			m.mutate(dup.Value)
		}
		at := i + m.r.IntN(2)
		n.Members = append(n.Members[:at:at], append([]document.Member{dup}, n.Members[at:]...)...)
	case op == 3:
		n.Members = nil
	case op == 4: // __type of any type
		n.Members = append(n.Members, document.Member{Key: "__type", Value: m.value()})
	default: // a new member
		n.Members = append(n.Members, document.Member{Key: m.pick(m.keys), Value: m.value()})
	}
}

func (m *mutator) mutateArray(n *document.Node) {
	switch op := m.r.IntN(4); {
	case op == 0:
		n.Items = nil
	case op == 1 && len(n.Items) > 0:
		n.Items = n.Items[:len(n.Items)-1]
	case op == 2 && len(n.Items) > 0:
		n.Items = append(n.Items, clone(n.Items[m.r.IntN(len(n.Items))]))
	default:
		n.Items = append(n.Items, m.value())
	}
}

func (m *mutator) mutateString(n *document.Node) {
	s := n.Str
	switch m.r.IntN(6) {
	case 0, 1:
		n.Str = m.pick(m.strs)
	case 2: // insert a character, often not ASCII
		at := m.r.IntN(len(s) + 1)
		n.Str = s[:at] + m.pick([]string{"é", "😀", "\n", " ", "_", "-", ".", "A", "0", ":", "\u200b"}) + s[at:]
	case 3: // drop the last byte, which may split a character
		if s != "" {
			n.Str = s[:len(s)-1]
		}
	case 4:
		n.Str = strings.ToUpper(s)
	default:
		n.Str = s + s
	}
}

// value returns a random value: a scalar, an empty or small container, a
// candidate string or a copy of a node of a sample.
func (m *mutator) value() *document.Node {
	switch m.r.IntN(9) {
	case 0:
		return &document.Node{Kind: document.Null}
	case 1:
		return &document.Node{Kind: document.Bool, Str: "true"}
	case 2:
		return &document.Node{Kind: document.Number, Str: strconv.Itoa(m.r.IntN(1000))}
	case 3:
		return &document.Node{Kind: document.Object}
	case 4:
		return &document.Node{Kind: document.Array}
	case 5, 6:
		return &document.Node{Kind: document.String, Str: m.pick(m.strs)}
	default:
		var nodes []*document.Node
		walkNodes(m.samples[m.r.IntN(len(m.samples))], func(n *document.Node) { nodes = append(nodes, n) })
		return clone(nodes[m.r.IntN(len(nodes))])
	}
}

func (m *mutator) pick(list []string) string { return list[m.r.IntN(len(list))] }

// walkNodes calls f on n and every node under it.
func walkNodes(n *document.Node, f func(*document.Node)) {
	f(n)
	for _, m := range n.Members {
		walkNodes(m.Value, f)
	}
	for _, item := range n.Items {
		walkNodes(item, f)
	}
}

func clone(n *document.Node) *document.Node {
	c := *n
	c.Members = make([]document.Member, len(n.Members))
	for i, m := range n.Members {
		m.Value = clone(m.Value)
		c.Members[i] = m
	}
	c.Items = make([]*document.Node, len(n.Items))
	for i, item := range n.Items {
		c.Items[i] = clone(item)
	}
	return &c
}

// encode writes n as JSON, keeping duplicate keys, for failure messages.
func encode(n *document.Node) string {
	var b strings.Builder
	encodeTo(&b, n)
	return b.String()
}

func encodeTo(b *strings.Builder, n *document.Node) {
	switch n.Kind {
	case document.Null:
		b.WriteString("null")
	case document.Bool, document.Number:
		b.WriteString(n.Str)
	case document.String:
		writeString(b, n.Str)
	case document.Array:
		b.WriteByte('[')
		for i, item := range n.Items {
			if i > 0 {
				b.WriteByte(',')
			}
			encodeTo(b, item)
		}
		b.WriteByte(']')
	case document.Object:
		b.WriteByte('{')
		for i, m := range n.Members {
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(b, m.Key)
			b.WriteByte(':')
			encodeTo(b, m.Value)
		}
		b.WriteByte('}')
	}
}

func writeString(b *strings.Builder, s string) {
	q, _ := json.Marshal(s) // a string always marshals
	b.Write(q)
}
