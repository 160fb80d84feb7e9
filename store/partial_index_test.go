package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// The partial indexes of migration 00009 hold only the rows whose column
// is not NULL. SQLite uses such an index only where the query implies the
// column is not NULL: every query that looks statements up by speaker
// organization, "on behalf of", event or mention must still find its index.
func TestPartialIndexesServeTheirQueries(t *testing.T) {
	ctx := context.Background()
	db, err := Create(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, c := range []struct {
		name, sql string
		args      []any
		want      []string
	}{
		{"kb quotes --by a person", selectStatements + ` WHERE s.speaker_person_id = ?`, []any{"p"}, []string{"statements_person"}},
		{"kb org, kb quotes --by an organization", selectStatements + ` WHERE (s.speaker_org_id = ? OR s.on_behalf_of_id = ?)`, []any{"o", "o"},
			[]string{"statements_org", "statements_on_behalf"}},
		{"the parts of an organization", selectStatements + ` WHERE (s.speaker_org_id IN (` + orgParts + `) OR s.on_behalf_of_id IN (` + orgParts + `))`,
			[]any{"o", "o"}, []string{"statements_org", "statements_on_behalf"}},
		{"kb orgs", selectOrganizations, nil, []string{"statements_org", "statements_on_behalf"}},
		{"kb serve, a page of organizations", selectOrganizationsPage, []any{50, 0}, []string{"statements_org", "statements_on_behalf"}},
		{"kb serve, an organization's count", countOrgStatements, []any{"o"}, []string{"statements_org", "statements_on_behalf"}},
		{"mentions of a person", `SELECT statement_id FROM statement_mentions WHERE person_id = ?`, []any{"p"}, []string{"statement_mentions_person"}},
		{"mentions of an organization", `SELECT statement_id FROM statement_mentions WHERE organization_id = ?`, []any{"o"}, []string{"statement_mentions_organization"}},
		{"statements at an event (deleting an event checks them)", `SELECT 1 FROM statements WHERE event_id = ?`, []any{"e"}, []string{"statements_event"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, err := db.db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+c.sql, c.args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			all := strings.Join(plan, "\n")
			for _, idx := range c.want {
				if !strings.Contains(all, "INDEX "+idx+" ") {
					t.Errorf("the plan does not use %s:\n%s", idx, all)
				}
			}
		})
	}
}
