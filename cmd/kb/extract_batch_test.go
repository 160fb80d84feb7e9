package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kb/seed"
	"kb/store"
)

// checkDrafts runs the fact-file checker over the drafts, against the
// database when there is one, and fails on any problem.
func checkDrafts(t *testing.T, db string, paths ...string) {
	t.Helper()
	files, err := seed.ReadPaths(paths)
	if err != nil {
		t.Fatal(err)
	}
	var cat seed.Catalog
	if _, err := os.Stat(db); err == nil {
		sdb, err := store.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer sdb.Close()
		cat = sdb
	}
	_, probs, err := seed.Check(context.Background(), files, cat)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) > 0 {
		t.Fatalf("the drafts have problems:\n%s", probs.Error())
	}
}

// A directory of articles gives one draft each; the later article's
// remarks, reworded by its outlet, are re-reports of the earlier one's.
func TestExtractBatchMatchesEachOther(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	out := filepath.Join(t.TempDir(), "drafts")
	r := kb(t, db, "", nil, "extract", "testdata/rereport", "--published", "2026-03-03", "--out", out)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"2 articles drafted: ", " 2 known (re-reports)"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary %q lacks %q", r.stdout, want)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatal("extract created the database")
	}
	// name order: the courier is drafted first, the wire re-reports it in
	// its own words
	wire, err := os.ReadFile(filepath.Join(out, "port-wire.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"I think the rest will work out fairly well", "The last 10 metres are always the hardest"} {
		re := regexp.MustCompile(`\n  - id: port-courier-s\d+\n    text: "` + regexp.QuoteMeta(w) + `"\n`)
		if !re.MatchString(string(wire)) {
			t.Errorf("the wire's draft has no re-report worded %q:\n%s", w, wire)
		}
	}
	checkDrafts(t, db, out)
}

// Against a database that holds the first report, the other outlet's
// draft re-reports it; the summary is also JSON.
func TestExtractBatchAgainstTheDatabase(t *testing.T) {
	db := seededDB(t)
	if r := kb(t, db, "", nil, "seed", "testdata/rereport/port-wire.yaml"); r.code != 0 {
		t.Fatalf("seed: %s", r.stderr)
	}
	out := t.TempDir()
	r := kb(t, db, "", nil, "extract", "testdata/rereport/port-courier.txt", seedArticle, "--out", out, "-o", "json")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	var sum struct {
		Articles int `json:"articles"`
		Known    int `json:"known_statements"`
		New      int `json:"new_statements"`
		Drafts   []struct {
			SourceID string `json:"source_id"`
			Known    int    `json:"known_statements"`
			New      int    `json:"new_statements"`
		} `json:"drafts"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatalf("%v:\n%s", err, r.stdout)
	}
	if sum.Articles != 2 || len(sum.Drafts) != 2 || sum.Drafts[0].SourceID != "port-courier" || sum.Drafts[0].Known != 2 {
		t.Errorf("summary %+v", sum)
	}
	// the seed's article drafted again under its own id is not its own
	// re-report
	if d := sum.Drafts[1]; d.SourceID != "ukraine-talks-2025-12-07" || d.Known != 0 || d.New == 0 {
		t.Errorf("the seed article drafted again: %+v", d)
	}
	checkDrafts(t, db, filepath.Join(out, "port-courier.yaml"))
}

// One article with --out naming a directory is a batch of one.
func TestExtractOneArticleIntoADirectory(t *testing.T) {
	out := t.TempDir()
	r := kb(t, filepath.Join(t.TempDir(), "none.db"), "", nil, "extract", "testdata/rereport/port-wire.txt", "--out", out)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "1 article drafted: ") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	checkDrafts(t, filepath.Join(t.TempDir(), "none.db"), filepath.Join(out, "port-wire.yaml"))
}

func TestExtractBatchBadUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	twin := filepath.Join(dir, "twin")
	for _, p := range []string{"a/port.txt", "b/port.txt"} {
		if err := os.MkdirAll(filepath.Join(twin, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(twin, p), []byte("Some text.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "file.yaml")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no --out", []string{"extract", "testdata/rereport"}, exitUsage, "need --out DIR"},
		{"--out is a file", []string{"extract", "testdata/rereport", "--out", file}, exitUsage, "is a file"},
		{"--source-id", []string{"extract", "testdata/rereport", "--out", dir, "--source-id", "x"}, exitUsage, "--source-id names one article"},
		{"--eval", []string{"extract", "testdata/rereport", "--out", dir, "--eval", "x.yaml"}, exitUsage, "not many"},
		{"no articles", []string{"extract", empty, "--out", dir}, exitError, "holds no .txt article"},
		{"one id twice", []string{"extract", twin, "--out", filepath.Join(dir, "out")}, exitError, `would both be source "port"`},
		{"a missing file", []string{"extract", seedArticle, "nope.txt", "--out", dir}, exitError, "nope.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.msg) || r.stdout != "" {
				t.Errorf("exit %d, stderr %q, stdout %q; want exit %d and %q", r.code, r.stderr, r.stdout, tc.code, tc.msg)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); !os.IsNotExist(err) {
		t.Error("a refused batch made its --out directory")
	}
}
