package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
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
	if want := "kremlin-expects-kushner-drafting zelenskiy-us-know-positions ushakov-washington-radical-changes"; got != want {
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

// namesakes is a fact file with two people who share a name: only the id
// tells them apart.
const namesakes = `kb: 1
source:
  id: namesakes
  title: Two namesakes
  body: "Elena Vasquez, a mayor, said the bridge would open. Elena Vasquez, a chemist, said the tests passed."
people:
  - id: elena-vasquez
    name: Elena Vasquez
    description: mayor
  - id: elena-vasquez-chemist
    name: Elena Vasquez
    description: chemist
topics:
  - id: local
    name: Local news
statements:
  - id: vasquez-bridge
    speaker: elena-vasquez
    kind: reported
    text: the bridge would open
    cue: said
    topics: [local]
  - id: vasquez-tests
    speaker: elena-vasquez-chemist
    kind: reported
    text: the tests passed
    cue: said
    topics: [local]
`

// TestExactIDWins: an id typed exactly, in any case, names its entity even
// when another entity answers to the same spelling; stderr says who else.
func TestExactIDWins(t *testing.T) {
	db := seededDB(t)
	file := filepath.Join(t.TempDir(), "namesakes.yaml")
	if err := os.WriteFile(file, []byte(namesakes), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := kb(t, db, "", nil, "seed", file); r.code != 0 {
		t.Fatalf("seed: exit %d: %s", r.code, r.stderr)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		stdout string
		stderr string
	}{
		{"id", []string{"person", "elena-vasquez"}, "Elena Vasquez (elena-vasquez)\nmayor\n",
			`kb: "elena-vasquez" is the id of Elena Vasquez; also named so: Elena Vasquez (person elena-vasquez-chemist)` + "\n"},
		{"id in capitals", []string{"person", "Elena-Vasquez"}, "Elena Vasquez (elena-vasquez)\nmayor\n",
			`kb: "Elena-Vasquez" is the id of Elena Vasquez; also named so: Elena Vasquez (person elena-vasquez-chemist)` + "\n"},
		{"the other id", []string{"person", "ELENA-VASQUEZ-CHEMIST"}, "Elena Vasquez (elena-vasquez-chemist)\nchemist\n", ""},
		{"quotes --by id", []string{"quotes", "--by", "elena-vasquez", "-o", "csv"}, "vasquez-bridge,Elena Vasquez,person,",
			`kb: "elena-vasquez" is the id of Elena Vasquez; also named so: Elena Vasquez (person elena-vasquez-chemist)` + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != 0 || !strings.Contains(r.stdout, tc.stdout) || r.stderr != tc.stderr {
				t.Fatalf("exit %d, stderr %q, stdout %.120q", r.code, r.stderr, r.stdout)
			}
		})
	}
	r := kb(t, db, "", nil, "person", "Elena Vasquez")
	if r.code != 2 || !strings.Contains(r.stderr, `"Elena Vasquez" could be any of 2`) {
		t.Fatalf("the shared name: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestEmptyNamesAreBadUsage: an empty name, like an empty search, is exit 2
// with a message saying what to give.
func TestEmptyNamesAreBadUsage(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"person", ""}, "kb: give a person name with at least one letter or digit\n"},
		{[]string{"org", " "}, "kb: give an organization name with at least one letter or digit\n"},
		{[]string{"search", ""}, "kb: nothing to search for in \"\": give a word or a \"quoted phrase\"\n"},
		{[]string{"quotes", "--by", ""}, "kb: --by is empty: give a name, or leave the flag out\n"},
		{[]string{"said", "--topic", " "}, "kb: --topic is empty: give a name, or leave the flag out\n"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != 2 || r.stderr != tc.stderr || r.stdout != "" {
				t.Fatalf("exit %d, stderr %q, stdout %.80q", r.code, r.stderr, r.stdout)
			}
		})
	}
}

// TestSentencesReadAsEnglish checks the prose of real lookups: counts agree
// with their nouns, a cue that needs an object gets one, a participle is
// put in the past, and an undated statement does not lean on its cue.
func TestSentencesReadAsEnglish(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		args        []string
		want, never []string
	}{
		{[]string{"topic", "Casualties"}, []string{"Statements (3, by 1 speaker)\n"}, []string{"1 speakers"}},
		{[]string{"topic", "military aid"}, []string{"Statements (0)\n  none recorded\n"}, []string{"by 0 speakers"}},
		{[]string{"person", "Kellogg"}, []string{
			"Keith Kellogg, US Special Envoy for Ukraine, told the Reagan National Defense Forum on 2025-12-06 (inferred)",
			"Keith Kellogg, US Special Envoy for Ukraine, added on 2025-12-06 (inferred)",
			"US Special Envoy for Ukraine — end announced for 2026-01 (inferred)",
		}, []string{"told on", "adding on", "(United States)"}},
		{[]string{"quotes", "--by", "Kremlin"}, []string{"Kremlin expects, according to official statements — date not given, source published 2025-12-07 (inferred)"},
			[]string{"statements (date not given"}},
		{[]string{"people"}, []string{"US President "}, []string{"US President (United States)"}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := kb(t, db, "", nil, append(tc.args, "--format", "table")...)
			out := strings.Join(strings.Fields(r.stdout), " ") // unwrapped
			for _, w := range tc.want {
				if !strings.Contains(out, strings.Join(strings.Fields(w), " ")) {
					t.Errorf("lacks %q:\n%s", w, r.stdout)
				}
			}
			for _, n := range tc.never {
				if strings.Contains(r.stdout, n) {
					t.Errorf("says %q:\n%s", n, r.stdout)
				}
			}
		})
	}
}

// TestEveryEmptyAnswerSaysSo: whatever the format, a lookup whose answer
// holds no statement says so on stderr and exits 0.
func TestEveryEmptyAnswerSaysSo(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"org", "Germany"}, "kb: no statements by, for or about Germany\n"},
		{[]string{"topic", "military aid"}, "kb: no statements on Military aid to Ukraine or its subtopics\n"},
		{[]string{"topic", "Donbas", "--offset", "10"}, "kb: no statements past --offset 10; there are 6\n"},
		{[]string{"quotes", "--until", "2020"}, "kb: no statements match\n"},
		{[]string{"search", "xylophone"}, "kb: no statement matches \"xylophone\"\n"},
		{[]string{"sql", "select 1 where 0"}, "kb: the query returned no rows\n"},
	} {
		for _, f := range []string{"table", "json", "csv"} {
			t.Run(strings.Join(tc.args, " ")+" "+f, func(t *testing.T) {
				r := kb(t, db, "", nil, append(tc.args, "-o", f)...)
				if r.code != 0 || r.stderr != tc.stderr {
					t.Fatalf("exit %d, stderr %q, want %q", r.code, r.stderr, tc.stderr)
				}
			})
		}
	}
}

// TestSourceTextOpensEachPassageOnce: in `kb source --text` every passage
// opens once and is closed once, overlapping or not, so a reader can follow
// each from its start to its own end.
func TestSourceTextOpensEachPassageOnce(t *testing.T) {
	db := seededDB(t)
	const id = "ukraine-talks-2025-12-07"
	r := kb(t, db, "", nil, "source", id, "-o", "json")
	var doc struct {
		Passages []struct {
			StatementID string `json:"statement_id"`
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	passages := map[string]int{}
	for _, p := range doc.Passages {
		passages[p.StatementID]++
	}
	text := kb(t, db, "", nil, "source", id, "--text").stdout
	bare := strings.Count(text, "]]") - strings.Count(text, "[[/")
	labelled := 0
	for sid, n := range passages {
		if got := strings.Count(text, "[["+sid+": "); got != n {
			t.Errorf("%s opens %d times, has %d passages", sid, got, n)
		}
		labelled += strings.Count(text, "[[/"+sid+"]]")
	}
	if bare+labelled != len(doc.Passages) {
		t.Errorf("%d bare and %d labelled closes for %d passages", bare, labelled, len(doc.Passages))
	}
	if labelled == 0 {
		t.Errorf("no overlapping passage is closed by name")
	}
}
