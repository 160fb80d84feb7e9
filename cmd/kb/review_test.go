package main

// Defects found by a new-user review of the merged commands, each
// with the test that failed before its fix.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kb migrate status lines the states up in one column, however long the
// migration names are.
func TestMigrateStatusAligned(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "migrate", "status")
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if r.code != 0 || len(lines) < 2 {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	col := strings.Index(lines[0], "applied")
	for _, l := range lines {
		if i := strings.Index(l, "applied"); i != col || col < 0 {
			t.Errorf("state at column %d, want %d:\n%s", i, col, r.stdout)
			break
		}
	}
}

// Counts in the one-line reports read as English: no "migration(s)".
func TestReportCountsReadAsEnglish(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name   string
		args   []string
		stream func(result) string
		want   string
	}{
		{"init", []string{"init"}, func(r result) string { return r.stdout }, " (0 migrations applied)\n"},
		{"export", []string{"export", t.TempDir()}, func(r result) string { return r.stderr }, "kb: exported 1 source, 25 statement entries, to "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if got := tc.stream(r); r.code != 0 || !strings.Contains(got, tc.want) {
				t.Fatalf("exit %d, got %q, want it to hold %q", r.code, got, tc.want)
			}
		})
	}
}

// A slug that cannot be one is bad usage (exit 2), for kb new source as
// for kb extract --source-id; nothing is written.
func TestNewSourceBadSlugIsUsage(t *testing.T) {
	dir := t.TempDir()
	body := writeFile(t, dir, "a.txt", "Jane Doe said “we are close” on Monday.\n")
	r := kb(t, seededDB(t), "", nil, "new", "source", "Bad_Slug", "--body", body, "--out", dir+"/Bad_Slug.yaml")
	if r.code != exitUsage || !strings.Contains(r.stderr, `"Bad_Slug" is not a slug`) {
		t.Fatalf("exit %d (want %d), stderr %q", r.code, exitUsage, r.stderr)
	}
}

// A phrase that matches nothing is echoed as typed, not with Go's \" escapes.
func TestSearchNoMatchEchoesPhrase(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct{ name, query, want string }{
		{"phrase", `"radical xylophone"`, `kb: no statement matches '"radical xylophone"'` + "\n"},
		{"word", "xylophone", `kb: no statement matches "xylophone"` + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, "search", tc.query)
			if r.code != 0 || r.stderr != tc.want {
				t.Fatalf("exit %d, stderr %q, want %q", r.code, r.stderr, tc.want)
			}
		})
	}
}

// An article that is not UTF-8 is refused with file:line:column, alone or
// in a batch, before anything is written: its draft would fail kb check.
func TestExtractRefusesNonUTF8(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	dir := t.TempDir()
	bad := writeFile(t, dir, "bin.txt", "Jane Doe said \xff\xfe “we are close”.\n")
	writeFile(t, dir, "good.txt", "Jane Doe said “we are close” on Monday.\n")
	out := filepath.Join(t.TempDir(), "drafts")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"one article", []string{"extract", bad}},
		{"batch", []string{"extract", dir, "--out", out}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if want := bad + ":1:15: the text is not valid UTF-8"; r.code != exitError || !strings.Contains(r.stderr, want) || r.stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit 1 and %q", r.code, r.stdout, r.stderr, want)
			}
		})
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a refused batch made its --out directory")
	}
}

// A bad --addr says what is wrong with it in words, not net's "listen tcp".
func TestServeBadAddr(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct{ name, addr, want string }{
		{"port out of range", "127.0.0.1:99999", "kb: cannot listen on 127.0.0.1:99999: address 99999: invalid port (--addr takes HOST:PORT, such as 127.0.0.1:8080)\n"},
		{"no port", "nonsense", "kb: cannot listen on nonsense: address nonsense: missing port in address (--addr takes HOST:PORT, such as 127.0.0.1:8080)\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, "serve", "--addr", tc.addr)
			if r.code != exitUsage || r.stderr != tc.want {
				t.Fatalf("exit %d, stderr %q, want %q", r.code, r.stderr, tc.want)
			}
		})
	}
}

// A bad --addr is refused before a missing database is created.
func TestServeBadAddrCreatesNoDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.db")
	r := kb(t, path, "", nil, "serve", "--addr", "nonsense")
	if r.code != exitUsage {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("kb serve with a bad --addr created %s (%v)", path, err)
	}
}

// A --raw query cut short says so, not `near ""`.
func TestSearchRawEndOfQuery(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "search", "--raw", "radical OR")
	want := `kb: invalid FTS5 query "radical OR" (fts5: syntax error at the end of the query); without --raw`
	if r.code != exitUsage || !strings.HasPrefix(r.stderr, want) {
		t.Fatalf("exit %d, stderr %q, want it to start %q", r.code, r.stderr, want)
	}
}

// A passage holding straight double quotes is quoted as in the body, not
// with Go's \" escapes.
func TestCheckQuotesPassageAsInBody(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "Mayor Ana Petrov said the bridge \"will open in May\". Critics disagree.\n")
	path := writeFile(t, dir, "a.yaml", `kb: 1
source:
  id: a
  body_file: a.txt
people:
  - id: petrov
    name: Ana Petrov
topics:
  - id: bridge
    name: Bridge
statements:
  - speaker: petrov
    kind: reported
    text: the bridge "will open in June"
    topics: [bridge]
`)
	r := kb(t, filepath.Join(t.TempDir(), "none.db"), "", nil, "check", path)
	want := `the text of statement "a-s1" 'the bridge "will open in June"' is not in the body of source "a"; the closest passage is 'the bridge "will open in May"'`
	if r.code != exitError || !strings.Contains(r.stderr, want) {
		t.Fatalf("exit %d, stderr %q, want it to hold %q", r.code, r.stderr, want)
	}
}
