package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/corpus"
)

// kb seed DIR says what it checks and draws a bar of the sources written,
// with a rate, on a terminal; nothing of the kind when stderr is not one.
func TestSeedProgressOnlyOnATerminal(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.WriteFactFiles(dir, corpus.Config{Statements: 50, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name          string
		tty           bool
		want, wantNot []string
	}{
		{"terminal", true, []string{"checking 5 fact files", "\rkb seed ", "5/5", "sources/s"}, nil},
		{"not a terminal", false, nil, []string{"\r", "checking", "sources/s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kb.db")
			var out, errb strings.Builder
			streams := &ioStreams{In: strings.NewReader(""), Out: &out, Err: &errb,
				Getenv: func(string) string { return "" }, ErrTTY: tt.tty, Width: 100}
			if code := run(context.Background(), []string{"--db", db, "init"}, streams); code != 0 {
				t.Fatalf("init: exit %d: %s", code, errb.String())
			}
			errb.Reset()
			if code := run(context.Background(), []string{"--db", db, "seed", dir}, streams); code != 0 {
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
			if !strings.Contains(out.String(), ": added") {
				t.Errorf("stdout: %q", out.String())
			}
		})
	}
}
