package main

import (
	"context"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// schemaCases are small functions, one per file, each returning a string
// that shows every value it computed. Every operator in them is mutated
// (all kinds that apply to its token), so each case checks the schema of
// all its mutants at once, nested ones included.
var schemaCases = []struct {
	name string
	src  string
}{
	{"comparisons", `
func caseComparisons() string {
	var out []bool
	for _, p := range [][2]int{{1, 2}, {2, 2}, {3, 2}} {
		a, b := p[0], p[1]
		out = append(out, a < b, a <= b, a > b, a >= b, a == b, a != b)
	}
	var e error
	s := []int(nil)
	out = append(out, e == nil, s != nil, "ab" < "b")
	return fmt.Sprint(out)
}
`},
	{"arithmetic, nested and spread over lines", `
func caseArithmetic() string {
	var out []int
	for _, p := range [][3]int{{7, 2, 3}, {-5, 3, 1}, {9, -4, 2}} {
		a, b, c := p[0], p[1], p[2]
		out = append(out, a+b*c - -c/b + a%b, -a,
			a-
				b*c)
	}
	f, g := 2.5, -0.5
	return fmt.Sprint(out, f*g-f/g, -f)
}
`},
	{"increment and decrement, a for-loop post included", `
type score int

func caseIncDec() string {
	s := "mutants"
	n := 0
	for i := 0; i < len(s) && i >= 0; i++ {
		n += int(s[i])
	}
	counts := map[string]int{}
	var sc score
	x := 1.5
	for _, w := range []string{"a", "b", "a"} {
		counts[w]++
		sc--
		x++
	}
	return fmt.Sprint(n, counts, sc, x)
}
`},
	{"constants, converted to their context's type", `
const three = 3

func caseConstants() string {
	x := 2.0
	y := x * -1.5
	var f float64 = 7 / 2 * three
	d := time.Duration(x) * -time.Second
	z := float64(7/2) + x
	return fmt.Sprint(y, f, d, z, x+three*2)
}
`},
	{"constant declarations and named bools: left out", `
const lim = 4 - 1

type flag bool

func caseLeftOut() string {
	n := 1
	var f flag = n < lim
	return fmt.Sprint(lim, f)
}
`},
	{"string concatenation: not viable", `
func caseStrings() string {
	a, b := "x", "y"
	n := len(a + b)
	return fmt.Sprint(a+b+"z", n-1)
}
`},
	{"division by zero in a mutant panics alike", `
func casePanics() string {
	a, b := 6, 3
	return fmt.Sprint(a / (b - 3 + 1), a%(b-1))
}
`},
}

// caseFunc is the name of a case's function.
func caseFunc(src string) string {
	_, rest, _ := strings.Cut(src, "\nfunc ")
	name, _, _ := strings.Cut(rest, "(")
	return name
}

// allMutants lists every mutant of the default kinds (and the assignment
// kinds) that src's operators allow, as a dry-run would.
func allMutants(t *testing.T, file string, src []byte) []mutant {
	toks, err := scan(src)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	tf := fset.AddFile(file, -1, len(src))
	tf.SetLinesForContent(src)
	var out []mutant
	kinds := []string{"ARITHMETIC_BASE", "CONDITIONALS_BOUNDARY", "CONDITIONALS_NEGATION", "INCREMENT_DECREMENT", "INVERT_NEGATIVES"}
	for _, tk := range toks {
		for _, k := range kinds {
			if _, ok := mutations[k][tk.tok]; ok {
				p := tf.Position(tf.Pos(tk.off))
				out = append(out, mutant{k, file, p.Line, p.Column})
			}
		}
	}
	return out
}

func writeModule(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	files["go.mod"] = "module schematest\n\ngo 1.26\n"
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const caseHeader = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nvar _ = time.Second\n"

// mainFile runs the function named by the first argument and prints what
// it returns, or its panic.
func mainFile(funcs []string) string {
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfs := map[string]func() string{\n")
	for _, f := range funcs {
		fmt.Fprintf(&b, "\t\t%q: %s,\n", f, f)
	}
	b.WriteString("\t}\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"panic:\", r)\n\t\t}\n\t}()\n\tfmt.Println(fs[os.Args[1]]())\n}\n")
	return b.String()
}

func runProg(t *testing.T, bin string, env []string, arg string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, arg)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return "timed out"
	}
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", bin, arg, err, out)
	}
	return strings.TrimSpace(string(out))
}

func goBuild(t *testing.T, dir, out string, extra ...string) {
	t.Helper()
	args := append([]string{"build", "-o", out}, extra...)
	cmd := exec.Command("go", append(args, ".")...)
	cmd.Dir = dir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build in %s: %v\n%s", dir, err, b)
	}
}

// TestSchemaBehavesAsEachMutant builds the schema of every mutant of the
// cases and, in one other program, each viable mutant made by apply (the
// overlay mode's mutant): with KB_MUT=id the schema must print what that
// mutant prints, and with no mutant on what the original prints.
func TestSchemaBehavesAsEachMutant(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two programs")
	}
	pkgDir, truthDir := t.TempDir(), t.TempDir()
	files := map[string]string{}
	var funcs []string
	for i, c := range schemaCases {
		files[fmt.Sprintf("case%d.go", i)] = caseHeader + c.src
		funcs = append(funcs, caseFunc(c.src))
	}
	files["main.go"] = mainFile(funcs)
	writeModule(t, pkgDir, files)

	wd, _ := os.Getwd()
	if err := os.Chdir(pkgDir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	p, err := loadPkg(".")
	if err != nil {
		t.Fatal(err)
	}
	var all []mutant
	for i := range schemaCases {
		name := fmt.Sprintf("case%d.go", i)
		all = append(all, allMutants(t, name, p.src[name])...)
	}
	s, err := newSchema(p, all)
	if err != nil {
		t.Fatal(err)
	}
	for name, out := range s.files {
		if a, b := strings.Count(string(out), "\n"), strings.Count(string(p.src[name]), "\n"); a != b {
			t.Errorf("the schema of %s has %d lines, the original %d", name, a, b)
		}
	}
	// The truth: the original, and every viable mutant as a renamed copy
	// of its case's function.
	truth := map[string]string{"main.go": ""}
	var truthFuncs []string
	variant := map[mutant]string{}
	for i, c := range schemaCases {
		name := fmt.Sprintf("case%d.go", i)
		truth[name] = files[name]
		truthFuncs = append(truthFuncs, caseFunc(c.src))
	}
	notViable := map[mutant]bool{}
	for j, m := range all {
		ok, _ := p.viable(m)
		if !ok {
			notViable[m] = true
			continue
		}
		mut, err := apply(p.src[m.File], m.Line, m.Col, m.Kind)
		if err != nil {
			t.Fatal(err)
		}
		f := caseFunc(string(mut))
		v := fmt.Sprintf("%s_m%d", f, j)
		body := strings.Replace(string(mut), "func "+f+"(", "func "+v+"(", 1)
		// Only the function: the file's other declarations are in the original.
		_, fn, _ := strings.Cut(body, "\nfunc "+v+"(")
		truth[fmt.Sprintf("m%d.go", j)] = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nvar _ = time.Second\nvar _ = fmt.Sprint\n\nfunc " + v + "(" + fn
		truthFuncs = append(truthFuncs, v)
		variant[m] = v
	}
	truth["main.go"] = mainFile(truthFuncs)
	writeModule(t, truthDir, truth)
	truthBin := filepath.Join(t.TempDir(), "truth")
	goBuild(t, truthDir, truthBin)

	ovDir := t.TempDir()
	ov, err := s.writeOverlayFiles(ovDir)
	if err != nil {
		t.Fatal(err)
	}
	schemaBin := filepath.Join(t.TempDir(), "schema")
	goBuild(t, pkgDir, schemaBin, "-overlay", ov)

	for i, c := range schemaCases {
		f := caseFunc(c.src)
		want := runProg(t, truthBin, nil, f)
		if got := runProg(t, schemaBin, []string{"KB_MUT=0"}, f); got != want {
			t.Errorf("%s, no mutant on: got %s, want %s", c.name, got, want)
		}
		n := 0
		for _, m := range all {
			if m.File != fmt.Sprintf("case%d.go", i) {
				continue
			}
			id, in := s.ids[m]
			switch {
			case notViable[m]:
				if in {
					t.Errorf("%s: %s at %s is not viable yet in the schema", c.name, m.Kind, m.pos())
				}
			case !in:
				if !strings.Contains(c.name, "left out") {
					t.Errorf("%s: %s at %s left out of the schema: %s", c.name, m.Kind, m.pos(), s.skip[m])
				}
			default:
				n++
				want := runProg(t, truthBin, nil, variant[m])
				got := runProg(t, schemaBin, []string{fmt.Sprintf("KB_MUT=%d", id)}, f)
				if got != want {
					t.Errorf("%s: %s at %s (%q): schema prints %s, the mutant %s", c.name, m.Kind, m.pos(),
						lineOf(p.src[m.File], m.Line), got, want)
				}
			}
		}
		t.Logf("%s: %d mutants compared", c.name, n)
	}

	// The cases that must be left out, and why.
	want := map[string]string{
		"CONDITIONALS_BOUNDARY case4.go:16:17": "the schema does not compile", // a named bool
		"CONDITIONALS_NEGATION case4.go:16:17": "the schema does not compile",
		"ARITHMETIC_BASE case4.go:10:15":       "in a constant declaration",
		"INVERT_NEGATIVES case4.go:10:15":      "in a constant declaration",
		"ARITHMETIC_BASE case5.go:12:13":       "string concatenation",
		"ARITHMETIC_BASE case5.go:13:21":       "string concatenation",
		"ARITHMETIC_BASE case5.go:13:23":       "string concatenation",
	}
	var got []string
	for m, why := range s.skip {
		got = append(got, m.Kind+" "+m.pos())
		w, ok := want[m.Kind+" "+m.pos()]
		if !ok || !strings.HasPrefix(why, w) {
			t.Errorf("%s at %s left out (%s), want %q", m.Kind, m.pos(), why, w)
		}
	}
	if len(got) != len(want) {
		sort.Strings(got)
		t.Errorf("left out %v, want the %d of %v", got, len(want), want)
	}
	for m := range notViable {
		if !strings.HasPrefix(s.skip[m], "string concatenation") {
			t.Errorf("%s at %s not viable: %s", m.Kind, m.pos(), s.skip[m])
		}
	}
	if len(notViable) != 3 {
		t.Errorf("%d not viable, want the 3 string +", len(notViable))
	}
}

// TestApplyEditsOrder checks the splicing of nested rewrites at one offset:
// closers innermost first, then the replaced operator, openers outermost
// first.
func TestApplyEditsOrder(t *testing.T) {
	src := []byte("a-b*c")
	rws := []rewrite{
		{edits: []edit{{off: 2, text: "M(", class: 2, size: 3, first: true}, {off: 3, n: 1, text: ",", class: 1}, {off: 5, text: ")", class: 0, size: 3, last: true}}, ids: []int{2}},
		{edits: []edit{{off: 0, text: "S(", class: 2, size: 5, first: true}, {off: 1, n: 1, text: ",", class: 1}, {off: 5, text: ")", class: 0, size: 5, last: true}}, ids: []int{1}},
	}
	for i := range rws {
		for j := range rws[i].edits {
			rws[i].edits[j].node = i
		}
	}
	out, spans := applyEdits(src, rws)
	if string(out) != "S(a,M(b,c))" {
		t.Errorf("got %s, want S(a,M(b,c))", out)
	}
	if spans[0].start != 4 || spans[0].end != 10 || spans[1].start != 0 || spans[1].end != 11 {
		t.Errorf("spans %+v", spans)
	}
}

func TestCoverMapSelectsTheTestsOfALine(t *testing.T) {
	dir := t.TempDir()
	profiles := map[string]string{
		"TestA": "mode: set\nkb/p/a.go:3.10,5.2 2 1\nkb/p/a.go:7.1,7.20 1 0\n",
		"TestB": "mode: set\nkb/p/a.go:5.3,6.2 1 1\nkb/p/b.go:1.1,1.9 1 1\n",
	}
	cm := coverMap{}
	for _, name := range []string{"TestA", "TestB"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(profiles[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := readProfile(path, name, cm); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		file string
		line int
		want string
	}{
		{"a.go", 3, "^(TestA)$"},
		{"a.go", 4, "^(TestA)$"},
		{"a.go", 5, "^(TestA|TestB)$"}, // both blocks touch line 5
		{"a.go", 6, "^(TestB)$"},
		{"a.go", 7, ""}, // a block no test ran: the whole suite
		{"b.go", 1, "^(TestB)$"},
		{"c.go", 1, ""},
	}
	for _, tt := range tests {
		if got, _ := cm.runPattern(mutant{"ARITHMETIC_BASE", tt.file, tt.line, 1}); got != tt.want {
			t.Errorf("%s:%d: got %q, want %q", tt.file, tt.line, got, tt.want)
		}
	}
}
