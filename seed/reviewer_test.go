package seed_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// The checks a reviewer would make of a statement's text: the speaker's
// words only, found where the file says, never pasted with their marks.
// Each case is the whole list of problems, so one fault is one message.
func TestCheckReviewsStatementTexts(t *testing.T) {
	cases := []struct {
		name  string
		edits []string
		at    string // where the one problem points; "" for none
		msg   string
	}{
		{"a quote pasted with its marks",
			[]string{"text: Nobody in London will sign away land", "text: \"“Nobody in London will sign away land”\""},
			"\"“Nobody", `the text of statement "hollis-nobody-will-sign-away-land" is written with its quotation marks (“Nobody in London will sign away land”): give only the words inside them`},
		{"a reported claim wrapped in marks",
			[]string{"text: the status of Donbas remained the hardest part of any agreement", "text: '\"the status of Donbas remained the hardest part of any agreement\"'"},
			"'\"the status", `the text of statement "london-meeting-example-s3" is written with its quotation marks ("the status of Donbas remained the hardest part of any agreement"): a quotation is kind: direct, with only the words inside the marks as its text`},
		{"a reported claim not in its evidence",
			[]string{"text: the status of Donbas remained the hardest part of any agreement", "text: Donbas is the hardest part"},
			"\"She said the status", `the evidence of reported statement "london-meeting-example-s3" does not contain its text "Donbas is the hardest part": write the claim in the source's words, or mark the text ` + "`paraphrase: true`"},
		{"a paraphrase is not looked for",
			[]string{"text: the status of Donbas remained the hardest part of any agreement", "text: Donbas is the hardest part\n    paraphrase: true"},
			"", ""},
		{"a paraphrase needs evidence",
			[]string{"text: a test of whether Europe can speak with one voice", "text: Europe must speak with one voice\n    kind: reported\n    paraphrase: true", "    kind: direct\n    text: Europe", "    text: Europe"},
			"- id: hollis-test-of-one-voice", `statement "hollis-test-of-one-voice" is a paraphrase, so its text is not in the body: give the evidence passage it paraphrases`},
		{"a direct quote is never a paraphrase",
			[]string{"text: Nobody in London will sign away land", "text: Nobody in London will sign away land\n    paraphrase: true"},
			"true\n    cue: told", `statement "hollis-nobody-will-sign-away-land" is direct: its text is the words inside the quotation marks, never a paraphrase (a paraphrase is kind: reported)`},
		{"the writer's words left out",
			[]string{"text: Nobody in London will sign away land", "text: Nobody in London … sign away land"},
			"", ""},
		{"three dots leave words out too",
			[]string{"text: the status of Donbas remained the hardest part of any agreement", "text: the status of Donbas ... the hardest part of any agreement"},
			"", ""},
		{"parts out of order",
			[]string{"text: Nobody in London will sign away land", "text: sign away land … Nobody in London"},
			"\"\\\"Nobody in London", `the evidence of statement "hollis-nobody-will-sign-away-land" does not contain the second part of its text, "Nobody in London", after the part before it`},
		{"a first part not in the evidence",
			[]string{"text: Nobody in London will sign away land", "text: Nobody in Paris … sign away land"},
			"\"\\\"Nobody in London", `the evidence of statement "hollis-nobody-will-sign-away-land" does not contain the first part of its text, "Nobody in Paris"`},
		{"an empty part",
			[]string{"text: Nobody in London will sign away land", "text: Nobody in London …  … sign away land"},
			"Nobody in London … ", `the text of statement "hollis-nobody-will-sign-away-land" has nothing before or after an ellipsis (part 2 is empty): an ellipsis stands only between the speaker's words`},
		{"parts without evidence",
			[]string{"text: a test of whether Europe can speak with one voice", "text: a test … one voice"},
			"a test … one voice", `the text of statement "hollis-test-of-one-voice" leaves words out (an ellipsis), so it cannot be its own evidence: give the passage that holds its parts as evidence`},
		// one error, one message: the position that borrows this statement's
		// evidence does not also say it needs evidence
		{"a bad quote does not also fault its position",
			[]string{"evidence: \"The institute said in a statement that security guarantees", "evidence: \"The institute said in a note that security guarantees"},
			"\"The institute said in a note", `the evidence of statement "institute-guarantees-first" "The institute said in a note that security guarantees for Ukraine must come before any talk of territory." is not in the body of source "london-meeting-example"; the closest passage is "The institute said in a statement that security guarantees for Ukraine must come before any talk of territory."`},
		{"a misspelled statement id does not also fault its position",
			[]string{"statements: [institute-guarantees-first]", "statements: [institute-guarantees-frst]"},
			"[institute-guarantees-frst]", `statement "institute-guarantees-frst" is not defined in any fact file given nor in the database (nearest: institute-guarantees-first)`},
		{"an inferred stance needs a basis",
			[]string{"    stance: Security guarantees before any talk of territory\n", "    stance: Security guarantees before any talk of territory\n    inferred: true\n"},
			"- holder: institute-negotiation-studies", "the stance is inferred but says nothing of its basis: add `basis: ...`"},
		{"a basis without the inference",
			[]string{"    stance: Security guarantees before any talk of territory\n", "    stance: Security guarantees before any talk of territory\n    basis: my reading\n"},
			"- holder: institute-negotiation-studies", "the stance has a basis but is not marked `inferred: true`"},
		{"an inferred setting needs a basis",
			[]string{"    setting: by phone to Example News\n", "    setting: {text: by phone to Example News, inferred: true}\n"},
			"{text: by phone", "the setting is inferred but says nothing of its basis: add `basis: ...`"},
		{"new kinds", []string{"    kind: institution\n", "    kind: agency\n"}, "", ""},
	}
	db := testdb.Seeded(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path, text := copyExample(t, tc.edits...)
			files, err := seed.ReadPaths([]string{path})
			if err != nil {
				t.Fatal(err)
			}
			_, probs, err := seed.Check(context.Background(), files, db)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			if tc.at != "" {
				at := tc.at
				if strings.HasPrefix(at, "- ") {
					at = at[2:] // a list item: the mapping starts after the dash
				}
				line, col := position(t, text, at, 1)
				want = append(want, fmt.Sprintf("%s:%d:%d: %s", path, line, col, tc.msg))
			}
			var got []string
			for _, p := range probs {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("problems:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

// What the file marks is what the database keeps, and an export writes it
// back the same way.
func TestInferencesAndLeftOutWordsAreStored(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	path, _ := copyExample(t,
		"text: Nobody in London will sign away land", "text: Nobody in London … sign away land",
		"    setting: by phone to Example News\n", "    setting: {text: by phone to Example News, inferred: true, basis: the dateline}\n",
		"text: the status of Donbas remained the hardest part of any agreement", "text: Donbas is the hardest part\n    paraphrase: true",
		"    stance: Security guarantees before any talk of territory\n", "    stance: Security guarantees before any talk of territory\n    inferred: true\n    basis: my reading\n")
	files, err := seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	var text, setting, settingBasis string
	var settingInferred int
	if err := db.SQL().QueryRow(`SELECT text, setting, setting_inferred, setting_basis FROM statements WHERE id = 'hollis-nobody-will-sign-away-land'`).Scan(&text, &setting, &settingInferred, &settingBasis); err != nil {
		t.Fatal(err)
	}
	if text != "Nobody in London … sign away land" || setting != "by phone to Example News" || settingInferred != 1 || settingBasis != "the dateline" {
		t.Errorf("stored %q, setting %q inferred %d basis %q", text, setting, settingInferred, settingBasis)
	}
	var paraphrase int
	db.SQL().QueryRow(`SELECT paraphrase FROM statements WHERE id = 'london-meeting-example-s3'`).Scan(&paraphrase)
	var stanceInferred int
	var stanceBasis string
	db.SQL().QueryRow(`SELECT stance_inferred, stance_basis FROM positions WHERE source_id = 'london-meeting-example'`).Scan(&stanceInferred, &stanceBasis)
	if paraphrase != 1 || stanceInferred != 1 || stanceBasis != "my reading" {
		t.Errorf("paraphrase %d, stance inferred %d basis %q", paraphrase, stanceInferred, stanceBasis)
	}
	facts, err := db.Export(ctx, []string{"london-meeting-example"})
	if err != nil || len(facts) != 1 {
		t.Fatal(err, len(facts))
	}
	r, err := seed.Render(facts[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"    text: Nobody in London … sign away land\n",
		"    setting:\n      text: by phone to Example News\n      inferred: true\n      basis: the dateline\n",
		"    text: Donbas is the hardest part\n    paraphrase: true\n",
		"    stance: Security guarantees before any talk of territory\n    inferred: true\n    basis: my reading\n",
	} {
		if !strings.Contains(string(r.Data), want) {
			t.Errorf("the export lacks\n%s\nin\n%s", want, r.Data)
		}
	}
}

// One article is one source: its body loaded again under another id is
// refused, naming the source that has it, in the batch or the database.
func TestSameBodyUnderAnotherSourceIsRefused(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	path, _ := copyExample(t)
	files, err := seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	// the same file again is a reload, not a second source
	if _, probs, err := seed.Check(ctx, files, db); err != nil || len(probs) > 0 {
		t.Fatalf("reload: %v %v", err, probs)
	}
	copyPath, text := copyExample(t, "  id: london-meeting-example\n", "  id: london-copy\n")
	line, col := position(t, text, "london-meeting-example.txt\n", 1)
	files, err = seed.ReadPaths([]string{copyPath})
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := seed.Check(ctx, files, db)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`%s:%d:%d: the body of source "london-copy" is the body of source "london-meeting-example", already in the database: one article is one source; load it once, under one id (or reload "london-meeting-example" with its file)`, copyPath, line, col)
	if !strings.Contains(probs.Error(), want) {
		t.Fatalf("no problem\n  %s\ngot:\n  %s", want, strings.ReplaceAll(probs.Error(), "\n", "\n  "))
	}
	// two files of one batch
	files, err = seed.ReadPaths([]string{path, copyPath})
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err = seed.Check(ctx, files, testdb.Empty(t))
	if err != nil {
		t.Fatal(err)
	}
	want = fmt.Sprintf(`%s:%d:%d: the body of source "london-copy" is the body of source "london-meeting-example" (%s): one article is one source; load it once, under one id`, copyPath, line, col, path)
	if !strings.Contains(probs.Error(), want) {
		t.Fatalf("no problem\n  %s\ngot:\n  %s", want, strings.ReplaceAll(probs.Error(), "\n", "\n  "))
	}
}

// A split quote is one statement: the "Kellogg said" between its halves
// is left out with an ellipsis, and the stored text joins the halves.
func TestSplitQuoteIsOneStatement(t *testing.T) {
	ctx := context.Background()
	file := seed.File{Name: "split.yaml", Data: []byte(`kb: 1
source:
  id: split
  body: |
    “If we get those two issues settled,” Kellogg said, “the rest will work out.”
people:
  - {id: kellogg, name: Keith Kellogg}
topics:
  - {id: peace, name: Peace}
statements:
  - id: kellogg-split
    speaker: kellogg
    kind: direct
    text: "If we get those two issues settled, ... the rest will work out."
    topics: [peace]
    evidence: "“If we get those two issues settled,” Kellogg said, “the rest will work out.”"
`)}
	facts, probs, err := seed.Check(ctx, []seed.File{file}, nil)
	if err != nil || len(probs) > 0 {
		t.Fatalf("%v %v", err, probs)
	}
	if got, want := facts[0].Statements[0].Text, "If we get those two issues settled, … the rest will work out."; got != want {
		t.Fatalf("text %q, want %q", got, want)
	}
}

// An ellipsis the body itself writes inside a quote is the speaker's, and
// is kept as written.
func TestTheSpeakersOwnEllipsisIsKept(t *testing.T) {
	file := seed.File{Name: "own.yaml", Data: []byte(`kb: 1
source:
  id: own
  body: |
    “We will ... win,” Doe said.
people:
  - {id: doe, name: Jane Doe}
topics:
  - {id: war, name: War}
statements:
  - id: doe-win
    speaker: doe
    kind: direct
    text: "We will ... win,"
    topics: [war]
`)}
	facts, probs, err := seed.Check(context.Background(), []seed.File{file}, nil)
	if err != nil || len(probs) > 0 {
		t.Fatalf("%v %v", err, probs)
	}
	if got, want := facts[0].Statements[0].Text, "We will ... win,"; got != want {
		t.Fatalf("text %q, want %q", got, want)
	}
}
