package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// schema is a package's source with a set of mutants compiled in.
type schema struct {
	p     *srcPkg
	ids   map[mutant]int    // the mutants in the schema
	skip  map[mutant]string // the mutants left out, and why
	files map[string][]byte // the rewritten files, by base name
	spans map[string][]span
}

// newSchema rewrites the package with mutants ms (ids in that order) and
// drops, until it type-checks, every mutant at a type error's position.
func newSchema(p *srcPkg, ms []mutant) (*schema, error) {
	s := &schema{p: p, ids: map[mutant]int{}, skip: map[mutant]string{}}
	for i, m := range ms {
		s.ids[m] = i + 1
	}
	for round := 0; ; round++ {
		s.rewrite()
		errs := s.typeErrors()
		if len(errs) == 0 {
			return s, nil
		}
		if round == 50 {
			return nil, fmt.Errorf("the schema still does not type-check after %d rounds: %v", round, errs[0])
		}
		for _, e := range errs {
			if err := s.drop(e.file, e.off, e.msg); err != nil {
				return nil, err
			}
		}
	}
}

// rewrite makes the schema files of the mutants still in.
func (s *schema) rewrite() {
	byFile := map[string]map[mutant]int{}
	for m, id := range s.ids {
		if byFile[m.File] == nil {
			byFile[m.File] = map[mutant]int{}
		}
		byFile[m.File][m] = id
	}
	s.files, s.spans = map[string][]byte{}, map[string][]span{}
	for name, muts := range byFile {
		if _, ok := s.p.src[name]; !ok {
			for m := range muts {
				s.leave(m, "not a file of the package")
			}
			continue
		}
		out, spans, skip := s.p.schemaFile(name, muts)
		for m, why := range skip {
			s.leave(m, why)
		}
		s.files[name], s.spans[name] = out, spans
	}
}

func (s *schema) leave(m mutant, why string) {
	delete(s.ids, m)
	s.skip[m] = why
}

type posError struct {
	file string
	off  int
	msg  string
}

// typeErrors type-checks the schema in memory: every error, at once.
func (s *schema) typeErrors() []posError {
	fset := token.NewFileSet()
	repl := map[string]*ast.File{}
	var out []posError
	// Every file in the one file set: go/types cannot mix two.
	for _, name := range s.p.names {
		src, ok := s.files[name]
		if !ok {
			src = s.p.src[name]
		}
		f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			var el scanner.ErrorList
			if errors.As(err, &el) {
				for _, e := range el {
					out = append(out, posError{name, e.Pos.Offset, e.Msg})
				}
				continue
			}
			out = append(out, posError{name, -1, err.Error()})
			continue
		}
		repl[name] = f
	}
	if len(out) > 0 {
		return out
	}
	f, err := parser.ParseFile(fset, helperName, "package "+s.p.name+"\n"+helperFile, 0)
	if err != nil {
		return []posError{{helperName, -1, err.Error()}}
	}
	repl[helperName] = f
	var errs []error
	s.p.check(fset, s.p.orderedFiles(repl), nil, &errs)
	for _, err := range errs {
		var te types.Error
		if errors.As(err, &te) {
			pos := fset.Position(te.Pos)
			out = append(out, posError{pos.Filename, pos.Offset, te.Msg})
		} else {
			out = append(out, posError{"", -1, err.Error()})
		}
	}
	return out
}

// drop leaves out the mutants of the innermost rewritten node at off.
func (s *schema) drop(file string, off int, msg string) error {
	best := -1
	for i, sp := range s.spans[file] {
		if sp.start <= off && off < sp.end && (best < 0 || sp.end-sp.start < s.spans[file][best].end-s.spans[file][best].start) {
			best = i
		}
	}
	if best < 0 {
		return fmt.Errorf("the schema does not compile outside any mutant: %s at offset %d: %s", file, off, msg)
	}
	for _, id := range s.spans[file][best].ids {
		for m, mid := range s.ids {
			if mid == id {
				s.leave(m, "the schema does not compile: "+msg)
			}
		}
	}
	return nil
}

// writeOverlayFiles writes the schema files and the helper into dir and
// returns the overlay that puts them in the package.
func (s *schema) writeOverlayFiles(dir string) (string, error) {
	repl := map[string]string{}
	add := func(name string, src []byte) error {
		abs, err := filepath.Abs(filepath.Join(s.p.dir, name))
		if err != nil {
			return err
		}
		f := filepath.Join(dir, name)
		repl[abs] = f
		return os.WriteFile(f, src, 0o644)
	}
	for name, src := range s.files {
		if err := add(name, src); err != nil {
			return "", err
		}
	}
	if err := add(helperName, []byte("package "+s.p.name+"\n"+helperFile)); err != nil {
		return "", err
	}
	j, err := json.Marshal(map[string]map[string]string{"Replace": repl})
	if err != nil {
		return "", err
	}
	ov := filepath.Join(dir, "overlay.json")
	return ov, os.WriteFile(ov, j, 0o644)
}

var compileError = regexp.MustCompile(`(?m)^(?:\./)?(?:[^\s:]*/)?([^/\s:]+\.go):(\d+):(\d+): (.*)$`)

// build compiles the schema's test binary into dir, dropping the mutants
// at the compiler's error positions (what go/types let through) until it
// builds.
func (s *schema) build(ctx context.Context, dir string, lg io.Writer) (string, time.Duration, error) {
	bin := filepath.Join(dir, "schema.test")
	var cpu time.Duration
	for round := 0; round < 10; round++ {
		ov, err := s.writeOverlayFiles(dir)
		if err != nil {
			return "", cpu, err
		}
		args := []string{"test", "-c", "-o", bin, "-overlay", ov, "./" + s.p.dir}
		fmt.Fprintf(lg, "$ go %s\n", strings.Join(args, " "))
		out, _, c, err := runCmd(ctx, "", nil, "go", args)
		cpu += c
		if err == nil {
			return bin, cpu, nil
		}
		lg.Write(out)
		found := 0
		for _, m := range compileError.FindAllStringSubmatch(string(out), -1) {
			name := m[1]
			src, ok := s.files[name]
			if !ok {
				continue
			}
			line, _ := strconv.Atoi(m[2])
			col, _ := strconv.Atoi(m[3])
			off, err := offsetOf(src, line, col)
			if err != nil {
				continue
			}
			if err := s.drop(name, off, m[4]); err != nil {
				return "", cpu, err
			}
			found++
		}
		if found == 0 {
			return "", cpu, fmt.Errorf("the schema of %s does not build:\n%s", s.p.dir, tail(out, 30))
		}
		s.rewrite()
	}
	return "", cpu, fmt.Errorf("the schema of %s still does not build after 10 rounds", s.p.dir)
}

// runCmd runs a command in its own process group, killed whole when ctx
// ends; dir "" is the current directory, env nil the current environment.
func runCmd(ctx context.Context, dir string, env []string, name string, args []string) (out []byte, wall, cpu time.Duration, err error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	var b bytes.Buffer
	cmd.Stdout, cmd.Stderr = &b, &b
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start)
	if cmd.ProcessState != nil {
		cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	return b.Bytes(), wall, cpu, err
}

// binArgs are the test binary's flags, as go test would pass them.
func binArgs(o options, limit time.Duration) []string {
	args := []string{"-test.paniconexit0", "-test.count=1", "-test.failfast"}
	if limit > 0 {
		args = append(args, "-test.timeout="+(limit+2*time.Second).String())
	}
	if o.run != "" {
		args = append(args, "-test.run="+o.run)
	}
	if o.skip != "" {
		args = append(args, "-test.skip="+o.skip)
	}
	return args
}

func runBin(ctx context.Context, o options, bin, pkg string, id int, limit time.Duration) ([]byte, time.Duration, time.Duration, error) {
	env := append(os.Environ(), "KB_MUT="+strconv.Itoa(id))
	return runCmd(ctx, pkg, env, bin, binArgs(o, limit))
}

// schemaFloor is the least time limit of a mutant's run: the suites run in
// under a second, where the machine's load alone can make K times longer.
const schemaFloor = 10 * time.Second

// runSchemata tests the sample through one schema of all its mutants not
// yet tested; the mutants the schema cannot hold are checked for
// viability with go/types, then tested as the overlay mode does.
func runSchemata(ctx context.Context, o options, pkg string, w io.Writer, sample []mutant, done map[mutant]outcome, res io.Writer) error {
	start := time.Now()
	p, err := loadPkg(pkg)
	if err != nil {
		return err
	}
	var todo []mutant
	for _, m := range sample {
		if _, ok := done[m]; !ok {
			todo = append(todo, m)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	s, err := newSchema(p, todo)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "mutsample-schema-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var blog bytes.Buffer
	bin, bcpu, err := s.build(ctx, dir, &blog)
	_ = os.WriteFile(filepath.Join(o.out, "schema-build.log"), blog.Bytes(), 0o644)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "schema: %d mutants compiled in, %d left out (go/types check, then overlay); built in %s (%.0fs CPU)\n",
		len(s.ids), len(s.skip), time.Since(start).Round(time.Second), bcpu.Seconds())
	if err := s.writeSkipped(filepath.Join(o.out, "schema-skipped.txt")); err != nil {
		return err
	}

	out, base, _, err := runBin(ctx, o, bin, pkg, 0, 0)
	if err != nil {
		return fmt.Errorf("the schema's test binary fails with no mutant on (%v); refusing to go on:\n%s", err, tail(out, 40))
	}
	limit := time.Duration(o.coef * float64(base))
	if limit < schemaFloor {
		limit = schemaFloor
	}
	fmt.Fprintf(w, "unmutated run of the schema binary: %s; time limit %s\n", base.Round(time.Millisecond), limit.Round(time.Second))
	_ = os.WriteFile(filepath.Join(o.out, "baseline-schema.txt"), []byte(fmt.Sprintf("%d\n", base)), 0o644)

	var cm coverMap
	if o.sel {
		if strings.Contains(o.run, "/") {
			return errors.New("-select takes top-level tests only: a -run with a / cannot be kept")
		}
		t0 := time.Now()
		var clog bytes.Buffer
		var tests []string
		cm, tests, err = testCoverage(ctx, o, pkg, dir, &clog)
		_ = os.WriteFile(filepath.Join(o.out, "cover-build.log"), clog.Bytes(), 0o644)
		if err != nil {
			return err
		}
		if err := writeCoverMap(filepath.Join(o.out, "cover-map.txt"), cm, tests, time.Since(t0)); err != nil {
			return err
		}
		fmt.Fprintf(w, "coverage of %d tests taken alone in %s (map in %s)\n", len(tests), time.Since(t0).Round(time.Second), filepath.Join(o.out, "cover-map.txt"))
	}
	var overlayLimit time.Duration
	for i, m := range sample {
		if _, ok := done[m]; ok {
			continue
		}
		logPath := filepath.Join(o.out, "mutants", fmt.Sprintf("%04d.log", i+1))
		var r result
		if id, ok := s.ids[m]; ok {
			om := o
			if cm != nil {
				if pat, _ := cm.runPattern(m); pat != "" {
					om.run = pat
				}
			}
			r = testSchemaMutant(ctx, om, pkg, p, m, id, bin, limit, logPath)
		} else if ok, verr := p.viable(m); !ok {
			r = result{status: notViable}
			if verr == nil {
				verr = errors.New("does not parse")
			}
			msg := fmt.Sprintf("mutant %s at %s/%s\nleft out of the schema: %s\ngo/types: %v\nstatus %s\n", m.Kind, pkg, m.pos(), s.skip[m], verr, notViable)
			_ = os.WriteFile(logPath, []byte(msg), 0o644)
		} else {
			if overlayLimit == 0 {
				if b, ok := readBaseline(o.out); ok {
					overlayLimit = time.Duration(o.coef * float64(b))
				} else if b, err := baseline(ctx, o, pkg); err != nil {
					return err
				} else {
					overlayLimit = time.Duration(o.coef * float64(b))
				}
			}
			r = testMutant(ctx, o, pkg, m, overlayLimit, logPath)
			appendLog(logPath, "left out of the schema: "+s.skip[m]+"; tested through an overlay\n")
		}
		fmt.Fprintf(res, "%d\t%s\t%s\t%s\t%.1f\t%.1f\n", i+1, r.status, m.Kind, m.pos(), r.wall.Seconds(), r.cpu.Seconds())
		fmt.Fprintf(w, "%4d/%d %-10s %s at %s/%s (%.1fs)\n", i+1, len(sample), r.status, m.Kind, pkg, m.pos(), r.wall.Seconds())
	}
	return nil
}

func appendLog(path, s string) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	defer f.Close()
	io.WriteString(f, s)
}

func (s *schema) writeSkipped(path string) error {
	var ms []mutant
	for m := range s.skip {
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool { return less(ms[i], ms[j]) })
	var b bytes.Buffer
	for _, m := range ms {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", m.Kind, m.pos(), s.skip[m])
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// testSchemaMutant runs the schema binary with mutant id on, in the
// package directory. Exit 0: lived; any failure (a failing test's exit 1,
// a panic's exit 2, a crash): killed; past the limit: timed out.
func testSchemaMutant(ctx context.Context, o options, pkg string, p *srcPkg, m mutant, id int, bin string, limit time.Duration, logPath string) result {
	var lg bytes.Buffer
	defer func() { _ = os.WriteFile(logPath, lg.Bytes(), 0o644) }()
	fmt.Fprintf(&lg, "mutant %s at %s/%s (schema id %d)\n", m.Kind, pkg, m.pos(), id)
	if mut, err := apply(p.src[m.File], m.Line, m.Col, m.Kind); err == nil {
		fmt.Fprintf(&lg, "- %s\n+ %s\n", lineOf(p.src[m.File], m.Line), lineOf(mut, m.Line))
	}
	tctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	fmt.Fprintf(&lg, "$ cd %s && KB_MUT=%d %s %s\n", pkg, id, bin, strings.Join(binArgs(o, limit), " "))
	out, wall, cpu, err := runBin(tctx, o, bin, pkg, id, limit)
	r := result{wall: wall, cpu: cpu}
	lg.Write(tail(out, 60))
	switch {
	case errors.Is(tctx.Err(), context.DeadlineExceeded):
		r.status = timedOut
	case err == nil:
		r.status = lived
	default:
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			fmt.Fprintf(&lg, "error: %v\nstatus %s\n", err, failed)
			return result{status: failed}
		}
		r.status = killed
		fmt.Fprintf(&lg, "exit: %v\n", err)
	}
	fmt.Fprintf(&lg, "status %s (wall %.2fs, cpu %.2fs)\n", r.status, wall.Seconds(), cpu.Seconds())
	return r
}

// checkSchema makes the schema of every covered mutant in memory and
// type-checks it: how many it holds, and why it leaves out the others.
func checkSchema(w io.Writer, pkg string, all []mutant) error {
	p, err := loadPkg(pkg)
	if err != nil {
		return err
	}
	s, err := newSchema(p, all)
	if err != nil {
		return err
	}
	why := map[string]int{}
	nv := 0
	for m, reason := range s.skip {
		if ok, _ := p.viable(m); !ok {
			nv++
			reason = "not viable: " + reason
		}
		if i := strings.Index(reason, ": "); i > 0 && strings.HasPrefix(reason, "the schema does not compile") {
			reason = reason[:i]
		}
		why[reason]++
	}
	fmt.Fprintf(w, "%s: %d covered mutants, %d in the schema, %d left out (%d of them not viable)\n", pkg, len(all), len(s.ids), len(s.skip), nv)
	var rs []string
	for r := range why {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	for _, r := range rs {
		fmt.Fprintf(w, "  %5d %s\n", why[r], r)
	}
	return nil
}
