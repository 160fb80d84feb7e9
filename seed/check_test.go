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

const exampleDir = "../docs/examples"
const exampleName = "london-meeting-example"

// copyExample writes the example fact file, edited by replacing each old
// with new (once), and its body into a temporary directory, and returns
// the path of the fact file and its edited text.
func copyExample(t *testing.T, edits ...string) (string, string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(exampleDir, exampleName+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(text, edits[i]) {
			t.Fatalf("the example has no %q to edit", edits[i])
		}
		text = strings.Replace(text, edits[i], edits[i+1], 1)
	}
	body, err := os.ReadFile(filepath.Join(exampleDir, exampleName+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, exampleName+".yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, exampleName+".txt"), body, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, text
}

// position returns the line and column (1-based, in characters) of the
// nth occurrence (1-based) of what in text.
func position(t *testing.T, text, what string, nth int) (int, int) {
	t.Helper()
	i := -1
	for k := 0; k < nth; k++ {
		j := strings.Index(text[i+1:], what)
		if j < 0 {
			t.Fatalf("%q occurs fewer than %d times in the edited file", what, nth)
		}
		i += 1 + j
	}
	line := strings.Count(text[:i], "\n") + 1
	col := len([]rune(text[strings.LastIndex(text[:i], "\n")+1:i])) + 1
	return line, col
}

func TestTheExampleIsValid(t *testing.T) {
	files, err := seed.ReadPaths([]string{exampleDir})
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := seed.Check(context.Background(), files, testdb.Seeded(t))
	if err != nil || len(probs) > 0 {
		t.Fatalf("the documented example has problems: %v %v", err, probs)
	}
}

// Each error the issue lists is reported at the place it is written, with
// a message that says what is wrong and, where there is one, what was meant.
func TestCheckReportsEachErrorAtItsPosition(t *testing.T) {
	cases := []struct {
		name  string
		edits []string
		at    string // the text the problem points at (its first occurrence, or nth)
		nth   int
		msg   string // FILE and LINE in it stand for the file and the line of the first definition
	}{
		{"misspelled field", []string{"    cue: said\n", "    cues: said\n"}, "cues:", 1,
			`unknown field "cues" in statement 2 (did you mean "cue"?)`},
		{"unknown field far from any", []string{"    cue: said\n", "    xyzzy: said\n"}, "xyzzy:", 1,
			`unknown field "xyzzy" in statement 2 (known fields: id, speaker, on_behalf_of, kind, text, paraphrase, cue, said, setting, event, topics, mentions, evidence)`},
		{"missing required field", []string{"    kind: institution\n", ""}, "id: institute-negotiation-studies", 1,
			`organization 1 is missing the required field "kind"`},
		{"statement without text", []string{"    text: a test of whether Europe can speak with one voice\n", ""}, "id: hollis-test-of-one-voice", 1,
			`statement "hollis-test-of-one-voice" is missing the required field "text"`},
		{"quote not in the body", []string{"status of Donbas remained the hardest part of any agreement.\"", "status of Donbas was the hardest part of any agreement.\""}, `"She said the status`, 1,
			`the evidence of statement "london-meeting-example-s3" "She said the status of Donbas was the hardest part of any agreement." is not in the body of source "london-meeting-example"; the closest passage is "She said the status of Donbas remained the hardest part of any agreement."`},
		{"quote found twice", []string{`evidence: "Hollis advised the Dutch foreign ministry until 2023."`, `evidence: "Hollis"`}, `"Hollis"`, 1,
			`the evidence of a role "Hollis" is found 4 times in the body of source "london-meeting-example": quote a longer passage so it is found once`},
		{"text found twice without evidence", []string{"    text: a test of whether Europe can speak with one voice\n", "    text: Hollis\n"}, "Hollis\n    cue", 1,
			`the text of statement "hollis-test-of-one-voice" "Hollis" is found 4 times in the body of source "london-meeting-example": quote a longer passage so it is found once`},
		{"unknown id", []string{"speaker: maria-hollis\n    kind: direct\n    text: a test", "speaker: maria-holis\n    kind: direct\n    text: a test"}, "maria-holis", 1,
			`speaker "maria-holis" is not defined in any fact file given nor in the database (nearest: maria-hollis)`},
		{"unknown topic id", []string{"topics: [european-unity]", "topics: [europaen-unity]"}, "[europaen-unity]", 1,
			`topic "europaen-unity" is not defined in any fact file given nor in the database (nearest: european-unity)`},
		{"duplicate statement id", []string{"  - id: institute-guarantees-first\n", "  - id: hollis-nobody-will-sign-away-land\n"}, "id: hollis-nobody-will-sign-away-land", 2,
			`duplicate statement id "hollis-nobody-will-sign-away-land" (first defined at FILE:LINE)`},
		{"duplicate person id", []string{"organizations:\n", "  - id: maria-hollis\n    name: Maria Hollis Again\norganizations:\n"}, "maria-hollis", 2,
			`duplicate person id "maria-hollis" (first defined at FILE:LINE)`},
		{"statement defined by another source", []string{"  - id: hollis-test-of-one-voice\n", "  - id: kellogg-last-10-metres\n"}, "id: kellogg-last-10-metres", 1,
			`statement "kellogg-last-10-metres" is already defined by source "ukraine-talks-2025-12-07": to report it again, give only its id and evidence`},
		{"statement given by id twice", []string{"statements:\n", "statements:\n  - id: kellogg-really-close\n    evidence: US envoy Keith Kellogg\n"}, "kellogg-really-close", 2,
			`statement "kellogg-really-close" is already given by id at line LINE: put all its passages in one evidence list`},
		{"impossible date", []string{"published: 2025-12-08", "published: 2025-02-30"}, "2025-02-30", 1,
			`the publication date "2025-02-30" is not a real date`},
		{"malformed date", []string{"published: 2025-12-08", "published: 8 December 2025"}, "8 December 2025", 1,
			`the publication date "8 December 2025" is not a date: write 2025-12-06, 2025-W49, 2026-01 or 2026`},
		{"impossible week", []string{"as_of: 2025-12-08", "as_of: 2025-W54"}, "2025-W54", 1,
			`as_of "2025-W54" is not a real ISO week`},
		{"inferred date without basis", []string{`said: {on: 2025-12-07, inferred: true, basis: "“on Sunday”, in an article dated Monday 2025-12-08"}`, `said: {on: 2025-12-07, inferred: true}`}, "{on: 2025-12-07", 1,
			`the date "said" is inferred but says nothing of its basis: add ` + "`basis: ...`"},
		{"share over 100", []string{"share: 19\n", "share: 119\n"}, "119", 1,
			`share 119 is outside 0-100: it is a percentage`},
		{"negative share", []string{"share: 19\n", "share: -0.5\n"}, "-0.5", 1,
			`share -0.5 is outside 0-100: it is a percentage`},
		{"share not a number", []string{"share: 19\n", "share: .nan\n"}, ".nan", 1,
			`"share" must be a number, not ".nan"`},
		{"role ends before it starts", []string{"    end: 2023\n", "    start: 2024-03\n    end: 2023\n"}, "2023\n", 1,
			`the role ends (2023) before it starts (2024-03)`},
		{"speaker both a person and an organization", []string{"  - id: dutch-foreign-ministry\n", "  - id: maria-hollis\n    name: Hollis Consulting\n    kind: other\n  - id: dutch-foreign-ministry\n"}, "maria-hollis\n    name: Maria Hollis", 1,
			`id "maria-hollis" names both a person (here) and an organization (FILE:LINE2): a speaker must be one or the other; give them different ids`},
		{"ambiguous speaker", []string{"  - id: dutch-foreign-ministry\n", "  - id: maria-hollis\n    name: Hollis Consulting\n    kind: other\n  - id: dutch-foreign-ministry\n"}, "maria-hollis\n    kind: direct", 1,
			`speaker "maria-hollis" is ambiguous: it is both a person and an organization; give entities of different kinds different ids`},
		{"topic cycle", []string{"roles:\n", "  - id: peace-plan\n    name: US peace plan and negotiations\n    parent: european-unity\nroles:\n"}, "diplomatic-process", 1,
			`topic parents form a cycle: european-unity → diplomatic-process → peace-plan → european-unity`},
		{"alias", []string{"    kind: institution\n", "    kind: &k institution\n", "    kind: state\n", "    kind: *k\n"}, "*k", 1,
			"YAML aliases (*k) are not allowed in fact files: write the value out"},
		{"unknown anchor", []string{"    kind: state\n", "    kind: *k\n"}, "*k", 1,
			"YAML syntax error: unknown anchor 'k' referenced"},
		{"bad enum", []string{"polarity: demands", "polarity: demand"}, "demand\n", 1,
			`polarity "demand" is not one of supports, opposes, demands, conditional, rejects, neutral (did you mean "demands"?)`},
		{"not a slug", []string{"  - id: maria-hollis\n", "  - id: Maria Hollis\n"}, "Maria Hollis\n", 1,
			`id "Maria Hollis" is not a slug: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit`},
		{"direct text not in its evidence", []string{"text: Nobody in London will sign away land", "text: Nobody in Paris will sign away land"}, `"\"Nobody in London`, 1,
			`the evidence of direct statement "hollis-nobody-will-sign-away-land" does not contain its text "Nobody in Paris will sign away land"`},
	}
	db := testdb.Seeded(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path, text := copyExample(t, tc.edits...)
			line, col := position(t, text, tc.at, tc.nth)
			files, err := seed.ReadPaths([]string{path})
			if err != nil {
				t.Fatal(err)
			}
			_, probs, err := seed.Check(context.Background(), files, db)
			if err != nil {
				t.Fatal(err)
			}
			msg := tc.msg
			if strings.Contains(msg, "FILE:LINE2") {
				l, _ := position(t, text, "id: dutch-foreign-ministry", 1)
				msg = strings.Replace(msg, "FILE:LINE2", fmt.Sprintf("%s:%d", path, l-3), 1)
			}
			if strings.Contains(msg, "LINE") {
				l, _ := position(t, text, tc.at, 1)
				msg = strings.Replace(strings.Replace(msg, "FILE", path, 1), "LINE", fmt.Sprint(l), 1)
			}
			want := fmt.Sprintf("%s:%d:%d: %s", path, line, col, msg)
			for _, p := range probs {
				if p.String() == want {
					return
				}
			}
			t.Fatalf("no problem\n  %s\ngot:\n  %s", want, strings.ReplaceAll(probs.Error(), "\n", "\n  "))
		})
	}
}

// Whatever is wrong, a refused load leaves the database as it was.
func TestRefusedLoadChangesNothing(t *testing.T) {
	db := testdb.Seeded(t)
	before := testdb.Dump(t, db.SQL())
	path, _ := copyExample(t, "share: 19\n", "share: 119\n")
	files, err := seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err == nil {
		t.Fatal("a file with a problem loaded")
	}
	if testdb.Dump(t, db.SQL()) != before {
		t.Fatal("a refused load changed the database")
	}
}

// The worked example in docs/fact-files.md is the example's files, word
// for word.
func TestTheDocumentedExampleIsTheFile(t *testing.T) {
	doc, err := os.ReadFile("../docs/fact-files.md")
	if err != nil {
		t.Fatal(err)
	}
	for marker, file := range map[string]string{"<!-- example-body -->": exampleName + ".txt", "<!-- example-facts -->": exampleName + ".yaml"} {
		_, after, ok := strings.Cut(string(doc), marker+"\n")
		if !ok {
			t.Fatalf("docs/fact-files.md has no %s", marker)
		}
		_, block, _ := strings.Cut(after, "\n") // the ``` line
		block, _, _ = strings.Cut(block, "```\n")
		want, err := os.ReadFile(filepath.Join(exampleDir, file))
		if err != nil {
			t.Fatal(err)
		}
		if block != string(want) {
			t.Errorf("the copy of %s in docs/fact-files.md differs from the file", file)
		}
	}
}

// Reloading a source that no longer defines a statement another source
// reports is refused by check, at the source's id, rather than by the
// database's foreign keys.
func TestReloadMustKeepWhatOthersReferTo(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	files, err := seed.ReadPaths([]string{exampleDir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	before := testdb.Dump(t, db.SQL())
	path := copySeed(t, "  - id: kellogg-really-close\n", "  - id: kellogg-really-close-2\n")
	text, _ := os.ReadFile(path)
	line, col := position(t, string(text), "ukraine-talks-2025-12-07\n", 1)
	files, err = seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	_, err = seed.Load(ctx, db, files, store.LoadOptions{})
	want := fmt.Sprintf(`%s:%d:%d: statement "kellogg-really-close", which this source defines in the database, is referred to by source "london-meeting-example": define it again in this file, or change that source first`, path, line, col)
	probs, _ := err.(seed.Problems)
	found := false
	for _, p := range probs {
		found = found || p.String() == want
	}
	if !found {
		t.Fatalf("got  %v\nwant %s", err, want)
	}
	if testdb.Dump(t, db.SQL()) != before {
		t.Fatal("a refused load changed the database")
	}
}
