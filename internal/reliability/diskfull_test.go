package reliability_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fill takes all but room bytes of the free space of the file system at
// dir with a file, and returns a function that removes it.
func fill(t *testing.T, dir string, room int64) func() {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			break // the file system is full
		}
	}
	f.Sync()
	st, _ := f.Stat()
	if err := f.Truncate(max(0, st.Size()-room)); err != nil {
		t.Fatal(err)
	}
	return func() { os.Remove(path) }
}

// A load on a full disk fails with a clear message, writes nothing, and
// the next load, once there is room again, succeeds. The disk is a
// size-limited tmpfs (root only: skipped elsewhere).
func TestFullDisk(t *testing.T) {
	dir := mountTmpfs(t, 4<<20, "")
	path := filepath.Join(dir, "kb.db")
	copyFile(t, seededTemplate, path)
	facts := t.TempDir()
	genFacts(t, facts, 40, 20)
	before, bytesBefore := dbState(t, path), fileHash(t, path)
	for _, room := range []int64{0, 16 << 10, 64 << 10, 256 << 10} {
		t.Run(fmt.Sprintf("%d KiB free", room>>10), func(t *testing.T) {
			unfill := fill(t, dir, room)
			r := runKB(t, "--db", path, "seed", facts)
			unfill()
			t.Logf("stderr: %s", r.stderr)
			assertCleanFailure(t, r, "full")
			if !strings.Contains(r.stderr, "nothing was written") && !strings.Contains(r.stderr, "disk I/O error") {
				t.Errorf("the message does not say that nothing was written:\n%s", r)
			}
			if fileHash(t, path) != bytesBefore {
				t.Error("the failed load changed the database file")
			}
			if dbState(t, path) != before {
				t.Error("the failed load changed the database's content")
			}
		})
	}
	// A new database on a full disk: refused, and nothing left behind.
	unfill := fill(t, dir, 8<<10)
	r := runKB(t, "--db", filepath.Join(dir, "new.db"), "init")
	unfill()
	t.Logf("init stderr: %s", r.stderr)
	assertCleanFailure(t, r, "full")
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "*new.db*")); len(leftovers) > 0 {
		t.Errorf("a failed init left %v", leftovers)
	}
	// With room again, the load goes through.
	if r := runKB(t, "--db", path, "seed", facts); r.code != 0 {
		t.Fatalf("load with room again:\n%s", r)
	}
}

// The same with a file-size limit (RLIMIT_FSIZE, `ulimit -f`) in place of
// a full disk: any user can set one, so this runs everywhere. Writes past
// the limit fail with EFBIG, as they would on a full disk.
func TestFileSizeLimit(t *testing.T) {
	path := seededCopy(t)
	facts := t.TempDir()
	genFacts(t, facts, 40, 20)
	before, bytesBefore := dbState(t, path), fileHash(t, path)
	size := fileSize(path)
	// ulimit -f counts 512-byte blocks in sh; leave 64 KiB above the file.
	blocks := (size + 64<<10) / 512
	cmd := kbCmd(context.Background(), "-c", fmt.Sprintf(`ulimit -f %d && exec "$0" "$@"`, blocks), kbBin, "--db", path, "seed", facts)
	cmd.Path, cmd.Args[0] = "/bin/sh", "sh"
	r := runCmd(t, cmd)
	t.Logf("stderr: %s", r.stderr)
	assertCleanFailure(t, r, "full")
	if fileHash(t, path) != bytesBefore || dbState(t, path) != before {
		t.Error("the failed load changed the database")
	}
	if r := runKB(t, "--db", path, "seed", facts); r.code != 0 {
		t.Fatalf("load without the limit:\n%s", r)
	}
}
