package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kb/internal/testdb"
	"kb/store"
)

// nameSeeds are real names from the seed, their misspellings, and hostile
// strings, to start the fuzzers from.
var nameSeeds = []string{
	"Zelenskiy", "zelensky", "Zelenskyy", "ZELENSKIY's", "Volodymyr Zelenskyy", "Zelenskýy", "kellogg",
	"Keith Kellogg", "Ushakov", "Yury Ushakov", "putin", "Trump", "kremlin", "Witkoff", "witkof",
	"", " ", "%", "_", `\`, "' OR 1=1 --", `"; DROP TABLE people; --`, "\x00", "\xff\xfe", "a\u0301",
	"Ⅻ", "ﬁ", "İstanbul", "ß", "phph", "yjyj", "\u200b", strings.Repeat("a", 600), "O’Brien",
}

// FuzzResolve looks up arbitrary names. Whatever the input, Resolve returns
// a match or a *store.Error whose code says why not (never an internal
// error, which would be an SQL error leaking), and answers quickly.
func FuzzResolve(f *testing.F) {
	for _, s := range nameSeeds {
		f.Add(s)
	}
	db := testdb.Seeded(f)
	kinds := [][]store.Kind{{store.KindPerson}, {store.KindPerson, store.KindOrganization}, {store.KindTopic}, {store.KindTerritory}}
	f.Fuzz(func(t *testing.T, name string) {
		for _, k := range kinds {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			start := time.Now()
			m, err := db.Resolve(ctx, name, k...)
			took := time.Since(start)
			cancel()
			if took > 2*time.Second {
				t.Errorf("Resolve(%q) took %v", name, took)
			}
			if err == nil {
				if m.ID == "" || m.Name == "" {
					t.Errorf("Resolve(%q) matched an empty entity %+v", name, m)
				}
				continue
			}
			var e *store.Error
			if !errors.As(err, &e) {
				t.Fatalf("Resolve(%q): %T %v, not a *store.Error", name, err, err)
			}
			switch e.Code {
			case store.ENOTFOUND, store.EAMBIGUOUS, store.EINVALID:
			default:
				t.Fatalf("Resolve(%q): code %s: %v", name, e.Code, err)
			}
			if !utf8.ValidString(e.Message) && utf8.ValidString(name) {
				t.Errorf("Resolve(%q): the message is not valid UTF-8", name)
			}
		}
	})
}

// FuzzNormalize checks the name folding that lookups rely on: a name typed
// in its normalized (or folded) form finds the same entries, so both forms
// must be fixed points; the result is valid UTF-8 with single inner spaces.
func FuzzNormalize(f *testing.F) {
	for _, s := range nameSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := store.Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("Normalize(%q) = %q has stray spaces", s, n)
		}
		if again := store.Normalize(n); again != n {
			t.Fatalf("Normalize is not idempotent on %q: %q then %q", s, n, again)
		}
		fo := store.Fold(n)
		if again := store.Fold(store.Normalize(fo)); again != fo {
			t.Fatalf("Fold is not idempotent on %q: %q then %q", s, fo, again)
		}
		_ = store.Suggest(s, []string{"Volodymyr Zelenskiy", "Keith Kellogg", n}, 3)
	})
}
