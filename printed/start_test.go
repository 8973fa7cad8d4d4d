package printed

import "testing"

func TestStart(t *testing.T) {
	for _, tt := range []struct {
		message string
		offset  int
		form    Form
	}{
		{`{'a': 1}`, 0, PythonRepr},
		{`{1: 'a'}`, 0, PythonRepr},
		{"{ a: 1 }", 0, NodeInspect},
		{"{\n  'CodePipeline.job': {}\n}", 0, NodeInspect},
		{"{\r  a: 1\r}", 0, NodeInspect},
		{`{"a":1}`, 0, JSON},
		{"{\n  \"a\": 1\n}", 0, JSON},
		{`{"it's": 1}`, 0, JSON},
		{`{}`, 0, JSON},
		{`{`, 0, Unknown},
		{"## EVENT\n{'key': 'value'}", 9, PythonRepr},
		{"EVENT: { a: 1 }", 7, NodeInspect},
		{"[INFO]\t2026-12-02T10:15:00.123Z\tc793869b-ee49-115b-a5b6-4fd21e8dedac\t{'a': 1}\n", 69, PythonRepr},
		{"[INFO]\t2026-12-02T10:15:00.123Z\tc793869b-ee49-115b-a5b6-4fd21e8dedac\t{}\n", 69, PythonRepr},
		{"[INFO]\t2026-12-02T10:15:00.123Z\tc793869b-ee49-115b-a5b6-4fd21e8dedac\t{\"a\": 1}\n", 69, JSON},
		{"2026-12-02T10:15:00.123Z\tc793869b-ee49-115b-a5b6-4fd21e8dedac\tINFO\tjob data {\r  a: 1\r}\n", 76, NodeInspect},
		{"2026-12-02T10:15:00.123Z\tc793869b-ee49-115b-a5b6-4fd21e8dedac\tINFO\t{}\n", 67, NodeInspect},
		{"2026-12-02T10:15:00.123Z\tc793869b-ee49-115b-a5b6-4fd21e8dedac\tINFO\t{\"a\":1}\n", 67, JSON},
		{"2026-12-02 {}", 11, JSON},
		{"[info]\t{}", 7, JSON},
		{"no object here", -1, Unknown},
		{"", -1, Unknown},
	} {
		offset, form := Start(tt.message)
		if offset != tt.offset || form != tt.form {
			t.Errorf("Start(%q) = %d, %v; want %d, %v", tt.message, offset, form, tt.offset, tt.form)
		}
	}
}

func TestFormString(t *testing.T) {
	for f, want := range map[Form]string{Unknown: "unknown", JSON: "JSON", PythonRepr: "Python repr", NodeInspect: "Node.js util.inspect"} {
		if got := f.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", f, got, want)
		}
	}
}
