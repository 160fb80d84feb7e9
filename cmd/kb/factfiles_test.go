package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// writeFile writes data to dir/name and returns the path.
func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const exampleYAML = "../../docs/examples/london-meeting-example.yaml"

func TestCheckValidFilesSaysOK(t *testing.T) {
	db := seededDB(t)
	r := kb(t, db, "", nil, "check", exampleYAML, "../../seed")
	if r.code != 0 || r.stdout != "ok: 2 files, 30 statements\n" || r.stderr != "" {
		t.Fatalf("code %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
}

// Without a database, check works on the files alone and creates nothing.
func TestCheckWithoutDatabaseCreatesNone(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kb.db")
	r := kb(t, dbPath, "", nil, "check", "../../seed")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "ok: 1 file, 25 statements (no database at ") {
		t.Fatalf("code %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Fatal("check created the database")
	}
	// The example refers to the seed's ids: without the database, and
	// without the seed's file, they are unknown, each at its position.
	r = kb(t, dbPath, "", nil, "check", exampleYAML)
	if r.code != 1 || !strings.Contains(r.stderr, exampleYAML+`:40:13: parent topic "diplomatic-process" is not defined in any fact file given nor in the database`+"\n") {
		t.Fatalf("code %d\nstderr %s", r.code, r.stderr)
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Fatal("check created the database")
	}
}

// Every problem is reported, each as file:line:column: message, on stderr;
// the exit status is 1.
func TestCheckReportsEveryProblemCompilerStyle(t *testing.T) {
	db := seededDB(t)
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "Jane Doe said “we are close” on Monday. Doe added that it could take weeks.\n")
	path := writeFile(t, dir, "a.yaml", `kb: 1
source:
  id: a
  body_file: a.txt
  publishd: 2025-12-08
people:
  - id: jane-doe
    name: Jane Doe
statements:
  - speaker: jane-doe
    kind: direct
    text: we were close
    topics: [peace-plan]
  - speaker: jane-dough
    kind: reported
    text: it could take weeks
    topics: [peace-plan]
control:
  - territory: donbas
    controller: russia
    share: 180
    evidence: Doe
`)
	r := kb(t, db, "", nil, "check", path)
	want := []string{
		path + `:5:3: unknown field "publishd" in "source" (did you mean "published"?)`,
		path + `:12:11: the text of statement "a-s1" "we were close" is not in the body of source "a"; the closest passage is "we are close"`,
		path + `:14:14: speaker "jane-dough" is not defined in any fact file given nor in the database (nearest: jane-doe)`,
		path + `:21:12: share 180 is outside 0-100: it is a percentage`,
		path + `:22:15: the evidence of a control figure "Doe" is found 2 times in the body of source "a": quote a longer passage so it is found once`,
	}
	got := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if r.code != 1 || r.stdout != "" || strings.Join(got[:len(got)-1], "\n") != strings.Join(want, "\n") || got[len(got)-1] != "kb: 5 problems found" {
		t.Fatalf("code %d\nstdout %q\nstderr:\n%s\nwant:\n%s", r.code, r.stdout, r.stderr, strings.Join(want, "\n"))
	}
	// The same as JSON, on stdout.
	r = kb(t, db, "", nil, "check", "-o", "json", path)
	var res struct {
		OK       bool
		Problems []struct {
			File    string
			Line    int
			Column  int
			Message string
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || r.code != 1 || res.OK || len(res.Problems) != 5 || res.Problems[0].Line != 5 || res.Problems[0].Column != 3 {
		t.Fatalf("json: %v code %d %s", err, r.code, r.stdout)
	}
}

func TestCheckUnreadablePaths(t *testing.T) {
	dir := t.TempDir()
	r := kb(t, filepath.Join(dir, "kb.db"), "", nil, "check", filepath.Join(dir, "missing.yaml"), dir)
	if r.code != 1 || !strings.Contains(r.stderr, "missing.yaml: no such file or directory") || !strings.Contains(r.stderr, dir+": no .yaml fact files in this directory") {
		t.Fatalf("code %d\nstderr %s", r.code, r.stderr)
	}
	if r := kb(t, "", "", nil, "check"); r.code != 2 {
		t.Fatalf("check without files: code %d", r.code)
	}
}

// The skeleton checks as it stands; with its examples uncommented, and a
// body that has their passages, it checks too: the examples are right.
func TestNewSourceSkeletonChecks(t *testing.T) {
	dir := t.TempDir()
	article := writeFile(t, dir, "article.txt", "Examplia and the war\r\nForeign minister Jane Doe spoke on Monday. "+
		"Doe said “a ceasefire is close” at a summit, a passage of the body that mentions it. Examplia holds over 80% of North Province.\r\n"+
		"Also Read: The linked headline\r\n")
	out := filepath.Join(dir, "facts", "doe.yaml")
	os.Mkdir(filepath.Join(dir, "facts"), 0o755)
	dbPath := filepath.Join(dir, "kb.db")
	r := kb(t, dbPath, "", nil, "new", "source", "doe-ceasefire", "--body", article, "--out", out)
	if r.code != 0 || r.stdout != out+"\n"+filepath.Join(dir, "facts", "doe-ceasefire.txt")+"\n" {
		t.Fatalf("new: code %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	if r := kb(t, dbPath, "", nil, "check", out); r.code != 0 || r.stdout != "ok: 1 file, 0 statements (no database at "+dbPath+": ids checked within these files only)\n" {
		t.Fatalf("check of the skeleton: code %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	data, _ := os.ReadFile(out)
	if !strings.Contains(string(data), `title: Examplia and the war   # the first line of the body: check it`) {
		t.Fatalf("no title from the body:\n%s", data)
	}
	example := regexp.MustCompile(`(?m)^(\s*)# (\s*(?:[a-z_]+:|- ))`).ReplaceAllString(string(data), "$1$2")
	writeFile(t, filepath.Join(dir, "facts"), "doe.yaml", example)
	r = kb(t, dbPath, "", nil, "check", out)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "ok: 1 file, 1 statement") {
		t.Fatalf("check of the uncommented skeleton: code %d\nstdout %q\nstderr %s\nfile:\n%s", r.code, r.stdout, r.stderr, example)
	}
	// Again: it refuses to overwrite.
	if r := kb(t, dbPath, "", nil, "new", "source", "doe-ceasefire", "--body", article, "--out", out); r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Fatalf("overwrite: code %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Fatal("new or check created the database")
	}
}

// export writes fact files that seed into a fresh database with the same
// sources unchanged.
func TestExportThenSeed(t *testing.T) {
	db := seededDB(t)
	if r := kb(t, db, "", nil, "seed", exampleYAML); r.code != 0 {
		t.Fatalf("seed example: %s", r.stderr)
	}
	dir := filepath.Join(t.TempDir(), "out")
	r := kb(t, db, "", nil, "export", dir)
	if r.code != 0 || r.stdout != filepath.Join(dir, "london-meeting-example.yaml")+"\n"+filepath.Join(dir, "ukraine-talks-2025-12-07.yaml")+"\n" {
		t.Fatalf("export: code %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	if r := kb(t, db, "", nil, "export", dir); r.code != 1 || !strings.Contains(r.stderr, "already exists: give --force") {
		t.Fatalf("export again: code %d %s", r.code, r.stderr)
	}
	r = kb(t, db, "", nil, "seed", "--dry-run", dir)
	if r.code != 0 || r.stdout != "dry run: nothing was written\nsource london-meeting-example: would be unchanged\nsource ukraine-talks-2025-12-07: would be unchanged\nno rows would be changed\n" {
		t.Fatalf("seed of the export into its own database: code %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	one := filepath.Join(t.TempDir(), "one")
	if r := kb(t, db, "", nil, "export", "--source", "london-meeting-exampel", one); r.code != 1 || !strings.Contains(r.stderr, `no source "london-meeting-exampel"; did you mean "london-meeting-example"?`) {
		t.Fatalf("export of an unknown source: code %d %s", r.code, r.stderr)
	}
}

func TestSeedDryRunCountsRowsAddedChangedRemoved(t *testing.T) {
	db := seededDB(t)
	dir := t.TempDir()
	data, _ := os.ReadFile(exampleYAML)
	body, _ := os.ReadFile(strings.TrimSuffix(exampleYAML, ".yaml") + ".txt")
	writeFile(t, dir, "london-meeting-example.txt", string(body))
	path := writeFile(t, dir, "london-meeting-example.yaml", string(data))
	if r := kb(t, db, "", nil, "seed", path); r.code != 0 {
		t.Fatal(r.stderr)
	}
	// Change a share, drop the position, add an alias.
	edited := strings.Replace(string(data), "share: 19\n", "share: 20\n", 1)
	edited = edited[:strings.Index(edited, "positions:")] + edited[strings.Index(edited, "control:"):]
	edited = strings.Replace(edited, "aliases: [Hollis]", "aliases: [Hollis, M. Hollis]", 1)
	writeFile(t, dir, "london-meeting-example.yaml", edited)
	r := kb(t, db, "", nil, "seed", "--dry-run", "-o", "csv", path)
	lines := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n")[1:] {
		f := strings.SplitN(l, ",", 4)
		lines[f[0]] = f[3]
	}
	for table, counts := range map[string]string{
		"sources": "0,1,0", "person_aliases": "1,0,0", "territory_control": "0,1,0", "positions": "0,0,1",
		"position_statements": "0,0,1", "statements": "0,0,0", "roles": "0,0,0",
	} {
		if lines[table] != counts {
			t.Errorf("%s: added,changed,removed = %q, want %q", table, lines[table], counts)
		}
	}
	if r.code != 0 || t.Failed() {
		t.Fatalf("code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestSchemaFactFile(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "schema", "--fact-file")
	var v map[string]any
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &v) != nil || v["title"] != "kb fact file" {
		t.Fatalf("code %d %q", r.code, r.stderr)
	}
	// It needs no database, and creates none.
	dbPath := filepath.Join(t.TempDir(), "kb.db")
	if r := kb(t, dbPath, "", nil, "schema", "--fact-file"); r.code != 0 {
		t.Fatalf("code %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Fatal("kb schema --fact-file created the database")
	}
	if r := kb(t, dbPath, "", nil, "schema", "--fact-file", "people"); r.code != 2 {
		t.Fatalf("--fact-file with a table: code %d %q", r.code, r.stderr)
	}
}

// The second article, written by following docs/fact-files.md, loads with
// kb seed and shows up in kb person (its new person, and an appearance of a
// seed statement it reports again), kb topic, kb quotes and kb search.
func TestSecondArticleShowsUpInPerson(t *testing.T) {
	db := seededDB(t)
	r := kb(t, db, "", nil, "seed", exampleYAML)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "source london-meeting-example: added\n") {
		t.Fatalf("seed: code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = kb(t, db, "", nil, "person", "Hollis")
	for _, want := range []string{"Maria Hollis (maria-hollis)", "“Nobody in London will sign away land”", "Adviser (Dutch foreign ministry) — former, until 2023", "source: london-meeting-example"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("kb person Hollis lacks %q:\n%s", want, r.stdout)
		}
	}
	r = kb(t, db, "", nil, "topic", "European unity in the talks")
	if r.code != 0 || !strings.Contains(r.stdout, "Maria Hollis (person, 1)") || !strings.Contains(r.stdout, "“a test of whether Europe can speak with one voice”") {
		t.Errorf("kb topic: code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = kb(t, db, "", nil, "quotes", "--source", "london-meeting-example", "-o", "json")
	var quotes struct{ Statements []struct{ ID string } }
	if err := json.Unmarshal([]byte(r.stdout), &quotes); err != nil || len(quotes.Statements) != 5 {
		t.Errorf("kb quotes --source: %v, %d statements:\n%s", err, len(quotes.Statements), r.stdout)
	}
	r = kb(t, db, "", nil, "search", "sign away land", "-o", "json")
	var hits struct {
		Hits []struct{ Statement struct{ ID string } }
	}
	if err := json.Unmarshal([]byte(r.stdout), &hits); err != nil || len(hits.Hits) == 0 || hits.Hits[0].Statement.ID != "hollis-nobody-will-sign-away-land" {
		t.Errorf("kb search: %v\n%s%s", err, r.stdout, r.stderr)
	}
	r = kb(t, db, "", nil, "person", "Kellogg", "-o", "json")
	var p struct {
		Statements []struct {
			ID          string
			Appearances []struct{ Source struct{ ID string } }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &p); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, st := range p.Statements {
		if st.ID == "kellogg-really-close" {
			for _, a := range st.Appearances {
				found = found || a.Source.ID == "london-meeting-example"
			}
		}
	}
	if !found {
		t.Fatalf("kellogg-really-close has no appearance in the example:\n%s", r.stdout)
	}
}

// A dry run never creates a database: against a missing one it reports
// what seeding a new one would do, and leaves no file; against an existing
// one it changes no row.
func TestSeedDryRunCreatesAndChangesNothing(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kb.db")
	r := kb(t, dbPath, "", nil, "seed", "--dry-run", exampleYAML)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "dry run: nothing was written\nsource london-meeting-example: would be added\n") ||
		r.stderr != "kb: no database at "+dbPath+": this is what seeding a new one (created with the embedded seed) would do; nothing was created\n" {
		t.Fatalf("code %d\nstdout %s\nstderr %q", r.code, r.stdout, r.stderr)
	}
	if ents, _ := os.ReadDir(filepath.Dir(dbPath)); len(ents) != 0 {
		t.Fatalf("a dry run left %v behind", ents)
	}
	// a file that fails gets its problems, not the notice of a report
	bad := writeFile(t, t.TempDir(), "bad.yaml", "source: [unclosed\n")
	if r := kb(t, dbPath, "", nil, "seed", "--dry-run", bad); r.code == 0 || r.stdout != "" ||
		!strings.Contains(r.stderr, "bad.yaml:1:9: YAML syntax error: this list opened with") || strings.Contains(r.stderr, "this is what seeding") {
		t.Fatalf("code %d\nstdout %s\nstderr %q", r.code, r.stdout, r.stderr)
	}
	db := seededDB(t)
	before := dumpFile(t, db)
	if r := kb(t, db, "", nil, "seed", "--dry-run", exampleYAML); r.code != 0 || r.stderr != "" {
		t.Fatalf("code %d %s", r.code, r.stderr)
	}
	if dumpFile(t, db) != before {
		t.Fatal("a dry run changed the database")
	}
}

// dumpFile is every row and the schema of the database at path.
func dumpFile(t *testing.T, path string) string {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return testdb.Dump(t, db.SQL())
}

// Drafts, exports and new files get the mode any program's new file gets
// (0666 less the umask: 0644 as a rule), not 0600.
func TestWrittenFilesHaveTheUsualMode(t *testing.T) {
	dir := t.TempDir()
	ref := filepath.Join(dir, "reference")
	if err := os.WriteFile(ref, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(ref)
	if err != nil {
		t.Fatal(err)
	}
	usual := st.Mode().Perm()
	db := seededDB(t)
	draft := filepath.Join(dir, "draft.yaml")
	if r := kb(t, db, "", nil, "extract", "../../seed/ukraine-talks-2025-12-07.txt", "--out", draft); r.code != 0 {
		t.Fatalf("extract: %s", r.stderr)
	}
	out := filepath.Join(dir, "export")
	if r := kb(t, db, "", nil, "export", out); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	files := map[string]os.FileMode{draft: usual, filepath.Join(out, "ukraine-talks-2025-12-07.yaml"): usual & 0o644}
	for name, want := range files {
		st, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(name), got, want)
		}
	}
}

// One problem is "1 problem found", for check and for seed alike.
func TestProblemCountReadsAsEnglish(t *testing.T) {
	db := seededDB(t)
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "Jane Doe said “we are close” on Monday.\n")
	path := writeFile(t, dir, "a.yaml", "kb: 1\nsource:\n  id: a\n  body_file: a.txt\n  publishd: 2025-12-08\n")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"check", []string{"check", path}, "kb: 1 problem found\n"},
		{"seed", []string{"seed", path}, "kb: 1 problem found; nothing was written\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != 1 || !strings.HasSuffix(r.stderr, tc.want) {
				t.Fatalf("exit %d, stderr %q, want it to end %q", r.code, r.stderr, tc.want)
			}
		})
	}
}
