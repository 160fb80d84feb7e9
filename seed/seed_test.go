package seed_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

const seedFile = "ukraine-talks-2025-12-07.yaml"

func TestEmbeddedSeedLoads(t *testing.T) {
	db := testdb.Empty(t)
	rep, err := seed.Load(context.Background(), db, seed.Embedded(), store.LoadOptions{})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if len(rep.Sources) != 1 || rep.Sources[0].Status != store.LoadAdded {
		t.Fatalf("report: %+v", rep.Sources)
	}
}

func queryStrings(t *testing.T, db *store.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.SQL().Query(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Every direct statement's text is inside each passage it is cited from,
// character for character as the body has it.
func TestDirectQuotesAreVerbatimInTheirEvidence(t *testing.T) {
	db := testdb.Seeded(t)
	// a text with " … " leaves the writer's words out: each part, in order
	var bad []string
	for _, row := range queryStrings(t, db, `SELECT statement_id || char(9) || text || char(9) || evidence FROM who_said_what WHERE kind = 'direct'`) {
		f := strings.Split(row, "\t")
		rest := f[2]
		for _, part := range strings.Split(f[1], seed.Ellipsis) {
			i := strings.Index(rest, part)
			if i < 0 {
				bad = append(bad, f[0]+": "+f[1]+" / "+f[2])
				break
			}
			rest = rest[i+len(part):]
		}
	}
	if len(bad) > 0 {
		t.Fatalf("direct quotes not verbatim in their evidence:\n%s", strings.Join(bad, "\n"))
	}
	if n := queryStrings(t, db, `SELECT count(*) FROM statements WHERE kind = 'direct'`); n[0] == "0" {
		t.Fatal("no direct statements at all")
	}
}

// quotations finds every phrase in quotation marks in an article body: in
// curly double quotes anywhere, and in straight single quotes in headlines
// (short lines without a full stop).
func quotations(body string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`“([^”]+)”`).FindAllStringSubmatch(body, -1) {
		out = append(out, m[1])
	}
	for _, m := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(body, -1) {
		out = append(out, m[1])
	}
	for _, line := range strings.Split(body, "\n") {
		if len(line) > 100 || strings.HasSuffix(line, ".") {
			continue
		}
		for _, m := range regexp.MustCompile(`(?:^|\s)'([^']+)'(?:\s|$)`).FindAllStringSubmatch(line, -1) {
			out = append(out, m[1])
		}
	}
	for i, q := range out {
		out[i] = strings.TrimRight(q, ",.;:")
	}
	return out
}

// Every phrase the article puts in quotation marks is the text of a direct
// statement: found by scanning the body, not by a hard-coded count.
func TestEveryQuotationIsADirectStatement(t *testing.T) {
	db := testdb.Seeded(t)
	body := queryStrings(t, db, `SELECT body FROM sources`)[0]
	quotes := quotations(body)
	if len(quotes) < 5 {
		t.Fatalf("the scan found only %d quotations; is the body there?", len(quotes))
	}
	direct := queryStrings(t, db, `SELECT text FROM statements WHERE kind = 'direct'`)
	var pieces []string // direct texts, and the parts of split ones
	for _, d := range direct {
		for _, p := range strings.Split(d, seed.Ellipsis) {
			pieces = append(pieces, strings.TrimRight(p, ",.;: "))
		}
		pieces = append(pieces, d)
	}
	for _, q := range quotes {
		if !slices.Contains(pieces, q) {
			t.Errorf("quotation %q is not the text of any direct statement", q)
		}
	}
	// and every direct statement is a quotation of the body
	for _, d := range direct {
		// a split quote is two quotations of the body, joined by " … "
		if parts := strings.Split(d, seed.Ellipsis); len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool {
			return !slices.ContainsFunc(quotes, func(q string) bool { return strings.Contains(q, strings.TrimRight(p, ",.;: ")) })
		}) {
			continue
		}
		if !slices.Contains(quotes, d) {
			t.Errorf("direct statement %q is not a quotation in the body", d)
		}
	}
}

func TestEveryStatementHasATopicAndEvidence(t *testing.T) {
	db := testdb.Seeded(t)
	if ids := queryStrings(t, db, `SELECT id FROM statements WHERE id NOT IN (SELECT statement_id FROM statement_topics)`); len(ids) > 0 {
		t.Errorf("statements without a topic: %v", ids)
	}
	if ids := queryStrings(t, db, `SELECT id FROM statements WHERE id NOT IN (SELECT statement_id FROM statement_appearances)`); len(ids) > 0 {
		t.Errorf("statements without evidence: %v", ids)
	}
}

// The article gives these roles and no others.
func TestRolesAreExactlyTheArticles(t *testing.T) {
	db := testdb.Seeded(t)
	got := queryStrings(t, db, `SELECT person_id || '|' || title || '|' || coalesce(organization_id, '') || '|' || coalesce(end_on, '') || '|' || coalesce(end_kind, '') FROM roles ORDER BY 1`)
	want := []string{
		"kellogg|US Special Envoy for Ukraine|united-states|2026-01|announced",
		"kellogg|US lieutenant general|united-states||past",
		"putin|President|||",
		"trump|US President|united-states||",
		"ushakov|Kremlin aide|kremlin||",
		"witkoff|US President Donald Trump’s special envoy|united-states||",
		"zelenskiy|President|ukraine||",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("roles:\n got %q\nwant %q", got, want)
	}
}

func TestSeededDatabaseIsConsistent(t *testing.T) {
	db := testdb.Seeded(t)
	if got := queryStrings(t, db, `PRAGMA integrity_check`); !slices.Equal(got, []string{"ok"}) {
		t.Fatalf("integrity_check: %v", got)
	}
	rows, err := db.SQL().Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		t.Fatal("foreign_key_check reports violations")
	}
	// The outlet and URL are unknown and stay NULL; the date is inferred.
	got := queryStrings(t, db, `SELECT coalesce(outlet, 'NULL') || ' ' || coalesce(url, 'NULL') || ' ' || published_on || ' ' || published_inferred FROM sources`)
	if !slices.Equal(got, []string{"NULL NULL 2025-12-07 1"}) {
		t.Fatalf("source metadata: %v", got)
	}
	// "Also Read:" lines are links, not statements.
	if got := queryStrings(t, db, `SELECT count(*) FROM source_links WHERE kind = 'also_read'`); got[0] != "2" {
		t.Fatalf("also_read links: %v", got)
	}
	if got := queryStrings(t, db, `SELECT count(*) FROM who_said_what WHERE evidence LIKE 'Also Read%'`); got[0] != "0" {
		t.Fatalf("an Also Read line is cited as a statement")
	}
}

func TestSeedTwiceChangesNothing(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	before := testdb.Dump(t, db.SQL())
	rep, err := seed.Load(ctx, db, seed.Embedded(), store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Sources[0].Status != store.LoadUnchanged {
		t.Fatalf("second load: %+v", rep.Sources)
	}
	if after := testdb.Dump(t, db.SQL()); after != before {
		t.Fatal("loading the seed twice changed the database")
	}
	// A forced reload rewrites the facts to the same content.
	if _, err := seed.Load(ctx, db, seed.Embedded(), store.LoadOptions{Force: true}); err != nil {
		t.Fatal(err)
	}
	if after := testdb.Dump(t, db.SQL(), "sources.added_at"); after != testdb.Dump(t, db.SQL(), "sources.added_at") || !strings.Contains(after, "zelenskiy") {
		t.Fatal("forced reload lost facts")
	}
}

// copySeed writes the seed fact file, edited by replacing old with new,
// and its body into a temporary directory, and returns the fact file path.
func copySeed(t *testing.T, edits ...string) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(text, edits[i]) {
			t.Fatalf("the seed has no %q to edit", edits[i])
		}
		text = strings.Replace(text, edits[i], edits[i+1], 1)
	}
	body, err := os.ReadFile(strings.TrimSuffix(seedFile, ".yaml") + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, seedFile)
	os.WriteFile(path, []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, strings.TrimSuffix(seedFile, ".yaml")+".txt"), body, 0o644)
	return path
}

func TestBadFactFilesAreRefusedWithPositionsAndChangeNothing(t *testing.T) {
	cases := []struct {
		name  string
		edits []string
		want  string // in the message, after "file:line:col: "
	}{
		{"quote not in the body", []string{`evidence: "Ushakov said Washington would need to make “radical changes”"`, `evidence: "Ushakov said Washington would have to make “radical changes”"`},
			`is not in the body of source "ukraine-talks-2025-12-07"; the closest passage is`},
		{"ambiguous quote", []string{`    evidence: "Ushakov said Washington would need to make “radical changes”"`, `    evidence: "really close"`},
			`is found 3 times in the body`},
		{"unknown speaker id", []string{"speaker: ushakov\n    on_behalf_of: kremlin\n    kind: direct\n    text: \"radical changes\"", "speaker: ushakof\n    on_behalf_of: kremlin\n    kind: direct\n    text: \"radical changes\""},
			`speaker "ushakof" is not defined in any fact file given nor in the database (nearest: ushakov)`},
		{"bad date", []string{"on: 2025-12-08", "on: 2025-02-30"}, `"2025-02-30" is not a real date`},
		{"share over 100", []string{"share: 19.2", "share: 119.2"}, `share 119.2 is outside 0-100`},
		{"misspelled field", []string{"    cue: confirmed\n", "    cues: confirmed\n"}, `unknown field "cues" in statement 16 (did you mean "cue"?)`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db := testdb.Seeded(t)
			before := testdb.Dump(t, db.SQL())
			path := copySeed(t, tc.edits...)
			files, err := seed.ReadPaths([]string{path})
			if err != nil {
				t.Fatal(err)
			}
			_, err = seed.Load(ctx, db, files, store.LoadOptions{})
			probs, ok := err.(seed.Problems)
			if !ok {
				t.Fatalf("got %v, want problems", err)
			}
			found := false
			for _, p := range probs {
				if strings.Contains(p.Msg, tc.want) {
					found = true
					if p.File != path || p.Line == 0 || p.Col == 0 {
						t.Errorf("problem without a position: %s", p)
					}
				}
			}
			if !found {
				t.Fatalf("no problem says %q; got:\n%s", tc.want, probs.Error())
			}
			if after := testdb.Dump(t, db.SQL()); after != before {
				t.Fatal("a refused load changed the database")
			}
		})
	}
}

// Re-seeding a changed file replaces that source's facts and nothing else.
func TestReseedReplacesOnlyThatSource(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	dir := t.TempDir()
	second := filepath.Join(dir, "second.yaml")
	write := func(extra string) {
		os.WriteFile(second, []byte(`kb: 1
source:
  id: second
  title: A second article
  published: 2025-12-09
  body: |
    Kellogg said on Tuesday that talks were "moving forward". He added: "We're really, really close."
statements:
  - id: kellogg-moving-forward
    speaker: kellogg
    kind: direct
    text: moving forward
    cue: said
    topics: [peace-plan]
`+extra), 0o644)
	}
	write(`  - id: kellogg-really-really-close
    evidence: We're really, really close.
`)
	files, _ := seed.ReadPaths([]string{second})
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	first := queryStrings(t, db, `SELECT statement_id || '@' || source_id FROM who_said_what WHERE source_id <> 'second' ORDER BY 1`)
	appearances := queryStrings(t, db, `SELECT statement_id FROM who_said_what WHERE source_id = 'second' ORDER BY 1`)
	if !slices.Equal(appearances, []string{"kellogg-moving-forward", "kellogg-really-really-close"}) {
		t.Fatalf("second source's statements: %v", appearances)
	}
	// Change the second file: drop the re-reported quote.
	write("")
	files, _ = seed.ReadPaths([]string{second})
	rep, err := seed.Load(ctx, db, files, store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Sources[0].Status != store.LoadReplaced {
		t.Fatalf("status %+v", rep.Sources)
	}
	if got := queryStrings(t, db, `SELECT statement_id FROM who_said_what WHERE source_id = 'second'`); !slices.Equal(got, []string{"kellogg-moving-forward"}) {
		t.Fatalf("after reseed: %v", got)
	}
	if got := queryStrings(t, db, `SELECT statement_id || '@' || source_id FROM who_said_what WHERE source_id <> 'second' ORDER BY 1`); !slices.Equal(got, first) {
		t.Fatal("reseeding the second source changed the first source's facts")
	}
}
