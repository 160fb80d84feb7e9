package reliability_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"kb/store"
)

// loadSet is a generated set of fact files large enough that loading it
// takes a good part of a second, so that kills land inside the load.
type loadSet struct {
	dir, dir2          string // the set, and a variant of it with other quotes
	sources, statemnts int
	seeded, loaded     string // a copy of the seeded database, and one with the set loaded
	// dbState hashes: seeded, set loaded, variant loaded over the set
	before, after, replaced string
	duration                time.Duration // of one uninterrupted load
	peakWAL                 int64         // the WAL's size at the end of that load
}

func newLoadSet(t *testing.T, sources, statements int) *loadSet {
	t.Helper()
	ls := &loadSet{dir: t.TempDir(), dir2: t.TempDir(), sources: sources, statemnts: statements}
	genFacts(t, ls.dir, sources, statements)
	genVariant(t, ls.dir2, 1, sources, statements, "stand")
	ls.seeded = seededCopy(t)
	ls.before = dbState(t, ls.seeded)
	ls.loaded = seededCopy(t)
	start := time.Now()
	cmd := kbCmd(context.Background(), "--db", ls.loaded, "seed", ls.dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for waiting := true; waiting; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("reference load failed: %v", err)
			}
			waiting = false
		case <-time.After(200 * time.Microsecond):
			ls.peakWAL = max(ls.peakWAL, fileSize(ls.loaded+"-wal"))
		}
	}
	ls.duration = time.Since(start)
	ls.after = dbState(t, ls.loaded)
	replaced := filepath.Join(t.TempDir(), "kb.db")
	copyFile(t, ls.loaded, replaced)
	if r := runKB(t, "--db", replaced, "seed", ls.dir2); r.code != 0 || !strings.Contains(r.stdout, "replaced") {
		t.Fatalf("reference replacing load failed:\n%s", r)
	}
	ls.replaced = dbState(t, replaced)
	if ls.replaced == ls.after || ls.after == ls.before || ls.peakWAL == 0 {
		t.Fatalf("the reference load changed nothing (WAL peak %d bytes)", ls.peakWAL)
	}
	return ls
}

// Phases of a load that a kill aims at.
const (
	phaseRead   = iota // reading and checking the files: nothing written yet
	phaseWrite         // the transaction is writing pages to the WAL
	phaseCommit        // committed and reported; the WAL is being checkpointed
	phases
)

var phaseNames = [phases]string{"reading", "writing", "committing"}

// killDuring starts cmd and kills it with SIGKILL in the given phase: after
// a random part of the reading time, when the WAL has grown to a random
// part of its final size, or within 3 ms of the first line of the report.
// It reports whether the kill came before the process ended by itself.
func killDuring(t *testing.T, cmd *exec.Cmd, phase int, ls *loadSet, wal string, rng *rand.Rand) bool {
	t.Helper()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	firstLine := make(chan struct{})
	go func() {
		b := make([]byte, 1)
		if n, _ := stdout.Read(b); n > 0 {
			close(firstLine)
		}
		io.Copy(io.Discard, stdout)
	}()
	done := make(chan struct{})
	var exited atomic.Bool
	go func() {
		cmd.Wait()
		exited.Store(true)
		close(done)
	}()
	switch phase {
	case phaseRead:
		select {
		case <-time.After(time.Duration(rng.Int64N(int64(ls.duration) / 4))):
		case <-done:
		}
	case phaseWrite:
		target := ls.peakWAL * (2 + rng.Int64N(96)) / 100
	poll:
		for fileSize(wal) < target {
			select {
			case <-done:
				break poll
			case <-time.After(100 * time.Microsecond):
			}
		}
	case phaseCommit:
		select {
		case <-firstLine:
			time.Sleep(time.Duration(rng.Int64N(int64(3 * time.Millisecond))))
		case <-done:
		}
	}
	killed := !exited.Load()
	cmd.Process.Signal(syscall.SIGKILL)
	<-done
	return killed
}

// A loader killed with SIGKILL at a random moment leaves the database
// exactly as it was before the load or exactly as after it: SQLite's WAL
// makes the one transaction of a load atomic even when the process dies
// between two writes. Kills aim in turn at the three phases of a load, on
// a first load (the set is added) and on a load of a changed variant of
// the set (every source's facts are replaced).
func TestKilledLoaderLeavesBeforeOrAfter(t *testing.T) {
	sources, statements := 80, 25
	if long() {
		sources, statements = 300, 40
	}
	ls := newLoadSet(t, sources, statements)
	kills := times(6, 60)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	type tally struct{ kills, finished, before, after, beforeWithWAL int }
	var counts [2][phases]tally
	modes := [2]string{"add", "replace"}
	for i := range kills {
		mode, phase := i%2, (i/2)%phases
		dir := t.TempDir()
		db := filepath.Join(dir, "kb.db")
		args := []string{"--db", db, "seed", ls.dir}
		before, after := ls.before, ls.after
		if mode == 0 {
			copyFile(t, ls.seeded, db)
		} else {
			copyFile(t, ls.loaded, db)
			args = []string{"--db", db, "seed", ls.dir2}
			before, after = ls.after, ls.replaced
		}
		killed := killDuring(t, kbCmd(context.Background(), args...), phase, ls, db+"-wal", rng)
		walSize := fileSize(db + "-wal")
		c := &counts[mode][phase]
		c.kills++
		if !killed {
			c.finished++ // the load ended before the kill came
		}
		switch got := dbState(t, db); {
		case got == before:
			c.before++
			if killed && walSize > 0 {
				c.beforeWithWAL++ // pages of the open transaction were in the WAL
			}
		case got == after:
			c.after++
		default:
			t.Fatalf("kill %d (%s, %s phase, WAL %d bytes): the database holds a mix, neither the state before nor after the load",
				i, modes[mode], phaseNames[phase], walSize)
		}
		// The next loader completes the load from wherever the kill left it.
		if i%10 == 0 {
			if r := runKB(t, args...); r.code != 0 {
				t.Fatalf("load after kill %d failed:\n%s", i, r)
			}
			if dbState(t, db) != after {
				t.Fatalf("load after kill %d did not reach the state of an uninterrupted load", i)
			}
		}
		os.RemoveAll(dir)
	}
	for mode := range modes {
		for phase := range phases {
			c := counts[mode][phase]
			t.Logf("FIGURE kill-seed %s/%s: %d SIGKILLs (%d came after the process had ended): %d left the state before (%d of them with uncommitted pages in the WAL), %d the state after, 0 a mix",
				modes[mode], phaseNames[phase], c.kills, c.finished, c.before, c.beforeWithWAL, c.after)
		}
	}
	t.Logf("FIGURE kill-seed: %d SIGKILLs during `kb seed` of %d sources x %d statements (uninterrupted load %v, WAL %d KiB); integrity_check ok, foreign_key_check empty and the FTS index consistent after each",
		kills, ls.sources, ls.statemnts, ls.duration.Round(time.Millisecond), ls.peakWAL>>10)
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

// schemaAt is the schema of a database at each version, from a fresh one
// migrated down step by step.
func schemaAt(t *testing.T) map[int64]string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kb.db")
	if r := runKB(t, "--db", path, "migrate", "up"); r.code != 0 {
		t.Fatal(r)
	}
	out := map[int64]string{}
	for {
		v := schemaVersion(t, path)
		out[v] = schemaText(t, path)
		if v == 0 {
			return out
		}
		if r := runKB(t, "--db", path, "migrate", "down"); r.code != 0 {
			t.Fatal(r)
		}
	}
}

func schemaVersion(t *testing.T, path string) int64 {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, err := db.SchemaVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func schemaText(t *testing.T, path string) string {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	assertSound(t, db.SQL())
	rows, err := db.SQL().Query(`SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema WHERE name <> 'goose_db_version' ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var s string
		rows.Scan(&s)
		b.WriteString(s + "\n")
	}
	return b.String()
}

// `kb migrate up` and `kb migrate reset`, killed at random moments, leave
// the database at a whole version, each migration having run entirely or
// not at all, with exactly that version's schema.
func TestKilledMigrationLeavesAWholeVersion(t *testing.T) {
	want := schemaAt(t)
	kills := times(6, 60)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	versions := map[int64]int{}
	for i := range kills {
		dir := t.TempDir()
		db := filepath.Join(dir, "kb.db")
		copyFile(t, seededTemplate, db)
		action := "reset"
		if i%2 == 1 {
			if r := runKB(t, "--db", db, "migrate", "reset"); r.code != 0 {
				t.Fatal(r)
			}
			action = "up"
		}
		start := time.Now()
		if r := runKB(t, "--db", filepath.Join(t.TempDir(), "probe.db"), "migrate", "up"); r.code != 0 {
			t.Fatal(r)
		}
		d := time.Since(start)
		cmd := kbCmd(context.Background(), "--db", db, "migrate", action)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(d) * 12 / 10)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		v := schemaVersion(t, db)
		if got := schemaText(t, db); got != want[v] {
			t.Fatalf("kill %d during migrate %s: the schema is not that of version %d:\n%s", i, action, v, got)
		}
		versions[v]++
	}
	t.Logf("FIGURE kill-migrate: %d SIGKILLs during `kb migrate up` and `kb migrate reset`: versions left %v (version: count), each with exactly its schema", kills, versions)
}
