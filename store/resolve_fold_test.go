package store_test

import (
	"context"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// TestResolveMultiWordFold resolves multi-word spellings that only the
// transliteration fold matches: their normalized form equals no alias, and
// for people the surname fallback cannot find them either (it matches a
// single folded word). Every kind is covered, since each has its own fold
// query.
func TestResolveMultiWordFold(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name, alias string // alias: the seed's spelling it folds to
		kind        store.Kind
		id          string
	}{
		{"Volodymyr Zelenskyj", "Volodymyr Zelenskyy", store.KindPerson, "zelenskiy"},
		{"Volodimir Zelensky", "Volodymyr Zelensky", store.KindPerson, "zelenskiy"},
		{"Yurij Ushakov", "Yuri Ushakov", store.KindPerson, "ushakov"},
		{"Vladimir Puttin", "Vladimir Putin", store.KindPerson, "putin"},
		{"Almost alll countries", "Almost all countries", store.KindOrganization, "almost-all-countries"},
		{"Ukrayinian and European officials", "Ukrainian and European officials", store.KindOrganization, "ukrainian-european-officials"},
		{"millitary aid", "military aid", store.KindTopic, "military-aid"},
		{"diplomatic effforts", "diplomatic efforts", store.KindTopic, "diplomatic-process"},
		{"Zaporizhzhya Oblast", "Zaporizhzhia Oblast", store.KindTerritory, "zaporizhzhia"},
		{"Mykolayiv region", "Mykolaiv region", store.KindTerritory, "mykolaiv"},
	} {
		t.Run(string(tc.kind)+"/"+tc.name, func(t *testing.T) {
			// The premise: only the fold makes them equal, and the name is
			// not written in folded form already (the fold column would
			// then match it unfolded).
			n, a := store.Normalize(tc.name), store.Normalize(tc.alias)
			if n == a || n == store.Fold(n) || store.Fold(n) != store.Fold(a) {
				t.Fatalf("bad case: Normalize %q / %q, Fold %q / %q", n, a, store.Fold(n), store.Fold(a))
			}
			m, err := db.Resolve(ctx, tc.name, tc.kind)
			if err != nil {
				t.Fatalf("Resolve(%q, %s): %v", tc.name, tc.kind, err)
			}
			if m.ID != tc.id || m.Kind != tc.kind {
				t.Errorf("Resolve(%q, %s) = %s %s, want %s %s", tc.name, tc.kind, m.Kind, m.ID, tc.kind, tc.id)
			}
		})
	}
}
