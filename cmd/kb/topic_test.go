package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestTopicPages(t *testing.T) {
	db := seededDB(t)
	// 22 statements on the peace plan and its subtopics (see the golden)
	t.Run("second page table", func(t *testing.T) {
		r := kb(t, db, "", nil, "topic", "peace plan", "--limit", "5", "--offset", "5")
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, "Statements (5 of 22, by ") ||
			!strings.Contains(r.stdout, "showing 6-10 of 22; --offset 10 for more\n") {
			t.Errorf("no paging header or footer:\n%s", r.stdout)
		}
		golden(t, "topic_peace_plan_page2_table", unstamp(r.stdout))
	})
	t.Run("last page has no next", func(t *testing.T) {
		r := kb(t, db, "", nil, "topic", "peace plan", "--limit", "5", "--offset", "20")
		if r.code != 0 || !strings.Contains(r.stdout, "showing 21-22 of 22\n") || strings.Contains(r.stdout, "for more") {
			t.Errorf("exit %d:\n%s", r.code, r.stdout)
		}
	})
	t.Run("all fit: no footer", func(t *testing.T) {
		r := kb(t, db, "", nil, "topic", "peace plan", "--limit", "0")
		if r.code != 0 || strings.Contains(r.stdout, "showing") || !strings.Contains(r.stdout, "Statements (22, by ") {
			t.Errorf("exit %d:\n%s", r.code, r.stdout)
		}
	})
	t.Run("json", func(t *testing.T) {
		r := kb(t, db, "", nil, "topic", "peace plan", "--limit", "5", "--offset", "5", "-o", "json")
		var doc struct {
			Total, Limit, Offset int
			Speakers             []struct{ Statements []json.RawMessage }
			Positions            []json.RawMessage
		}
		if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, g := range doc.Speakers {
			n += len(g.Statements)
		}
		if doc.Total != 22 || doc.Limit != 5 || doc.Offset != 5 || n != 5 || len(doc.Positions) == 0 {
			t.Errorf("total %d limit %d offset %d, %d statements, %d positions", doc.Total, doc.Limit, doc.Offset, n, len(doc.Positions))
		}
	})
	t.Run("csv says so on stderr", func(t *testing.T) {
		r := kb(t, db, "", nil, "topic", "peace plan", "--limit", "5", "-o", "csv")
		if r.code != 0 || strings.Count(r.stdout, "\n") != 6 || r.stderr != "kb: showing 1-5 of 22; --offset 5 for more\n" {
			t.Errorf("exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
		}
	})
	t.Run("positions capped", func(t *testing.T) {
		all := kb(t, db, "", nil, "topic", "peace plan", "--positions", "0", "-o", "json")
		capped := kb(t, db, "", nil, "topic", "peace plan", "--positions", "2", "-o", "json")
		type doc struct {
			Positions      []struct{ ID int }
			PositionsTotal int `json:"positions_total"`
			PositionsLimit int `json:"positions_limit"`
		}
		var a, c doc
		if err := json.Unmarshal([]byte(all.stdout), &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(capped.stdout), &c); err != nil {
			t.Fatal(err)
		}
		n := len(a.Positions)
		if n < 3 || a.PositionsTotal != n || a.PositionsLimit != 0 {
			t.Fatalf("all: %d positions, positions_total %d, positions_limit %d", n, a.PositionsTotal, a.PositionsLimit)
		}
		if len(c.Positions) != 2 || c.Positions[0] != a.Positions[0] || c.Positions[1] != a.Positions[1] ||
			c.PositionsTotal != n || c.PositionsLimit != 2 {
			t.Errorf("capped: %+v, want the first 2 of %+v", c, a)
		}
		r := kb(t, db, "", nil, "topic", "peace plan", "--positions", "2")
		if !strings.Contains(r.stdout, fmt.Sprintf("Positions (2 of %d)", n)) ||
			!strings.Contains(r.stdout, fmt.Sprintf("showing 2 of %d positions; --positions 0 for all\n", n)) {
			t.Errorf("no cap header or footer:\n%s", r.stdout)
		}
	})
	for _, args := range [][]string{{"--limit", "-1"}, {"--offset", "-3"}, {"--positions", "-2"}} {
		t.Run("bad "+args[0], func(t *testing.T) {
			r := kb(t, db, "", nil, append([]string{"topic", "Donbas"}, args...)...)
			if r.code != 2 || !strings.Contains(r.stderr, args[0]) {
				t.Errorf("exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 42896: "42,896", 1000000: "1,000,000", -1234: "-1,234"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
