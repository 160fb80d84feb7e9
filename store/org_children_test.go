package store_test

import (
	"context"
	"encoding/json"
	"testing"

	"kb/internal/testdb"
)

// TestOrganizationChildren: an organization's profile lists the
// organizations that are part of it, and an empty list is [] in JSON
// (docs/json.md), not null. Written for a mutant of queryEntities that lived.
func TestOrganizationChildren(t *testing.T) {
	db := testdb.Seeded(t)
	for _, tc := range []struct {
		id, children string // children: the JSON of Children
	}{
		{"russia", `[{"kind":"organization","id":"kremlin","name":"Kremlin"}]`},
		{"kremlin", `[]`},
	} {
		t.Run(tc.id, func(t *testing.T) {
			o, err := db.Organization(context.Background(), tc.id)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.Marshal(o.Children)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.children {
				t.Errorf("children of %s: %s, want %s", tc.id, got, tc.children)
			}
		})
	}
}
