package seed_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// Tests for mutants of make mutate that lived (docs/testing.md): each
// fails on the mutant it names.

// checkPaths checks the fact files at paths against the seeded database
// and returns the problems as file:line:column: message lines.
func checkPaths(t *testing.T, paths ...string) []string {
	t.Helper()
	files, err := seed.ReadPaths(paths)
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := seed.Check(context.Background(), files, testdb.Seeded(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range probs {
		out = append(out, p.String())
	}
	return out
}

func hasProblem(t *testing.T, probs []string, want string) {
	t.Helper()
	for _, p := range probs {
		if p == want {
			return
		}
	}
	t.Fatalf("no problem\n  %s\ngot:\n  %s", want, strings.Join(probs, "\n  "))
}

// A source is a fact: two files of one batch that give the same source id
// are refused at the second, naming the first (check.go:176, the source id
// test negated, lived).
func TestSourceIDTwiceInABatch(t *testing.T) {
	first, text := copyExample(t)
	data, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	// the same source under another file name, in another directory
	dir := t.TempDir()
	second := filepath.Join(dir, "again.yaml")
	if err := os.WriteFile(second, data, 0o644); err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(filepath.Join(filepath.Dir(first), exampleName+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, exampleName+".txt"), body, 0o644); err != nil {
		t.Fatal(err)
	}
	line, col := position(t, text, exampleName+"\n  title", 1)
	probs := checkPaths(t, first, second)
	hasProblem(t, probs, fmt.Sprintf("%s:%d:%d: duplicate source id %q (first defined at %s:%d)", second, line, col, exampleName, first, line))
}

// An event belongs to the source that defined it: another source that
// defines it again is refused, when the defining source is in the database
// and not in the batch (check.go:369, the batch test negated, lived).
func TestEventDefinedByAnotherSource(t *testing.T) {
	path, text := copyExample(t, "positions:\n", `events:
  - id: london-meeting-2025-12-08
    name: Meeting in London
    kind: meeting
    place: London
    evidence: "was due to meet the leaders of France, Britain and Germany in London on Monday"

positions:
`)
	line, col := position(t, text, "london-meeting-2025-12-08\n    name", 1)
	hasProblem(t, checkPaths(t, path), fmt.Sprintf("%s:%d:%d: event %q is already defined by source %q: refer to it by id instead of defining it again",
		path, line, col, "london-meeting-2025-12-08", "ukraine-talks-2025-12-07"))
}

// A parent that is not defined is reported where it is written, with the
// nearest id, for organizations, topics and territories alike
// (convert.go:49, :55 and :62, each `x.Parent != ""` negated, lived).
func TestUnknownParentIsReported(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edits []string
		at    string
		msg   string
	}{
		{"organization", []string{"    parent: netherlands\n", "    parent: netherland\n"}, "netherland\n",
			`parent organization "netherland" is not defined in any fact file given nor in the database (nearest: netherlands)`},
		{"topic", []string{"    parent: diplomatic-process ", "    parent: diplomatic-proces "}, "diplomatic-proces ",
			`parent topic "diplomatic-proces" is not defined in any fact file given nor in the database (nearest: diplomatic-process)`},
		{"territory", []string{"roles:\n", "territories:\n  - id: north-donbas\n    name: North Donbas\n    kind: area\n    parent: donbass\nroles:\n"}, "donbass\n",
			`parent territory "donbass" is not defined in any fact file given nor in the database (nearest: donbas, north-donbas)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, text := copyExample(t, tc.edits...)
			line, col := position(t, text, tc.at, 1)
			hasProblem(t, checkPaths(t, path), fmt.Sprintf("%s:%d:%d: %s", path, line, col, tc.msg))
		})
	}
}

// A role may start and end on the same date, at any precision: only an end
// before the start, or an end that is less precise and would sort before
// it, is refused (convert.go:125, `>` made `>=`, lived).
func TestRoleStartingAndEndingTheSameDay(t *testing.T) {
	for _, d := range []string{"2023", "2023-05", "2023-05-17", "2023-W20"} {
		t.Run(d, func(t *testing.T) {
			path, _ := copyExample(t, "    end: 2023\n", "    start: "+d+"\n    end: "+d+"\n")
			if probs := checkPaths(t, path); len(probs) > 0 {
				t.Fatalf("a role of one date (%s) refused:\n  %s", d, strings.Join(probs, "\n  "))
			}
		})
	}
}

// An end less precise than the start, inside the start's span, is refused:
// it would sort before the start.
func TestRoleEndLessPreciseThanStart(t *testing.T) {
	path, text := copyExample(t, "    end: 2023\n", "    start: 2023-05\n    end: 2023\n")
	line, col := position(t, text, "2023\n    end_kind", 1)
	hasProblem(t, checkPaths(t, path), fmt.Sprintf("%s:%d:%d: the role's end (2023) is less precise than its start (2023-05) and would sort before it: write both at the same precision", path, line, col))
}

// A position without evidence of its own borrows that of the statement it
// names, not of another statement of the file (convert.go:310, `s.ID ==
// id` negated, lived): in the example, the institute's statement.
func TestPositionBorrowsItsStatementsEvidence(t *testing.T) {
	path, _ := copyExample(t)
	files, err := seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	facts, probs, err := seed.Check(context.Background(), files, testdb.Seeded(t))
	if err != nil || len(probs) > 0 || len(facts) != 1 {
		t.Fatalf("the example: %d sources, %v, %v", len(facts), probs, err)
	}
	sf := facts[0]
	if len(sf.Positions) != 1 {
		t.Fatalf("%d positions, want 1", len(sf.Positions))
	}
	const want = "The institute said in a statement that security guarantees for Ukraine must come before any talk of territory."
	ev := sf.Positions[0].Evidence
	if got := string([]rune(sf.Source.Body)[ev.Start:ev.End]); got != want {
		t.Errorf("the position's evidence is %q, want %q", got, want)
	}
}

// ISO weeks at the edges of a year: week 1 and week 53 (in a year that has
// one) are real and stand for their Monday; week 53 of a year of 52 weeks
// is not (dates.go:60, `w < 1` and `w > 53` with `=` added, lived).
func TestISOWeekEdges(t *testing.T) {
	for _, tc := range []struct{ week, monday string }{
		{"2025-W01", "2024-12-30"},
		{"2026-W01", "2025-12-29"},
		{"2020-W53", "2020-12-28"},
		{"2026-W53", "2026-12-28"},
		{"2025-W53", ""},
		{"2025-W00", ""},
	} {
		t.Run(tc.week, func(t *testing.T) {
			path, text := copyExample(t, "as_of: 2025-12-08", "as_of: "+tc.week)
			files, err := seed.ReadPaths([]string{path})
			if err != nil {
				t.Fatal(err)
			}
			facts, probs, err := seed.Check(context.Background(), files, testdb.Seeded(t))
			if err != nil {
				t.Fatal(err)
			}
			if tc.monday == "" {
				line, col := position(t, text, tc.week, 1)
				hasProblem(t, strings.Split(probs.Error(), "\n"), fmt.Sprintf("%s:%d:%d: as_of %q is not a real ISO week", path, line, col, tc.week))
				return
			}
			if len(probs) > 0 {
				t.Fatalf("refused: %v", probs)
			}
			if d := facts[0].Positions[0].AsOf; d == nil || d.On != tc.monday || d.Precision != "week" {
				t.Errorf("as_of %s = %+v, want %s, week", tc.week, d, tc.monday)
			}
		})
	}
}

// Messages of the decoder, at their edges: a yes/no field takes exactly
// true or false (decode.go:223, `!= "false"` negated, lived), and an item
// of a list is numbered from 1 (decode.go:260, `i+1` made `i-1`, lived).
func TestDecoderBoolsAndListItems(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edits []string
		at    string
		msg   string // "" when the file is valid
	}{
		{"false is a bool", []string{"    cue: said in a statement\n", "    cue: said in a statement\n    paraphrase: false\n"}, "", ""},
		{"yes is not", []string{"inferred: true, basis:", "inferred: yes, basis:"}, "yes, basis", `"inferred" must be true or false, not "yes"`},
		{"the second alias", []string{"aliases: [Hollis]", "aliases: [Hollis, {x: 1}]"}, "{x: 1}", `item 2 of "aliases" must be text, not a mapping`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, text := copyExample(t, tc.edits...)
			probs := checkPaths(t, path)
			if tc.msg == "" {
				if len(probs) > 0 {
					t.Fatalf("refused:\n  %s", strings.Join(probs, "\n  "))
				}
				return
			}
			line, col := position(t, text, tc.at, 1)
			hasProblem(t, probs, fmt.Sprintf("%s:%d:%d: %s", path, line, col, tc.msg))
		})
	}
}

// A passage that ends where the body ends is exported whole
// (export.go:165, `sp.End > len(rs)` made `>=`, lived: the passage was
// dropped and the exported file could not be loaded back).
func TestExportPassageAtTheEndOfTheBody(t *testing.T) {
	body := "Anna Berg said peace is near."
	sf := store.SourceFacts{Source: store.SourceDef{ID: "end-of-body", Title: "A test", Body: body,
		Links: []store.LinkDef{{Kind: "also_read", Title: "More", URL: "https://example.org/more",
			Evidence: store.Span{Start: 15, End: len([]rune(body))}}}}}
	r, err := seed.Render(sf)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(r.Data), "evidence: peace is near.\n") {
		t.Errorf("the passage at the end of the body is not exported:\n%s", r.Data)
	}
}

// The YAML hints hold at their edges: on a last line without a newline
// (files.go:210, `line > len(lines)` made `>=`, lived: the raw parser
// message came back instead) and for a text that starts with ": "
// (files.go:229), and a text going on after its quote on the first field
// of a mapping (files.go:246).
func TestYAMLHintEdges(t *testing.T) {
	for _, tc := range []struct{ name, yaml, want string }{
		{"last line, no newline", "kb: 1\nsource:\n\tid: small", "small.yaml:3:1: YAML syntax error: a tab in the indentation; indent with spaces"},
		// files.go:229, `c >= 0` made `c > 0`, lived: the ": " right after the field's own
		// files.go:246, `line - 1` made `line + 1`, lived: the search began below the fault
		{"text after a quote, first field", "kb: 1\nsource:\n  title: \"Kellogg\" says\n  id: small\n", `small.yaml:3:20: YAML syntax error: the text goes on after its closing quotation mark; quote the whole text, writing a quotation mark inside it as \" (or use the other kind of quotes around it)`},
		// files.go:246, `i < len(lines)` made `<=`, lived: no line holds the fault
		{"no key, no quote", "kb: 1\nsource:\n  id: x\n  - y\n", "small.yaml:2:1: YAML syntax error: did not find expected key"},
		// files.go:253, `i >= 0` made `i > 0`, lived: the quote opens the line
		{"unclosed quote first on its line", "kb: 1\n\"source: x\n", "small.yaml:2:1: YAML syntax error: this quoted text is never closed; add the closing quotation mark"},
		{"a text starting with a colon", "kb: 1\nsource:\n  id: small\n  title: : deal\n", `small.yaml:4:10: YAML syntax error: an unquoted text holds ": ", which YAML reads as a field; quote the text ("...")`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, err := loadDir(t, testdb.Empty(t), map[string][]byte{"small.yaml": []byte(tc.yaml), "small.txt": []byte(smallBody)})
			probs, _ := err.(seed.Problems)
			var got []string
			for _, p := range probs {
				got = append(got, p.String())
			}
			hasProblem(t, got, filepath.Join(dir, tc.want))
		})
	}
}

// A body of exactly the size limit is read; one byte more is refused by
// its size (files.go:168, `>` made `>=`, lived).
func TestBodyAtTheSizeLimit(t *testing.T) {
	for _, tc := range []struct {
		size    int64
		refused bool
	}{{seed.MaxFileSize, false}, {seed.MaxFileSize + 1, true}} {
		dir := t.TempDir()
		fact := filepath.Join(dir, "small.yaml")
		if err := os.WriteFile(fact, []byte(smallFile("")), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, "small.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(tc.size); err != nil {
			t.Fatal(err)
		}
		f.Close()
		files, err := seed.ReadPaths([]string{fact})
		if err != nil {
			t.Fatal(err)
		}
		_, probs, err := seed.Check(context.Background(), files, nil)
		if err != nil {
			t.Fatal(err)
		}
		refused := strings.Contains(probs.Error(), "larger than the 8 MiB limit")
		if refused != tc.refused {
			t.Errorf("a body of %d bytes: refused by size %v, want %v (%v)", tc.size, refused, tc.refused, probs)
		}
	}
}

// A quotation typed with both forms of accented letters (one "é" as one
// character, one as e and a combining accent) is found in a body written
// in the decomposed form: after the composed form fails, the decomposed
// one is tried (passage.go:56, `len(hits) > 0` made `>= 0`, lived).
func TestQuoteInMixedNormalizationForms(t *testing.T) {
	body := "Jane Doe said “we’re close” on Monday. Chloe\u0301 Dupont and Rene\u0301 Morel disagreed.\n"
	yaml := smallFile(`  - speaker: jane-doe
    kind: reported
    text: Chloé Dupont and René Morel disagreed
    topics: [peace-plan]
    evidence: "Chlo` + "\u00e9" + ` Dupont and Rene` + "\u0301" + ` Morel disagreed."
`)
	if _, err := loadDir(t, testdb.Seeded(t), map[string][]byte{"small.yaml": []byte(yaml), "small.txt": []byte(body)}); err != nil {
		t.Fatalf("the quotation in mixed forms is not found: %v", err)
	}
}

// A statement without evidence takes the sentence around its text, which
// stops at the line's start (passage.go:101, `s-1` made `s+1`, lived: a
// headline without a full stop joined the sentence) and after a sentence
// of one character that opens the body (passage.go:105, `s >= 2` made
// `s > 2`, lived).
func TestSentenceAroundTheText(t *testing.T) {
	const fact = `kb: 1
source:
  id: small
  body_file: small.txt
people:
  - id: jane-doe
    name: Jane Doe
statements:
  - speaker: jane-doe
    kind: reported
    text: peace is near
    topics: [peace-plan]
`
	for _, tc := range []struct{ name, body, want string }{
		{"after a headline", "Talks without a stop\nJane Doe said peace is near.\n", "Jane Doe said peace is near."},
		{"after a first sentence of one character", "? Jane Doe said peace is near.\n", "Jane Doe said peace is near."},
		// passage.go:118, `s < e` negated, lived: the indentation stayed
		{"an indented line", "Talks.\n  Jane Doe said peace is near.\n", "Jane Doe said peace is near."},
		// passage.go:134, `i > 0` made `i >= 0`, lived: a closing mark first in the body
		// passage.go:134, `rs[i-1] == '.'` negated or made rs[i+1], lived
		{"after a quotation that ends its sentence", "Anna Berg said: “We will win.” Jane Doe said peace is near.\n", "Jane Doe said peace is near."},
		{"after a quoted question", "Anna Berg asked: “Will we win?” Jane Doe said peace is near.\n", "Jane Doe said peace is near."},
		{"after a quoted exclamation", "Anna Berg cried: “We will win!” Jane Doe said peace is near.\n", "Jane Doe said peace is near."},
		{"after a lone closing mark", "” Jane Doe said peace is near.\n", "” Jane Doe said peace is near."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "small.yaml"), []byte(fact), 0o644)
			os.WriteFile(filepath.Join(dir, "small.txt"), []byte(tc.body), 0o644)
			files, err := seed.ReadPaths([]string{dir})
			if err != nil {
				t.Fatal(err)
			}
			facts, probs, err := seed.Check(context.Background(), files, testdb.Seeded(t))
			if err != nil || len(probs) > 0 {
				t.Fatalf("%v %v", probs, err)
			}
			ev := facts[0].Statements[0].Evidence[0]
			if got := string([]rune(tc.body)[ev.Start:ev.End]); got != tc.want {
				t.Errorf("evidence %q, want %q", got, tc.want)
			}
		})
	}
}

// The closest-passage search gives up on a needle and body whose product
// is over its bound of 50 million cells, and searches one exactly at it
// (passage.go:187, `*` made `/`, and :188, `>` made `>=`, lived).
func TestClosestPassageBound(t *testing.T) {
	head := "Jane Doe said “we’re close”. Jane Doe said that the peace talks are going well.\n"
	needle := "Jane Doe said that the peace talks are going wall" // 49 + 1 below
	needle += "."
	if len([]rune(needle)) != 50 {
		t.Fatalf("needle of %d characters", len([]rune(needle)))
	}
	for _, tc := range []struct {
		bodyLen int
		offered bool
	}{{1_000_000, true}, {1_000_001, false}} {
		fill := tc.bodyLen - len([]rune(head))
		// ends in a letter: a body's trailing space would be trimmed
		body := head + strings.Repeat("word ", (fill-1)/5) + strings.Repeat("x", (fill-1)%5+1)
		yaml := smallFile(`  - speaker: jane-doe
    kind: reported
    text: peace is near
    topics: [peace-plan]
    evidence: "` + needle + `"
`)
		_, err := loadDir(t, testdb.Seeded(t), map[string][]byte{"small.yaml": []byte(yaml), "small.txt": []byte(body)})
		if err == nil {
			t.Fatal("a passage found nowhere was accepted")
		}
		if offered := strings.Contains(err.Error(), `"small-s2" "Jane Doe said that the peace talks are going wall." is not in the body of source "small"; the closest passage is`); offered != tc.offered {
			t.Errorf("a body of %d characters: closest passage offered %v, want %v (%.300s)", tc.bodyLen, offered, tc.offered, err)
		}
	}
}
