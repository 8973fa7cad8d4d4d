package lint

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCatalog: every rule that any code declares is in Catalog, once, with a
// severity and a description, and every rule in Catalog has a case: an
// expected output in testdata/err that shows it or, for the rules that need
// a flag or a config file, the test file named here, whose expected output
// does.
func TestCatalog(t *testing.T) {
	elsewhere := map[string]string{
		"file-too-large":     "../internal/command/command_test.go",      // --max-size
		"schema-enum":        "../internal/command/config_order_test.go", // the rules that stand in for it turned off
		"unused-suppression": "../internal/command/config_test.go",       // a config file
	}
	var outputs strings.Builder
	outs, err := filepath.Glob("../testdata/err/*.out")
	if err != nil || len(outs) == 0 {
		t.Fatalf("no expected outputs: %v", err)
	}
	for _, path := range outs {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		outputs.Write(data)
	}

	listed := map[string]bool{}
	for _, r := range Catalog() {
		if listed[r.ID] {
			t.Errorf("%s is listed twice", r.ID)
		}
		listed[r.ID] = true
		if r.Severity == 0 || r.Description == "" {
			t.Errorf("%s has no severity or no description", r.ID)
		}
		tag := "[" + r.ID + "]"
		if file, ok := elsewhere[r.ID]; ok {
			data, err := os.ReadFile(file)
			if err != nil || !strings.Contains(string(data), tag) {
				t.Errorf("%s: %s expects no output with %s (%v)", r.ID, file, tag, err)
			}
			if strings.Contains(outputs.String(), tag) {
				t.Errorf("%s has a case in testdata/err now; drop it from elsewhere", r.ID)
			}
		} else if !strings.Contains(outputs.String(), tag) {
			t.Errorf("%s has no case: no testdata/err/*.out shows %s", r.ID, tag)
		}
	}
	declared := declaredRules(t)
	if len(declared) < len(listed) {
		t.Errorf("found only %d rule declarations for %d listed rules; the scan misses some", len(declared), len(listed))
	}
	for id, at := range declared {
		if !listed[id] {
			t.Errorf("rule %s, declared at %s, is not in Catalog", id, at)
		}
	}
}

// declaredRules scans the module's Go sources (tests and bench/ aside) for
// finding.RuleInfo literals and returns the place of each rule id: a string
// literal, or a constant of the same package. An id taken from a finding
// (SARIF's fallback for a rule it was not told of) declares nothing.
func declaredRules(t *testing.T) map[string]string {
	t.Helper()
	type literal struct {
		id  ast.Expr
		pkg string
		at  string
	}
	var literals []literal
	consts := map[string]map[string]string{} // package folder -> name -> value
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != ".." && (name == "bench" || name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		pkg := filepath.Dir(path)
		if consts[pkg] == nil {
			consts[pkg] = map[string]string{}
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) {
						if lit, ok := n.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							consts[pkg][name.Name], _ = strconv.Unquote(lit.Value)
						}
					}
				}
			case *ast.CompositeLit:
				if sel, ok := n.Type.(*ast.SelectorExpr); !ok || sel.Sel.Name != "RuleInfo" {
					return true
				}
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "ID") {
						literals = append(literals, literal{kv.Value, pkg, fset.Position(kv.Pos()).String()})
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]string{}
	for _, l := range literals {
		var id string
		switch v := l.id.(type) {
		case *ast.BasicLit:
			id, _ = strconv.Unquote(v.Value)
		case *ast.Ident:
			id = consts[l.pkg][v.Name]
		case *ast.SelectorExpr:
			continue // an id taken from a finding (f.Rule) declares no rule
		}
		if id == "" {
			t.Errorf("%s: a rule id that is neither a string nor a constant of its package", l.at)
			continue
		}
		declared[id] = l.at
	}
	return declared
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
