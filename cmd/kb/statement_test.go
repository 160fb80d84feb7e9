package main

import (
	"strings"
	"testing"
)

// rereportDB is the seeded database with two self-written articles that
// word the same remarks differently (testdata/rereport).
func rereportDB(t *testing.T) string {
	t.Helper()
	db := seededDB(t)
	if r := kb(t, db, "", nil, "seed", "testdata/rereport"); r.code != 0 {
		t.Fatalf("seed: exit %d, %s", r.code, r.stderr)
	}
	return db
}

func TestStatementGolden(t *testing.T) {
	db := rereportDB(t)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"statement_reworded_table", []string{"statement", "varga-rest-fairly-well"}},
		{"statement_reworded_json", []string{"statement", "varga-rest-fairly-well", "-o", "json"}},
		{"statement_reworded_csv", []string{"statement", "varga-last-metres", "-o", "csv"}},
		{"statement_seed_table", []string{"statement", "kellogg-really-close"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			golden(t, tc.name, r.stdout)
		})
	}
}

func TestStatementShowsEachOutletsWords(t *testing.T) {
	r := kb(t, rereportDB(t), "", nil, "statement", "varga-last-metres")
	for _, want := range []string{
		"Lena Varga (lena-varga), Transport minister at the time",
		"port-wire", "(first report)",
		"port-courier", `-“metres” +“meters to the goal”`, `-“hardest” +“most difficult”`,
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

// The date line says when the date is not given and where it was said,
// as kb person does.
func TestStatementDateAndSetting(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name, id, want string
	}{
		{"undated", "zelenskiy-talks-constructive", "date not given, source published 2025-12-07 (inferred) · cue: says"},
		{"setting", "zelenskiy-us-know-positions", "said week of 2025-12-01 (inferred) · nightly video address · cue: said"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, "statement", tc.id)
			if r.code != 0 || !strings.Contains(r.stdout, tc.want) {
				t.Fatalf("exit %d, output lacks %q:\n%s", r.code, tc.want, r.stdout)
			}
		})
	}
}

// The seed's headline and body both give "really close": one row says so,
// rather than two identical rows.
func TestStatementOneRowPerWording(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "statement", "kellogg-really-close")
	if n := strings.Count(r.stdout, "ukraine-talks-2025-12-07  "); n != 1 || !strings.Contains(r.stdout, "(first report), in 2 passages") {
		t.Fatalf("want one row for the source, marked in 2 passages; got %d:\n%s", n, r.stdout)
	}
}

func TestStatementErrors(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"unknown id", []string{"statement", "no-such-statement"}, 1, `no statement "no-such-statement" (` + "`kb quotes`"},
		{"start of an id", []string{"statement", "zelenskiy-talks"}, 1, `no statement "zelenskiy-talks"; did you mean "zelenskiy-talks-constructive"?`},
		{"typo in an id", []string{"statement", "kellogg-realy-close"}, 1, `did you mean "kellogg-really-close"`},
		{"no id", []string{"statement"}, 2, "one statement ID"},
		{"bad format", []string{"statement", "kellogg-really-close", "-o", "xml"}, 2, "must be table, json or csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.inStderr) || r.stdout != "" {
				t.Fatalf("exit %d (want %d), stderr %q (want %q), stdout %q", r.code, tc.code, r.stderr, tc.inStderr, r.stdout)
			}
		})
	}
}
