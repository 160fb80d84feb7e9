package main

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestOutputWidth(t *testing.T) {
	size := func(w int, err error) func() (int, error) { return func() (int, error) { return w, err } }
	for _, tc := range []struct {
		name    string
		columns string
		tty     bool
		size    func() (int, error)
		want    int
	}{
		{"pipe, COLUMNS set", "60", false, size(0, errors.New("not a terminal")), 60},
		{"terminal, COLUMNS set", "132", true, size(80, nil), 132},
		{"terminal", "", true, size(80, nil), 80},
		{"pipe", "", false, size(0, errors.New("not a terminal")), defaultWidth},
		{"COLUMNS not a number", "wide", false, nil, defaultWidth},
		{"COLUMNS too small to use", "5", true, size(90, nil), 90},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := func(k string) string {
				if k == "COLUMNS" {
					return tc.columns
				}
				return ""
			}
			if got := outputWidth(env, tc.tty, tc.size); got != tc.want {
				t.Fatalf("got %d, want %d", got, tc.want)
			}
		})
	}
}

// kbWidth runs kb with no terminal and output fitted to width, and
// returns stdout.
func kbWidth(t *testing.T, db string, width int, args ...string) string {
	t.Helper()
	var out, errb strings.Builder
	streams := &ioStreams{In: strings.NewReader(""), Out: &out, Err: &errb,
		Getenv: func(string) string { return "" }, Width: width}
	if code := run(context.Background(), append([]string{"--db", db}, args...), streams); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	return out.String()
}

// TestNarrowTablesKeepWords: fitted to a narrow width, tables wrap at
// spaces only, keep the tree's indentation on every line, and a query too
// wide for columns prints records with whole headers.
func TestNarrowTablesKeepWords(t *testing.T) {
	db := seededDB(t)
	t.Run("topics tree", func(t *testing.T) {
		got := kbWidth(t, db, 50, "topics")
		want := "      Fate of the   zaporizhzhia-npp       2           1\n" +
			"      Zaporizhzhia\n" +
			"      nuclear\n" +
			"      power plant\n"
		if !strings.Contains(got, want) {
			t.Fatalf("got\n%s\nwant it to contain\n%s", got, want)
		}
	})
	t.Run("no word broken", func(t *testing.T) {
		got := kbWidth(t, db, 40, "people")
		want := "Keith      kellogg    US Special  9\n" +
			"Kellogg               Envoy for\n" +
			"                      Ukraine;\n" +
			"                      end\n" +
			"                      announced\n"
		if !strings.Contains(got, want) {
			t.Fatalf("got\n%s\nwant it to contain\n%s", got, want)
		}
	})
	t.Run("sql too wide for columns", func(t *testing.T) {
		got := kbWidth(t, db, 60, "sql", "select statement_id, speaker, speaker_role, kind, said_on, text from who_said_what order by statement_id limit 2")
		want := "-[ row 1 ]\n" +
			"STATEMENT_ID  all-sides-negotiations-fragile\n" +
			"SPEAKER       All sides\n" +
			"SPEAKER_ROLE  NULL\n" +
			"KIND          reported\n" +
			"SAID_ON       NULL\n" +
			"TEXT          negotiations remain fragile, highly sensitive\n" +
			"              to political shifts in Washington, and far\n" +
			"              from guaranteed\n" +
			"-[ row 2 ]\n"
		if !strings.HasPrefix(got, want) {
			t.Fatalf("got\n%s\nwant it to start with\n%s", got, want)
		}
	})
	t.Run("sql that fits stays a table", func(t *testing.T) {
		got := kbWidth(t, db, 60, "sql", "select statement_id, kind from who_said_what order by statement_id limit 1")
		if want := "STATEMENT_ID                    KIND\nall-sides-negotiations-fragile  reported\n"; got != want {
			t.Fatalf("got\n%q\nwant\n%q", got, want)
		}
	})
}
