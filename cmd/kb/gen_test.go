package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/corpus"
)

func TestGenLoadsACorpusThatLookupsAnswerFrom(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.db")
	r := kb(t, path, "", nil, "gen", "--statements", "2000")
	if r.code != 0 || !strings.Contains(r.stdout, "2000 statements from 200 sources") {
		t.Fatalf("gen: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r.stderr != "" {
		t.Errorf("gen drew on stderr without a terminal: %q", r.stderr)
	}
	p := corpus.PicksFor(corpus.Config{Statements: 2000, Seed: 1})
	r = kb(t, path, "", nil, "person", p.Person)
	if r.code != 0 || !strings.Contains(r.stdout, p.Person+" ("+p.PersonID+")") || !strings.Contains(r.stdout, "“") {
		t.Fatalf("person %s: exit %d\n%s%s", p.Person, r.code, r.stdout, r.stderr)
	}
	r = kb(t, path, "", nil, "gen", "--statements", "10")
	if r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Fatalf("gen over an existing file: exit %d, %q", r.code, r.stderr)
	}
}

func TestGenIsHiddenAndPrintsPicks(t *testing.T) {
	r := kb(t, "", "", nil, "--help")
	if strings.Contains(r.stdout, "gen ") {
		t.Errorf("kb --help lists the hidden gen command:\n%s", r.stdout)
	}
	r = kb(t, "", "", nil, "gen", "--statements", "1000000", "--picks")
	p := corpus.PicksFor(corpus.Config{Statements: 1000000, Seed: 1})
	for _, want := range []string{"PERSON='" + p.Person + "'", "QUOTES_SINCE='" + p.QuotesSince + "'", "MID_WORDS='" + p.MidWords[0] + " " + p.MidWords[1] + "'"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--picks lacks %s:\n%s", want, r.stdout)
		}
	}
	r = kb(t, "", "", nil, "gen", "--statements", "0")
	if r.code != 2 {
		t.Errorf("--statements 0: exit %d, want 2", r.code)
	}
}

// A lookup on a database at the current schema reads the schema version
// and nothing else of the migrations: it writes nothing, so the file and
// its write-ahead log stay byte for byte the same.
func TestLookupOnACurrentDatabaseWritesNothing(t *testing.T) {
	path := seededDB(t)
	// the first open switches the file to WAL: a one-time write
	if r := kb(t, path, "", nil, "person", "Zelenskiy"); r.code != 0 {
		t.Fatalf("person: %d %s", r.code, r.stderr)
	}
	snapshot := func() []byte {
		var b bytes.Buffer
		for _, f := range []string{path, path + "-wal"} {
			data, _ := os.ReadFile(f)
			b.Write(data)
			b.WriteString("\x00--\x00")
		}
		return b.Bytes()
	}
	before := snapshot()
	for _, args := range [][]string{{"person", "Zelenskiy"}, {"person", "kellogg", "-o", "json"}, {"migrate", "version"}} {
		if r := kb(t, path, "", nil, args...); r.code != 0 {
			t.Fatalf("%v: %d %s", args, r.code, r.stderr)
		}
	}
	if !bytes.Equal(before, snapshot()) {
		t.Fatal("a lookup on an up-to-date database changed the file")
	}
}

// kb gen reports each phase's wall and CPU time, and --integrity-check ends
// the load with the full check instead of quick_check and the index counts
// (the JSON report is the same either way).
func TestGenPhasesAndIntegrityCheck(t *testing.T) {
	for _, c := range []struct {
		name, want string
		args       []string
	}{
		{"default checks", "checked with foreign_key_check and quick_check and index counts", nil},
		{"integrity_check", "checked with foreign_key_check and integrity_check", []string{"--integrity-check"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "corpus.db")
			r := kb(t, path, "", nil, append([]string{"gen", "--statements", "300"}, c.args...)...)
			if r.code != 0 {
				t.Fatalf("gen: exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout, c.want) {
				t.Errorf("gen does not say %q:\n%s", c.want, r.stdout)
			}
			for _, phase := range []string{"rows", "indexes", "counts", "fts", "checks"} {
				if !strings.Contains(r.stdout, "  "+phase+" ") || !strings.Contains(r.stdout, "s CPU") {
					t.Errorf("no %s phase with wall and CPU time in:\n%s", phase, r.stdout)
				}
			}
		})
	}
}
