package seed_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"kb/seed"
	"kb/store"
)

var (
	fuzzDBOnce sync.Once
	fuzzDB     *store.DB
	fuzzDBErr  error
)

// emptyDB is one empty database per fuzzing process: loads into it are dry
// runs, so it stays empty.
func emptyDB(t *testing.T) *store.DB {
	fuzzDBOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kb-fuzz")
		if err != nil {
			fuzzDBErr = err
			return
		}
		fuzzDB, fuzzDBErr = store.Create(context.Background(), filepath.Join(dir, "kb.db"))
	})
	if fuzzDBErr != nil {
		t.Fatal(fuzzDBErr)
	}
	return fuzzDB
}

// FuzzCheck feeds the checker arbitrary fact files and bodies, starting
// from the shipped fact files. Properties: no panic; every problem has a
// file, a line and a column; and a file the checker passes is one the
// database accepts (a dry-run load succeeds), so the checker and the
// schema's constraints agree. A hang is caught by the fuzzer itself.
// Run it with `make fuzz`; what it finds goes into testdata/fuzz/FuzzCheck
// and is replayed by every `go test`.
func FuzzCheck(f *testing.F) {
	for _, pair := range [][2]string{
		{"ukraine-talks-2025-12-07.yaml", "ukraine-talks-2025-12-07.txt"},
		{"../docs/examples/london-meeting-example.yaml", "../docs/examples/london-meeting-example.txt"},
	} {
		fact, err := os.ReadFile(pair[0])
		if err != nil {
			f.Fatal(err)
		}
		body, err := os.ReadFile(pair[1])
		if err != nil {
			f.Fatal(err)
		}
		f.Add(fact, body)
	}
	f.Add([]byte("kb: 1\nsource: {id: a, body: \"x y\"}\nstatements:\n  - {speaker: p, kind: direct, text: x, topics: [t]}\npeople: [{id: p, name: P}]\ntopics: [{id: t, name: T}]\n"), []byte{})
	f.Fuzz(func(t *testing.T, fact, body []byte) {
		file := seed.File{
			Name: "fuzz.yaml",
			Data: fact,
			ReadSibling: func(string) ([]byte, error) {
				return body, nil
			},
		}
		ctx := context.Background()
		facts, probs, err := seed.Check(ctx, []seed.File{file}, nil)
		if err != nil {
			t.Fatalf("check failed without problems: %v", err)
		}
		for _, p := range probs {
			if p.File != "fuzz.yaml" || p.Line < 1 || p.Col < 1 || p.Msg == "" {
				t.Fatalf("a problem without a position: %#v", p)
			}
		}
		if len(probs) > 0 {
			return
		}
		if _, err := emptyDB(t).Load(ctx, facts, store.LoadOptions{DryRun: true}); err != nil {
			t.Fatalf("the checker passed a file the database refuses: %v", err)
		}
	})
}
