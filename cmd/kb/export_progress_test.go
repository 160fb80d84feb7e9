package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// kb export draws progress (sources read, then written, with a rate) on a
// terminal, and nothing when stderr is not one; the writing bar stays off
// when the file names go to the same terminal.
func TestExportProgressOnlyOnATerminal(t *testing.T) {
	db := seededDB(t)
	tests := []struct {
		name           string
		errTTY, outTTY bool
		want, wantNot  []string
	}{
		{"stderr is a terminal", true, false, []string{"\rkb export ", "\rkb export: writing ", "sources/s"}, nil},
		{"both are the terminal", true, true, []string{"\rkb export "}, []string{"writing"}},
		{"not a terminal", false, false, nil, []string{"\r", "sources/s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb strings.Builder
			streams := &ioStreams{In: strings.NewReader(""), Out: &out, Err: &errb,
				Getenv: func(string) string { return "" }, OutTTY: tt.outTTY, ErrTTY: tt.errTTY, Width: 100}
			dir := filepath.Join(t.TempDir(), "out")
			if code := run(context.Background(), []string{"--db", db, "export", dir}, streams); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(errb.String(), w) {
					t.Errorf("stderr lacks %q: %q", w, errb.String())
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(errb.String(), w) {
					t.Errorf("stderr has %q: %q", w, errb.String())
				}
			}
			if !strings.Contains(out.String(), ".yaml") {
				t.Errorf("stdout lists no files: %q", out.String())
			}
		})
	}
}
