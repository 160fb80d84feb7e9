package seed_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

const smallBody = "Jane Doe said “we’re close” on Monday. Chloé Dupont disagreed.\n"

func smallFile(extra string) string {
	return `kb: 1
source:
  id: small
  body_file: small.txt
people:
  - id: jane-doe
    name: Jane Doe
statements:
  - speaker: jane-doe
    kind: direct
    text: we’re close
    topics: [peace-plan]
` + extra
}

// loadDir writes files into a directory and loads it into db, within a
// time bound: a hang is a failure, not a slow test.
func loadDir(t *testing.T, db *store.DB, files map[string][]byte) (string, error) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 1)
	go func() {
		fs, err := seed.ReadPaths([]string{dir})
		if err != nil {
			done <- err
			return
		}
		_, err = seed.Load(context.Background(), db, fs, store.LoadOptions{})
		done <- err
	}()
	select {
	case err := <-done:
		return dir, err
	case <-time.After(20 * time.Second):
		t.Fatal("the load did not finish in 20s")
	}
	return dir, nil
}

// Bad input is refused with a message at its position, or handled; either
// way within bounded time, and a refusal leaves the database as it was.
func TestBadInputIsRefusedAtItsPosition(t *testing.T) {
	bomb := "kb: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'k'; i++ {
		bomb += string(i) + ": &" + string(i) + " [" + strings.Repeat("*"+string(i-1)+", ", 9) + "*" + string(i-1) + "]\n"
	}
	nestedBomb := "kb: 1\nsource: {id: small, body_file: small.txt}\npeople:\n  - id: a\n    name: A\n    aliases: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'k'; i++ {
		nestedBomb += "  - id: " + string(i) + "\n    name: " + string(i) + "\n    aliases: &" + string(i) + " [" + strings.Repeat("*"+string(i-1)+", ", 9) + "*" + string(i-1) + "]\n"
	}
	deep := "kb: 1\nsource: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "\n"
	cases := []struct {
		name  string
		files map[string][]byte
		want  string // "file:line:col: message", file relative to the directory
	}{
		{"fact file not UTF-8", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: sm\xffall\n"), "small.txt": []byte(smallBody)},
			"small.yaml:3:9: the file is not valid UTF-8 (a byte that starts no character); save it as UTF-8"},
		{"body not UTF-8", map[string][]byte{"small.yaml": []byte(smallFile("")), "small.txt": []byte("Jane Doe\nsaid \xc3(")},
			`small.yaml:4:14: body_file "small.txt" is not valid UTF-8 (line 2, column 6)`},
		{"YAML syntax error", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n    body_file: small.txt\n"), "small.txt": []byte(smallBody)},
			"small.yaml:4:5: YAML syntax error: this field is indented more than the one before it; line up the fields of one mapping"},
		{"unquoted colon", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n  title: Kellogg: deal close\n"), "small.txt": []byte(smallBody)},
			`small.yaml:4:17: YAML syntax error: an unquoted text holds ": ", which YAML reads as a field; quote the text ("...")`},
		{"unquoted colon in a list item", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\nstatements:\n  - text: he said: yes\n"), "small.txt": []byte(smallBody)},
			`small.yaml:5:18: YAML syntax error: an unquoted text holds ": ", which YAML reads as a field; quote the text ("...")`},
		{"text after a closing quote", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n  title: \"Kellogg\" says\n"), "small.txt": []byte(smallBody)},
			`small.yaml:4:20: YAML syntax error: the text goes on after its closing quotation mark; quote the whole text, writing a quotation mark inside it as \" (or use the other kind of quotes around it)`},
		{"a text starting with a dash", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n  title: - a\n"), "small.txt": []byte(smallBody)},
			`small.yaml:4:10: YAML syntax error: a text that starts with "- " reads as a list; quote the text ("...")`},
		{"a field without its colon", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n  title Kellogg\n  body_file: small.txt\n"), "small.txt": []byte(smallBody)},
			"small.yaml:4:3: YAML syntax error: this line has no \":\" after its field name; write `field: value`"},
		{"unclosed quote", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n  title: \"unclosed\n"), "small.txt": []byte(smallBody)},
			"small.yaml:4:10: YAML syntax error: this quoted text is never closed; add the closing quotation mark"},
		{"tab indentation", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n\tid: small\n"), "small.txt": []byte(smallBody)},
			"small.yaml:3:1: YAML syntax error: a tab in the indentation; indent with spaces"},
		{"tab after spaces", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  \tid: small\n"), "small.txt": []byte(smallBody)},
			"small.yaml:3:3: YAML syntax error: a tab in the indentation; indent with spaces"},
		{"tab under a field", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n\tbody_file: small.txt\n"), "small.txt": []byte(smallBody)},
			"small.yaml:4:1: YAML syntax error: a tab in the indentation; indent with spaces"},
		{"unclosed list", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n  aliases: [\"a]\", b\n  body_file: small.txt\n"), "small.txt": []byte(smallBody)},
			`small.yaml:4:12: YAML syntax error: this list opened with '[' is never closed; close it with ']', or quote the text ("...") if the bracket is part of it`},
		{"unclosed list on line 1", map[string][]byte{"small.yaml": []byte("kb: [1\n")},
			`small.yaml:1:5: YAML syntax error: this list opened with '[' is never closed; close it with ']', or quote the text ("...") if the bracket is part of it`},
		{"unclosed mapping", map[string][]byte{"small.yaml": []byte("kb: 1\nsource: {id: small, body_file: small.txt\n"), "small.txt": []byte(smallBody)},
			`small.yaml:2:9: YAML syntax error: this mapping opened with '{' is never closed; close it with '}', or quote the text ("...") if the bracket is part of it`},
		{"no field name on line 1", map[string][]byte{"small.yaml": []byte(": 1\n")},
			"small.yaml:1:1: YAML syntax error: this line has no field name before its \":\"; write `field: value`"},
		{"no field name", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: small\n  : small.txt\n"), "small.txt": []byte(smallBody)},
			"small.yaml:4:3: YAML syntax error: this line has no field name before its \":\"; write `field: value`"},
		{"control character", map[string][]byte{"small.yaml": []byte("kb: 1\nsource:\n  id: sm\x00all\n"), "small.txt": []byte(smallBody)},
			"small.yaml:3:9: the file holds the control character U+0000, which YAML does not allow; remove it"},
		{"not a fact file: a list", map[string][]byte{"small.yaml": []byte("- one\n- two\n")},
			`small.yaml:1:1: not a fact file: expected a mapping with ` + "`kb: 1` and `source:`" + `, found a list`},
		{"not a fact file: prose", map[string][]byte{"small.yaml": []byte("Dear editor, here is the article.\n")},
			`small.yaml:1:1: not a fact file: expected a mapping with ` + "`kb: 1` and `source:`" + `, found "Dear editor, here is the article."`},
		{"not a fact file: another YAML", map[string][]byte{"small.yaml": []byte("apiVersion: v1\nkind: Pod\n")},
			`small.yaml:1:1: unknown field "apiVersion" in the fact file (known fields: kb, source, people, organizations, topics, territories, events, roles, statements, positions, control)`},
		{"empty file", map[string][]byte{"small.yaml": []byte("\n\n")},
			"small.yaml:1:1: the file is empty: a fact file starts with `kb: 1` and a `source:`"},
		{"two documents", map[string][]byte{"small.yaml": []byte(smallFile("---\nkb: 1\n")), "small.txt": []byte(smallBody)},
			"small.yaml:13:1: a fact file holds one YAML document; this is a second one"},
		{"alias bomb at the top", map[string][]byte{"small.yaml": []byte(bomb)},
			`small.yaml:2:1: unknown field "a" in the fact file (did you mean "kb"?)`},
		{"alias bomb in a field", map[string][]byte{"small.yaml": []byte(nestedBomb), "small.txt": []byte(smallBody)},
			"small.yaml:9:18: YAML aliases (*a) are not allowed in fact files: write the value out"},
		{"deep nesting", map[string][]byte{"small.yaml": []byte(deep)},
			"small.yaml:2:1: YAML syntax error: exceeded max depth of 10000"},
		{"body file missing", map[string][]byte{"small.yaml": []byte(smallFile(""))},
			`small.yaml:4:14: cannot read body_file "small.txt": no such file or directory`},
		{"combining diacritics in a name without letters", map[string][]byte{"small.yaml": []byte(strings.Replace(smallFile(""), "name: Jane Doe", "name: \"\u0301\u0301\"", 1)), "small.txt": []byte(smallBody)},
			"small.yaml:7:11: a name must contain at least one letter or digit"},
	}
	db := testdb.Seeded(t)
	before := testdb.Dump(t, db.SQL())
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir, err := loadDir(t, db, tc.files)
			probs, ok := err.(seed.Problems)
			if !ok {
				t.Fatalf("got %v, want problems", err)
			}
			want := filepath.Join(dir, tc.want)
			for _, p := range probs {
				if p.String() == want {
					if testdb.Dump(t, db.SQL()) != before {
						t.Fatal("a refused load changed the database")
					}
					return
				}
			}
			t.Fatalf("no problem\n  %s\ngot:\n  %s", want, strings.ReplaceAll(probs.Error(), "\n", "\n  "))
		})
	}
}

// A file of hundreds of megabytes is refused by its size, before it is
// read: the test makes a sparse file, so nothing that large is written.
func TestHugeFilesAreRefusedBySize(t *testing.T) {
	dir := t.TempDir()
	huge := func(name string) string {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(300 << 20); err != nil {
			t.Fatal(err)
		}
		f.Close()
		return path
	}
	path := huge("huge.yaml")
	_, err := seed.ReadPaths([]string{path})
	if err == nil || err.Error() != path+": the file is 300 MiB, larger than the 8 MiB limit: not a fact file or article kb will read" {
		t.Fatalf("got %v", err)
	}
	huge("small.txt")
	fact := filepath.Join(dir, "small.yaml")
	os.WriteFile(fact, []byte(smallFile("")), 0o644)
	files, err := seed.ReadPaths([]string{fact})
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := seed.Check(context.Background(), files, nil)
	if err != nil || len(probs) == 0 || probs[0].String() != fact+`:4:14: cannot read body_file "small.txt": the file is 300 MiB, larger than the 8 MiB limit: not a fact file or article kb will read` {
		t.Fatalf("got %v %v", err, probs)
	}
}

// What is handled rather than refused: Windows line endings and a
// byte-order mark, in the body and in the fact file; straight quotes typed
// for the body's curly ones; an accent typed as a combining mark.
func TestAwkwardInputIsHandled(t *testing.T) {
	ctx := context.Background()
	crlf := func(s string) []byte { return []byte("\ufeff" + strings.ReplaceAll(s, "\n", "\r\n")) }
	extra := `  - speaker: jane-doe
    kind: reported
    text: Chloe` + "\u0301" + ` Dupont disagreed
    topics: [peace-plan]
`
	fact := strings.Replace(smallFile(extra), "text: we’re close", `text: "we're close"`, 1)
	db := testdb.Seeded(t)
	if _, err := loadDir(t, db, map[string][]byte{"small.yaml": crlf(fact), "small.txt": crlf(smallBody)}); err != nil {
		t.Fatal(err)
	}
	var body string
	db.SQL().QueryRowContext(ctx, `SELECT body FROM sources WHERE id = 'small'`).Scan(&body)
	if body != smallBody {
		t.Fatalf("stored body %q, want %q", body, smallBody)
	}
	rows, err := db.SQL().QueryContext(ctx, `SELECT text, evidence FROM who_said_what WHERE source_id = 'small' ORDER BY statement_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var text, ev string
		rows.Scan(&text, &ev)
		got = append(got, text+" | "+ev)
	}
	want := []string{
		"we’re close | Jane Doe said “we’re close” on Monday.",
		"Chloe\u0301 Dupont disagreed | Chloé Dupont disagreed.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
