package store

import "testing"

// The diff queries and the counted tables are one list, in one order.
func TestDiffQueriesCoverEveryLoadTable(t *testing.T) {
	if len(diffQueries) != len(loadTables) {
		t.Fatalf("%d diff queries for %d tables", len(diffQueries), len(loadTables))
	}
	for i, q := range diffQueries {
		if q.table != loadTables[i] {
			t.Errorf("diff query %d is for %s, table %d is %s", i, q.table, i, loadTables[i])
		}
	}
}

func TestDiffRows(t *testing.T) {
	before := rowSet{"a": {"1"}, "b": {"1"}, "c": {"1"}, "d": {"x", "y"}}
	after := rowSet{"a": {"1"}, "b": {"2"}, "e": {"1"}, "d": {"y", "z", "w"}}
	added, changed, removed := diffRows(before, after)
	// a same; b changed; c removed; e added; d: y same, x->z changed, w added
	if added != 2 || changed != 2 || removed != 1 {
		t.Fatalf("added %d changed %d removed %d", added, changed, removed)
	}
}
