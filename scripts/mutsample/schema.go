package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// A mutant schema is the package's source with every listed mutant
// compiled in behind a switch: the original code runs unless the mutant's
// id is the value of KB_MUT. One test binary then tests every mutant.
// The rewrite is textual, at the offsets go/ast gives, so every line stays
// on its line; go/types decides what each operator's operands are.

// helperFile is the file added to the package, with its package clause
// prepended. kbMut is read once, before any other package variable that
// calls a helper (Go orders initialization by dependency).
const helperFile = `
import (
	"cmp"
	"os"
	"strconv"
)

// kbMut is the id of the mutant switched on (KB_MUT), 0 for none.
var kbMut = func() int { n, _ := strconv.Atoi(os.Getenv("KB_MUT")); return n }()

type kbMutNum interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~complex64 | ~complex128
}

type kbMutInt interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

func kbMutAdd[T kbMutNum](a int, x, y T) T {
	if kbMut == a {
		return x - y
	}
	return x + y
}

func kbMutSub[T kbMutNum](a, b int, x, y T) T {
	if kbMut == a || kbMut == b {
		return x + y
	}
	return x - y
}

func kbMutMul[T kbMutNum](a int, x, y T) T {
	if kbMut == a {
		return x / y
	}
	return x * y
}

func kbMutQuo[T kbMutNum](a int, x, y T) T {
	if kbMut == a {
		return x * y
	}
	return x / y
}

func kbMutRem[T kbMutInt](a int, x, y T) T {
	if kbMut == a {
		return x * y
	}
	return x % y
}

func kbMutNeg[T kbMutNum](a, b int, x T) T {
	if kbMut == a || kbMut == b {
		return x
	}
	return -x
}

func kbMutLss[T cmp.Ordered](b, n int, x, y T) bool {
	switch kbMut {
	case b:
		return x <= y
	case n:
		return x >= y
	}
	return x < y
}

func kbMutLeq[T cmp.Ordered](b, n int, x, y T) bool {
	switch kbMut {
	case b:
		return x < y
	case n:
		return x > y
	}
	return x <= y
}

func kbMutGtr[T cmp.Ordered](b, n int, x, y T) bool {
	switch kbMut {
	case b:
		return x >= y
	case n:
		return x <= y
	}
	return x > y
}

func kbMutGeq[T cmp.Ordered](b, n int, x, y T) bool {
	switch kbMut {
	case b:
		return x > y
	case n:
		return x < y
	}
	return x >= y
}

// kbMutNot negates an == or != (a != b is !(a == b), NaN included).
func kbMutNot(n int, c bool) bool {
	if kbMut == n {
		return !c
	}
	return c
}

// kbMutStep is what i++ adds: 1, or -1 when switched on (i--).
func kbMutStep[T kbMutNum](a int) T {
	var one T = 1
	if kbMut == a {
		return -one
	}
	return one
}

// kbMutPick chooses between a constant expression and its mutant, both
// still constant expressions converted to T, as the original was.
func kbMutPick[T any](a int, m, o T) T {
	if kbMut == a {
		return m
	}
	return o
}
`

const helperName = "zz_kbmut_schema.go"

// srcPkg is a package's non-test Go files, parsed and type-checked.
type srcPkg struct {
	dir   string
	name  string
	fset  *token.FileSet
	names []string // base names, sorted
	src   map[string][]byte
	files map[string]*ast.File
	info  *types.Info
	pkg   *types.Package
	imp   types.Importer
}

// exportImporter imports packages from the compiler's export data, which
// `go list -export` builds (or finds in the build cache).
func exportImporter(dir string) (types.Importer, error) {
	cmd := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}", "./"+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export ./%s: %v\n%s", dir, err, stderr.Bytes())
	}
	exports := map[string]string{}
	for _, l := range strings.Split(string(out), "\n") {
		if p, e, ok := strings.Cut(l, "\t"); ok && e != "" {
			exports[p] = e
		}
	}
	lookup := func(path string) (io.ReadCloser, error) {
		f, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(f)
	}
	return importer.ForCompiler(token.NewFileSet(), "gc", lookup), nil
}

func loadPkg(dir string) (*srcPkg, error) {
	bp, err := build.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	imp, err := exportImporter(dir)
	if err != nil {
		return nil, err
	}
	p := &srcPkg{dir: dir, name: bp.Name, fset: token.NewFileSet(), names: bp.GoFiles,
		src: map[string][]byte{}, files: map[string]*ast.File{}, imp: imp}
	sort.Strings(p.names)
	for _, n := range p.names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(p.fset, n, b, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		p.src[n], p.files[n] = b, f
	}
	p.info = &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	var errs []error
	p.pkg, _ = p.check(p.fset, p.orderedFiles(nil), p.info, &errs)
	if len(errs) > 0 {
		return nil, fmt.Errorf("type-checking %s: %v", dir, errs[0])
	}
	return p, nil
}

func (p *srcPkg) orderedFiles(repl map[string]*ast.File) []*ast.File {
	var fs []*ast.File
	for _, n := range p.names {
		if f, ok := repl[n]; ok {
			fs = append(fs, f)
		} else {
			fs = append(fs, p.files[n])
		}
	}
	if f, ok := repl[helperName]; ok {
		fs = append(fs, f)
	}
	return fs
}

func (p *srcPkg) check(fset *token.FileSet, files []*ast.File, info *types.Info, errs *[]error) (*types.Package, error) {
	conf := types.Config{Importer: p.imp, Error: func(err error) { *errs = append(*errs, err) }}
	return conf.Check(p.name, fset, files, info)
}

// viable reports whether the package still type-checks with mutant m made
// as the overlay mode makes it; the error if not.
func (p *srcPkg) viable(m mutant) (bool, error) {
	mut, err := apply(p.src[m.File], m.Line, m.Col, m.Kind)
	if err != nil {
		return false, err
	}
	fset := token.NewFileSet()
	repl := map[string]*ast.File{}
	for _, n := range p.names {
		src := p.src[n]
		if n == m.File {
			src = mut
		}
		f, err := parser.ParseFile(fset, n, src, parser.SkipObjectResolution)
		if err != nil {
			return false, nil
		}
		repl[n] = f
	}
	var errs []error
	p.check(fset, p.orderedFiles(repl), nil, &errs)
	if len(errs) > 0 {
		return false, errs[0]
	}
	return true, nil
}

// span is where a rewritten node is in a schema file, and its mutants: a
// compile error inside it drops them from the schema.
type span struct {
	start, end int // byte offsets in the rewritten file
	ids        []int
}

// edit inserts text at off, replacing n bytes. Edits at one offset go in
// order: closers (innermost first), then replacements, then openers
// (outermost first).
type edit struct {
	off, n int
	text   string
	class  int // 0 closer, 1 replacement, 2 opener
	size   int // the node's length, to order nested nodes
	node   int // index of the rewritten node, for its span
	first  bool
	last   bool
}

type rewrite struct {
	edits []edit
	ids   []int
}

// schemaFile rewrites one file: muts maps each mutant of it to its id.
// It returns the new source, the spans of the rewritten nodes and, per
// mutant it cannot express, why.
func (p *srcPkg) schemaFile(name string, muts map[mutant]int) ([]byte, []span, map[mutant]string) {
	src, file := p.src[name], p.files[name]
	tf := p.fset.File(file.Pos())
	skip := map[mutant]string{}
	// The mutants at each operator's offset.
	byOff := map[int][]mutant{}
	for m := range muts {
		off, err := offsetOf(src, m.Line, m.Col)
		if err != nil {
			skip[m] = err.Error()
			continue
		}
		byOff[off] = append(byOff[off], m)
	}
	off := func(pos token.Pos) int { return tf.Offset(pos) }
	imports := fileImports(file)

	var rws []rewrite
	add := func(ms []mutant, ids []int, es ...edit) {
		n := len(rws)
		for i := range es {
			es[i].node = n
		}
		es[0].first, es[len(es)-1].last = true, true
		rws = append(rws, rewrite{edits: es, ids: ids})
	}
	idOf := func(ms []mutant, kinds ...string) ([]string, []int, bool) {
		// One id argument per kind; -1 for a kind not listed. A mutant
		// of another kind cannot be expressed here.
		args := make([]string, len(kinds))
		var ids []int
		for i := range args {
			args[i] = "-1"
		}
		for _, m := range ms {
			found := false
			for i, k := range kinds {
				if m.Kind == k {
					args[i] = strconv.Itoa(muts[m])
					ids = append(ids, muts[m])
					found = true
				}
			}
			if !found {
				return nil, nil, false
			}
		}
		return args, ids, true
	}
	skipAll := func(ms []mutant, why string) {
		for _, m := range ms {
			skip[m] = why
		}
	}

	var stack []ast.Node
	inGroup := -1 // the end offset of the constant expression being rewritten whole
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if inGroup >= 0 && off(n.Pos()) < inGroup {
			return true
		}
		inGroup = -1
		var tokOff int
		switch n := n.(type) {
		case *ast.BinaryExpr:
			tokOff = off(n.OpPos)
		case *ast.UnaryExpr:
			tokOff = off(n.OpPos)
		case *ast.IncDecStmt:
			tokOff = off(n.TokPos)
		case *ast.AssignStmt:
			tokOff = off(n.TokPos)
		case ast.Expr:
			// A constant expression holding mutants (a conversion, say)
			// is handled at the first mutated operator inside it.
			return true
		default:
			return true
		}
		if e, ok := n.(ast.Expr); ok && p.info.Types[e].Value != nil {
			// A constant: rewrite the outermost constant expression
			// around it whole, if a mutant is inside.
			g := len(stack) - 1
			for g > 0 {
				pe, ok := stack[g-1].(ast.Expr)
				if !ok || p.info.Types[pe].Value == nil {
					break
				}
				g--
			}
			ge := stack[g].(ast.Expr)
			start, end := off(ge.Pos()), off(ge.End())
			var ms []mutant
			for o, xs := range byOff {
				if o >= start && o < end {
					ms = append(ms, xs...)
				}
			}
			if len(ms) == 0 {
				return true
			}
			inGroup = end
			sort.Slice(ms, func(i, j int) bool { return less(ms[i], ms[j]) })
			text, ids, why := p.constGroup(src, file, imports, ge, start, end, ms, muts, stack[:g])
			if why != "" {
				skipAll(ms, why)
				return true
			}
			add(ms, ids, edit{off: start, n: end - start, text: text, class: 2, size: end - start})
			return true
		}
		ms := byOff[tokOff]
		if len(ms) == 0 {
			return true
		}
		switch n := n.(type) {
		case *ast.BinaryExpr:
			start, end := off(n.Pos()), off(n.End())
			opLen := len(n.Op.String())
			var fn string
			var kinds []string
			switch n.Op {
			case token.EQL, token.NEQ:
				args, ids, ok := idOf(ms, "CONDITIONALS_NEGATION")
				if !ok {
					skipAll(ms, "a kind the schema does not make")
					return true
				}
				add(ms, ids,
					edit{off: start, text: "kbMutNot(" + args[0] + ", ", class: 2, size: end - start},
					edit{off: end, text: ")", class: 0, size: end - start})
				return true
			case token.LSS:
				fn, kinds = "kbMutLss", []string{"CONDITIONALS_BOUNDARY", "CONDITIONALS_NEGATION"}
			case token.LEQ:
				fn, kinds = "kbMutLeq", []string{"CONDITIONALS_BOUNDARY", "CONDITIONALS_NEGATION"}
			case token.GTR:
				fn, kinds = "kbMutGtr", []string{"CONDITIONALS_BOUNDARY", "CONDITIONALS_NEGATION"}
			case token.GEQ:
				fn, kinds = "kbMutGeq", []string{"CONDITIONALS_BOUNDARY", "CONDITIONALS_NEGATION"}
			case token.ADD:
				if isString(p.info.TypeOf(n)) {
					skipAll(ms, "string concatenation")
					return true
				}
				fn, kinds = "kbMutAdd", []string{"ARITHMETIC_BASE"}
			case token.SUB:
				fn, kinds = "kbMutSub", []string{"ARITHMETIC_BASE", "INVERT_NEGATIVES"}
			case token.MUL:
				fn, kinds = "kbMutMul", []string{"ARITHMETIC_BASE"}
			case token.QUO:
				fn, kinds = "kbMutQuo", []string{"ARITHMETIC_BASE"}
			case token.REM:
				fn, kinds = "kbMutRem", []string{"ARITHMETIC_BASE"}
			default:
				skipAll(ms, "an operator the schema does not make")
				return true
			}
			args, ids, ok := idOf(ms, kinds...)
			if !ok {
				skipAll(ms, "a kind the schema does not make")
				return true
			}
			add(ms, ids,
				edit{off: start, text: fn + "(" + strings.Join(args, ", ") + ", ", class: 2, size: end - start},
				edit{off: tokOff, n: opLen, text: ",", class: 1},
				edit{off: end, text: ")", class: 0, size: end - start})
		case *ast.UnaryExpr:
			if n.Op != token.SUB {
				skipAll(ms, "an operator the schema does not make")
				return true
			}
			start, end := off(n.Pos()), off(n.End())
			args, ids, ok := idOf(ms, "ARITHMETIC_BASE", "INVERT_NEGATIVES")
			if !ok {
				skipAll(ms, "a kind the schema does not make")
				return true
			}
			add(ms, ids,
				edit{off: start, n: 1, text: "kbMutNeg(" + strings.Join(args, ", ") + ", ", class: 2, size: end - start},
				edit{off: end, text: ")", class: 0, size: end - start})
		case *ast.IncDecStmt:
			args, ids, ok := idOf(ms, "INCREMENT_DECREMENT")
			if !ok {
				skipAll(ms, "a kind the schema does not make")
				return true
			}
			t, ok := typeName(p.info.TypeOf(n.X), p.pkg, imports)
			if !ok {
				skipAll(ms, "the operand's type cannot be named here")
				return true
			}
			op := "+="
			if n.Tok == token.DEC {
				op = "-="
			}
			add(ms, ids, edit{off: tokOff, n: 2, text: op + " kbMutStep[" + t + "](" + args[0] + ")", class: 1})
		default:
			skipAll(ms, "a statement the schema does not make")
		}
		return true
	})
	for _, xs := range byOff {
		for _, m := range xs {
			found := false
			for _, rw := range rws {
				for _, id := range rw.ids {
					found = found || id == muts[m]
				}
			}
			if _, ok := skip[m]; !found && !ok {
				skip[m] = "no operator of that kind starts there"
			}
		}
	}
	out, spans := applyEdits(src, rws)
	return out, spans, skip
}

// applyEdits splices the rewrites into src.
func applyEdits(src []byte, rws []rewrite) ([]byte, []span) {
	var es []edit
	for _, rw := range rws {
		es = append(es, rw.edits...)
	}
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.off != b.off {
			return a.off < b.off
		}
		if a.class != b.class {
			return a.class < b.class
		}
		if a.class == 0 {
			return a.size < b.size
		}
		return a.size > b.size
	})
	spans := make([]span, len(rws))
	var b bytes.Buffer
	pos := 0
	for _, e := range es {
		b.Write(src[pos:e.off])
		if e.first {
			spans[e.node].start = b.Len()
		}
		b.WriteString(e.text)
		if e.last {
			spans[e.node].end = b.Len()
		}
		pos = e.off + e.n
	}
	b.Write(src[pos:])
	for i, rw := range rws {
		spans[i].ids = rw.ids
	}
	return b.Bytes(), spans
}

// constGroup rewrites a constant expression holding mutants as a chain of
// kbMutPick calls, each mutant a copy of the expression with its operator
// changed, converted to the type the original was converted to.
func (p *srcPkg) constGroup(src []byte, file *ast.File, imports map[string]string, e ast.Expr, start, end int, ms []mutant, muts map[mutant]int, outer []ast.Node) (string, []int, string) {
	for _, n := range outer {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				return "", nil, "in a constant declaration"
			}
		case *ast.ArrayType:
			if n.Len != nil {
				return "", nil, "in an array length"
			}
		}
	}
	for _, c := range file.Comments {
		if p.fset.Position(c.Pos()).Offset < end && p.fset.Position(c.End()).Offset > start {
			return "", nil, "a comment inside a constant expression"
		}
	}
	t := p.info.TypeOf(e)
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "", nil, "an untyped constant"
	}
	tn, ok := typeName(t, p.pkg, imports)
	if !ok {
		return "", nil, "the constant's type cannot be named here"
	}
	orig := string(src[start:end])
	if strings.Contains(orig, "`") {
		return "", nil, "a raw string in a constant expression"
	}
	text := "(" + orig + ")"
	var ids []int
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		mut, err := apply(src, m.Line, m.Col, m.Kind)
		if err != nil {
			return "", nil, err.Error()
		}
		// The mutated file differs from src only at o: cut the same
		// expression out of it.
		delta := len(mut) - len(src)
		me := strings.ReplaceAll(string(mut[start:end+delta]), "\n", " ")
		text = fmt.Sprintf("kbMutPick[%s](%d, (%s), %s)", tn, muts[m], me, text)
		ids = append(ids, muts[m])
	}
	return text, ids, ""
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// fileImports maps the import paths of a file to the names it uses.
func fileImports(f *ast.File) map[string]string {
	m := map[string]string{}
	for _, s := range f.Imports {
		path, _ := strconv.Unquote(s.Path.Value)
		name := ""
		if s.Name != nil {
			name = s.Name.Name
		}
		m[path] = name
	}
	return m
}

// typeName spells t as the file can: a predeclared basic type, a type
// declared at the package's top level, or one of an imported package.
func typeName(t types.Type, pkg *types.Package, imports map[string]string) (string, bool) {
	t = types.Unalias(t)
	switch t := t.(type) {
	case *types.Basic:
		if t.Info()&types.IsUntyped != 0 || t.Kind() == types.UnsafePointer {
			return "", false
		}
		return t.Name(), true
	case *types.Named:
		obj := t.Obj()
		if t.TypeArgs().Len() > 0 || obj.Pkg() == nil {
			return "", false
		}
		if obj.Pkg() == pkg {
			return obj.Name(), obj.Parent() == pkg.Scope()
		}
		name, ok := imports[obj.Pkg().Path()]
		if !ok || name == "." || name == "_" {
			return "", false
		}
		if name == "" {
			name = obj.Pkg().Name()
		}
		return name + "." + obj.Name(), true
	}
	return "", false
}
