// Package reliability_test runs the kb binary as a user would, as separate
// processes, and hurts it: kills it mid-load, starts loaders together, hands
// it broken, read-only or newer databases and full disks. Every test checks
// that the answer is a clear message and that what was on disk survives.
//
// The short versions run in `make test`; KB_LONG=1 (`make reliability`)
// repeats them many more times.
package reliability_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"kb/internal/testdb"
	"kb/store"
)

var (
	// kbBin is the kb binary built for this run.
	kbBin string
	// seededTemplate is a database made by `kb init`, copied by tests.
	seededTemplate string
	// workDir holds both; it is readable by every user, so that tests can
	// run kb as an unprivileged user when they run as root.
	workDir string
)

// long reports whether the long runs were asked for (KB_LONG=1).
func long() bool { return os.Getenv("KB_LONG") != "" }

// times is n in the long run and short otherwise; KB_LONG=N sets n.
func times(short, n int) int {
	if !long() {
		return short
	}
	if v, err := strconv.Atoi(os.Getenv("KB_LONG")); err == nil && v > 1 {
		return v
	}
	return n
}

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	var err error
	workDir, err = os.MkdirTemp("", "kb-reliability")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(workDir)
	if err := os.Chmod(workDir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	kbBin = filepath.Join(workDir, "kb")
	build := exec.Command(goTool(), "build", "-o", kbBin, "kb/cmd/kb")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building kb: %v\n%s", err, out)
		return 1
	}
	seededTemplate = filepath.Join(workDir, "template.db")
	if out, err := exec.Command(kbBin, "--db", seededTemplate, "init").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "kb init: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// go test caches a package's result by what it imports and the files its
// tests open. kb's main package is built, not imported, so this test reads
// its sources: a change to them then reruns the package.
func TestBinaryTracksItsSources(t *testing.T) {
	dir := filepath.Join("..", "..", "cmd", "kb")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") {
			if _, err := os.ReadFile(filepath.Join(dir, e.Name())); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no sources of kb found")
	}
	if _, err := os.Stat(kbBin); err != nil {
		t.Fatal(err)
	}
}

func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// result is what one kb process did.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout: %s\nstderr: %s", r.code, clip(r.stdout), clip(r.stderr))
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// kbCmd is the command for running kb with args, bounded in time.
func kbCmd(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, kbBin, args...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	return cmd
}

// runKB runs the kb binary and waits for it, for at most a minute.
func runKB(t testing.TB, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return runCmd(t, kbCmd(ctx, args...))
}

func runCmd(t testing.TB, cmd *exec.Cmd) result {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee) && ee.Exited():
		r.code = ee.ExitCode()
	default:
		t.Fatalf("kb %v did not run to its end: %v\n%s", cmd.Args[1:], err, r)
	}
	return r
}

// Driver and runtime texts that must never reach a user.
var leaks = []string{"panic:", "goroutine ", "runtime error", "SQL logic error", `near "`, "sql: ", "[recovered]"}

// assertCleanFailure checks that kb refused with one of the exit codes in
// codes, a "kb: " message on stderr containing want, and no trace of a
// panic or raw SQL error.
func assertCleanFailure(t testing.TB, r result, want string, codes ...int) {
	t.Helper()
	if len(codes) == 0 {
		codes = []int{1}
	}
	if !slices.Contains(codes, r.code) {
		t.Errorf("exit code %d, want one of %v\n%s", r.code, codes, r)
	}
	assertNoLeak(t, r)
	if !strings.HasPrefix(r.stderr, "kb: ") && !strings.Contains(r.stderr, "\nkb: ") {
		t.Errorf("stderr has no kb message:\n%s", r)
	}
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r)
	}
}

func assertNoLeak(t testing.TB, r result) {
	t.Helper()
	for _, l := range leaks {
		if strings.Contains(r.stderr, l) {
			t.Errorf("stderr has %q:\n%s", l, r)
		}
	}
}

// copyFile copies src to dst with mode 0644.
func copyFile(t testing.TB, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// seededCopy is a fresh copy of the seeded template in a new directory.
func seededCopy(t testing.TB) string {
	t.Helper()
	return testdb.Copy(t, seededTemplate)
}

// fileHash is the SHA-256 of a file's bytes, "" when it does not exist.
func fileHash(t testing.TB, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return ""
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return "a directory"
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// dbState opens the database at path (recovering a hot WAL, as any next
// kb would), checks that SQLite finds it whole, and returns a hash of its
// schema and every row. The load time of a source is left out: it is the
// one column that differs between two identical loads.
func dbState(t testing.TB, path string) string {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	assertSound(t, db.SQL())
	sum := sha256.Sum256([]byte(testdb.Dump(t, db.SQL(), "sources.added_at")))
	return hex.EncodeToString(sum[:8])
}

// assertSound fails unless integrity_check says ok, foreign_key_check is
// empty and the full-text index agrees with the statements table.
func assertSound(t testing.TB, db *sql.DB) {
	t.Helper()
	var res []string
	rows, err := db.Query(`PRAGMA integrity_check`)
	if err != nil {
		t.Fatalf("integrity_check: %v", err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		res = append(res, s)
	}
	rows.Close()
	if !slices.Equal(res, []string{"ok"}) {
		t.Fatalf("integrity_check: %v", res)
	}
	rows, err = db.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatalf("foreign_key_check: %v", err)
	}
	n := 0
	for rows.Next() {
		n++
	}
	rows.Close()
	if n > 0 {
		t.Fatalf("foreign_key_check: %d violations", n)
	}
	var hasFTS int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'statements_fts'`).Scan(&hasFTS); err != nil {
		t.Fatal(err)
	}
	if hasFTS == 1 {
		// FTS5's own check compares the index with the statements table.
		if _, err := db.Exec(`INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Fatalf("fts5 integrity-check: %v", err)
		}
	}
}
