package extract

import (
	"os/exec"
	"strings"
	"testing"
)

// The extractor is plain text work: it must not link the database (the
// SQLite driver, the store, the migrations). The caller hands it what the
// database knows as plain data.
func TestExtractDoesNotLinkTheDatabase(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipped: no go command to list the dependencies with")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"modernc.org/sqlite", "kb/store", "kb/migrations", "github.com/pressly/goose"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("kb/extract depends on %s", dep)
			}
		}
	}
}
