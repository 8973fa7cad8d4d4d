package logs

import (
	"testing"
)

func TestJSONStringOffsets(t *testing.T) {
	// The literal starts at file offset 10: `"a\"b\u00e9c\/d"`.
	raw := `"a\"b\u00e9c\/d"`
	text, end, ok := JSONStringAt([]byte(raw), 0, 10)
	if !ok || end != len(raw) {
		t.Fatalf("ok %v, end %d", ok, end)
	}
	if want := "a\"b\u00e9c/d"; text.S != want {
		t.Fatalf("S = %q, want %q", text.S, want)
	}
	// decoded offset → file offset: a=11, "=12 (the backslash), b=14,
	// é=15 (its two bytes both in the escape), c=21, /=22, d=24, end=25.
	for dec, want := range map[int]int{0: 11, 1: 12, 2: 14, 3: 15, 5: 21, 6: 22, 7: 24, 8: 25} {
		if got := text.FileOffset(dec); got != want {
			t.Errorf("FileOffset(%d) = %d, want %d", dec, got, want)
		}
	}
	for _, bad := range []string{`"abc`, `"a\x"`, `"a` + "\n" + `"`, `"\u12"`, `x`} {
		if _, _, ok := JSONStringAt([]byte(bad), 0, 0); ok {
			t.Errorf("%q read as a string", bad)
		}
	}
}

func TestJSONStringInsideJSONString(t *testing.T) {
	// A JSON document in a JSON string (a log message): the inner string
	// "k\/v" is written `\"k\\\/v\"` in the file.
	file := `"{\"k\\\/v\": 1}"`
	outer, _, ok := JSONStringAt([]byte(file), 0, 0)
	if !ok || outer.S != `{"k\/v": 1}` {
		t.Fatalf("outer %q %v", outer.S, ok)
	}
	inner, _, ok := outer.JSONString(1)
	if !ok || inner.S != "k/v" {
		t.Fatalf("inner %q %v", inner.S, ok)
	}
	// k is at file offset 4, / at 5 (`\\\/`), v at 9, the end at 10.
	for dec, want := range map[int]int{0: 4, 1: 5, 2: 9, 3: 10} {
		if got := inner.FileOffset(dec); got != want {
			t.Errorf("FileOffset(%d) = %d, want %d", dec, got, want)
		}
	}
	if got := inner.OffsetIn(outer, 2); got != 5 {
		t.Errorf("OffsetIn(outer, 2) = %d, want 5", got)
	}
}

func TestBytesLiteral(t *testing.T) {
	msg := Plain(`x b'{"a": "it\'s \xe2\x80\x99 \\/"}' y`, 100)
	body, end, ok := msg.BytesLiteral(2)
	if !ok {
		t.Fatal("not read")
	}
	if want := `{"a": "it's ’ \/"}`; body.S != want {
		t.Fatalf("S = %q, want %q", body.S, want)
	}
	if end != len(msg.S)-2 {
		t.Errorf("end %d, want %d", end, len(msg.S)-2)
	}
	// '{' at 104; the quote before it at 113 is `\'`, s after it at 115;
	// ’ (three bytes, three escapes) at 117; the backslash of `\\` at 130.
	for dec, want := range map[int]int{0: 104, 9: 113, 10: 115, 12: 117, 16: 130} {
		if got := body.FileOffset(dec); got != want {
			t.Errorf("FileOffset(%d) = %d, want %d", dec, got, want)
		}
	}
	for _, bad := range []string{`b'abc`, `b'\xzz'`, `b'\xff'`, "b'a\nb'", `'abc'`} {
		if _, _, ok := Plain(bad, 0).BytesLiteral(0); ok {
			t.Errorf("%q read as a bytes literal", bad)
		}
	}
}

func TestToFile(t *testing.T) {
	// The message starts at offset 6 of the file, on line 2 after "ab\ncd".
	file := []byte("ab\ncd é{\n  \"k\": 1}\nrest")
	msg := Plain(string(file[8:19]), 8)
	if msg.S != "{\n  \"k\": 1}" {
		t.Fatalf("message %q", msg.S)
	}
	ps := []Pos{{Line: 2, Col: 3}, {Line: 1, Col: 1}, {Line: 2, Col: 8}, {Line: 9, Col: 1}}
	msg.ToFile(file, Place{Off: 3, Line: 2, Col: 1}, ps)
	want := []Pos{{Line: 3, Col: 3}, {Line: 2, Col: 5}, {Line: 3, Col: 8}, {Line: 3, Col: 10}}
	for i := range ps {
		if ps[i] != want[i] {
			t.Errorf("position %d: %v, want %v", i, ps[i], want[i])
		}
	}
}

func TestSeeker(t *testing.T) {
	data := []byte("\xef\xbb\xbf{\"a\":\n  \"é\", \"b\": 1}")
	s := NewSeeker(data, 1)
	for _, c := range []struct{ line, col, want int }{{1, 1, 3}, {1, 2, 4}, {2, 3, 11}, {2, 7, 16}} {
		if got := s.Offset(c.line, c.col); got != c.want {
			t.Errorf("Offset(%d, %d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
}
