package seed_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	_ "modernc.org/sqlite"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// offsetsBody has accented Latin and Cyrillic text before each quotation,
// so a byte offset and a character offset of the same passage differ.
const offsetsBody = "Київ, 8 грудня. Переговори тривають; Zoë Müller, посол Норландії, прибула до Києва.\n" +
	"In Zürich, Zoë Müller said the plan was “not ready yet”.\n" +
	"«Ми чекаємо», — сказала вона. “We are waiting,” Müller said on Monday.\n" +
	"Café owners in Łódź said nothing. “Première étape,” Müller told reporters.\n"

const offsetsFacts = `kb: 1
source:
  id: offsets
  title: Offsets in a body with accents and Cyrillic
  published: 2025-12-08
  body_file: offsets.txt
people:
  - id: zoe-muller
    name: Zoë Müller
topics:
  - id: talks
    name: Talks
statements:
  - id: not-ready
    speaker: zoe-muller
    kind: direct
    text: not ready yet
    cue: said
    topics: [talks]
    evidence: "Zoë Müller said the plan was \"not ready yet\""
  - id: waiting
    speaker: zoe-muller
    kind: direct
    text: We are waiting
    cue: said
    topics: [talks]
    evidence: "\"We are waiting,\" Müller said on Monday."
  - id: premiere
    speaker: zoe-muller
    kind: direct
    text: Première étape
    cue: told
    topics: [talks]
`

// TestOffsetsAreCharactersNotBytes loads a hand-written fact file whose body
// has accented and Cyrillic text before each quotation, and checks that
// every stored span counts characters: the body's runes at the span are
// the passage, and SQLite's substr (which counts characters) gives it too.
func TestOffsetsAreCharactersNotBytes(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "offsets.txt"), []byte(offsetsBody), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "offsets.yaml"), []byte(offsetsFacts), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := seed.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	db := testdb.Empty(t)
	ctx := context.Background()
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	sts, err := db.Statements(ctx, store.StatementFilter{SourceID: "offsets"})
	if err != nil {
		t.Fatal(err)
	}
	// The passage each statement must point at, as written in the body
	// (curly quotes and all); the last has no evidence, so its sentence.
	want := map[string]string{
		"not-ready": "Zoë Müller said the plan was “not ready yet”",
		"waiting":   "“We are waiting,” Müller said on Monday.",
		"premiere":  "“Première étape,” Müller told reporters.",
	}
	if len(sts) != len(want) {
		t.Fatalf("%d statements, want %d", len(sts), len(want))
	}
	runes := []rune(offsetsBody)
	raw, err := sql.Open("sqlite", db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, s := range sts {
		if len(s.Appearances) != 1 {
			t.Fatalf("%s: %d appearances", s.ID, len(s.Appearances))
		}
		a := s.Appearances[0]
		w := want[s.ID]
		byteAt := strings.Index(offsetsBody, w)
		charAt := utf8.RuneCountInString(offsetsBody[:byteAt])
		if byteAt == charAt {
			t.Fatalf("%s: bad case: byte and character offsets agree", s.ID)
		}
		if a.Span.Start != charAt || a.Span.End != charAt+utf8.RuneCountInString(w) {
			t.Errorf("%s: span %d-%d, want %d-%d (characters; the byte offset is %d)",
				s.ID, a.Span.Start, a.Span.End, charAt, charAt+utf8.RuneCountInString(w), byteAt)
			continue
		}
		if got := string(runes[a.Span.Start:a.Span.End]); got != w || a.Passage != w {
			t.Errorf("%s: body at span %q, passage %q, want %q", s.ID, got, a.Passage, w)
		}
		var ev string
		if err := raw.QueryRow(`SELECT evidence FROM who_said_what WHERE statement_id = ?`, s.ID).Scan(&ev); err != nil {
			t.Fatal(err)
		}
		if ev != w {
			t.Errorf("%s: who_said_what.evidence %q, want %q", s.ID, ev, w)
		}
	}
}
