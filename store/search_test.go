package store_test

import (
	"context"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

func TestFTSQuery(t *testing.T) {
	cases := []struct{ in, want string }{
		{"radical changes", `"radical" AND "changes"`},
		{`"radical changes"`, `"radical changes"`},
		{`  Donbas   "peace plan" talks `, `"Donbas" AND "peace plan" AND "talks"`},
		{"territor*", `"territor"*`},
		{`"peace pla"*`, `"peace pla"*`},
		{`"peace pla"* talks`, `"peace pla"* AND "talks"`}, // the * is read once, the word after is a word
		{"AND OR NOT", `"AND" AND "OR" AND "NOT"`},
		{"NEAR(", `"NEAR("`},
		{"col:x", `"col:x"`},
		{`"unbalanced quote`, `"unbalanced quote"`},
		{`say "it`, `"say" AND "it"`},
		{`he said "no"x`, `"he" AND "said" AND "no" AND "x"`},
		{`a""b`, `"a" AND "b"`},
		{"- * + ^ word", `"word"`},
		{"nul\x00byte", `"nul" AND "byte"`}, {"\"nul\x00byte\"", `"nul byte"`},
		{"bad\xffutf8", `"bad" AND "utf8"`},
		{"Zelenskyy’s", `"Zelenskyy’s"`},
	}
	for _, c := range cases {
		got, err := store.FTSQuery(c.in)
		if err != nil || got != c.want {
			t.Errorf("FTSQuery(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"", "   ", "*", "-", `"`, `""`, "!?.,;:", "\x00\x01"} {
		if q, err := store.FTSQuery(in); store.ErrorCode(err) != store.EINVALID {
			t.Errorf("FTSQuery(%q) = %q, %v; want an EINVALID error", in, q, err)
		}
	}
	if _, err := store.FTSQuery(strings.Repeat("word ", 65)); store.ErrorCode(err) != store.EINVALID {
		t.Errorf("65 words: %v, want EINVALID", err)
	}
}

// hostileSearches are inputs that are not valid FTS5 syntax.
var hostileSearches = []string{
	`"unbalanced`, `un"balanced`, `AND OR`, `OR`, `NOT`, `NEAR(`, `NEAR(a b`, `NEAR(a b, -1)`, `*`, `-`,
	`-word`, `col:x`, `text:`, `{text}: x`, `^`, `(`, `)`, `a AND`, `+`, `:`, `' OR 1=1 --`,
	"\x00", "\xff\xfe", `"""`, `a*b*`, `**`, `"a" * "b"`,
}

// TestSearchNeverSQLError runs inputs that are not valid FTS5 syntax
// through Search: each is a result or a clear EINVALID, never an SQL error.
func TestSearchNeverSQLError(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	for _, in := range append(hostileSearches, "", "   ", ".,;!") {
		_, err := db.Search(ctx, store.SearchOptions{Query: in})
		if err != nil && (store.ErrorCode(err) != store.EINVALID || strings.Contains(err.Error(), "SQL")) {
			t.Errorf("Search(%q): %v (code %s)", in, err, store.ErrorCode(err))
		}
	}
}

func TestSearch(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	hits, err := db.Search(ctx, store.SearchOptions{Query: "radical changes"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("%d hits, want 2", len(hits))
	}
	first := hits[0]
	if first.Rank != 1 || first.Statement.ID != "ushakov-radical-changes" || first.Snippet != "[radical] [changes]" {
		t.Errorf("first hit: %+v", first)
	}
	if first.Statement.Speaker.Name != "Yuri Ushakov" || first.Statement.SpeakerRole == nil || first.Statement.SpeakerRole.Title != "Kremlin aide" {
		t.Errorf("speaker or role missing: %+v %+v", first.Statement.Speaker, first.Statement.SpeakerRole)
	}
	if len(first.Statement.Appearances) == 0 || first.Statement.Source.ID != "ukraine-talks-2025-12-07" {
		t.Errorf("source missing: %+v", first.Statement)
	}
	if !(hits[0].Score <= hits[1].Score) {
		t.Errorf("not ranked by bm25: %v then %v", hits[0].Score, hits[1].Score)
	}

	phrase, err := db.Search(ctx, store.SearchOptions{Query: `"changes radical"`})
	if err != nil || len(phrase) != 0 {
		t.Errorf("phrase in the wrong order: %d hits, %v; want none", len(phrase), err)
	}
	limited, err := db.Search(ctx, store.SearchOptions{Query: "radical", Limit: 1, Mark: [2]string{"<", ">"}})
	if err != nil || len(limited) != 1 || !strings.Contains(limited[0].Snippet, "<radical>") {
		t.Errorf("limit 1 with marks: %+v, %v", limited, err)
	}
	raw, err := db.Search(ctx, store.SearchOptions{Query: "radical NOT washington", Raw: true})
	if err != nil || len(raw) != 1 || raw[0].Statement.ID != "ushakov-radical-changes" {
		t.Errorf("raw NOT: %+v, %v", raw, err)
	}
	prefix, err := db.Search(ctx, store.SearchOptions{Query: "radic*"})
	if err != nil || len(prefix) != 2 {
		t.Errorf("prefix: %d hits, %v; want 2", len(prefix), err)
	}
}

func TestSearchRawInvalid(t *testing.T) {
	db := testdb.Seeded(t)
	for _, in := range []string{"AND OR", `"unbalanced`, "NEAR(", "nosuchcolumn: x", ""} {
		_, err := db.Search(context.Background(), store.SearchOptions{Query: in, Raw: true})
		if store.ErrorCode(err) != store.EINVALID {
			t.Errorf("raw %q: %v, want EINVALID", in, err)
			continue
		}
		if in != "" && !strings.Contains(err.Error(), "invalid FTS5 query") {
			t.Errorf("raw %q: unclear message %q", in, err)
		}
	}
}
