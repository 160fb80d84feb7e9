package seed_test

import (
	"path/filepath"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
)

// Written for a mutant that lived in the fourth session's run of seed
// (docs/testing.md): files.go:271, `j >= 0` made `j > 0` in the
// unclosed-bracket hint, a bracket opening its line.
func TestUnclosedBracketOpeningItsLine(t *testing.T) {
	want := `small.yaml:1:1: YAML syntax error: this list opened with '[' is never closed; close it with ']', or quote the text ("...") if the bracket is part of it`
	dir, err := loadDir(t, testdb.Empty(t), map[string][]byte{"small.yaml": []byte("[kb, 1\n"), "small.txt": []byte(smallBody)})
	probs, _ := err.(seed.Problems)
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	hasProblem(t, got, filepath.Join(dir, want))
}
