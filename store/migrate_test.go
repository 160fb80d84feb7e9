package store_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pressly/goose/v3"

	"kb/internal/testdb"
	"kb/migrations"
	"kb/store"
)

// migrationVersions lists the embedded migrations' versions, ascending.
// Branches number their migrations ahead of merging, so the list may have
// gaps (00004 then 00007).
func migrationVersions(t *testing.T) []int64 {
	t.Helper()
	names, err := fs.Glob(migrations.FS, "*.sql")
	if err != nil || len(names) == 0 {
		t.Fatalf("no migrations: %v", err)
	}
	var out []int64
	for _, n := range names {
		num, _, _ := strings.Cut(n, "_")
		v, err := strconv.ParseInt(num, 10, 64)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func schemaOf(t *testing.T, db *store.DB) string {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name <> 'goose_db_version' AND name NOT LIKE 'sqlite_%' ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var typ, name, sql string
		if err := rows.Scan(&typ, &name, &sql); err != nil {
			t.Fatal(err)
		}
		b.WriteString(typ + " " + name + "\n" + sql + "\n")
	}
	return b.String()
}

func TestMigrateUpDownUpGivesIdenticalSchema(t *testing.T) {
	ctx := context.Background()
	db := testdb.Empty(t)
	first := schemaOf(t, db)
	if !strings.Contains(first, "CREATE VIEW who_said_what") {
		t.Fatalf("schema lacks who_said_what:\n%s", first)
	}
	if _, err := db.MigrateReset(ctx); err != nil {
		t.Fatalf("reset: %v", err)
	}
	if got := schemaOf(t, db); got != "" {
		t.Fatalf("after reset the schema still has:\n%s", got)
	}
	if v, _ := db.SchemaVersion(ctx); v != 0 {
		t.Fatalf("version after reset = %d, want 0", v)
	}
	applied, err := db.MigrateUp(ctx)
	if err != nil {
		t.Fatalf("up: %v", err)
	}
	if want := migrationVersions(t); !slices.Equal(applied, want) {
		t.Fatalf("applied %v, want %v", applied, want)
	}
	if second := schemaOf(t, db); second != first {
		t.Fatalf("schema differs after down and up:\nfirst:\n%s\nsecond:\n%s", first, second)
	}
}

// migrationVersions lists the versions of the migrations folder in order;
// they need not be consecutive (branches number their migrations apart).
func TestMigrateDownOneStepAtATime(t *testing.T) {
	ctx := context.Background()
	db := testdb.Empty(t)
	vs := append([]int64{0}, migrationVersions(t)...)
	for i := len(vs) - 2; i >= 0; i-- {
		want := vs[i]
		if _, err := db.MigrateDown(ctx); err != nil {
			t.Fatalf("down to %d: %v", want, err)
		}
		if v, _ := db.SchemaVersion(ctx); v != want {
			t.Fatalf("version = %d, want %d", v, want)
		}
	}
	if _, err := db.MigrateDown(ctx); store.ErrorCode(err) != store.EINVALID {
		t.Fatalf("down at version 0: got %v, want an invalid error", err)
	}
}

// The stock goose CLI reads the migrations folder from disk; this reads it
// the same way and checks every file is in goose's format.
func TestMigrationsFolderIsGooseFormat(t *testing.T) {
	dir := os.DirFS(filepath.Join("..", "migrations"))
	names, err := fs.Glob(dir, "*.sql")
	if err != nil || len(names) == 0 {
		t.Fatalf("no migrations: %v", err)
	}
	nameRE := regexp.MustCompile(`^\d{5}_[a-z_]+\.sql$`)
	for _, n := range names {
		data, _ := fs.ReadFile(dir, n)
		if !nameRE.MatchString(n) {
			t.Errorf("%s: name is not NNNNN_name.sql", n)
		}
		for _, mark := range []string{"-- +goose Up", "-- +goose Down"} {
			if !strings.Contains(string(data), mark) {
				t.Errorf("%s: lacks %q", n, mark)
			}
		}
		embedded, _ := fs.ReadFile(migrations.FS, n)
		if string(embedded) != string(data) {
			t.Errorf("%s: embedded copy differs from the file", n)
		}
	}
	db := testdb.Empty(t)
	p, err := goose.NewProvider(goose.DialectSQLite3, db.SQL(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.ListSources()) != len(names) {
		t.Fatalf("goose sees %d migrations, folder has %d", len(p.ListSources()), len(names))
	}
}

func TestSchemaVersionChecks(t *testing.T) {
	ctx := context.Background()
	db := testdb.Empty(t)
	if err := db.EnsureSchema(ctx); err != nil {
		t.Fatalf("fresh database: %v", err)
	}
	if _, err := db.MigrateDown(ctx); err != nil {
		t.Fatal(err)
	}
	err := db.EnsureSchema(ctx)
	if store.ErrorCode(err) != store.ESCHEMA || !strings.Contains(err.Error(), "kb migrate up") {
		t.Fatalf("older database: got %v, want advice to run kb migrate up", err)
	}
	if _, err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	// A newer kb recorded version latest+1.
	if _, err := db.SQL().Exec(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (?, 1)`, store.LatestVersion()+1); err != nil {
		t.Fatal(err)
	}
	before := schemaOf(t, db)
	err = db.EnsureSchema(ctx)
	if store.ErrorCode(err) != store.ESCHEMA || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("newer database: got %v, want a refusal", err)
	}
	for name, f := range map[string]func(context.Context) ([]int64, error){"up": db.MigrateUp, "down": db.MigrateDown, "reset": db.MigrateReset} {
		if _, err := f(ctx); store.ErrorCode(err) != store.ESCHEMA {
			t.Errorf("migrate %s on a newer database: got %v, want a refusal", name, err)
		}
	}
	if after := schemaOf(t, db); after != before {
		t.Fatal("a refused migration changed the schema")
	}
}
