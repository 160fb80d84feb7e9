package store_test

import (
	"context"
	"slices"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

func TestKnownEntities(t *testing.T) {
	ctx := context.Background()
	empty, err := testdb.Empty(t).KnownEntities(ctx)
	if err != nil || len(empty) != 0 {
		t.Fatalf("empty database: %v, %v", empty, err)
	}
	got, err := testdb.Seeded(t).KnownEntities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	find := func(kind store.Kind, id string) *store.KnownEntity {
		for i := range got {
			if got[i].Kind == kind && got[i].ID == id {
				return &got[i]
			}
		}
		t.Fatalf("%s %s is not listed", kind, id)
		return nil
	}
	for _, tc := range []struct {
		kind     store.Kind
		id, name string
		sub      string
		hasAlias string
	}{
		{store.KindPerson, "zelenskiy", "Volodymyr Zelenskiy", "", "Zelenskyy"},
		{store.KindOrganization, "russia", "Russia", "state", "Moscow"},
		{store.KindOrganization, "european-leaders", "European leaders", "collective", "European leaders"},
		{store.KindTerritory, "donetsk", "Donetsk", "province", "Donetsk Oblast"},
		{store.KindTopic, "donbas-status", "Status of Donbas", "", "Donbas"},
	} {
		t.Run(tc.id, func(t *testing.T) {
			e := find(tc.kind, tc.id)
			if e.Name != tc.name || e.Sub != tc.sub || !slices.Contains(e.Aliases, tc.hasAlias) {
				t.Errorf("got %+v; want name %q, sub %q, alias %q", *e, tc.name, tc.sub, tc.hasAlias)
			}
		})
	}
	seen := map[string]bool{}
	for _, e := range got {
		key := string(e.Kind) + "/" + e.ID
		if seen[key] {
			t.Errorf("%s is listed twice", key)
		}
		seen[key] = true
	}
}
