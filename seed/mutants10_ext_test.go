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

// Tests for mutants a full run of seed at 68bb08f left alive that need a
// database (docs/testing.md, "mut-store (sixth session)").

// harbourVote is a fact file written for this test (invented town and
// people): one source defining an event and a statement set at it.
const harbourVote = `kb: 1
source:
  id: harbour-vote
  title: Harbour vote
  published: 2025-03-01
  body: |
    Harbour vote
    The council met in Vik on Monday.
    Mayor Ola Strand said the vote would be held in May.
people:
  - id: ola-strand
    name: Ola Strand
topics:
  - id: vik-harbour
    name: Vik harbour
events:
  - id: vik-council-meeting
    name: Council meeting in Vik
    kind: meeting
    place: Vik
    evidence: "The council met in Vik on Monday."
statements:
  - id: strand-vote-may
    speaker: ola-strand
    kind: reported
    text: the vote would be held in May
    cue: said
    topics: [vik-harbour]
    event: vik-council-meeting
    evidence: "Mayor Ola Strand said the vote would be held in May."
`

// A source reloaded without a statement or event it defined in the
// database, while the same file still refers to it, is refused where the
// reference is written (mutants refs.go:28:50 and 28:78, the kind tests
// negated, skipped the check for statements or for events; the load then
// failed later with another message or not at all).
func TestReloadReferringToWhatItNoLongerDefines(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, from, to, at, msg string
	}{
		{"statement", "  - id: strand-vote-may\n    speaker: ola-strand\n    kind: reported\n    text: the vote would be held in May\n    cue: said\n    topics: [vik-harbour]\n    event: vik-council-meeting\n",
			"  - id: strand-vote-may\n",
			"strand-vote-may\n",
			`statement "strand-vote-may" is defined by source "harbour-vote" as it is in the database, but this load replaces that source and it no longer defines it`},
		{"event", "events:\n  - id: vik-council-meeting\n    name: Council meeting in Vik\n    kind: meeting\n    place: Vik\n    evidence: \"The council met in Vik on Monday.\"\n",
			"",
			"vik-council-meeting\n",
			`event "vik-council-meeting" is defined by source "harbour-vote" as it is in the database, but this load replaces that source and it no longer defines it`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := testdb.Empty(t)
			dir := t.TempDir()
			first := filepath.Join(dir, "first", "harbour-vote.yaml")
			again := filepath.Join(dir, "again", "harbour-vote.yaml")
			if !strings.Contains(harbourVote, tc.from) {
				t.Fatalf("the fact file has no %q", tc.from)
			}
			text := strings.Replace(harbourVote, tc.from, tc.to, 1)
			for path, data := range map[string]string{first: harbourVote, again: text} {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			files, err := seed.ReadPaths([]string{first})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
				t.Fatal(err)
			}
			before := testdb.Dump(t, db.SQL())
			if files, err = seed.ReadPaths([]string{again}); err != nil {
				t.Fatal(err)
			}
			_, err = seed.Load(ctx, db, files, store.LoadOptions{})
			line, col := position(t, text, tc.at, 1)
			var got []string
			probs, _ := err.(seed.Problems)
			for _, p := range probs {
				got = append(got, p.String())
			}
			if err != nil && probs == nil {
				got = append(got, err.Error())
			}
			hasProblem(t, got, fmt.Sprintf("%s:%d:%d: %s", again, line, col, tc.msg))
			if testdb.Dump(t, db.SQL()) != before {
				t.Error("a refused load changed the database")
			}
		})
	}
}

// checkText checks one fact file, given as text, against an empty
// database and returns its problems as the CLI prints them.
func checkText(t *testing.T, text string) (string, []string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "harbour-vote.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := seed.Check(context.Background(), files, testdb.Empty(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range probs {
		out = append(out, p.String())
	}
	return path, out
}

// An unknown id with no id near it gets no "(nearest: )" (mutant
// refs.go:71:13, `len(s) > 0` made `>= 0`, added an empty list).
func TestUnknownIDWithNothingNear(t *testing.T) {
	text := strings.Replace(harbourVote, "topics: [vik-harbour]", "topics: [quarantine-rules-for-fishing-boats]", 1)
	path, probs := checkText(t, text)
	line, col := position(t, text, "[quarantine-rules", 1)
	hasProblem(t, probs, fmt.Sprintf(`%s:%d:%d: topic "quarantine-rules-for-fishing-boats" is not defined in any fact file given nor in the database`, path, line, col))
}
