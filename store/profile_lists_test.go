package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// TestProfileRoles: the roles on a person's profile and the members on an
// organization's, as the seed states them (with an empty list as [] in
// JSON, docs/json.md). Written for mutants of findRoles that lived.
func TestProfileRoles(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	show := func(rs []store.Role) string {
		var b strings.Builder
		for _, r := range rs {
			org, end := "-", "-"
			if r.Organization != nil {
				org = r.Organization.ID
			}
			if r.End != nil {
				end = r.End.On
			}
			fmt.Fprintf(&b, "%s|%s|%s|%s|%s|%s;", r.Person.ID, r.Title, org, end, r.Status, r.Evidence)
		}
		return b.String()
	}
	for _, tc := range []struct {
		name string
		get  func() ([]store.Role, error)
		want string
	}{
		{"a person's roles", func() ([]store.Role, error) {
			p, err := db.Person(ctx, "kellogg")
			if err != nil {
				return nil, err
			}
			return p.Roles, nil
		}, "kellogg|US Special Envoy for Ukraine|united-states|2026-01|announced_end|US Special Envoy for Ukraine Keith Kellogg, who steps down in January;" +
			"kellogg|US lieutenant general|united-states|-|former|Kellogg, a retired US lieutenant general;"},
		{"an organization's members", func() ([]store.Role, error) {
			o, err := db.Organization(ctx, "ukraine")
			if err != nil {
				return nil, err
			}
			return o.Members, nil
		}, "zelenskiy|President|ukraine|-|current|Ukraine’s President Volodymyr Zelenskiy;"},
		{"an organization with none", func() ([]store.Role, error) {
			o, err := db.Organization(ctx, "france")
			if err != nil {
				return nil, err
			}
			return o.Members, nil
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := tc.get()
			if err != nil {
				t.Fatal(err)
			}
			if got := show(rs); got != tc.want {
				t.Errorf("roles:\n%s\nwant:\n%s", got, tc.want)
			}
			if j, _ := json.Marshal(rs); tc.want == "" && string(j) != "[]" {
				t.Errorf("no roles in JSON: %s, want []", j)
			}
		})
	}
}

// TestProfileEvents: the events on a person's profile, as the seed states
// them. Written for mutants of findEvents that lived.
func TestProfileEvents(t *testing.T) {
	db := testdb.Seeded(t)
	for _, tc := range []struct{ person, want string }{
		{"witkoff", "putin-witkoff-kushner-meeting|meeting|2025-12-01|ukraine-talks-2025-12-07;" +
			"witkoff-kushner-call-2025-12-06|call|2025-12-06|ukraine-talks-2025-12-07;"},
		{"putin", "putin-witkoff-kushner-meeting|meeting|2025-12-01|ukraine-talks-2025-12-07;"},
		{"ushakov", ""},
	} {
		t.Run(tc.person, func(t *testing.T) {
			p, err := db.Person(context.Background(), tc.person)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, e := range p.Events {
				held := "-"
				if e.Held != nil {
					held = e.Held.On
				}
				fmt.Fprintf(&b, "%s|%s|%s|%s;", e.ID, e.Kind, held, e.Source.ID)
			}
			if got := b.String(); got != tc.want {
				t.Errorf("events of %s: %q, want %q", tc.person, got, tc.want)
			}
			if j, _ := json.Marshal(p.Events); tc.want == "" && string(j) != "[]" {
				t.Errorf("no events in JSON: %s, want []", j)
			}
		})
	}
}
