package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/seed"
	"kb/store"

	"kb/internal/testdb"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seededTemplate is a seeded database built once for the package; tests
// copy it so each gets its own file.
var seededTemplate string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "kb-cmd-test")
	if err != nil {
		panic(err)
	}
	seededTemplate = filepath.Join(dir, "template.db")
	ctx := context.Background()
	db, err := store.Create(ctx, seededTemplate)
	if err != nil {
		panic(err)
	}
	if _, err := seed.Load(ctx, db, seed.Embedded(), store.LoadOptions{}); err != nil {
		panic(err)
	}
	db.Close()
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// seededDB returns the path of a fresh copy of the seeded database.
func seededDB(t testing.TB) string {
	t.Helper()
	return testdb.Copy(t, seededTemplate)
}

// result is what one run of kb produced.
type result struct {
	stdout, stderr string
	code           int
}

// kb runs the CLI in-process against the database at db, with no terminal
// and an empty environment (plus env, as KEY=VALUE pairs).
func kb(t testing.TB, db string, stdin string, env []string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	vars := map[string]string{}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	streams := &ioStreams{
		In: strings.NewReader(stdin), Out: &out, Err: &errb,
		Getenv: func(k string) string { return vars[k] },
		Width:  100,
	}
	if db != "" {
		args = append([]string{"--db", db}, args...)
	}
	code := run(context.Background(), args, streams)
	return result{out.String(), errb.String(), code}
}

// golden compares got with testdata/NAME.golden, or rewrites it with -update.
func golden(t testing.TB, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run `go test ./cmd/kb -update` to create it)", err)
	}
	if string(want) != got {
		t.Errorf("output differs from %s (rerun with -update if the change is intended):\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

var _ = io.Discard
