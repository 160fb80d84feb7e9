package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSearchGolden(t *testing.T) {
	db := seededDB(t)
	for _, f := range []string{"table", "json", "csv"} {
		t.Run(f, func(t *testing.T) {
			r := kb(t, db, "", nil, "search", "-o", f, "radical changes")
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			golden(t, "search_radical_changes_"+f, r.stdout)
		})
	}
	r := kb(t, db, "", nil, "search", "--evidence", "--limit", "1", "territor*")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	golden(t, "search_territor_evidence", r.stdout)
}

// TestSearchBadInput feeds text that is not FTS5 syntax: the answer is
// hits, "no statement matches" (exit 0) or "nothing to search for" (exit
// 2), never an SQL error.
func TestSearchBadInput(t *testing.T) {
	db := seededDB(t)
	inputs := []string{
		`"unbalanced`, `AND OR`, `NEAR(`, `*`, `-`, `col:x`, ``, `!?.,;`, `' OR 1=1 --`,
		"\x00", "\xff", `(`, `^a`, `a:`, strings.Repeat("x", 1<<20),
	}
	for _, in := range inputs {
		r := kb(t, db, "", nil, "search", in)
		ok := r.code == 0 && (r.stdout != "" || strings.HasPrefix(r.stderr, "kb: no statement matches ")) ||
			r.code == 2 && strings.HasPrefix(r.stderr, "kb: nothing to search for in ")
		if !ok || strings.Contains(r.stderr, "SQL") || strings.Contains(r.stderr, "fts5") {
			t.Errorf("search %.40q: exit %d, stderr %.200q", in, r.code, r.stderr)
		}
	}
}

func TestSearchMisses(t *testing.T) {
	db := seededDB(t)
	r := kb(t, db, "", nil, "search", "-o", "json", "xylophone")
	want := "{\n  \"query\": \"xylophone\",\n  \"raw\": false,\n  \"hits\": []\n}\n"
	if r.code != 0 || r.stdout != want || r.stderr != "kb: no statement matches \"xylophone\"\n" {
		t.Errorf("no hits: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = kb(t, db, "", nil, "search", "xylophone")
	if r.code != 0 || r.stdout != "" || r.stderr != "kb: no statement matches \"xylophone\"\n" {
		t.Errorf("no hits, table: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = kb(t, db, "", nil, "search", "--raw", "AND OR")
	if r.code != 2 || !strings.HasPrefix(r.stderr, `kb: invalid FTS5 query "AND OR" (fts5: syntax error near "AND")`) {
		t.Errorf("raw invalid: exit %d, stderr %q", r.code, r.stderr)
	}
	r = kb(t, db, "", nil, "search", "--raw", "radical NOT washington", "-o", "csv")
	if r.code != 0 || strings.Count(r.stdout, "\n") != 2 {
		t.Errorf("raw NOT: exit %d, stdout %q", r.code, r.stdout)
	}
}

// TestSearchTerminalMarks checks that on a terminal the matched words are
// bold rather than bracketed, and that NO_COLOR brings the brackets back.
func TestSearchTerminalMarks(t *testing.T) {
	db := seededDB(t)
	if out := kbTTY(t, db, true, nil, "search", "radical changes"); !strings.Contains(out, "\x1b[1mradical\x1b[0m \x1b[1mchanges\x1b[0m") {
		t.Errorf("terminal: %q", out)
	}
	if out := kbTTY(t, db, true, []string{"NO_COLOR=1"}, "search", "radical changes"); !strings.Contains(out, "[radical] [changes]") || strings.Contains(out, "\x1b[") {
		t.Errorf("NO_COLOR: %q", out)
	}
}

// TestSearchHitsNameIDAndTopics: whoever finds a quote gets its id, to cite
// it or look it up, and its topics, in every format.
func TestSearchHitsNameIDAndTopics(t *testing.T) {
	db := seededDB(t)
	const id, topics = "ushakov-radical-changes", "US peace plan and negotiations"
	r := kb(t, db, "", nil, "search", "radical changes")
	if !strings.Contains(r.stdout, "\n     id: "+id+"; topics: "+topics+"\n") {
		t.Errorf("table:\n%s", r.stdout)
	}
	r = kb(t, db, "", nil, "search", "radical changes", "-o", "csv")
	if ids, ts := csvColumn(t, r.stdout, "statement_id"), csvColumn(t, r.stdout, "topics"); ids[0] != id || ts[0] != topics {
		t.Errorf("csv: %q, %q", ids, ts)
	}
	r = kb(t, db, "", nil, "search", "radical changes", "-o", "json")
	var doc struct {
		Hits []struct {
			Statement struct {
				ID     string
				Topics []struct{ ID, Name string }
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if h := doc.Hits[0].Statement; h.ID != id || len(h.Topics) != 1 || h.Topics[0].Name != topics || h.Topics[0].ID != "peace-plan" {
		t.Errorf("json: %+v", h)
	}
}
