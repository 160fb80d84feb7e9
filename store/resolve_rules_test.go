package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// An id typed as it is stored wins at the first step, before the
// transliteration fold: "ivanov" is the id of Petro Ivanov, and also folds
// like the name "Yvanov" of another person.
const resolveRulesFacts = `kb: 1
source:
  id: resolve-rules
  body: "Petro Ivanov met Olena Yvanov."
people:
  - id: ivanov
    name: Petro Ivanov
  - id: olena-yvanov
    name: Olena Yvanov
    aliases: [Yvanov]
`

func TestResolveIDBeforeFold(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "r.yaml"), []byte(resolveRulesFacts), 0o644); err != nil {
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
	if m, err := db.Resolve(ctx, "ivanov", store.KindPerson); err != nil || m.ID != "ivanov" {
		t.Errorf(`Resolve("ivanov") = %+v, %v; want the person whose id it is`, m, err)
	}
	// An id in any case is still that id; the other person is named as
	// shadowed.
	if m, err := db.Resolve(ctx, "Ivanov", store.KindOrganization, store.KindPerson); err != nil || m.ID != "ivanov" ||
		len(m.Shadowed) != 1 || m.Shadowed[0].ID != "olena-yvanov" {
		t.Errorf(`Resolve("Ivanov") = %+v, %v; want ivanov, shadowing olena-yvanov`, m, err)
	}
	// An id that the entity's own name also answers to shadows nothing:
	// the entity is not listed as hiding behind itself.
	if m, err := db.Resolve(ctx, "Olena-Yvanov", store.KindPerson); err != nil || m.ID != "olena-yvanov" || len(m.Shadowed) != 0 {
		t.Errorf(`Resolve("Olena-Yvanov") = %+v, %v; want olena-yvanov, shadowing nothing`, m, err)
	}
	// Spelled otherwise it is no id; the fold step ("Ivanovv" folds as
	// "Yvanov" does), which comes before the surname step, finds the other
	// person.
	if m, err := db.Resolve(ctx, "Ivanovv", store.KindOrganization, store.KindPerson); err != nil || m.ID != "olena-yvanov" {
		t.Errorf(`Resolve("Ivanovv") = %+v, %v; want olena-yvanov (fold before surname)`, m, err)
	}
}

// TestResolveNameLength: a name of maxNameLen (500) characters is looked
// up; one more is refused before any lookup.
func TestResolveNameLength(t *testing.T) {
	db := testdb.Empty(t)
	ctx := context.Background()
	long := strings.Repeat("é", 500)
	if _, err := db.Resolve(ctx, long, store.KindPerson); store.ErrorCode(err) != store.ENOTFOUND {
		t.Errorf("500 characters: %v, want %s", err, store.ENOTFOUND)
	}
	_, err := db.Resolve(ctx, long+"é", store.KindPerson)
	if store.ErrorCode(err) != store.EINVALID || !strings.Contains(err.Error(), "501 characters long") {
		t.Errorf("501 characters: %v, want %s saying 501 characters", err, store.EINVALID)
	}
}

// TestResolveSuggestsOnePerEntity: a name found nowhere is ENOTFOUND with
// the closest aliases as candidates, one per entity.
func TestResolveSuggestsOnePerEntity(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		kind store.Kind
		want []string
	}{
		{"Zelenskiu", store.KindPerson, []string{"Volodymyr Zelenskiy"}},
		{"Ushakof", store.KindPerson, []string{"Yuri Ushakov"}}, // not also "Yury Ushakov"
		{"Donbsa", store.KindTerritory, []string{"Donbas"}},
		{"Qqqqqqqq", store.KindPerson, nil},
		// Many at distance 0 (a word of each): the first three by name.
		{"Oblast", store.KindTerritory, []string{"Dnipropetrovsk Oblast", "Donetsk Oblast", "Kharkiv Oblast"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.Resolve(ctx, tc.name, tc.kind)
			var e *store.Error
			if !errors.As(err, &e) || e.Code != store.ENOTFOUND {
				t.Fatalf("Resolve(%q) = %v, want %s", tc.name, err, store.ENOTFOUND)
			}
			if !slices.Equal(e.Candidates, tc.want) {
				t.Errorf("Resolve(%q) candidates %q, want %q", tc.name, e.Candidates, tc.want)
			}
		})
	}
}

// TestResolveNotFoundNamesTheKinds: the message names the kinds searched,
// in the order given.
func TestResolveNotFoundNamesTheKinds(t *testing.T) {
	db := testdb.Empty(t)
	ctx := context.Background()
	for _, tc := range []struct {
		kinds []store.Kind
		want  string
	}{
		{[]store.Kind{store.KindPerson, store.KindOrganization}, `no person or organization named "Nobody"`},
		{[]store.Kind{store.KindOrganization, store.KindPerson}, `no organization or person named "Nobody"`},
		{[]store.Kind{store.KindPerson, store.KindTopic}, `no person or topic named "Nobody"`},
		{[]store.Kind{store.KindTerritory, store.KindOrganization}, `no territory or organization named "Nobody"`},
		{[]store.Kind{store.KindTerritory}, `no territory named "Nobody"`},
	} {
		_, err := db.Resolve(ctx, "Nobody", tc.kinds...)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%v: %v, want %q", tc.kinds, err, tc.want)
		}
	}
}
