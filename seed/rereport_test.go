package seed_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// rereportDir holds two self-written articles that word the same remarks
// differently, and their fact files (shared with the kb statement tests).
const rereportDir = "../cmd/kb/testdata/rereport"

// copyRereport writes the two self-written port articles into a temporary
// directory, the second's fact file edited by replacing each old with new.
func copyRereport(t *testing.T, edits ...string) (dir, courier string) {
	t.Helper()
	dir = t.TempDir()
	for _, n := range []string{"port-wire.yaml", "port-wire.txt", "port-courier.yaml", "port-courier.txt"} {
		data, err := os.ReadFile(filepath.Join(rereportDir, n))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if n == "port-courier.yaml" {
			for i := 0; i+1 < len(edits); i += 2 {
				if !strings.Contains(text, edits[i]) {
					t.Fatalf("port-courier.yaml has no %q to edit", edits[i])
				}
				text = strings.Replace(text, edits[i], edits[i+1], 1)
			}
			courier = text
		}
		if err := os.WriteFile(filepath.Join(dir, n), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, courier
}

func TestRereportIsCheckedAgainstTheStatementsText(t *testing.T) {
	tests := []struct {
		name  string
		edits []string
		at    string // where the problem is, in the edited file; "" for none
		want  string
	}{
		{name: "reworded and trimmed wordings are variants"},
		{
			name:  "evidence without the words",
			edits: []string{"    text: the rest of the things will work out fairly well\n", "", `"said \"the rest of the things will work out fairly well\""`, `"The union did not comment."`},
			at:    `"The union did not comment."`,
			want:  `holds neither its text "I think the rest will work out fairly well" nor a close variant`,
		},
		{
			name:  "evidence with a reworded quote but no wording given",
			edits: []string{"    text: the rest of the things will work out fairly well\n", ""},
		},
		{
			name:  "evidence of another remark names the closest wording",
			edits: []string{"    text: the last 10 meters to the goal are always the most difficult\n", "", `"She added that`, `"Its members last went on strike in 2024."`, ` \"the last 10 meters to the goal are always the most difficult\"."`, ``},
			at:    `"Its members last went on strike in 2024."`,
			want:  `the closest wording is "last" (similarity 0.30, but they share too few words: a weight of 1.00, a variant needs 2.50)`,
		},
		{
			name:  "a fragment of two words is a variant",
			edits: []string{"text: the last 10 meters to the goal are always the most difficult", "text: 10 meters"},
		},
		{
			name:  "wording not in the evidence",
			edits: []string{"text: the rest of the things will", "text: the rest of the deal will"},
			at:    `"said \"the rest`,
			want:  `does not contain this source's wording "the rest of the deal will work out fairly well"`,
		},
		{
			name:  "wording of another remark",
			edits: []string{"text: the rest of the things will work out fairly well", "text: The union did not comment", `"said \"the rest of the things will work out fairly well\""`, `"The union did not comment."`},
			at:    "The union did not comment",
			want:  `the wording "The union did not comment" is not a variant of statement "varga-rest-fairly-well"`,
		},
	}
	for _, tt := range tests {
		for _, withDB := range []bool{false, true} {
			name := tt.name
			if withDB {
				name += ", first report in the database"
			}
			t.Run(name, func(t *testing.T) {
				ctx := context.Background()
				dir, courier := copyRereport(t, tt.edits...)
				paths := []string{filepath.Join(dir, "port-wire.yaml"), filepath.Join(dir, "port-courier.yaml")}
				var cat seed.Catalog
				if withDB {
					db := testdb.Empty(t)
					first, err := seed.ReadPaths(paths[:1])
					if err != nil {
						t.Fatal(err)
					}
					if _, err := seed.Load(ctx, db, first, store.LoadOptions{}); err != nil {
						t.Fatal(err)
					}
					cat, paths = db, paths[1:]
				}
				files, err := seed.ReadPaths(paths)
				if err != nil {
					t.Fatal(err)
				}
				facts, probs, err := seed.Check(ctx, files, cat)
				if err != nil {
					t.Fatal(err)
				}
				if tt.at == "" {
					if len(probs) > 0 {
						t.Fatalf("problems: %v", probs)
					}
					return
				}
				line, col := position(t, courier, tt.at, 1)
				if len(probs) != 1 || probs[0].Line != line || probs[0].Col != col || !strings.Contains(probs[0].Msg, tt.want) {
					t.Fatalf("problems %v, want one at %d:%d containing %q", probs, line, col, tt.want)
				}
				_ = facts
			})
		}
	}
}

// Each appearance keeps the statement's text as its source prints it: the
// first report's own text, and the other outlet's wording, in the body's
// characters (straight quotes in the courier's body).
func TestRereportWordingIsStored(t *testing.T) {
	ctx := context.Background()
	dir, _ := copyRereport(t)
	db := testdb.Empty(t)
	files, err := seed.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	got := queryStrings(t, db, `SELECT source_id || ': ' || coalesce(wording, 'NULL') FROM statement_appearances
 WHERE statement_id = 'varga-rest-fairly-well' ORDER BY source_id`)
	want := []string{"port-courier: the rest of the things will work out fairly well", "port-wire: I think the rest will work out fairly well"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("wordings %q, want %q", got, want)
	}
}

// An export keeps each re-report's wording: seeding it gives the same
// rows, and seeding it again over the original changes nothing.
func TestExportRoundTripsRereportWordings(t *testing.T) {
	dir, _ := copyRereport(t)
	db := testdb.Empty(t)
	files, err := seed.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	roundTrip(t, db)
}

// An entry with an id and a text but no speaker or kind is most likely a
// new statement missing them: the message says both readings.
func TestStatementWithTextButNoSpeaker(t *testing.T) {
	dir, courier := copyRereport(t, "  - id: varga-rest-fairly-well\n", "  - id: a-new-one\n")
	files, err := seed.ReadPaths([]string{filepath.Join(dir, "port-courier.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := seed.Check(context.Background(), files, nil)
	if err != nil {
		t.Fatal(err)
	}
	// checked alone, the other re-report is unknown too
	line, col := position(t, courier, "id: a-new-one", 1)
	if len(probs) != 2 || probs[0].Line != line || probs[0].Col != col || !strings.Contains(probs[0].Msg, `statement "a-new-one" has a text but no speaker or kind`) {
		t.Fatalf("problems %v, want the first at %d:%d", probs, line, col)
	}
}

// A re-report that gives the statement's own words as its wording hashes
// like its export, which leaves them out: seeding the export changes
// nothing.
func TestRereportWithTheStatementsOwnWords(t *testing.T) {
	dir, _ := copyRereport(t)
	third := "kb: 1\nsource:\n  id: port-echo\n  body_file: port-echo.txt\nstatements:\n  - id: varga-rest-fairly-well\n    text: I think the rest will work out fairly well\n    evidence: \"Varga repeated\"\n"
	if err := os.WriteFile(filepath.Join(dir, "port-echo.yaml"), []byte(third), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "port-echo.txt"), []byte("Varga repeated: \"I think the rest will work out fairly well.\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := testdb.Empty(t)
	files, err := seed.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err == nil {
		t.Fatal("a passage without the wording was accepted")
	}
	third = strings.Replace(third, `evidence: "Varga repeated"`, `evidence: "Varga repeated: \"I think the rest will work out fairly well.\""`, 1)
	if err := os.WriteFile(filepath.Join(dir, "port-echo.yaml"), []byte(third), 0o644); err != nil {
		t.Fatal(err)
	}
	if files, err = seed.ReadPaths([]string{dir}); err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	roundTrip(t, db)
}

// A re-report may repeat another outlet's words of the statement rather
// than its text: the echo's “10 meters to the goal” is a fragment of the
// courier's wording, not of the wire's text. It is accepted when the
// courier's wording is known (in the database, or a close variant given
// by another file of the batch), and refused without it.
func TestRereportOfAnotherOutletsWording(t *testing.T) {
	echo := "kb: 1\nsource:\n  id: port-echo\n  body_file: port-echo.txt\nstatements:\n  - id: varga-last-metres\n    text: 10 meters to the goal\n    evidence: \"10 meters to the goal\"\n"
	tests := []struct {
		name            string
		inDB, withFiles []string
		wantProblem     bool
	}{
		{"courier's wording in the database", []string{"port-wire.yaml", "port-courier.yaml"}, nil, false},
		{"courier's wording in the batch", nil, []string{"port-wire.yaml", "port-courier.yaml"}, false},
		{"no other wording known", []string{"port-wire.yaml"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			dir, _ := copyRereport(t)
			if err := os.WriteFile(filepath.Join(dir, "port-echo.yaml"), []byte(echo), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "port-echo.txt"), []byte("Varga said the port was \"10 meters to the goal\".\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			var cat seed.Catalog
			if tt.inDB != nil {
				db := testdb.Empty(t)
				var paths []string
				for _, n := range tt.inDB {
					paths = append(paths, filepath.Join(dir, n))
				}
				files, err := seed.ReadPaths(paths)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
					t.Fatal(err)
				}
				cat = db
			}
			paths := []string{filepath.Join(dir, "port-echo.yaml")}
			for _, n := range tt.withFiles {
				paths = append(paths, filepath.Join(dir, n))
			}
			files, err := seed.ReadPaths(paths)
			if err != nil {
				t.Fatal(err)
			}
			_, probs, err := seed.Check(ctx, files, cat)
			if err != nil {
				t.Fatal(err)
			}
			if (len(probs) > 0) != tt.wantProblem {
				t.Fatalf("problems %v, want a problem: %v", probs, tt.wantProblem)
			}
			if tt.wantProblem && !strings.Contains(probs[0].Msg, `the wording "10 meters to the goal" is not a variant`) {
				t.Errorf("problem %q", probs[0].Msg)
			}
		})
	}
}

// A wording that negates what the statement says is refused with that
// reason, not with a similarity (the words may all be shared).
func TestRereportWordingThatNegates(t *testing.T) {
	dir, _ := copyRereport(t)
	echo := "kb: 1\nsource:\n  id: port-echo\n  body_file: port-echo.txt\nstatements:\n  - id: varga-rest-fairly-well\n    text: the rest will not work out fairly well\n    evidence: \"the rest will not work out fairly well\"\n"
	if err := os.WriteFile(filepath.Join(dir, "port-echo.yaml"), []byte(echo), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "port-echo.txt"), []byte("Varga doubted that \"the rest will not work out fairly well\".\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := seed.ReadPaths([]string{filepath.Join(dir, "port-wire.yaml"), filepath.Join(dir, "port-echo.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := seed.Check(context.Background(), files, nil)
	if err != nil {
		t.Fatal(err)
	}
	line, col := position(t, echo, "the rest will not work out fairly well", 1)
	if len(probs) != 1 || probs[0].Line != line || probs[0].Col != col || !strings.Contains(probs[0].Msg, "one of them negates (not, no, never, n't) where the other does not") {
		t.Fatalf("problems %v, want one at %d:%d naming the negation", probs, line, col)
	}
}

// A re-report's wording is checked with the matcher's rules: a retelling
// (a word moved, other verbs) is accepted; other figures are refused with
// that reason, at the wording's position.
func TestRereportWordingRetoldOrOtherFigures(t *testing.T) {
	tests := []struct {
		name, wording, why string
	}{
		{"retold, a block of words moved", "Always the hardest are the last 10 metres", ""},
		{"other figures", "The last 12 metres are always the hardest", "they give other figures"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, _ := copyRereport(t)
			echo := "kb: 1\nsource:\n  id: port-echo\n  body_file: port-echo.txt\nstatements:\n  - id: varga-last-metres\n    text: " + tt.wording + "\n    evidence: \"" + tt.wording + "\"\n"
			if err := os.WriteFile(filepath.Join(dir, "port-echo.yaml"), []byte(echo), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "port-echo.txt"), []byte("Varga said: \""+tt.wording+"\".\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			files, err := seed.ReadPaths([]string{filepath.Join(dir, "port-wire.yaml"), filepath.Join(dir, "port-echo.yaml")})
			if err != nil {
				t.Fatal(err)
			}
			_, probs, err := seed.Check(context.Background(), files, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tt.why == "" {
				if len(probs) != 0 {
					t.Fatalf("problems %v, want none", probs)
				}
				return
			}
			line, col := position(t, echo, tt.wording, 1)
			if len(probs) != 1 || probs[0].Line != line || probs[0].Col != col || !strings.Contains(probs[0].Msg, tt.why) {
				t.Fatalf("problems %v, want one at %d:%d saying %q", probs, line, col, tt.why)
			}
		})
	}
}
