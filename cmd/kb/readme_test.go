package main

import (
	"encoding/csv"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readmeQuery is one SQL example of the README, with the sentence before it.
type readmeQuery struct{ title, sql string }

// readmeQueries returns the examples of the README's "Example queries".
func readmeQueries(t *testing.T) []readmeQuery {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(data), "## Example queries")
	if !ok {
		t.Fatal(`README.md has no "## Example queries" section`)
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	var qs []readmeQuery
	for _, m := range regexp.MustCompile("(?s)\n\n([^\n`][^`]*?)\n\n```sql\n(.*?)```").FindAllStringSubmatch(sec, -1) {
		qs = append(qs, readmeQuery{strings.Join(strings.Fields(m[1]), " "), m[2]})
	}
	if len(qs) != strings.Count(sec, "```sql") {
		t.Fatalf("found %d example queries in README.md", len(qs))
	}
	return qs
}

// parseCSV parses kb sql -o csv output, header included.
func parseCSV(t *testing.T, out string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	return rows
}

// TestReadmeQueries runs every example query of the README on the seed,
// with kb sql and, when it is installed, with the sqlite3 CLI users paste
// them into, and checks the counts the examples claim.
func TestReadmeQueries(t *testing.T) {
	db := seededDB(t)
	count := func(q string) int {
		r := kb(t, db, "", nil, "sql", "-o", "csv", q)
		n, err := strconv.Atoi(strings.TrimSpace(parseCSV(t, r.stdout)[1][0]))
		if r.code != 0 || err != nil {
			t.Fatalf("%s: exit %d, %v, %s", q, r.code, err, r.stderr)
		}
		return n
	}
	sqlite3, _ := exec.LookPath("sqlite3")
	for _, q := range readmeQueries(t) {
		t.Run(q.title, func(t *testing.T) {
			r := kb(t, db, q.sql, nil, "sql", "-o", "csv", "-")
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			rows := parseCSV(t, r.stdout)
			if len(rows) < 2 {
				t.Fatalf("no rows:\n%s", r.stdout)
			}
			switch {
			case strings.HasPrefix(q.title, "Who speaks most"):
				sum := 0
				for _, row := range rows[1:] {
					n, _ := strconv.Atoi(row[1])
					sum += n
				}
				if want := count("SELECT count(*) FROM statements"); sum != want {
					t.Errorf("the statements column adds up to %d, the database has %d statements", sum, want)
				}
			case strings.HasPrefix(q.title, "Full-text search"):
				if want := count("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'really close'"); len(rows)-1 != want {
					t.Errorf("%d rows, %d statements match", len(rows)-1, want)
				}
			}
			if sqlite3 == "" {
				return
			}
			cmd := exec.Command(sqlite3, "-readonly", db)
			cmd.Stdin = strings.NewReader(q.sql)
			out, err := cmd.CombinedOutput()
			if err != nil || strings.Contains(string(out), "Error") || len(out) == 0 {
				t.Errorf("sqlite3: %v\n%s", err, out)
			}
		})
	}
}
