package reliability_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kb/store"
)

// Two loaders started at the same moment, as separate processes, both
// succeed, one after the other, while readers in further processes keep
// answering: WAL lets readers read during a write, busy_timeout in the
// connection string makes every pooled connection wait for the lock, and
// IMMEDIATE transactions take the write lock up front, so no writer fails
// on a lock upgrade.
func TestConcurrentLoadersAndReaders(t *testing.T) {
	rounds := times(2, 20)
	const statements = 20
	sets := 40
	if long() {
		sets = 150
	}
	dirA, dirB := t.TempDir(), t.TempDir()
	genRange(t, dirA, 1, sets, statements)
	genRange(t, dirB, sets+1, 2*sets, statements)
	var reads, loads atomic.Int64
	var maxWait time.Duration
	for round := range rounds {
		db := seededCopy(t)
		ctx, stop := context.WithCancel(context.Background())
		var readers sync.WaitGroup
		var readErrs []string
		var mu sync.Mutex
		for range 2 {
			readers.Add(1)
			go func() {
				defer readers.Done()
				for ctx.Err() == nil {
					r := runKB(t, "--db", db, "person", "zelensky", "-o", "json")
					reads.Add(1)
					if r.code != 0 || !strings.Contains(r.stdout, `"name": "Volodymyr Zelenskiy"`) {
						mu.Lock()
						readErrs = append(readErrs, r.String())
						mu.Unlock()
					}
				}
			}()
		}
		time.Sleep(20 * time.Millisecond) // readers are running
		var loaders sync.WaitGroup
		results := make([]result, 2)
		took := make([]time.Duration, 2)
		for i, dir := range []string{dirA, dirB} {
			loaders.Add(1)
			go func() {
				defer loaders.Done()
				start := time.Now()
				results[i] = runKB(t, "--db", db, "seed", dir)
				took[i] = time.Since(start)
			}()
		}
		loaders.Wait()
		time.Sleep(20 * time.Millisecond) // readers see the result too
		stop()
		readers.Wait()
		for i, r := range results {
			loads.Add(1)
			if r.code != 0 || strings.Contains(r.stderr, "locked") || strings.Contains(r.stderr, "busy") {
				t.Fatalf("round %d: loader %d failed:\n%s", round, i, r)
			}
		}
		// The later loader waited for the earlier one's whole transaction.
		maxWait = max(maxWait, took[0], took[1])
		for _, e := range readErrs {
			t.Errorf("round %d: a reader failed during the loads:\n%s", round, e)
		}
		if got := countRows(t, db, "sources"); got != 1+2*sets {
			t.Fatalf("round %d: %d sources after both loads, want %d", round, got, 1+2*sets)
		}
		dbState(t, db) // sound
	}
	t.Logf("FIGURE concurrency: %d rounds of 2 loaders (%d sources x %d statements each) started together, %d reader processes answered meanwhile: %d/%d loads succeeded, 0 'database is locked', 0 failed reads; slowest loader %v",
		rounds, sets, statements, reads.Load(), loads.Load(), loads.Load(), maxWait.Round(time.Millisecond))
}

// Two kb commands that both find the database missing create it together:
// one creates it, the other uses what the first created; both succeed.
func TestConcurrentCreates(t *testing.T) {
	rounds := times(3, 50)
	full := dbState(t, seededTemplate)
	for round := range rounds {
		db := filepath.Join(t.TempDir(), "kb.db")
		var wg sync.WaitGroup
		results := make([]result, 3)
		for i, args := range [][]string{{"init"}, {"person", "kellogg"}, {"seed"}} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = runKB(t, append([]string{"--db", db}, args...)...)
			}()
		}
		wg.Wait()
		for i, r := range results {
			if r.code != 0 {
				t.Fatalf("round %d: command %d failed:\n%s", round, i, r)
			}
		}
		if got := dbState(t, db); got != full {
			t.Fatalf("round %d: the database is not the seeded one", round)
		}
	}
	t.Logf("FIGURE concurrent-create: %d rounds of kb init, kb person and kb seed started together on a missing database: all succeeded, each left the seeded database", rounds)
}

func countRows(t testing.TB, path, table string) int {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.SQL().QueryRow(fmt.Sprintf("SELECT count(*) FROM %q", table)).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
