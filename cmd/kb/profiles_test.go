package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// statementIDs decodes the ids of a JSON list of statements under key.
func statementIDs(t *testing.T, doc, key string) []string {
	t.Helper()
	var v map[string]json.RawMessage
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatal(err)
	}
	var sts []struct{ ID string }
	if err := json.Unmarshal(v[key], &sts); err != nil {
		t.Fatalf("%s: %v", key, err)
	}
	ids := []string{}
	for _, s := range sts {
		ids = append(ids, s.ID)
	}
	return ids
}

// csvColumn returns one column of a CSV document, header excluded.
func csvColumn(t *testing.T, doc, column string) []string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(doc)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range recs[0] {
		if h == column {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no column %q in %q", column, recs[0])
	}
	out := []string{}
	for _, r := range recs[1:] {
		out = append(out, r[col])
	}
	return out
}

// TestPersonShowsMentionsAndEvents: a person who said nothing on record
// still shows the statements that name them and the events they were at.
func TestPersonShowsMentionsAndEvents(t *testing.T) {
	db := seededDB(t)
	r := kb(t, db, "", nil, "person", "Kushner")
	for _, want := range []string{
		"Statements (0)\n  none recorded\n",
		"\nMentioned in (3)\n",
		"Kushner to lead drafting of any potential agreement (reported)",
		"“know the basic Ukrainian positions” (direct)",
		"Putin’s four-hour meeting with Witkoff and Kushner (meeting,",
		"Call with Steve Witkoff and Jared Kushner (call,",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("kb person Kushner lacks %q:\n%s", want, r.stdout)
		}
	}
	r = kb(t, db, "", nil, "person", "Kushner", "-o", "json")
	got := strings.Join(statementIDs(t, r.stdout, "mentioned_in"), " ")
	if want := "zelenskiy-us-know-positions kremlin-expects-kushner-drafting ushakov-washington-radical-changes"; got != want {
		t.Errorf("mentioned_in %s, want %s", got, want)
	}
	r = kb(t, db, "", nil, "person", "Putin", "-o", "csv")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if got := strings.Join(csvColumn(t, r.stdout, "statement_id"), " ") + " / " + strings.Join(csvColumn(t, r.stdout, "relation"), " "); got != "ushakov-washington-radical-changes / mentioned" {
		t.Errorf("kb person Putin -o csv: %s", got)
	}
	// A person's own statement that names them is listed once, as theirs.
	r = kb(t, db, "", nil, "person", "Zelenskiy", "-o", "json")
	for _, id := range statementIDs(t, r.stdout, "mentioned_in") {
		if strings.HasPrefix(id, "zelenskiy-") {
			t.Errorf("his own statement %s is listed as a mention", id)
		}
	}
}

// TestOrgShowsItsParts: Russia's page offers the statements of the Kremlin
// and of Ushakov speaking for it, in their own section.
func TestOrgShowsItsParts(t *testing.T) {
	db := seededDB(t)
	r := kb(t, db, "", nil, "org", "Moscow")
	for _, want := range []string{
		"\nStatements by its parts or on their behalf (5)\n  1. Kushner to lead drafting of any potential agreement (reported)\n     Kremlin expects",
		"Yuri Ushakov, Kremlin aide, for Kremlin, said",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("kb org Moscow lacks %q:\n%s", want, r.stdout)
		}
	}
	r = kb(t, db, "", nil, "org", "Russia", "-o", "json")
	got := strings.Join(statementIDs(t, r.stdout, "part_statements"), " ")
	if want := "kremlin-expects-kushner-drafting ushakov-radical-changes ushakov-washington-radical-changes ushakov-territorial-problems ushakov-territorial-problems-central"; got != want {
		t.Errorf("part_statements %s, want %s", got, want)
	}
	r = kb(t, db, "", nil, "org", "Russia", "-o", "csv")
	counts := map[string]int{}
	for _, rel := range csvColumn(t, r.stdout, "relation") {
		counts[rel]++
	}
	if counts["part"] != 5 || counts["said"] == 0 || counts["mentioned"] == 0 {
		t.Errorf("relations %v", counts)
	}
	r = kb(t, db, "", nil, "org", "Kremlin", "-o", "csv")
	counts = map[string]int{}
	for _, rel := range csvColumn(t, r.stdout, "relation") {
		counts[rel]++
	}
	if counts["said"] != 1 || counts["on_behalf"] != 4 || counts["part"] != 0 {
		t.Errorf("Kremlin relations %v", counts)
	}
	// The Kremlin has no parts: no empty section for them.
	if r := kb(t, db, "", nil, "org", "Kremlin"); strings.Contains(r.stdout, "by its parts") {
		t.Errorf("kb org Kremlin shows a parts section")
	}
}
