package reliability_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"kb/store"
)

// everyCommand is each kb command that opens a database, with arguments.
// A fact file, when needed, is %FACTS%.
var everyCommand = [][]string{
	{"person", "zelensky"},
	{"seed"},
	{"seed", "%FACTS%"},
	{"seed", "--dry-run", "%FACTS%"},
	{"init"},
	{"migrate", "up"},
	{"migrate", "down"},
	{"migrate", "status"},
	{"migrate", "version"},
	{"migrate", "reset"},
}

// lookups are the other commands kb has, read from `kb --help`, each run
// with a name and, for lists, without: every one opens the database.
func lookups(t *testing.T) [][]string {
	t.Helper()
	r := runKB(t, "--help")
	_, list, ok := strings.Cut(r.stdout, "Available Commands:\n")
	if !ok {
		t.Fatalf("no command list in kb --help:\n%s", r)
	}
	var out [][]string
	for _, line := range strings.Split(list, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			break
		}
		switch f[0] {
		case "completion", "extract", "help", "init", "migrate", "seed", "person":
			continue // covered by everyCommand, or opens no database
		case "export", "new", "check":
			continue // these take files and directories, not names
		}
		out = append(out, []string{f[0], "zelensky"}, []string{f[0]})
	}
	return out
}

func withFacts(args []string, facts string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = strings.ReplaceAll(a, "%FACTS%", facts)
	}
	return out
}

// A database kb cannot use is refused by every command with a clear
// message, and its bytes are left exactly as they were.
func TestBrokenDatabasesAreRefusedUntouched(t *testing.T) {
	seeded, err := os.ReadFile(seededTemplate)
	if err != nil {
		t.Fatal(err)
	}
	facts := t.TempDir()
	genFacts(t, facts, 2, 3)
	cases := []struct {
		name string
		make func(t *testing.T, path string)
		want string
		// commands that may answer (exit 0) because they only report
		answers map[string]bool
	}{
		{"newer schema", func(t *testing.T, path string) {
			copyFile(t, seededTemplate, path)
			sdb, err := store.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			defer sdb.Close()
			if _, err := sdb.SQL().Exec(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (?, 1)`, store.LatestVersion()+1); err != nil {
				t.Fatal(err)
			}
		}, "newer than this kb", map[string]bool{"migrate version": true}},
		{"text file", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("name,said\nZelensky,hello\n"), 0o644)
		}, "is not a SQLite database", nil},
		{"random bytes", func(t *testing.T, path string) {
			os.WriteFile(path, bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 4096), 0o644)
		}, "is not a SQLite database", nil},
		{"empty file", func(t *testing.T, path string) {
			os.WriteFile(path, nil, 0o644)
		}, "is an empty file", nil},
		{"truncated to its header", func(t *testing.T, path string) {
			os.WriteFile(path, seeded[:60], 0o644)
		}, "damaged", nil},
		{"truncated to half", func(t *testing.T, path string) {
			os.WriteFile(path, seeded[:len(seeded)/2], 0o644)
		}, "damaged", nil},
		{"page header overwritten", func(t *testing.T, path string) {
			b := bytes.Clone(seeded)
			for i := 4096 + 8; i < 4096+40; i++ {
				b[i] = 0xff // the b-tree header of page 2
			}
			os.WriteFile(path, b, 0o644)
		}, "damaged", nil},
		{"bytes flipped in many pages", func(t *testing.T, path string) {
			b := bytes.Clone(seeded)
			for pg := 1; pg*4096 < len(b); pg += 3 {
				for i := pg*4096 + 100; i < pg*4096+300; i++ {
					b[i] ^= 0xff
				}
			}
			os.WriteFile(path, b, 0o644)
		}, "damaged", nil},
		{"another program's SQLite database", func(t *testing.T, path string) {
			sdb, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer sdb.Close()
			if _, err := sdb.Exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine')`); err != nil {
				t.Fatal(err)
			}
		}, "not a kb database", nil},
		{"a directory", func(t *testing.T, path string) {
			os.Mkdir(path, 0o755)
		}, "is a directory", nil},
	}
	refusals, runs, usage := 0, 0, 0
	commands := append(slices.Clone(everyCommand), lookups(t)...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, args := range commands {
				name := strings.Join(args, " ")
				t.Run(strings.ReplaceAll(name, "%FACTS%", "FILE"), func(t *testing.T) {
					path := filepath.Join(t.TempDir(), "kb.db")
					tc.make(t, path)
					before := fileHash(t, path)
					r := runKB(t, append([]string{"--db", path}, withFacts(args, facts)...)...)
					runs++
					switch {
					case tc.answers[name] && r.code == 0:
						assertNoLeak(t, r)
					case r.code == 2 && strings.Contains(r.stderr, "--help"):
						// a lookup called without its name, or a list with
						// one: a usage error, before the database is opened
						assertCleanFailure(t, r, "", 2)
						usage++
					default:
						assertCleanFailure(t, r, tc.want)
						refusals++
					}
					if after := fileHash(t, path); after != before {
						t.Errorf("kb %s changed the file", name)
					}
					entries, _ := os.ReadDir(filepath.Dir(path))
					for _, e := range entries {
						if e.Name() != "kb.db" && !strings.HasPrefix(e.Name(), "kb.db-") {
							t.Errorf("kb %s left %s behind", name, e.Name())
						}
					}
				})
			}
		})
	}
	t.Logf("FIGURE broken-databases: %d kinds of broken database x %d command lines (%d runs): %d clear refusals naming the fault, %d usage errors before the database was opened, %d answers, 0 panics, 0 changed files", len(cases), len(commands), runs, refusals, usage, runs-refusals-usage)
}

// asUser makes cmd run as an unprivileged user when the test runs as root,
// who would otherwise write through any file mode. It reports false when
// the tests run as neither root nor a user the modes bind already.
func asNobody(cmd *exec.Cmd) {
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
}

// publicDir is a directory that an unprivileged user can reach, unlike
// t.TempDir() whose parents are private to the user running the tests.
func publicDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp(workDir, "pub")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o755)
	t.Cleanup(func() {
		os.Chmod(dir, 0o755)
		os.RemoveAll(dir)
	})
	return dir
}

func runAsNobody(t *testing.T, args ...string) result {
	t.Helper()
	cmd := kbCmd(context.Background(), args...)
	asNobody(cmd)
	return runCmd(t, cmd)
}

// A database file the user may not write: lookups answer, loads that would
// write are refused with a clear message, and the file is unchanged. As
// root, kb runs as the user nobody, because root writes through file modes.
func TestReadOnlyFile(t *testing.T) {
	dir := publicDir(t)
	facts := filepath.Join(dir, "facts")
	os.Mkdir(facts, 0o755)
	genFacts(t, facts, 2, 3)
	// The directory is writable so that SQLite can make its -wal and -shm.
	os.Chmod(dir, 0o777)
	for _, args := range everyCommand {
		name := strings.Join(args, " ")
		t.Run(strings.ReplaceAll(name, "%FACTS%", "FILE"), func(t *testing.T) {
			path := filepath.Join(dir, "kb.db")
			for _, s := range []string{"", "-wal", "-shm"} {
				os.Remove(path + s)
			}
			copyFile(t, seededTemplate, path)
			os.Chmod(path, 0o444)
			before := fileHash(t, path)
			r := runAsNobody(t, append([]string{"--db", path}, withFacts(args, facts)...)...)
			switch name {
			case "seed", "init":
				// Loading the unchanged embedded seed still upserts the
				// entities it defines, which is a write: either answer is
				// right, as long as a refusal says why.
				if r.code != 0 {
					assertCleanFailure(t, r, "read-only")
				}
			case "person zelensky", "migrate up", "migrate status", "migrate version":
				// These write nothing to a database that is up to date.
				if r.code != 0 {
					t.Errorf("kb %s on a read-only database failed:\n%s", name, r)
				}
				assertNoLeak(t, r)
			default:
				assertCleanFailure(t, r, "read-only")
			}
			if fileHash(t, path) != before {
				t.Errorf("kb %s changed a read-only file", name)
			}
		})
	}
}

// A database in a directory the user may not write: SQLite cannot create
// the -wal and -shm files a WAL database needs beside it, so every command
// is refused, saying why.
func TestReadOnlyDirectory(t *testing.T) {
	dir := publicDir(t)
	facts := filepath.Join(dir, "facts")
	os.Mkdir(facts, 0o755)
	genFacts(t, facts, 2, 3)
	path := filepath.Join(dir, "kb.db")
	copyFile(t, seededTemplate, path)
	if os.Geteuid() == 0 {
		os.Chown(path, 65534, 65534) // the file is nobody's; the directory is not
	}
	os.Chmod(dir, 0o555)
	before := fileHash(t, path)
	for _, args := range everyCommand {
		name := strings.Join(args, " ")
		t.Run(strings.ReplaceAll(name, "%FACTS%", "FILE"), func(t *testing.T) {
			r := runAsNobody(t, append([]string{"--db", path}, withFacts(args, facts)...)...)
			assertCleanFailure(t, r, "directory")
			if fileHash(t, path) != before {
				t.Errorf("kb %s changed the file", name)
			}
		})
	}
	// A new database cannot be made there either.
	r := runAsNobody(t, "--db", filepath.Join(dir, "new.db"), "init")
	assertCleanFailure(t, r, "cannot create")
}

// mountTmpfs mounts a tmpfs of size bytes, with extra options, or skips the
// test when this process may not mount (it needs root, CAP_SYS_ADMIN).
func mountTmpfs(t *testing.T, size int, opts string) string {
	t.Helper()
	dir := publicDir(t)
	o := fmt.Sprintf("size=%d,mode=0777", size)
	if opts != "" {
		o += "," + opts
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, o); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v): this case needs root with CAP_SYS_ADMIN", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, 0) })
	return dir
}

// A database on a read-only file system, where even root cannot write.
func TestReadOnlyFileSystem(t *testing.T) {
	dir := mountTmpfs(t, 4<<20, "")
	path := filepath.Join(dir, "kb.db")
	copyFile(t, seededTemplate, path)
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount read-only: %v", err)
	}
	facts := t.TempDir()
	genFacts(t, facts, 2, 3)
	before := fileHash(t, path)
	for _, args := range everyCommand {
		name := strings.Join(args, " ")
		t.Run(strings.ReplaceAll(name, "%FACTS%", "FILE"), func(t *testing.T) {
			r := runKB(t, append([]string{"--db", path}, withFacts(args, facts)...)...)
			assertCleanFailure(t, r, "read-only")
			if fileHash(t, path) != before {
				t.Errorf("kb %s changed the file", name)
			}
		})
	}
}
