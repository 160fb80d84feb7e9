package main

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// hostileArgs are arguments no one should type, and some will.
var hostileArgs = map[string]string{
	"empty":               "",
	"spaces":              "   ",
	"1 MB name":           strings.Repeat("Zelensky", 1<<17),
	"NUL byte":            "Zelensky\x00", // the NUL is punctuation to Normalize: a match is right
	"escape sequence":     "\x1b[31mZelensky\x1b[0m",
	"newline":             "Zel\nensky",
	"control characters":  "\x01\x02\x07\x08\x7f",
	"SQL or":              "' OR 1=1 --",
	"SQL drop":            `"; DROP TABLE people; --`,
	"SQL union":           "x' UNION SELECT sql FROM sqlite_schema --",
	"LIKE wildcards":      "%_%",
	"backslash":           `\`,
	"invalid UTF-8":       "\xff\xfe\xfd",
	"truncated UTF-8":     "Zelensk\xc3",
	"lone surrogate":      "\xed\xa0\x80",
	"zero-width space":    "\u200b",
	"right-to-left":       "\u202eyksnelez",
	"FTS syntax":          `"unterminated NEAR( * OR AND`,
	"flag lookalike":      "--db=/etc/passwd",
	"path traversal":      "../../../../etc/passwd",
	"format string":       "%s%d%n%x",
	"only punctuation":    "?!.,;:",
	"long unicode":        strings.Repeat("Зеленський", 10000),
	"combining marks":     "Z\u0301\u0301\u0301\u0301elensky", // folds to zelensky: a match is right
	"unicode digits only": "٣٤٥",
}

// leakMarks are texts of the driver or the runtime that must never reach
// a user.
var leakMarks = []string{"panic", "goroutine", "runtime error", "SQL logic error", `near "`, "sql: ", "SQLITE_", "database error"}

// lookupCommands are kb's commands that take one name or query, found in
// the command tree, so lookups added later are covered as they land. kb
// sql takes SQL, not a name; extract, check, new and export take files or
// directories: they have tests of their own.
func lookupCommands(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, c := range newRootCmd(&app{io: &ioStreams{}}).Commands() {
		switch c.Name() {
		case "init", "migrate", "seed", "sql", "extract", "export", "new", "check", "help", "completion":
			continue
		}
		out = append(out, c.Name())
	}
	if !slices.Contains(out, "person") {
		t.Fatalf("no person command among %v", out)
	}
	return out
}

func assertClearRefusal(t *testing.T, r result) {
	t.Helper()
	if r.code != exitError && r.code != exitUsage {
		t.Errorf("exit %d, want 1 or 2; stdout %.200q", r.code, r.stdout)
	}
	if !strings.HasPrefix(r.stderr, "kb: ") && !strings.Contains(r.stderr, "\nkb: ") {
		t.Errorf("stderr has no kb message: %.300q", r.stderr)
	}
	assertNoLeaks(t, r)
}

func assertNoLeaks(t *testing.T, r result) {
	t.Helper()
	for _, m := range leakMarks {
		if strings.Contains(r.stderr, m) {
			t.Errorf("stderr leaks %q: %.300q", m, r.stderr)
		}
	}
	if len(r.stderr) > 4000 {
		t.Errorf("the message is %d bytes long: a 1 MB input must not be echoed whole", len(r.stderr))
	}
}

func hashFile(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

// Every lookup answers a hostile name with a clear message and exit 1 or 2,
// never an SQL error or a panic, and leaves the database as it was.
func TestHostileNames(t *testing.T) {
	db := seededDB(t)
	before := hashFile(t, db)
	cwd := t.TempDir()
	t.Chdir(cwd) // a command that writes where it runs would write here
	for _, cmd := range lookupCommands(t) {
		for name, arg := range hostileArgs {
			t.Run(cmd+"/"+name, func(t *testing.T) {
				r := kb(t, db, "", nil, cmd, arg)
				switch {
				case r.code == exitOK && strings.Contains(arg, "elensky") && cmd == "person":
					return // the name is Zelensky's, with noise that names ignore
				case r.code == exitOK && cmd == "search":
					// Any text is a search: finding something, or nothing
					// (exit 0 with a line on stderr), is an answer.
					assertNoLeaks(t, r)
					return
				}
				assertClearRefusal(t, r)
				if r.stdout != "" {
					t.Errorf("a refused lookup printed %.200q", r.stdout)
				}
			})
		}
	}
	if hashFile(t, db) != before {
		t.Fatal("hostile lookups changed the database file")
	}
	if entries, _ := os.ReadDir(cwd); len(entries) > 0 {
		t.Fatalf("a lookup wrote %s in the working directory", entries[0].Name())
	}
}

// The other commands: hostile paths, actions and flag values.
func TestHostileArguments(t *testing.T) {
	db := seededDB(t)
	before := hashFile(t, db)
	dir := t.TempDir()
	t.Chdir(dir)
	cases := map[string][]string{}
	for name, arg := range hostileArgs {
		cases["seed "+name] = []string{"seed", filepath.Join(dir, arg)}
		cases["migrate "+name] = []string{"migrate", arg}
		cases["person -o "+name] = []string{"person", "zelensky", "-o", arg}
		cases["init extra "+name] = []string{"init", arg}
	}
	cases["seed a directory with no fact files"] = []string{"seed", dir}
	cases["seed /dev/null"] = []string{"seed", "/dev/null"}
	cases["seed /etc/passwd"] = []string{"seed", "/etc/passwd"}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			assertClearRefusal(t, kb(t, db, "", nil, args...))
		})
	}
	if hashFile(t, db) != before {
		t.Fatal("hostile arguments changed the database file")
	}
	// A hostile --db path is refused before anything is created.
	for name, arg := range hostileArgs {
		if arg == "" || strings.TrimSpace(arg) == "" {
			continue // an empty --db means the default path
		}
		t.Run("--db "+name, func(t *testing.T) {
			path := filepath.Join(dir, "sub", arg)
			r := kb(t, "", "", nil, "--db", path, "person", "zelensky")
			assertClearRefusal(t, r)
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("hostile arguments created %s", entries[0].Name())
	}
}
