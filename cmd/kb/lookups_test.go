package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kb/store"
)

// addedAt and contentHash match what a load stamps on a source rather than what the
// source says: the time of the load, and the hash of the fact file (which
// changes with any edit of the seed file, comments included). Goldens hold
// placeholders instead.
var (
	addedAt     = regexp.MustCompile(`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z`)
	contentHash = regexp.MustCompile(`\b[0-9a-f]{64}\b`)
)

func unstamp(s string) string {
	return contentHash.ReplaceAllString(addedAt.ReplaceAllString(s, "<added_at>"), "<content_hash>")
}

// TestLookupGolden runs every lookup command in every format against the
// seeded database and compares the output with testdata/NAME.golden.
func TestLookupGolden(t *testing.T) {
	db := seededDB(t)
	// --evidence changes only the table: JSON and CSV always carry it.
	cases := []struct {
		name string
		args []string
	}{
		{"person_kellogg", []string{"person", "Kellogg"}},
		{"people", []string{"people"}},
		{"orgs", []string{"orgs"}},
		{"org_kremlin", []string{"org", "Kremlin"}},
		{"org_kremlin_evidence", []string{"org", "the kremlin", "--evidence"}},
		{"org_russia", []string{"org", "Moscow"}},
		{"topics", []string{"topics"}},
		{"topic_donbas", []string{"topic", "Donbas"}},
		{"topic_donbas_evidence", []string{"topic", "Donbas", "--evidence"}},
		{"topic_peace_plan", []string{"topic", "peace plan"}},
		{"topic_peace_plan_positions", []string{"topic", "peace plan", "--positions", "2"}},
		{"quotes_by_kremlin", []string{"quotes", "--by", "Kremlin"}},
		{"quotes_by_kremlin_evidence", []string{"quotes", "--by", "Kremlin", "--evidence"}},
		{"said_direct_since", []string{"said", "--kind", "direct", "--since", "2025-12-06", "--limit", "3"}},
		{"quotes_topic_source", []string{"quotes", "--topic", "territorial problems", "--source", "ukraine-talks-2025-12-07", "--until", "2025-12"}},
		{"territory_donbas", []string{"territory", "Donbas"}},
		{"territory_donbas_evidence", []string{"territory", "donbass", "--evidence"}},
		{"territory_all", []string{"territory"}},
		{"sources", []string{"sources"}},
		{"source", []string{"source", "ukraine-talks-2025-12-07"}},
		{"source_text", []string{"source", "ukraine-talks-2025-12-07", "--text"}},
		{"schema", []string{"schema"}},
		{"schema_view", []string{"schema", "who_said_what"}},
	}
	formats := []struct{ suffix, flag string }{{"table", ""}, {"json", "json"}, {"csv", "csv"}}
	for _, tc := range cases {
		for _, f := range formats {
			if slices.Contains(tc.args, "--evidence") && f.flag != "" {
				continue
			}
			args := tc.args
			if f.flag != "" {
				args = append(append([]string{}, args...), "-o", f.flag)
			}
			name := tc.name + "_" + f.suffix
			t.Run(name, func(t *testing.T) {
				r := kb(t, db, "", nil, args...)
				if r.code != 0 || r.stderr != "" {
					t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
				}
				checkFormat(t, f.suffix, r.stdout)
				golden(t, name, unstamp(r.stdout))
			})
		}
	}
}

// checkFormat asserts that JSON output is one JSON document and CSV output
// parses as RFC 4180 with rows as wide as the header.
func checkFormat(t *testing.T, format, out string) {
	t.Helper()
	switch format {
	case "json":
		var v map[string]any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("not one JSON object: %v", err)
		}
	case "csv":
		r := csv.NewReader(strings.NewReader(out))
		recs, err := r.ReadAll() // checks every row has the header's width
		if err != nil {
			t.Fatalf("not valid CSV: %v", err)
		}
		if len(recs) < 2 {
			t.Fatalf("CSV has no data rows: %q", out)
		}
	}
}

// TestDoneWhen checks the answers the issue names, by content rather than
// by golden file, so that a regenerated golden cannot hide a wrong answer.
func TestDoneWhen(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"person", "Kellogg"}, []string{
			"Keith Kellogg (kellogg)",
			"US Special Envoy for Ukraine — end announced for 2026-01 (inferred)",
			"US lieutenant general — former",
			"“We’re really, really close” (direct)",
			"Keith Kellogg, US Special Envoy for Ukraine, said on 2025-12-06 (inferred) —",
			"Reagan National Defense Forum (forum, 2025-12-06 (inferred))",
		}},
		{[]string{"person", "zelensky"}, []string{"Volodymyr Zelenskiy (zelenskiy)", "President (Ukraine) — current"}},
		{[]string{"topic", "Donbas"}, []string{
			"Status of Donbas (donbas-status)",
			"demands*   Russia", "opposes*   Volodymyr Zelenskiy", "rejects    Ukraine", "supports*  Almost all countries",
			"Statements (6, by 3 speakers)",
			"Yuri Ushakov, Kremlin aide, for Kremlin, confirmed in the week of 2025-12-01 (inferred)",
		}},
		{[]string{"territory", "Donbas"}, []string{
			"Donbas (donbas) — region, in Ukraine",
			"Contains: Donetsk, Luhansk",
			"· Donetsk", "over 80%", "claim    all (100%)", "· Luhansk",
		}},
		{[]string{"quotes", "--by", "Kremlin"}, []string{
			"Kremlin expects, according to official statements",
			"“radical changes” (direct)",
			"Yuri Ushakov, Kremlin aide, for Kremlin, said in the week of 2025-12-01 (inferred)",
		}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("output lacks %q", w)
				}
			}
		})
	}
}

func TestQuotesByKremlinCountsOnBehalf(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "quotes", "--by", "Kremlin", "-o", "json")
	var doc struct {
		Filter struct {
			By struct{ Kind, ID string }
		}
		Statements []struct {
			ID         string
			Speaker    struct{ ID string }
			OnBehalfOf *struct{ ID string } `json:"on_behalf_of"`
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Filter.By.ID != "kremlin" || doc.Filter.By.Kind != "organization" {
		t.Fatalf("filter %+v", doc.Filter)
	}
	var own, behalf int
	for _, s := range doc.Statements {
		switch {
		case s.Speaker.ID == "kremlin":
			own++
		case s.OnBehalfOf != nil && s.OnBehalfOf.ID == "kremlin" && s.Speaker.ID == "ushakov":
			behalf++
		default:
			t.Errorf("statement %s is neither by nor for the Kremlin", s.ID)
		}
	}
	if own != 1 || behalf != 4 {
		t.Fatalf("%d by the Kremlin and %d on its behalf, want 1 and 4", own, behalf)
	}
}

func TestQuotesFilters(t *testing.T) {
	db := seededDB(t)
	ids := func(t *testing.T, args ...string) []string {
		t.Helper()
		r := kb(t, db, "", nil, append([]string{"quotes", "-o", "json"}, args...)...)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		var doc struct{ Statements []struct{ ID string } }
		if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range doc.Statements {
			out = append(out, s.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"by person, direct", []string{"--by", "zelenskyy", "--kind", "direct"}, "zelenskiy-talks-constructive zelenskiy-us-know-positions"},
		{"topic includes subtopics", []string{"--topic", "territorial questions", "--by", "Kellogg"}, "kellogg-deal-hinges-on-two-issues kellogg-if-we-get-two-issues-settled"},
		{"a week overlaps a day range", []string{"--since", "2025-12-03", "--until", "2025-12-03"}, "zelenskiy-us-know-positions zelenskiy-dialogue-complex ushakov-radical-changes ushakov-washington-radical-changes ushakov-territorial-problems ushakov-territorial-problems-central"},
		{"a month around a day", []string{"--by", "Kellogg", "--since", "2025-12", "--until", "2025-12-06", "--limit", "1"}, "kellogg-last-10-metres"},
		{"a day within a month", []string{"--by", "Kellogg", "--since", "2025-12-07", "--until", "2025-12", "--kind", "direct"}, "kellogg-casualties-horrific"},
		{"newest first", []string{"--by", "Russia"}, "russia-open-to-negotiations russia-accuses-kyiv-west-blocking"},
		{"nothing before", []string{"--until", "2025-11"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(ids(t, tc.args...), " "); got != tc.want {
				t.Fatalf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestLookupErrors(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"bad since", []string{"quotes", "--since", "2025-13-01"}, 2, `--since "2025-13-01" is not a date`},
		{"bad until", []string{"quotes", "--until", "Dec 2025"}, 2, "write YYYY, YYYY-MM or YYYY-MM-DD"},
		{"no such day", []string{"quotes", "--until", "2025-02-30"}, 2, "no such day or month"},
		{"until before since", []string{"quotes", "--since", "2025-12", "--until", "2025-11-30"}, 2, "is before --since"},
		{"bad kind", []string{"said", "--kind", "paraphrase"}, 2, "--kind must be direct or reported"},
		{"negative limit", []string{"quotes", "--limit", "-2"}, 2, "--limit must be 0"},
		{"quotes takes no args", []string{"quotes", "Kellogg"}, 2, "takes no arguments"},
		{"unknown speaker", []string{"quotes", "--by", "Nobody"}, 1, `no person or organization named "Nobody"`},
		{"unknown topic", []string{"quotes", "--topic", "weather"}, 1, `no topic named "weather"`},
		{"unknown source suggests", []string{"quotes", "--source", "ukraine-talks-2025-12-08"}, 1, `did you mean "ukraine-talks-2025-12-07"`},
		{"topic suggests", []string{"topic", "Donbus"}, 1, `did you mean "Donbas"`},
		{"org suggests", []string{"org", "Kremlim"}, 1, `did you mean "Kremlin"`},
		{"territory suggests", []string{"territory", "Luhansck"}, 1, `did you mean "Luhansk"`},
		{"person suggests", []string{"person", "Kelloug"}, 1, `did you mean "Keith Kellogg"`},
		{"org by a person's name hints", []string{"org", "Zelensky"}, 1, "`kb person Zelensky`"},
		{"person by an org's name hints", []string{"person", "Kremlin"}, 1, "`kb org Kremlin`"},
		{"unknown table", []string{"schema", "who_said"}, 1, `did you mean "who_said_what"`},
		{"territory two names", []string{"territory", "a", "b"}, 2, "at most one NAME"},
		{"org no name", []string{"org"}, 2, "takes one NAME"},
		{"people takes no args", []string{"people", "x"}, 2, "takes no arguments"},
		{"bad format", []string{"topics", "-o", "yaml"}, 2, "must be table, json or csv"},
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

// TestEmptyAnswersSaySo: a filter that matches nothing exits 0 with an
// empty document on stdout and says so on stderr.
func TestEmptyAnswersSaySo(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name, stdout string
		args         []string
	}{
		{"table", "", []string{"quotes", "--by", "Kremlin", "--kind", "direct", "--since", "2026"}},
		{"json", `"statements": []`, []string{"quotes", "--since", "2030", "-o", "json"}},
		{"csv", "statement_id,speaker", []string{"said", "--until", "2020", "-o", "csv"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != 0 || r.stderr != "kb: no statements match\n" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tc.stdout) || (tc.stdout == "" && r.stdout != "") {
				t.Fatalf("stdout %q", r.stdout)
			}
		})
	}
	t.Run("profile sections say none", func(t *testing.T) {
		r := kb(t, db, "", nil, "org", "Germany")
		if r.code != 0 || r.stderr != "kb: no statements by, for or about Germany\n" || !strings.Contains(r.stdout, "Statements (0)\n  none recorded\n") {
			t.Fatalf("exit %d, stderr %q, stdout %q", r.code, r.stderr, r.stdout)
		}
	})
}

// TestColour: ANSI colour only on a terminal, and never with NO_COLOR.
func TestColour(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name  string
		tty   bool
		env   []string
		color bool
	}{
		{"pipe", false, nil, false},
		{"terminal", true, nil, true},
		{"terminal with NO_COLOR", true, []string{"NO_COLOR=1"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := kbTTY(t, db, tc.tty, tc.env, "topic", "Donbas")
			if got := strings.Contains(out, "\x1b["); got != tc.color {
				t.Fatalf("colour %v, want %v", got, tc.color)
			}
		})
	}
}

func TestMarkPassages(t *testing.T) {
	p := func(id string, start, end int) passage { return passage{id, start, end} }
	for _, tc := range []struct {
		name string
		ps   []passage
		want string
	}{
		{"none", nil, "abcdefgh"},
		{"one", []passage{p("x", 2, 4)}, "ab<x|cd|>efgh"},
		{"nested", []passage{p("in", 3, 5), p("out", 2, 6)}, "ab<out|c<in|de</in>f|>gh"},
		{"same start", []passage{p("short", 0, 2), p("long", 0, 4)}, "<long|<short|ab</short>cd|>efgh"},
		{"same end", []passage{p("short", 2, 4), p("long", 0, 4)}, "<long|ab<short|cd</short>|>efgh"},
		{"crossing", []passage{p("a", 1, 4), p("b", 3, 6)}, "a<a|bc<b|d</a>ef|>gh"},
		{"same span", []passage{p("x", 1, 3), p("y", 1, 3)}, "a<x|<y|bc</y>|>defgh"},
		{"at the end", []passage{p("z", 6, 8)}, "abcdef<z|gh|>"},
		{"outside the body is skipped", []passage{p("bad", 6, 20)}, "abcdefgh"},
		{"multibyte", []passage{p("q", 1, 3)}, "“<q|é”|>x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := "abcdefgh"
			if tc.name == "multibyte" {
				body = "“é”x"
			}
			got := markPassages(body, toPassages(tc.ps), func(id string) string { return "<" + id + "|" }, func(id string, only bool) string {
				if only {
					return "|>"
				}
				return "</" + id + ">"
			})
			if got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSchemaNamesEveryView(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "schema", "-o", "csv")
	for _, want := range []string{
		"who_said_what,view,speaker_role,",
		"statement_speaker_roles,view,role_id,",
		"territory_control,table,share_bound,TEXT,false,false,",
		"statements,table,id,TEXT,true,true,",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("schema CSV lacks %q", want)
		}
	}
}

// kbTTY runs kb as kb does, but with stdout taken for a terminal when tty
// is set, and returns stdout.
func kbTTY(t *testing.T, db string, tty bool, env []string, args ...string) string {
	t.Helper()
	var out, errb strings.Builder
	vars := map[string]string{}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	streams := &ioStreams{In: strings.NewReader(""), Out: &out, Err: &errb,
		Getenv: func(k string) string { return vars[k] }, OutTTY: tty, Width: 100}
	if code := run(context.Background(), append([]string{"--db", db}, args...), streams); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	return out.String()
}

type passage struct {
	id         string
	start, end int
}

func toPassages(ps []passage) []store.Passage {
	var out []store.Passage
	for _, p := range ps {
		out = append(out, store.Passage{StatementID: p.id, Span: store.Span{Start: p.start, End: p.end}})
	}
	return out
}

func TestFactTableNamesSources(t *testing.T) {
	for _, tc := range []struct {
		name     string
		sources  []string
		evidence bool
		want     string
	}{
		{"one source, under the table", []string{"a", "a"}, false, "FACT\nx\ny\nsource: a\n"},
		{"several, in a column", []string{"a", "b"}, false, "FACT  SOURCE\nx     a\ny     b\n"},
		{"with evidence", []string{"a", "a"}, true, "FACT  EVIDENCE\nx     px\ny     py\nsource: a\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			ft := factTable{header: []string{"fact"}}
			ft.add([]string{"x"}, tc.sources[0], "px")
			ft.add([]string{"y"}, tc.sources[1], "py")
			ft.print(&b, styles{}, 80, tc.evidence)
			if b.String() != tc.want {
				t.Fatalf("got %q, want %q", b.String(), tc.want)
			}
		})
	}
}

// TestEmptyDatabase: on a database with no facts every list answers with
// empty arrays (never null) and says so on stderr.
func TestEmptyDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	db, err := store.Create(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, tc := range []struct {
		args         []string
		json, stderr string
	}{
		{[]string{"people"}, `{"people":[]}`, "no people in"},
		{[]string{"orgs"}, `{"organizations":[]}`, "no organizations in"},
		{[]string{"topics"}, `{"topics":[]}`, "no topics in"},
		{[]string{"sources"}, `{"sources":[]}`, "no sources in"},
		{[]string{"territory"}, `{"territory":null,"figures":[]}`, "no control figures in"},
		{[]string{"quotes"}, `{"filter":{"by":null,"topic":null,"source":null,"kind":null,"since":null,"until":null,"limit":null},"statements":[]}`, "no statements match"},
	} {
		t.Run(tc.args[0], func(t *testing.T) {
			r := kb(t, path, "", nil, append(tc.args, "-o", "json")...)
			if r.code != 0 || !strings.Contains(r.stderr, tc.stderr) {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			var compact bytes.Buffer
			if err := json.Compact(&compact, []byte(r.stdout)); err != nil {
				t.Fatal(err)
			}
			if compact.String() != tc.json {
				t.Fatalf("got %s, want %s", compact.String(), tc.json)
			}
		})
	}
	r := kb(t, path, "", nil, "person", "Kellogg")
	if r.code != 1 || !strings.Contains(r.stderr, `no person named "Kellogg"`) {
		t.Fatalf("person on an empty database: exit %d, stderr %q", r.code, r.stderr)
	}
}
