package extract

import (
	"os/exec"
	"strings"
	"testing"
)

// The extractor is plain text work: it must not link the database (the
// SQLite driver, the store, the migrations). The caller hands it what the
// database knows as plain data. Its tests must not link it either (-test):
// a mutation run relinks them for every mutant (docs/testing.md); the tests
// that need the checker and the database are in extract/checked.
func TestExtractDoesNotLinkTheDatabase(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipped: no go command to list the dependencies with")
	}
	out, err := exec.Command(goTool, "list", "-deps", "-test", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"modernc.org/sqlite", "kb/store", "kb/migrations", "github.com/pressly/goose"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("kb/extract or its tests depend on %s", dep)
			}
		}
	}
}
