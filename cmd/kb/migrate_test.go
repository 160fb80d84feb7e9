package main

import (
	"strings"
	"testing"
)

// kb migrate status lines the states up in one column, however long the
// migration names are.
func TestMigrateStatusAligned(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "migrate", "status")
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if r.code != 0 || len(lines) < 2 {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	col := strings.Index(lines[0], "applied")
	for _, l := range lines {
		if i := strings.Index(l, "applied"); i != col || col < 0 {
			t.Errorf("state at column %d, want %d:\n%s", i, col, r.stdout)
			break
		}
	}
}
