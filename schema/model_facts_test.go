package schema

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestModelFactsStatedOnce: the enums, patterns and length bounds of the
// model are stated in this package only; other packages read them through
// MustLookup. It scans the Go sources (tests aside) of the module's other
// packages for literals of the model:
//
//   - a pattern of the model;
//   - a value of an enum, unless it is one operand of == or != and the enum
//     has several values: a rule may name one value for its own logic (the
//     owner "Custom" of custom actions), but a list of values, or the only
//     value of an enum, is a copy of the enum;
//   - in package rules, which checks the same shapes as the schema, an
//     integer that is a length bound of the model (other than 1).
//
// bench/ is left out: its generator writes sample responses, in which
// values of the model are data.
func TestModelFactsStatedOnce(t *testing.T) {
	patterns, enums, bounds := map[string]string{}, map[string]*Shape{}, map[int]string{}
	for i := range Model {
		s := &Model[i]
		if s.Pattern != "" {
			patterns[s.Pattern] = s.Name
		}
		for _, v := range s.Enum {
			enums[v] = s
		}
		for _, n := range []int{s.Min, s.Max} {
			if n > 1 {
				bounds[n] = s.Name
			}
		}
	}
	scanned := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "schema", "bench", "testdata", ".git":
				if path != ".." {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		scanned++
		inRules := filepath.Base(filepath.Dir(path)) == "rules"
		for _, problem := range modelLiterals(t, path, patterns, enums, bounds, inRules) {
			t.Error(problem)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if scanned < 20 {
		t.Fatalf("only %d Go files were scanned", scanned)
	}
}

// modelLiterals returns a line for each literal of the model in one file.
func modelLiterals(t *testing.T, path string, patterns map[string]string, enums map[string]*Shape, bounds map[int]string, inRules bool) []string {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		parent := ast.Node(nil)
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		lit, ok := n.(*ast.BasicLit)
		if !ok {
			return true
		}
		at := fset.Position(lit.Pos()).String()
		switch lit.Kind {
		case token.STRING:
			v, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			if shape, ok := patterns[v]; ok {
				problems = append(problems, at+": the pattern of "+shape+"; use schema.MustLookup(\""+shape+"\")")
			}
			if shape, ok := enums[v]; ok && (len(shape.Enum) == 1 || !isComparison(parent)) {
				problems = append(problems, at+": "+lit.Value+", a value of the enum "+shape.Name+"; use schema.MustLookup(\""+shape.Name+"\")")
			}
		case token.INT:
			v, err := strconv.Atoi(lit.Value)
			if shape, ok := bounds[v]; ok && err == nil && inRules {
				problems = append(problems, at+": "+lit.Value+", a length bound of "+shape+"; use schema.MustLookup(\""+shape+"\")")
			}
		}
		return true
	})
	return problems
}

func isComparison(n ast.Node) bool {
	b, ok := n.(*ast.BinaryExpr)
	return ok && (b.Op == token.EQL || b.Op == token.NEQ)
}
