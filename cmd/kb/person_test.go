package main

import (
	"strings"
	"testing"
)

func TestPersonGolden(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"person_zelenskiy_table", []string{"person", "Zelenskiy"}},
		{"person_zelenskiy_json", []string{"person", "Zelenskiy", "-o", "json"}},
		{"person_zelenskiy_csv", []string{"person", "Zelenskiy", "-o", "csv"}},
		{"person_kellogg_evidence", []string{"person", "Kellogg", "--evidence"}},
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

func TestPersonFindsEverySpelling(t *testing.T) {
	db := seededDB(t)
	for _, name := range []string{"Zelenskiy", "zelensky", "ZELENSKYY", "zelenskyi", "Zelenskýj", "Volodymyr Zelensky", "zelenskiy"} {
		t.Run(name, func(t *testing.T) {
			r := kb(t, db, "", nil, "person", name)
			if r.code != 0 || !strings.HasPrefix(r.stdout, "Volodymyr Zelenskiy (zelenskiy)") {
				t.Fatalf("exit %d, stdout %.80q, stderr %q", r.code, r.stdout, r.stderr)
			}
		})
	}
}

func TestPersonShowsRoleAndBothDirectQuotes(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "person", "Zelenskiy")
	for _, want := range []string{
		"President (Ukraine) — current",
		"“constructive, although not easy” (direct)",
		"“know the basic Ukrainian positions” (direct)",
		"source: ukraine-talks-2025-12-07",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestPersonErrors(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"unknown name suggests", []string{"person", "Zelenskoy"}, 1, `did you mean "Volodymyr Zelenskiy"`},
		{"unknown name", []string{"person", "Nobody Atall"}, 1, `no person named "Nobody Atall"`},
		{"empty name", []string{"person", ""}, 2, "at least one letter or digit"},
		{"no name", []string{"person"}, 2, "takes one NAME"},
		{"two names", []string{"person", "a", "b"}, 2, "takes one NAME"},
		{"bad format", []string{"person", "Kellogg", "-o", "xml"}, 2, "must be table, json or csv"},
		{"sql fragment", []string{"person", "' OR 1=1 --"}, 1, "no person named"},
		{"unknown command", []string{"persn"}, 2, "unknown command"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.inStderr) {
				t.Fatalf("exit %d (want %d), stderr %q (want %q)", r.code, tc.code, r.stderr, tc.inStderr)
			}
			if r.stdout != "" {
				t.Fatalf("an error wrote to stdout: %q", r.stdout)
			}
		})
	}
}

func TestMissingDatabaseIsCreatedWithTheSeed(t *testing.T) {
	db := t.TempDir() + "/new.db"
	r := kb(t, db, "", nil, "person", "Kellogg")
	if r.code != 0 || !strings.Contains(r.stderr, "created "+db+" with the embedded seed") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "US Special Envoy for Ukraine") {
		t.Fatalf("stdout %q", r.stdout)
	}
	r = kb(t, db, "", nil, "person", "Kellogg")
	if r.stderr != "" {
		t.Fatalf("second run still says %q", r.stderr)
	}
}

func TestDBFromEnvironment(t *testing.T) {
	db := seededDB(t)
	r := kb(t, "", "", []string{"KB_DB=" + db}, "person", "Ushakov")
	if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "Kremlin aide") {
		t.Fatalf("exit %d stderr %q", r.code, r.stderr)
	}
}
