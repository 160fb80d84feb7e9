package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestEverySeedAliasResolves reads the seed fact file itself (not the
// database) and looks every name and alias of every person, organization,
// topic and territory up with its command: each must answer with its own
// entity.
func TestEverySeedAliasResolves(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "seed", "ukraine-talks-2025-12-07.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	type entity struct {
		ID      string   `yaml:"id"`
		Name    string   `yaml:"name"`
		Aliases []string `yaml:"aliases"`
	}
	var file struct {
		People        []entity `yaml:"people"`
		Organizations []entity `yaml:"organizations"`
		Topics        []entity `yaml:"topics"`
		Territories   []entity `yaml:"territories"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	db := seededDB(t)
	n := 0
	for _, group := range []struct {
		cmd      string
		entities []entity
		idPath   func(doc map[string]any) any
	}{
		{"person", file.People, func(d map[string]any) any { return d["id"] }},
		{"org", file.Organizations, func(d map[string]any) any { return d["id"] }},
		{"topic", file.Topics, func(d map[string]any) any { return d["id"] }},
		{"territory", file.Territories, func(d map[string]any) any { return d["territory"].(map[string]any)["id"] }},
	} {
		for _, e := range group.entities {
			for i, name := range append([]string{e.ID, e.Name}, e.Aliases...) {
				n++
				t.Run(group.cmd+" "+name, func(t *testing.T) {
					spellings := []string{name, strings.ToUpper(name), strings.ToLower(name)}
					if i == 0 {
						spellings = spellings[:1] // an id matches as it is stored
					}
					for _, spelling := range spellings {
						r := kb(t, db, "", nil, group.cmd, spelling, "-o", "json")
						if r.code != 0 {
							t.Fatalf("%q: exit %d: %.200s", spelling, r.code, r.stderr)
						}
						var doc map[string]any
						if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
							t.Fatal(err)
						}
						if got := group.idPath(doc); got != e.ID {
							t.Fatalf("%q resolved to %v, want %s", spelling, got, e.ID)
						}
					}
				})
			}
		}
	}
	if n < 80 {
		t.Fatalf("only %d names checked; is the seed read?", n)
	}
}

// secondKellogg is a fact file adding a person who shares Keith Kellogg's
// surname, so that "Kellogg" alone becomes ambiguous.
const secondKellogg = `kb: 1
source:
  id: second-kellogg
  title: A second Kellogg
  body: "Mary Kellogg, a historian, said the talks were long."
people:
  - id: mary-kellogg
    name: Mary Kellogg
topics:
  - id: history
    name: History
statements:
  - id: mary-kellogg-long
    speaker: mary-kellogg
    kind: reported
    text: the talks were long
    cue: said
    topics: [history]
`

func TestAmbiguousNames(t *testing.T) {
	db := seededDB(t)
	file := filepath.Join(t.TempDir(), "second-kellogg.yaml")
	if err := os.WriteFile(file, []byte(secondKellogg), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := kb(t, db, "", nil, "seed", file); r.code != 0 {
		t.Fatalf("seed: exit %d: %s", r.code, r.stderr)
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"person by folded surname", []string{"person", "kelog"}},
		{"quotes by folded surname", []string{"quotes", "--by", "KELOG", "-o", "json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != 2 || r.stdout != "" {
				t.Fatalf("exit %d (want 2), stdout %.200q", r.code, r.stdout)
			}
			for _, want := range []string{"could be any of 2", "Keith Kellogg (person kellogg)", "Mary Kellogg (person mary-kellogg)", "give the full name or the id"} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr %q lacks %q", r.stderr, want)
				}
			}
		})
	}
	// "kellogg", in any case, is Keith Kellogg's id, which wins over the surname
	for _, name := range []string{"Keith Kellogg", "kellogg", "Kellogg", "Mary Kellogg"} {
		t.Run("unambiguous "+name, func(t *testing.T) {
			r := kb(t, db, "", nil, "person", name)
			want := map[string]string{"Keith Kellogg": "Keith Kellogg (kellogg)", "kellogg": "Keith Kellogg (kellogg)", "Kellogg": "Keith Kellogg (kellogg)", "Mary Kellogg": "Mary Kellogg (mary-kellogg)"}[name]
			if r.code != 0 || !strings.HasPrefix(r.stdout, want) {
				t.Fatalf("exit %d, stdout %.60q, stderr %q", r.code, r.stdout, r.stderr)
			}
		})
	}
	t.Run("people lists both", func(t *testing.T) {
		r := kb(t, db, "", nil, "people", "-o", "csv")
		if !strings.Contains(r.stdout, "mary-kellogg,Mary Kellogg,,,,,,1\n") || !strings.Contains(r.stdout, "\nkellogg,Keith Kellogg,") {
			t.Fatalf("people:\n%s", r.stdout)
		}
	})
}

func TestSuggestions(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"person", "Zelenskoy"}, `did you mean "Volodymyr Zelenskiy"`},
		{[]string{"person", "Ushakof"}, `did you mean "Yuri Ushakov"?`},
		{[]string{"org", "Kremlim"}, `did you mean "Kremlin"`},
		{[]string{"topic", "casualtys"}, `did you mean "Casualties"`},
		{[]string{"territory", "Kharkov Oblst"}, `did you mean "Kharkiv Oblast"`},
		{[]string{"quotes", "--by", "Kremlim"}, `did you mean "Kremlin"`},
		{[]string{"quotes", "--topic", "Donbes"}, `did you mean "Donbas"`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := kb(t, db, "", nil, tc.args...)
			if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
				t.Fatalf("exit %d, stderr %q, want %q", r.code, r.stderr, tc.want)
			}
		})
	}
}
