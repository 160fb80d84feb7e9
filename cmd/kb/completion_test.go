package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// complete asks kb for completions as the shell scripts do, and returns
// the offered names (the directive line removed).
func complete(t *testing.T, db string, words ...string) []string {
	t.Helper()
	r := kb(t, "", "", nil, append([]string{"__complete", "--db", db}, words...)...)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var names []string
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if l != "" && !strings.HasPrefix(l, ":") {
			names = append(names, l)
		}
	}
	if !strings.Contains(r.stdout, ":4") { // ShellCompDirectiveNoFileComp
		t.Errorf("completion would offer files: %q", r.stdout)
	}
	return names
}

func TestCompletesNamesFromTheDatabase(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{[]string{"person", "Kel"}, "Kellogg"},
		{[]string{"person", "vol"}, "Volodymyr Zelenskiy|Volodymyr Zelensky|Volodymyr Zelenskyy"},
		{[]string{"person", "zelenskiy", ""}, ""}, // one NAME only
		{[]string{"org", "Kr"}, "Kremlin"},
		{[]string{"topic", "peace "}, "peace deal|peace plan|peace talks"},
		{[]string{"territory", "donb"}, "Donbas|Donbass"},
		{[]string{"quotes", "--by", "Ush"}, "Ushakov"},
		{[]string{"quotes", "--by", "the "}, "the Kremlin|the West"},
		{[]string{"said", "--topic", "ZNP"}, "ZNPP"},
		{[]string{"quotes", "--source", "ukr"}, "ukraine-talks-2025-12-07"},
		{[]string{"quotes", "--kind", ""}, "direct|reported"},
		{[]string{"source", ""}, "ukraine-talks-2025-12-07"},
		{[]string{"statement", "kellogg-r"}, "kellogg-really-close|kellogg-really-really-close"},
		{[]string{"person", "Nobody"}, ""},
		{[]string{"schema", "who"}, "who_said_what"},
		{[]string{"schema", "statement_"}, "statement_appearances|statement_topics|statement_mentions|statement_speaker_roles"},
	} {
		t.Run(strings.Join(tc.words, " "), func(t *testing.T) {
			if got := strings.Join(complete(t, db, tc.words...), "|"); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCompletionNeverCreatesTheDatabase(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.db")
	if got := complete(t, missing, "person", "K"); len(got) != 0 {
		t.Fatalf("offered %q from a missing database", got)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Fatalf("completion created %s", missing)
	}
}

func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{"bash": "__start_kb", "zsh": "#compdef kb", "fish": "complete -c kb"} {
		t.Run(shell, func(t *testing.T) {
			r := kb(t, "", "", nil, "completion", shell)
			if r.code != 0 || !strings.Contains(r.stdout, want) {
				t.Fatalf("exit %d, stderr %q, script lacks %q", r.code, r.stderr, want)
			}
		})
	}
}
