package store_test

import (
	"context"
	"slices"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// datedDB is an empty database loaded with testdata/overlapping-roles.yaml.
func datedDB(t *testing.T) *store.DB {
	t.Helper()
	db := testdb.Empty(t)
	files, err := seed.ReadPaths([]string{"testdata/overlapping-roles.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestRoleHeldWhenSaid checks the role of each statement's speaker at the
// time it was said (statement_speaker_roles), for one person whose roles
// overlap: a deputy post 2019 to 2025-06, the minister's post from 2024-03,
// and a party title (no organization) from 2024-10.
func TestRoleHeldWhenSaid(t *testing.T) {
	db := datedDB(t)
	sts, err := db.Statements(context.Background(), store.StatementFilter{PersonID: "anna-berg"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"day-2023-05-10":       "Deputy finance minister", // before the minister's post
		"year-2024":            "Deputy finance minister", // "2024" is not within a role starting 2024-03
		"day-2024-06-01":       "Finance minister",        // both cover it: the later start wins
		"day-2024-06-01-later": "Finance minister",
		"month-2025-01":        "Finance minister", // three cover it: a role in an organization wins over a bare title
		"week-2025-w10":        "Finance minister",
		"undated":              "Finance minister", // the source's date, 2025-09-01, after the deputy post ended
	}
	if len(sts) != len(want) {
		t.Fatalf("%d statements, want %d", len(sts), len(want))
	}
	for _, s := range sts {
		got := "(none)"
		if s.SpeakerRole != nil {
			got = s.SpeakerRole.Title
			if s.SpeakerRole.Organization == nil || s.SpeakerRole.Organization.ID != "norland-government" {
				t.Errorf("%s: role organization %+v, want norland-government", s.ID, s.SpeakerRole.Organization)
			}
		}
		if got != want[s.ID] {
			t.Errorf("%s: role %q, want %q", s.ID, got, want[s.ID])
		}
	}
}

func statementIDs(t *testing.T, db *store.DB, f store.StatementFilter) []string {
	t.Helper()
	sts, err := db.Statements(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, s := range sts {
		ids = append(ids, s.ID)
	}
	return ids
}

// TestStatementOrder: newest first by the date said (or else published),
// a coarser date sorting as its prefix, then the order in the source.
func TestStatementOrder(t *testing.T) {
	db := datedDB(t)
	want := []string{"undated", "week-2025-w10", "month-2025-01", "day-2024-06-01", "day-2024-06-01-later", "year-2024", "day-2023-05-10"}
	if got := statementIDs(t, db, store.StatementFilter{}); !slices.Equal(got, want) {
		t.Errorf("order\n got %q\nwant %q", got, want)
	}
	// A page gives the same order, cut.
	if got := statementIDs(t, db, store.StatementFilter{Limit: 3, Offset: 2}); !slices.Equal(got, want[2:5]) {
		t.Errorf("page\n got %q\nwant %q", got, want[2:5])
	}
}

// TestSinceUntilEdges checks --since and --until at each edge of each
// precision: both bounds are inclusive, and a statement whose span (week,
// month, year) overlaps the range counts.
func TestSinceUntilEdges(t *testing.T) {
	db := datedDB(t)
	for _, tc := range []struct {
		name, since, until string
		want               []string
	}{
		{"since a day includes it", "2024-06-01", "2024-06-01", []string{"day-2024-06-01", "day-2024-06-01-later", "year-2024"}},
		{"since the day after", "2024-06-02", "2024-12-31", []string{"year-2024"}},
		{"until the day before", "2024-01-01", "2024-05-31", []string{"year-2024"}},
		{"week: since its Sunday", "2025-03-09", "2025-03-09", []string{"week-2025-w10"}},
		{"week: since the Monday after", "2025-03-10", "2025-08-31", nil},
		{"week: until its Monday", "2025-02-01", "2025-03-03", []string{"week-2025-w10"}},
		{"week: until the Sunday before", "2025-02-01", "2025-03-02", nil},
		{"month: since its last day", "2025-01-31", "2025-02-28", []string{"month-2025-01"}},
		{"month: since the next month", "2025-02-01", "2025-02-28", nil},
		{"month: until its first day", "2024-12-01", "2025-01-01", []string{"month-2025-01", "year-2024"}},
		{"month: until the day before", "2024-12-01", "2024-12-31", []string{"year-2024"}},
		{"year: since its last day", "2024-12-31", "2024-12-31", []string{"year-2024"}},
		{"year: since the next year", "2025-01-01", "2025-01-01", []string{"month-2025-01"}},
		{"year: until its first day", "2023-06-01", "2024-01-01", []string{"year-2024"}},
		{"year given as a bound", "2024", "2024", []string{"day-2024-06-01", "day-2024-06-01-later", "year-2024"}},
		{"month given as a bound", "2025-03", "2025-03", []string{"week-2025-w10"}},
		{"undated: the source's date", "2025-09-01", "", []string{"undated"}},
		{"undated: the day after", "2025-09-02", "", nil},
		{"only until", "", "2023-05-10", []string{"day-2023-05-10"}},
		{"only until, the day before", "", "2023-05-09", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementIDs(t, db, store.StatementFilter{Since: tc.since, Until: tc.until})
			want := tc.want
			if want == nil {
				want = []string{}
			}
			if !slices.Equal(got, want) {
				t.Errorf("since %q until %q\n got %q\nwant %q", tc.since, tc.until, got, want)
			}
		})
	}
}
