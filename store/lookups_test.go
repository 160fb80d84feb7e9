package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

func TestTopicCoversSubtopics(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	topic, err := db.Topic(ctx, "territorial-questions", store.TopicPage{})
	if err != nil {
		t.Fatal(err)
	}
	var subs []string
	for _, s := range topic.Subtopics {
		subs = append(subs, s.ID)
	}
	if !slices.Equal(subs, []string{"zaporizhzhia-npp", "donbas-status"}) {
		t.Fatalf("subtopics %v", subs)
	}
	seen := map[string]bool{}
	for _, g := range topic.Speakers {
		for _, s := range g.Statements {
			if s.Speaker != g.Speaker {
				t.Errorf("%s is in %s's group", s.ID, g.Speaker.ID)
			}
			seen[s.ID] = true
		}
	}
	// tagged only with a subtopic, not with territorial-questions itself
	for _, id := range []string{"kellogg-deal-hinges-on-two-issues", "zelenskiy-launching-pad", "ushakov-territorial-problems"} {
		if !seen[id] {
			t.Errorf("statement %s about a subtopic is missing", id)
		}
	}
	nodes, err := db.Topics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		if n.ID == "territorial-questions" && (n.Statements != len(seen) || n.OwnStatements != 4 || n.Positions != len(topic.Positions)) {
			t.Errorf("topics counts %+v, topic has %d statements and %d positions", n, len(seen), len(topic.Positions))
		}
	}
}

func TestTopicPages(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	ids := func(tp *store.Topic) []string {
		var out []string
		for _, g := range tp.Speakers {
			for _, s := range g.Statements {
				out = append(out, s.ID)
			}
		}
		slices.Sort(out)
		return out
	}
	all, err := db.Topic(ctx, "territorial-questions", store.TopicPage{})
	if err != nil {
		t.Fatal(err)
	}
	sts, err := db.Statements(ctx, store.StatementFilter{TopicTree: "territorial-questions"})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != len(sts) || len(ids(all)) != len(sts) || len(sts) < 5 {
		t.Fatalf("total %d, %d statements shown, %d in the tree", all.Total, len(ids(all)), len(sts))
	}
	tests := []struct {
		name          string
		limit, offset int
		want          []store.Statement
	}{
		{"first page", 2, 0, sts[:2]},
		{"second page", 2, 2, sts[2:4]},
		{"last page, short", 3, len(sts) - 1, sts[len(sts)-1:]},
		{"past the end", 2, len(sts), nil},
		{"offset without limit", 0, 1, sts[1:]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Topic(ctx, "territorial-questions", store.TopicPage{Limit: tt.limit, Offset: tt.offset})
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, s := range tt.want {
				want = append(want, s.ID)
			}
			slices.Sort(want)
			if !slices.Equal(ids(got), want) {
				t.Errorf("statements %v, want %v", ids(got), want)
			}
			if got.Total != len(sts) || got.Limit != tt.limit || got.Offset != tt.offset {
				t.Errorf("total %d limit %d offset %d", got.Total, got.Limit, got.Offset)
			}
			if len(got.Positions) != len(all.Positions) || len(got.Subtopics) != len(all.Subtopics) {
				t.Errorf("%d positions and %d subtopics, want all %d and %d", len(got.Positions), len(got.Subtopics), len(all.Positions), len(all.Subtopics))
			}
		})
	}
	if _, err := db.Topic(ctx, "territorial-questions", store.TopicPage{Offset: -1}); store.ErrorCode(err) != store.EINVALID {
		t.Errorf("negative offset: %v", err)
	}
}

// A topic's positions are capped, not paged: the first n in their order,
// with the count of them all.
func TestTopicPositionsCapped(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	const id = "territorial-questions"
	all, err := db.Topic(ctx, id, store.TopicPage{})
	if err != nil {
		t.Fatal(err)
	}
	n := len(all.Positions)
	if n < 3 || all.PositionsTotal != n || all.PositionsLimit != 0 {
		t.Fatalf("%d positions, positions_total %d, positions_limit %d", n, all.PositionsTotal, all.PositionsLimit)
	}
	posIDs := func(ps []store.Position) []int64 {
		var out []int64
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		name string
		cap  int
		want int
	}{
		{"one", 1, 1},
		{"all but one", n - 1, n - 1},
		{"exactly all", n, n},
		{"more than there are", n + 5, n},
		{"zero is all", 0, n},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Topic(ctx, id, store.TopicPage{Limit: 1, Positions: tt.cap})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(posIDs(got.Positions), posIDs(all.Positions[:tt.want])) {
				t.Errorf("positions %v, want %v", posIDs(got.Positions), posIDs(all.Positions[:tt.want]))
			}
			if got.PositionsTotal != n || got.PositionsLimit != tt.cap {
				t.Errorf("positions_total %d, positions_limit %d; want %d, %d", got.PositionsTotal, got.PositionsLimit, n, tt.cap)
			}
			for i, p := range got.Positions {
				if p.Evidence == "" || p.Evidence != all.Positions[i].Evidence || len(p.Statements) != len(all.Positions[i].Statements) {
					t.Errorf("position %d read differently when capped: %+v", p.ID, p)
				}
			}
		})
	}
	if _, err := db.Topic(ctx, id, store.TopicPage{Positions: -1}); store.ErrorCode(err) != store.EINVALID {
		t.Errorf("negative positions: %v", err)
	}
}

func TestTerritoryCoversWhatIsInside(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	terr, figures, err := db.Territory(ctx, "donbas")
	if err != nil {
		t.Fatal(err)
	}
	if len(terr.Contains) != 2 || terr.Parent == nil || terr.Parent.ID != "ukraine-territory" {
		t.Fatalf("territory %+v", terr)
	}
	var got []string
	for _, f := range figures {
		got = append(got, f.Territory.ID+"/"+f.Controller.ID+"/"+f.Kind)
	}
	want := []string{"donbas/russia/control", "donbas/russia/claim", "donetsk/russia/control", "donetsk/ukraine/control", "luhansk/russia/control"}
	if !slices.Equal(got, want) {
		t.Fatalf("figures %v, want %v", got, want)
	}
	if _, _, err := db.Territory(ctx, "atlantis"); store.ErrorCode(err) != store.ENOTFOUND {
		t.Fatalf("missing territory: %v", err)
	}
	all, err := db.ControlFigures(ctx)
	if err != nil || len(all) != 14 {
		t.Fatalf("%d figures, %v", len(all), err)
	}
}

func TestPeopleShowTheRoleHeldNow(t *testing.T) {
	people, err := testdb.Seeded(t).People(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		if p.ID != "kellogg" {
			continue
		}
		// the retired lieutenant general role has ended; the envoy's end is announced
		if p.Role == nil || p.Role.Title != "US Special Envoy for Ukraine" || p.Role.Status != "announced_end" || p.Role.End.On != "2026-01" || p.Statements != 9 {
			t.Fatalf("kellogg: %+v %+v", p, p.Role)
		}
		return
	}
	t.Fatal("kellogg not listed")
}

func TestNamesByPrefix(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	for _, tc := range []struct {
		prefix string
		kinds  []store.Kind
		want   []string
	}{
		{"zel", []store.Kind{store.KindPerson}, []string{"Zelensky", "Zelenskyy", "Zelenskiy"}},
		{"ZELÉ", []store.Kind{store.KindPerson}, []string{"Zelensky", "Zelenskyy", "Zelenskiy"}},
		{"kre", []store.Kind{store.KindPerson, store.KindOrganization}, []string{"Kremlin"}},
		{"100%", []store.Kind{store.KindTopic}, []string{}},
		{"ukraine-talks", []store.Kind{store.KindSource}, []string{"ukraine-talks-2025-12-07"}},
	} {
		got, err := db.Names(ctx, tc.prefix, 10, tc.kinds...)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.prefix, got, tc.want)
		}
	}
}

func TestResolveSource(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	if id, err := db.ResolveSource(ctx, "ukraine-talks-2025-12-07"); err != nil || id != "ukraine-talks-2025-12-07" {
		t.Fatalf("%q %v", id, err)
	}
	_, err := db.ResolveSource(ctx, "ukraine-talks-2025-12-06")
	var e *store.Error
	if store.ErrorCode(err) != store.ENOTFOUND || !errors.As(err, &e) || !slices.Equal(e.Candidates, []string{"ukraine-talks-2025-12-07"}) {
		t.Fatalf("%v", err)
	}
}

// The counts of one topic's subtree, taken through the topic index, agree
// with those of the whole tree, taken by scanning.
func TestTopicCountsAgreeWithTopics(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	nodes, err := db.Topics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]store.TopicNode{}
	for _, n := range nodes {
		byID[n.ID] = n
	}
	checked := 0
	for _, n := range nodes {
		tp, err := db.Topic(ctx, n.ID, store.TopicPage{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if tp.Total != n.Statements {
			t.Errorf("%s: total %d, topics says %d", n.ID, tp.Total, n.Statements)
		}
		for _, sub := range tp.Subtopics {
			want := byID[sub.ID]
			if sub.Statements != want.Statements || sub.OwnStatements != want.OwnStatements || sub.Positions != want.Positions {
				t.Errorf("%s under %s: %+v, topics says %+v", sub.ID, n.ID, sub, want)
			}
			checked++
		}
	}
	if checked < 3 {
		t.Fatalf("only %d subtopics checked", checked)
	}
}
