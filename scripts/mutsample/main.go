// Command mutsample estimates a package's mutation efficacy, as gremlins
// v0.6.0 counts it, from a uniform random sample of its covered mutants
// (docs/testing.md, "Sampled whole-package runs"). It lists the mutants
// with `gremlins unleash --dry-run`, draws the sample with a printed seed,
// makes each mutant itself through a `go test -overlay` (the tree is never
// written), and prints killed / (killed + lived) with a 95% Wilson
// interval and every mutant that lived. With -schemata it compiles every
// mutant of the sample into one test binary instead (a mutant schema,
// schema.go) and runs it once per mutant: one build, not one per mutant
// (docs/testing.md, "mut-schemata").
//
//	go run ./scripts/mutsample -schemata -n 0 -out /tmp/ms-extract extract
//	go run ./scripts/mutsample -n 150 -out /tmp/ms-store store
//	go run ./scripts/mutsample -summarize -out /tmp/ms-store store
//
// Run from the module root. Mutants are tested in the sample's random
// order, so a run stopped early is still a uniform sample, of fewer.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

type mutant struct {
	Kind string
	File string // relative to the package directory, as gremlins logs it
	Line int
	Col  int
}

func (m mutant) pos() string { return fmt.Sprintf("%s:%d:%d", m.File, m.Line, m.Col) }

type options struct {
	n        int
	seed     uint64
	list     string
	gremlins string
	files    string
	run      string
	skip     string
	coef     float64
	out      string
	summary  bool
	check    bool
	resume   bool
	schemata bool
	sel      bool
}

func main() {
	var o options
	flag.IntVar(&o.n, "n", 100, "mutants in the sample (0: every covered mutant)")
	flag.Uint64Var(&o.seed, "seed", 1, "seed of the random sample (the same seed and list give the same sample)")
	flag.StringVar(&o.list, "list", "", "a saved `gremlins unleash --dry-run` output of the package (default: run gremlins)")
	flag.StringVar(&o.gremlins, "gremlins", ".bin/gremlins-v0.6.0", "the gremlins binary, for the dry-run")
	flag.StringVar(&o.files, "files", "", "sample only files whose base name (without .go) matches this regexp")
	flag.StringVar(&o.run, "run", "", "go test -run for each mutant")
	flag.StringVar(&o.skip, "skip", "", "go test -skip for each mutant")
	flag.Float64Var(&o.coef, "timeout-coefficient", 5, "a mutant times out after this many times the unmutated run")
	flag.StringVar(&o.out, "out", "mutsample-out", "directory of the logs (one per mutant)")
	flag.BoolVar(&o.summary, "summarize", false, "only summarize the logs in -out")
	flag.BoolVar(&o.resume, "resume", false, "go on with a stopped run in -out, or make its sample larger (the same list, seed, options and source)")
	flag.BoolVar(&o.schemata, "schemata", false, "compile every mutant into one test binary (a mutant schema), then run it once per mutant: the fast mode")
	flag.BoolVar(&o.sel, "select", false, "with -schemata: run each mutant with only the tests that execute its line (each test's coverage taken alone)")
	flag.BoolVar(&o.check, "check", false, "only make every covered mutant in memory (no build, no test) and report those that cannot be made")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: mutsample [flags] PKGDIR (run from the module root)\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	pkg := strings.TrimSuffix(strings.TrimPrefix(flag.Arg(0), "./"), "/")
	if err := run(context.Background(), o, pkg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "mutsample:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options, pkg string, w io.Writer) error {
	if err := os.MkdirAll(filepath.Join(o.out, "mutants"), 0o755); err != nil {
		return err
	}
	if o.summary {
		return summarize(w, o.out, pkg)
	}
	if _, err := os.Stat("go.mod"); err != nil {
		return errors.New("run from the module root (no go.mod here)")
	}
	all, err := covered(o, pkg)
	if err != nil {
		return err
	}
	if o.check && o.schemata {
		return checkSchema(w, pkg, all)
	}
	if o.check {
		return checkAll(w, pkg, all)
	}
	sample := draw(all, o.n, o.seed)
	if err := startOrResume(o, pkg, len(all), sample); err != nil {
		return err
	}
	fmt.Fprintf(w, "%s: %d covered mutants; sample of %d, seed %d (list in %s)\n",
		pkg, len(all), len(sample), o.seed, filepath.Join(o.out, "sample.txt"))

	done, err := readResults(o.out)
	if err != nil {
		return err
	}
	if o.schemata {
		res, err := os.OpenFile(filepath.Join(o.out, "results.tsv"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		defer res.Close()
		if err := runSchemata(ctx, o, pkg, w, sample, done, res); err != nil {
			return err
		}
		return summarize(w, o.out, pkg)
	}
	var limit time.Duration
	if b, ok := readBaseline(o.out); ok {
		limit = time.Duration(o.coef * float64(b))
		fmt.Fprintf(w, "unmutated run (earlier): %s; time limit %s\n", b.Round(time.Millisecond), limit.Round(time.Second))
	} else {
		b, err := baseline(ctx, o, pkg)
		if err != nil {
			return err
		}
		limit = time.Duration(o.coef * float64(b))
		fmt.Fprintf(w, "unmutated run: %s; time limit %s\n", b.Round(time.Millisecond), limit.Round(time.Second))
	}
	res, err := os.OpenFile(filepath.Join(o.out, "results.tsv"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer res.Close()
	for i, m := range sample {
		if _, ok := done[m]; ok {
			continue
		}
		r := testMutant(ctx, o, pkg, m, limit, filepath.Join(o.out, "mutants", fmt.Sprintf("%04d.log", i+1)))
		fmt.Fprintf(res, "%d\t%s\t%s\t%s\t%.1f\t%.1f\n", i+1, r.status, m.Kind, m.pos(), r.wall.Seconds(), r.cpu.Seconds())
		fmt.Fprintf(w, "%4d/%d %-10s %s at %s/%s (%.0fs)\n", i+1, len(sample), r.status, m.Kind, pkg, m.pos(), r.wall.Seconds())
	}
	return summarize(w, o.out, pkg)
}

// dryRunLine is a mutant as `gremlins unleash --dry-run` prints it.
var dryRunLine = regexp.MustCompile(`^\s*(RUNNABLE|NOT COVERED) ([A-Z_]+) at (.+):(\d+):(\d+)\s*$`)

// covered lists the package's covered mutants as gremlins would test them
// from scripts/mutate.sh: files of nested packages left out (-E /), and,
// with -files, only the matching files; sorted, so that the sample does not
// depend on the order gremlins prints them in.
func covered(o options, pkg string) ([]mutant, error) {
	var text []byte
	if o.list == "" && o.resume {
		// The stopped run's list; the source digest tells if it is stale.
		if _, err := os.Stat(filepath.Join(o.out, "dryrun.txt")); err == nil {
			o.list = filepath.Join(o.out, "dryrun.txt")
		}
	}
	if o.list != "" {
		b, err := os.ReadFile(o.list)
		if err != nil {
			return nil, err
		}
		text = b
	} else {
		g, err := filepath.Abs(o.gremlins)
		if err != nil {
			return nil, err
		}
		cmd := exec.Command(g, "unleash", "--dry-run", "--workers", "1", "-E", "/")
		cmd.Dir = pkg
		cmd.Env = append(os.Environ(), "GOFLAGS=-count=1")
		b, err := cmd.CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("gremlins dry-run in %s: %v\n%s", pkg, err, b)
		}
		text = b
		if err := os.WriteFile(filepath.Join(o.out, "dryrun.txt"), b, 0o644); err != nil {
			return nil, err
		}
	}
	var files *regexp.Regexp
	if o.files != "" {
		var err error
		if files, err = regexp.Compile("^(" + o.files + ")$"); err != nil {
			return nil, err
		}
	}
	var out []mutant
	for _, l := range strings.Split(string(text), "\n") {
		m := dryRunLine.FindStringSubmatch(l)
		if m == nil || m[1] != "RUNNABLE" || strings.Contains(m[3], "/") {
			continue
		}
		if files != nil && !files.MatchString(strings.TrimSuffix(m[3], ".go")) {
			continue
		}
		line, _ := strconv.Atoi(m[4])
		col, _ := strconv.Atoi(m[5])
		out = append(out, mutant{Kind: m[2], File: m[3], Line: line, Col: col})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no covered mutant in the dry-run of %s", pkg)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out, nil
}

// checkAll makes every mutant in memory: a check of the applier against
// the whole list, which costs no build.
func checkAll(w io.Writer, pkg string, all []mutant) error {
	bad := 0
	for _, m := range all {
		src, err := os.ReadFile(filepath.Join(pkg, m.File))
		if err == nil {
			_, err = apply(src, m.Line, m.Col, m.Kind)
		}
		if err != nil {
			bad++
			fmt.Fprintf(w, "  cannot make %s at %s/%s: %v\n", m.Kind, pkg, m.pos(), err)
		}
	}
	fmt.Fprintf(w, "%s: %d covered mutants, %d made, %d could not be made\n", pkg, len(all), len(all)-bad, bad)
	if bad > 0 {
		return fmt.Errorf("%d mutants could not be made", bad)
	}
	return nil
}

func less(a, b mutant) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	return a.Kind < b.Kind
}

// draw returns n mutants drawn uniformly without replacement, in a random
// order: any first k of them are a uniform sample of k.
func draw(all []mutant, n int, seed uint64) []mutant {
	r := rand.New(rand.NewPCG(seed, 0x6b62))
	perm := r.Perm(len(all))
	if n <= 0 || n > len(all) {
		n = len(all)
	}
	out := make([]mutant, n)
	for i := range out {
		out[i] = all[perm[i]]
	}
	return out
}

// startOrResume writes the sample's list. A new run clears the logs of an
// earlier one in the directory; -resume keeps them, if the list is the
// same (the same mutants, seed and options: the code has not changed).
func startOrResume(o options, pkg string, total int, s []mutant) error {
	list := sampleList(pkg, o, total, s)
	path := filepath.Join(o.out, "sample.txt")
	if o.resume {
		old, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("-resume: %v", err)
		}
		// A larger -n extends the sample: the first mutants are the same.
		if !bytes.HasPrefix(entries(list), entries(old)) || !bytes.Equal(header(old), header(list)) {
			return fmt.Errorf("-resume: %s is another sample (other code, seed or options); start a new run", path)
		}
		return os.WriteFile(path, list, 0o644)
	}
	for _, f := range []string{"results.tsv", "baseline.txt"} {
		if err := os.Remove(filepath.Join(o.out, f)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	logs, _ := filepath.Glob(filepath.Join(o.out, "mutants", "*.log"))
	for _, f := range logs {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	return os.WriteFile(path, list, 0o644)
}

// sourceHash is a short digest of the package's Go files, tests included:
// a run resumed on other code would mix two codes' outcomes.
func sourceHash(pkg string) string {
	files, _ := filepath.Glob(filepath.Join(pkg, "*.go"))
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "unreadable"
		}
		fmt.Fprintf(h, "%s %d\n", f, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

var sampleSize = regexp.MustCompile(`, sample \d+,`)

// header is a sample list's first line, its size left out.
func header(list []byte) []byte {
	h, _, _ := bytes.Cut(list, []byte("\n"))
	return sampleSize.ReplaceAll(h, nil)
}

func entries(list []byte) []byte {
	_, e, _ := bytes.Cut(list, []byte("\n"))
	return e
}

func sampleList(pkg string, o options, total int, s []mutant) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# package %s, %d covered mutants, sample %d, seed %d, files %q, run %q, skip %q, timeout coefficient %g, source %s\n",
		pkg, total, len(s), o.seed, o.files, o.run, o.skip, o.coef, sourceHash(pkg))
	for i, m := range s {
		fmt.Fprintf(&b, "%d\t%s\t%s\n", i+1, m.Kind, m.pos())
	}
	return b.Bytes()
}

type result struct {
	status string
	wall   time.Duration
	cpu    time.Duration
}

// Outcomes, worded as gremlins logs them.
const (
	killed    = "KILLED"
	lived     = "LIVED"
	timedOut  = "TIMED OUT"
	notViable = "NOT VIABLE"
	failed    = "ERROR" // the mutant could not be made (logged); in no figure
)

func testArgs(o options, pkg string, overlay string, limit time.Duration) []string {
	args := []string{"test", "-count=1", "-failfast"}
	if limit > 0 {
		// As gremlins: go test's own limit a little later than ours.
		args = append(args, "-timeout", (limit + 2*time.Second).String())
	}
	if o.run != "" {
		args = append(args, "-run", o.run)
	}
	if o.skip != "" {
		args = append(args, "-skip", o.skip)
	}
	if overlay != "" {
		args = append(args, "-overlay", overlay)
	}
	return append(args, "./"+pkg)
}

// goCmd runs go in its own process group, killed whole at the time limit.
func goCmd(ctx context.Context, args []string) (out []byte, wall, cpu time.Duration, err error) {
	return runCmd(ctx, "", nil, "go", args)
}

// baseline times the unmutated package as a mutant costs: a comment added
// to its first sampled file through an overlay, so it is compiled and
// linked again, then its tests run.
func baseline(ctx context.Context, o options, pkg string) (time.Duration, error) {
	dir, err := os.MkdirTemp("", "mutsample-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	files, _ := filepath.Glob(filepath.Join(pkg, "*.go"))
	var src string
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") {
			src = f
			break
		}
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return 0, err
	}
	b = append(b, fmt.Sprintf("\n// mutsample baseline %d\n", time.Now().UnixNano())...)
	overlay, err := writeOverlay(dir, src, b)
	if err != nil {
		return 0, err
	}
	out, wall, cpu, err := goCmd(ctx, testArgs(o, pkg, overlay, 0))
	if err != nil {
		return 0, fmt.Errorf("the unmutated tests of %s fail: %v\n%s", pkg, err, out)
	}
	s := fmt.Sprintf("%d\t%.1f\n", wall, cpu.Seconds())
	return wall, os.WriteFile(filepath.Join(o.out, "baseline.txt"), []byte(s), 0o644)
}

func readBaseline(dir string) (time.Duration, bool) {
	b, err := os.ReadFile(filepath.Join(dir, "baseline.txt"))
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, false
	}
	d, err := strconv.ParseInt(f[0], 10, 64)
	return time.Duration(d), err == nil && d > 0
}

func writeOverlay(dir, file string, src []byte) (string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", err
	}
	m := filepath.Join(dir, filepath.Base(file))
	if err := os.WriteFile(m, src, 0o644); err != nil {
		return "", err
	}
	j, err := json.Marshal(map[string]map[string]string{"Replace": {abs: m}})
	if err != nil {
		return "", err
	}
	ov := filepath.Join(dir, "overlay.json")
	return ov, os.WriteFile(ov, j, 0o644)
}

// testMutant makes mutant m through an overlay, runs the package's tests
// and classifies the outcome as gremlins does (exit 1: killed; passing:
// lived; past the limit: timed out), except that a mutant that does not
// compile is not viable rather than killed. Everything goes to logPath.
func testMutant(ctx context.Context, o options, pkg string, m mutant, limit time.Duration, logPath string) result {
	var lg bytes.Buffer
	defer func() { _ = os.WriteFile(logPath, lg.Bytes(), 0o644) }()
	fmt.Fprintf(&lg, "mutant %s at %s/%s\n", m.Kind, pkg, m.pos())
	fail := func(err error) result {
		fmt.Fprintf(&lg, "error: %v\nstatus %s\n", err, failed)
		return result{status: failed}
	}
	file := filepath.Join(pkg, m.File)
	src, err := os.ReadFile(file)
	if err != nil {
		return fail(err)
	}
	mut, err := apply(src, m.Line, m.Col, m.Kind)
	if err != nil {
		return fail(err)
	}
	fmt.Fprintf(&lg, "- %s\n+ %s\n", lineOf(src, m.Line), lineOf(mut, m.Line))
	dir, err := os.MkdirTemp("", "mutsample-")
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(dir)
	overlay, err := writeOverlay(dir, file, mut)
	if err != nil {
		return fail(err)
	}
	tctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	args := testArgs(o, pkg, overlay, limit)
	fmt.Fprintf(&lg, "$ go %s\n", strings.Join(args, " "))
	out, wall, cpu, err := goCmd(tctx, args)
	r := result{wall: wall, cpu: cpu}
	lg.Write(tail(out, 60))
	if err != nil && tctx.Err() == nil && bytes.Contains(out, []byte("[build failed]")) {
		// A compiler killed from outside (seen under load: "compile:
		// signal: terminated") is no outcome of the mutant: if the
		// package builds, test it again.
		if _, _, bcpu, berr := goCmd(ctx, []string{"build", "-overlay", overlay, "./" + pkg}); berr == nil {
			r.cpu += bcpu
			fmt.Fprintf(&lg, "the package builds: go test again\n")
			out, wall, cpu, err = goCmd(tctx, args)
			r.wall, r.cpu = r.wall+wall, r.cpu+cpu
			lg.Write(tail(out, 60))
		}
	}
	var exit *exec.ExitError
	switch {
	case errors.Is(tctx.Err(), context.DeadlineExceeded):
		r.status = timedOut
	case err == nil:
		r.status = lived
	case errors.As(err, &exit) && exit.ExitCode() == 1:
		r.status = killed
		// go test exits 1 on a build failure as on a failing test; a
		// build of the package alone tells them apart.
		if bytes.Contains(out, []byte("[build failed]")) || bytes.Contains(out, []byte("[setup failed]")) {
			bout, _, bcpu, berr := goCmd(ctx, []string{"build", "-overlay", overlay, "./" + pkg})
			r.cpu += bcpu
			fmt.Fprintf(&lg, "$ go build -overlay %s ./%s\n%s", overlay, pkg, bout)
			if berr != nil {
				r.status = notViable
			}
		}
	case errors.As(err, &exit) && exit.ExitCode() == 2:
		r.status = notViable // as gremlins
	case errors.As(err, &exit):
		r.status = lived // as gremlins: an exit code other than 1 or 2
		fmt.Fprintf(&lg, "note: go test exited %d; gremlins counts that as lived\n", exit.ExitCode())
	default:
		return fail(err)
	}
	fmt.Fprintf(&lg, "status %s (wall %.1fs, cpu %.1fs)\n", r.status, wall.Seconds(), r.cpu.Seconds())
	return r
}

func lineOf(src []byte, n int) string {
	lines := bytes.Split(src, []byte("\n"))
	if n < 1 || n > len(lines) {
		return ""
	}
	return string(bytes.TrimSpace(lines[n-1]))
}

func tail(b []byte, n int) []byte {
	lines := bytes.SplitAfter(b, []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return bytes.Join(lines, nil)
}

type outcome struct {
	idx    int
	status string
}

// readResults reads the outcomes logged so far (results.tsv), by mutant.
func readResults(dir string) (map[mutant]outcome, error) {
	done := map[mutant]outcome{}
	f, err := os.Open(filepath.Join(dir, "results.tsv"))
	if errors.Is(err, os.ErrNotExist) {
		return done, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) < 4 {
			continue
		}
		m, ok := parsePos(p[2], p[3])
		if !ok {
			continue
		}
		idx, _ := strconv.Atoi(p[0])
		done[m] = outcome{idx, p[1]}
	}
	return done, sc.Err()
}

func parsePos(kind, pos string) (mutant, bool) {
	p := strings.Split(pos, ":")
	if len(p) != 3 {
		return mutant{}, false
	}
	line, err1 := strconv.Atoi(p[1])
	col, err2 := strconv.Atoi(p[2])
	return mutant{kind, p[0], line, col}, err1 == nil && err2 == nil
}

// wilson is the 95% Wilson score interval of k successes in n trials.
func wilson(k, n int) (lo, hi float64) {
	if n == 0 {
		return 0, 1
	}
	const z = 1.959964
	p, nf := float64(k)/float64(n), float64(n)
	d := 1 + z*z/nf
	c := (p + z*z/(2*nf)) / d
	h := z / d * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf))
	return math.Max(0, c-h), math.Min(1, c+h)
}

// summarize prints the figures of the outcomes logged in dir, and keeps
// them in dir/summary.txt.
func summarize(w io.Writer, dir, pkg string) error {
	var b bytes.Buffer
	if err := summary(&b, dir, pkg); err != nil {
		return err
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "summary.txt"), b.Bytes(), 0o644)
}

func summary(w io.Writer, dir, pkg string) error {
	done, err := readResults(dir)
	if err != nil {
		return err
	}
	sampleSize, total, header := 0, 0, ""
	if b, err := os.ReadFile(filepath.Join(dir, "sample.txt")); err == nil {
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		header = strings.TrimPrefix(lines[0], "# ")
		sampleSize = len(lines) - 1
		fmt.Sscanf(header, "package %s %d covered", new(string), &total)
	}
	count := map[string]int{}
	var ms []outcome
	var byIdx = map[int]mutant{}
	for m, oc := range done {
		count[oc.status]++
		ms = append(ms, oc)
		byIdx[oc.idx] = m
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].idx < ms[j].idx })
	k, l := count[killed], count[lived]
	state := "complete"
	if len(done) < sampleSize {
		state = fmt.Sprintf("PARTIAL: %d of the %d drawn tested (still a uniform sample, of %d)", len(done), sampleSize, len(done))
	}
	fmt.Fprintf(w, "%s: sample of %s\n", pkg, header)
	if k+l == 0 {
		fmt.Fprintf(w, "%s: no killed or lived mutant yet (%s)\n", pkg, state)
		return nil
	}
	lo, hi := wilson(k, k+l)
	fmt.Fprintf(w, "%s: efficacy %.1f%% (95%% Wilson interval %.1f%% to %.1f%%; killed %d, lived %d; timed out %d, not viable %d, errors %d; %d tested of %d covered) %s\n",
		pkg, 100*float64(k)/float64(k+l), 100*lo, 100*hi, k, l, count[timedOut], count[notViable], count[failed], len(done), total, state)
	byFile := map[string]map[string]int{}
	for _, oc := range ms {
		f := byIdx[oc.idx].File
		if byFile[f] == nil {
			byFile[f] = map[string]int{}
		}
		byFile[f][oc.status]++
	}
	var files []string
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	fmt.Fprintf(w, "  per file (killed, lived, efficacy; timed out, not viable):\n")
	for _, f := range files {
		c := byFile[f]
		e := "-"
		if c[killed]+c[lived] > 0 {
			e = fmt.Sprintf("%.1f%%", 100*float64(c[killed])/float64(c[killed]+c[lived]))
		}
		fmt.Fprintf(w, "    %-24s %5d %5d %6s; %d, %d\n", f, c[killed], c[lived], e, c[timedOut], c[notViable])
	}
	for _, oc := range ms {
		if oc.status == lived || oc.status == timedOut || oc.status == failed {
			m := byIdx[oc.idx]
			fmt.Fprintf(w, "  %s %s at %s/%s\n", oc.status, m.Kind, pkg, m.pos())
		}
	}
	return nil
}
