package decode

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// standard decodes data as encoding/json does, numbers as json.Number.
func standard(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// agree checks that JSON decodes data to what encoding/json makes of it.
func agree(t *testing.T, data []byte) {
	t.Helper()
	want, err := standard(data)
	if err != nil {
		t.Fatalf("encoding/json rejects test input %q: %v", data, err)
	}
	n, err := JSON(data)
	if err != nil {
		t.Fatalf("JSON(%q): %v", data, err)
	}
	if got := n.ToAny(); !reflect.DeepEqual(got, want) {
		t.Fatalf("JSON(%q).ToAny() =\n%#v\nwant\n%#v", data, got, want)
	}
	checkPositions(t, data, n)
}

func TestJSONAgreesWithEncodingJSON(t *testing.T) {
	inputs := []string{
		sampleJob,
		`{"jobs": [{"id": "a", "data": {}}, {"id": "b", "data": {"x": [1, 2.5e-3, -0, true, false, null]}}]}`,
		`{"a": 1, "a": {"b": 2}, "a": [3]}`,
		`"\ud800\udc00\udbff\udfff\ud800 \udc00 \u00e9\u0000\u001f"`,
		`[1e400, -1E-400, 123456789012345678901234567890]`,
		"\t[\r\n]\n",
		`{"` + strings.Repeat("k", 5000) + `": "` + strings.Repeat("\\n", 5000) + `"}`,
	}
	for _, in := range inputs {
		agree(t, []byte(in))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		data, err := json.Marshal(randomValue(rng, 4))
		if err != nil {
			t.Fatal(err)
		}
		agree(t, data)
		var indented bytes.Buffer
		if err := json.Indent(&indented, data, "", strings.Repeat(" ", i%5)); err != nil {
			t.Fatal(err)
		}
		agree(t, indented.Bytes())
	}
}

// randomValue builds a random value of the kinds encoding/json writes.
func randomValue(rng *rand.Rand, depth int) any {
	k := rng.IntN(8)
	if depth == 0 {
		k = rng.IntN(5)
	}
	switch k {
	case 0:
		return nil
	case 1:
		return rng.IntN(2) == 0
	case 2:
		return json.Number(randomNumber(rng))
	case 3, 4:
		return randomString(rng)
	case 5, 6:
		m := map[string]any{}
		for i := rng.IntN(5); i > 0; i-- {
			m[randomString(rng)] = randomValue(rng, depth-1)
		}
		return m
	}
	items := make([]any, rng.IntN(5))
	for i := range items {
		items[i] = randomValue(rng, depth-1)
	}
	return items
}

func randomNumber(rng *rand.Rand) string {
	s := strconv.Itoa(rng.IntN(100000))
	if rng.IntN(2) == 0 {
		s = "-" + s
	}
	if rng.IntN(3) == 0 {
		s += "." + strconv.Itoa(rng.IntN(1000))
	}
	if rng.IntN(3) == 0 {
		s += []string{"e", "E", "e+", "e-", "E-"}[rng.IntN(5)] + strconv.Itoa(rng.IntN(400))
	}
	return s
}

// randomString mixes ASCII, characters encoding/json escapes and
// characters of two, three and four bytes.
func randomString(rng *rand.Rand) string {
	const pool = "abcXYZ019 \"\\/\b\f\n\r\t\x00\x1f\x7féß€\u2028\u2029😀<>&"
	runes := []rune(pool)
	var b strings.Builder
	for i := rng.IntN(12); i > 0; i-- {
		b.WriteRune(runes[rng.IntN(len(runes))])
	}
	return b.String()
}
