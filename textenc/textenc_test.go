package textenc

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

var (
	le      = Encoding{Width: 2}
	leBOM   = Encoding{Width: 2, BOM: true}
	be      = Encoding{Width: 2, BigEndian: true}
	beBOM   = Encoding{Width: 2, BigEndian: true, BOM: true}
	le32BOM = Encoding{Width: 4, BOM: true}
	be32BOM = Encoding{Width: 4, BigEndian: true, BOM: true}
)

func TestDetect(t *testing.T) {
	cases := []struct {
		name string
		data string
		want Encoding
	}{
		{"empty", "", Encoding{}},
		{"UTF-8", `{"jobDetails": {}}`, Encoding{}},
		{"UTF-8 with a mark", "\xef\xbb\xbf{}", Encoding{}},
		{"UTF-16LE mark", "\xff\xfe{\x00}\x00", leBOM},
		{"UTF-16LE mark only", "\xff\xfe", leBOM},
		{"UTF-16BE mark", "\xfe\xff\x00{\x00}", beBOM},
		{"UTF-32LE mark", "\xff\xfe\x00\x00{\x00\x00\x00", le32BOM},
		{"UTF-16LE mark, then U+0000", "\xff\xfe\x00\x00{\x00}\x00", leBOM},
		{"UTF-32BE mark", "\x00\x00\xfe\xff\x00\x00\x00{", be32BOM},
		{"UTF-16LE", "{\x00\n\x00}\x00", le},
		{"UTF-16BE", "\x00{\x00\n\x00}", be},
		{"one unit is too little to tell", "{\x00", Encoding{}},
		// A NUL byte or two in UTF-8 text, as in a binary file, is not UTF-16.
		{"NUL inside UTF-8", `{"id": "0b6f7e4c` + "\x00\x00\x00" + `"}`, Encoding{}},
		{"the first unit is not ASCII", "\xe9\x00a\x00b\x00c\x00", Encoding{}},
		// UTF-32 without a mark has a unit of NULs for every character.
		{"UTF-32LE without a mark", "{\x00\x00\x00}\x00\x00\x00", Encoding{}},
		// Three units in four are enough: text may hold other characters.
		{"UTF-16LE, some not ASCII", "a\x00b\x00c\x00\xe9\x00", le},
		{"UTF-16LE, half not ASCII", "a\x00b\x00\xe9\x00\xe9\x00", Encoding{}},
	}
	for _, c := range cases {
		if got := Detect([]byte(c.data)); got != c.want {
			t.Errorf("%s: Detect = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestString(t *testing.T) {
	cases := []struct {
		enc        Encoding
		str, iconv string
	}{
		{Encoding{}, "UTF-8", "UTF-8"},
		{leBOM, "UTF-16 (little-endian, with a byte-order mark)", "UTF-16"},
		{be, "UTF-16 (big-endian, without a byte-order mark)", "UTF-16BE"},
		{le, "UTF-16 (little-endian, without a byte-order mark)", "UTF-16LE"},
		{be32BOM, "UTF-32 (big-endian, with a byte-order mark)", "UTF-32"},
	}
	for _, c := range cases {
		if c.enc.String() != c.str || c.enc.IconvName() != c.iconv {
			t.Errorf("%#v: %q, %q; want %q, %q", c.enc, c.enc.String(), c.enc.IconvName(), c.str, c.iconv)
		}
	}
}

// The text of the tests: ASCII, a line break, two-byte and three-byte
// UTF-8, and a character beyond U+FFFF (a surrogate pair in UTF-16).
const text = "{\"k\":\n\"é€𝄞\"}"

var encoded = map[Encoding]string{
	le:      "{\x00\"\x00k\x00\"\x00:\x00\n\x00\"\x00\xe9\x00\xac\x20\x34\xd8\x1e\xdd\"\x00}\x00",
	beBOM:   "\xfe\xff\x00{\x00\"\x00k\x00\"\x00:\x00\n\x00\"\x00\xe9\x20\xac\xd8\x34\xdd\x1e\x00\"\x00}",
	le32BOM: "\xff\xfe\x00\x00{\x00\x00\x00\"\x00\x00\x00k\x00\x00\x00\"\x00\x00\x00:\x00\x00\x00\n\x00\x00\x00\"\x00\x00\x00\xe9\x00\x00\x00\xac\x20\x00\x00\x1e\xd1\x01\x00\"\x00\x00\x00}\x00\x00\x00",
}

func TestDecodeEncode(t *testing.T) {
	for enc, data := range encoded {
		got, err := Decode([]byte(data), enc)
		if err != nil || string(got) != text {
			t.Errorf("%v: Decode = %q, %v; want %q", enc, got, err, text)
		}
		if back := Encode([]byte(text), enc); string(back) != data {
			t.Errorf("%v: Encode = %q, want %q", enc, back, data)
		}
	}
}

// Text that is not valid in its encoding decodes whole, with U+FFFD in
// place of what is wrong, and the first error where it is, counting
// characters as the linter does.
func TestDecodeInvalid(t *testing.T) {
	cases := []struct {
		name string
		data string
		enc  Encoding
		text string
		err  string
	}{
		{"odd length", "\xff\xfea\x00\n\x00b\x00c", leBOM, "a\nb", "2:2: the file ends in the middle of a character: its length is not a multiple of 2 bytes"},
		{"lone high surrogate", "a\x00\n\x00\x34\xd8b\x00", le, "a\n\ufffdb", "2:1: invalid UTF-16: a lone surrogate (U+D834)"},
		{"lone low surrogate", "\x00a\xdd\x1e", be, "a\ufffd", "1:2: invalid UTF-16: a lone surrogate (U+DD1E)"},
		{"high surrogate at the end", "a\x00\x34\xd8", le, "a\ufffd", "1:2: invalid UTF-16: a lone surrogate (U+D834)"},
		{"two high surrogates", "\x34\xd8\x34\xd8\x1e\xdd", le, "\ufffd𝄞", "1:1: invalid UTF-16: a lone surrogate (U+D834)"},
		{"UTF-32 beyond U+10FFFF", "\xff\xfe\x00\x00a\x00\x00\x00\x00\x00\x11\x00", le32BOM, "a\ufffd", "1:2: invalid UTF-32: 0x110000 is not a character"},
		{"UTF-32 surrogate", "\x00\x00\xfe\xff\x00\x00\xd8\x00", be32BOM, "\ufffd", "1:1: invalid UTF-32: 0xd800 is not a character"},
		{"UTF-32 length", "\xff\xfe\x00\x00a\x00\x00", le32BOM, "", "1:1: the file ends in the middle of a character: its length is not a multiple of 4 bytes"},
	}
	for _, c := range cases {
		got, err := Decode([]byte(c.data), c.enc)
		if string(got) != c.text || err == nil || err.Error() != c.err {
			t.Errorf("%s: Decode = %q, %v; want %q, %s", c.name, got, err, c.text, c.err)
		}
	}
}

// FuzzDecode: any bytes decode without panic to valid UTF-8; an error has a
// position inside the text; text that decodes without error encodes back to
// the same bytes.
func FuzzDecode(f *testing.F) {
	for _, data := range encoded {
		f.Add([]byte(data))
	}
	f.Add([]byte("\xff\xfe\x34\xd8"))
	f.Add([]byte("\x00\x00\xfe\xff\x00\x11\x00\x00"))
	f.Add([]byte("a\x00b\x00c"))
	f.Fuzz(func(t *testing.T, data []byte) {
		enc := Detect(data)
		text, err := Decode(data, enc)
		if enc.IsUTF8() {
			if !bytes.Equal(text, data) || err != nil {
				t.Fatal("UTF-8 changed")
			}
			return
		}
		if !utf8.Valid(text) {
			t.Fatalf("decoded text is not UTF-8: %q", text)
		}
		if err != nil {
			lines := bytes.Count(text, []byte("\n")) + 1
			if err.Line < 1 || err.Line > lines || err.Col < 1 || err.Msg == "" {
				t.Fatalf("error at %d:%d of %d lines: %q", err.Line, err.Col, lines, err.Msg)
			}
			return
		}
		if back := Encode(text, enc); !bytes.Equal(back, data) {
			t.Fatalf("%v: %q encodes back to %q", enc, data, back)
		}
	})
}

// BenchmarkDetectUTF8 is the cost every UTF-8 file pays.
func BenchmarkDetectUTF8(b *testing.B) {
	data := []byte(`{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90"}}`)
	for b.Loop() {
		if !Detect(data).IsUTF8() {
			b.Fatal("not UTF-8")
		}
	}
}

func BenchmarkDecodeUTF16(b *testing.B) {
	data := Encode(bytes.Repeat([]byte(`{"k": "é€𝄞 value"}`+"\n"), 1<<15), leBOM)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Decode(data, leBOM)
	}
}
