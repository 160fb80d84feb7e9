package reliability_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// loadSet is a generated set of fact files large enough that loading it
// takes a good part of a second, so that kills land inside the load.
type loadSet struct {
	dir                string
	sources, statemnts int
	before, after      string        // dbState hashes of the two legal outcomes
	duration           time.Duration // of one uninterrupted load
}

func newLoadSet(t *testing.T, sources, statements int) *loadSet {
	t.Helper()
	ls := &loadSet{dir: t.TempDir(), sources: sources, statemnts: statements}
	genFacts(t, ls.dir, sources, statements)
	ls.before = dbState(t, seededTemplate)
	ref := seededCopy(t)
	start := time.Now()
	if r := runKB(t, "--db", ref, "seed", ls.dir); r.code != 0 {
		t.Fatalf("reference load failed:\n%s", r)
	}
	ls.duration = time.Since(start)
	ls.after = dbState(t, ref)
	if ls.after == ls.before {
		t.Fatal("the reference load changed nothing")
	}
	return ls
}

// A loader killed with SIGKILL at a random moment leaves the database
// exactly as it was before the load or exactly as after it: SQLite's WAL
// makes the one transaction of a load atomic even when the process dies
// between two writes.
func TestKilledLoaderLeavesBeforeOrAfter(t *testing.T) {
	sources, statements := 150, 30
	if long() {
		sources, statements = 300, 40
	}
	ls := newLoadSet(t, sources, statements)
	kills := times(5, 60)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var before, after, midWrite int
	var minDelay, maxDelay time.Duration = time.Hour, 0
	for i := range kills {
		db := seededCopy(t)
		// Stratified over the load and a little past it, so that even a
		// handful of kills covers the whole load and both outcomes come up.
		span := int64(ls.duration) * 11 / 10
		delay := time.Duration((int64(i)*span + rng.Int64N(span)) / int64(kills))
		minDelay, maxDelay = min(minDelay, delay), max(maxDelay, delay)
		cmd := kbCmd(context.Background(), "--db", db, "seed", ls.dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		walSize := fileSize(db + "-wal")
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		killed := err != nil
		got := dbState(t, db)
		switch got {
		case ls.before:
			before++
			if killed && walSize > 0 {
				midWrite++ // pages of the open transaction were in the WAL
			}
		case ls.after:
			after++
		default:
			t.Fatalf("kill %d after %v (WAL %d bytes): the database holds a mix, neither the state before nor after the load", i, delay, walSize)
		}
		// The next loader completes the load from wherever the kill left it.
		if i%10 == 0 {
			if r := runKB(t, "--db", db, "seed", ls.dir); r.code != 0 {
				t.Fatalf("load after kill %d failed:\n%s", i, r)
			}
			if dbState(t, db) != ls.after {
				t.Fatalf("load after kill %d did not reach the state of an uninterrupted load", i)
			}
		}
		os.RemoveAll(filepath.Dir(db))
	}
	t.Logf("FIGURE kill-seed: %d SIGKILLs during `kb seed` of %d sources x %d statements (uninterrupted load %v), delays %v..%v: %d before (%d with uncommitted pages in the WAL), %d after, 0 mixed; integrity_check ok and foreign_key_check empty after each",
		kills, ls.sources, ls.statemnts, ls.duration.Round(time.Millisecond), minDelay.Round(time.Millisecond), maxDelay.Round(time.Millisecond), before, midWrite, after)
}

func fileSize(path string) int64 {
	st, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return st.Size()
}

// `kb init` is killed at random moments while it creates, migrates and
// seeds a new database. What it leaves is sound, and is either no database
// or the complete seeded one; the next `kb init` finishes the job.
func TestKilledInitLeavesNothingOrAll(t *testing.T) {
	full := dbState(t, seededTemplate)
	start := time.Now()
	ref := filepath.Join(t.TempDir(), "kb.db")
	if r := runKB(t, "--db", ref, "init"); r.code != 0 {
		t.Fatal(r)
	}
	d := time.Since(start)
	kills := times(10, 100)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 9))
	outcomes := map[string]int{}
	leftovers := 0 // kills that left a temporary file beside the database
	for i := range kills {
		dir := t.TempDir()
		db := filepath.Join(dir, "kb.db")
		span := int64(d) * 12 / 10
		delay := time.Duration((int64(i)*span + rng.Int64N(span)) / int64(kills))
		cmd := kbCmd(context.Background(), "--db", db, "init")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		var outcome string
		if _, err := os.Stat(db); os.IsNotExist(err) {
			outcome = "no database"
		} else if dbState(t, db) == full {
			outcome = "seeded database"
		} else {
			t.Fatalf("kill %d after %v left a partial database: %v", i, delay, describeDB(t, db))
		}
		outcomes[outcome]++
		if tmps, _ := filepath.Glob(filepath.Join(dir, ".kb.db.creating-*")); len(tmps) > 0 {
			leftovers++
		}
		if r := runKB(t, "--db", db, "init"); r.code != 0 {
			t.Fatalf("kb init after kill %d failed:\n%s", i, r)
		}
		if dbState(t, db) != full {
			t.Fatalf("kb init after kill %d did not give the seeded database", i)
		}
	}
	t.Logf("FIGURE kill-init: %d SIGKILLs during `kb init` (uninterrupted %v): %d left no database, %d the seeded one, 0 partial (%d left a hidden .kb.db.creating-* file behind); the next kb init completed each", kills, d.Round(time.Millisecond), outcomes["no database"], outcomes["seeded database"], leftovers)
}

// describeDB says what a database holds, for failure messages.
func describeDB(t testing.TB, path string) string {
	r := runKB(t, "--db", path, "migrate", "version")
	entries, _ := os.ReadDir(filepath.Dir(path))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return fmt.Sprintf("%s%s; files %v", r.stdout, r.stderr, names)
}
