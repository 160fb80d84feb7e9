package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Per-test selection (-select): a mutant runs only the top-level tests
// that execute its line in the unmutated package. That is sound: until a
// test reaches the mutated line, the mutant's program and the original do
// the same thing, so a test that never reaches it passes or fails as the
// original does (and the original passes). Each test's coverage is taken
// in a process of its own, so the lines package initialization runs are
// covered by every test, and their mutants run the whole suite.

// coverMap is, per file base name and line, the tests that execute it.
type coverMap map[string]map[int][]string

// testCoverage builds the package with -cover, lists its tests (those
// -run/-skip keep), runs each alone with a coverage profile, and maps
// every line a test executed to it.
func testCoverage(ctx context.Context, o options, pkg, dir string, lg io.Writer) (coverMap, []string, error) {
	bin := filepath.Join(dir, "cover.test")
	args := []string{"test", "-c", "-cover", "-covermode=set", "-o", bin, "./" + pkg}
	fmt.Fprintf(lg, "$ go %s\n", strings.Join(args, " "))
	if out, _, _, err := runCmd(ctx, "", nil, "go", args); err != nil {
		return nil, nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	pattern := o.run
	if pattern == "" {
		pattern = "."
	}
	out, _, _, err := runCmd(ctx, pkg, nil, bin, []string{"-test.list", pattern})
	if err != nil {
		return nil, nil, fmt.Errorf("%s -test.list: %v\n%s", bin, err, out)
	}
	var tests []string
	for _, l := range strings.Fields(string(out)) {
		// Benchmarks do not run in a mutant's run; tests, examples and
		// fuzz targets' seeds do.
		if !strings.HasPrefix(l, "Benchmark") {
			tests = append(tests, l)
		}
	}
	cm := coverMap{}
	for i, t := range tests {
		prof := filepath.Join(dir, fmt.Sprintf("cover-%d.out", i))
		a := []string{"-test.count=1", "-test.run=^" + regexp.QuoteMeta(t) + "$", "-test.coverprofile=" + prof}
		if o.skip != "" {
			a = append(a, "-test.skip="+o.skip)
		}
		out, _, _, err := runCmd(ctx, pkg, nil, bin, a)
		if err != nil {
			return nil, nil, fmt.Errorf("%s alone fails without a mutant: %v\n%s", t, err, tail(out, 20))
		}
		if err := readProfile(prof, t, cm); err != nil {
			return nil, nil, err
		}
	}
	fmt.Fprintf(lg, "coverage of %d tests taken\n", len(tests))
	return cm, tests, nil
}

// readProfile adds the lines of the blocks that test t executed.
func readProfile(path, t string, cm coverMap) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		// name.go:l1.c1,l2.c2 statements count
		l := sc.Text()
		if strings.HasPrefix(l, "mode:") {
			continue
		}
		fs := strings.Fields(l)
		if len(fs) != 3 || fs[2] == "0" {
			continue
		}
		file, rng, ok := strings.Cut(fs[0], ":")
		if !ok {
			continue
		}
		from, to, _ := strings.Cut(rng, ",")
		l1, _ := strconv.Atoi(strings.Split(from, ".")[0])
		l2, _ := strconv.Atoi(strings.Split(to, ".")[0])
		base := filepath.Base(file)
		if cm[base] == nil {
			cm[base] = map[int][]string{}
		}
		for line := l1; line <= l2; line++ {
			ts := cm[base][line]
			if len(ts) == 0 || ts[len(ts)-1] != t {
				cm[base][line] = append(ts, t)
			}
		}
	}
	return sc.Err()
}

// runPattern is the -test.run of the tests that execute m's line, or ""
// (the whole suite) if the coverage knows none.
func (cm coverMap) runPattern(m mutant) (string, int) {
	ts := cm[m.File][m.Line]
	if len(ts) == 0 {
		return "", 0
	}
	q := make([]string, len(ts))
	for i, t := range ts {
		q[i] = regexp.QuoteMeta(t)
	}
	sort.Strings(q)
	return "^(" + strings.Join(q, "|") + ")$", len(ts)
}

func writeCoverMap(path string, cm coverMap, tests []string, took time.Duration) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %d tests, coverage taken in %s\n", len(tests), took.Round(time.Second))
	var files []string
	for f := range cm {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		var lines []int
		for l := range cm[f] {
			lines = append(lines, l)
		}
		sort.Ints(lines)
		for _, l := range lines {
			fmt.Fprintf(&b, "%s:%d\t%s\n", f, l, strings.Join(cm[f][l], " "))
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
