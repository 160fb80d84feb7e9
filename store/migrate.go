package store

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/pressly/goose/v3"

	"kb/migrations"
)

// MigrationStatus is one migration and whether it is applied.
type MigrationStatus struct {
	Version   int64  `json:"version"`
	Name      string `json:"name"`
	Applied   bool   `json:"applied"`
	AppliedAt string `json:"applied_at,omitempty"`
}

var latestVersion = sync.OnceValue(func() int64 {
	var max int64
	entries, _ := fs.ReadDir(migrations.FS, ".")
	for _, e := range entries {
		if v, ok := migrationVersion(e.Name()); ok && v > max {
			max = v
		}
	}
	return max
})

// LatestVersion is the schema version this binary was built with: the
// highest numbered migration embedded in it.
func LatestVersion() int64 { return latestVersion() }

func migrationVersion(name string) (int64, bool) {
	if path.Ext(name) != ".sql" {
		return 0, false
	}
	num, _, ok := strings.Cut(name, "_")
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseInt(num, 10, 64)
	return v, err == nil
}

func (db *DB) provider() (*goose.Provider, error) {
	p, err := goose.NewProvider(goose.DialectSQLite3, db.db, migrations.FS)
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: "migrations: " + err.Error(), Err: err}
	}
	return p, nil
}

// SchemaVersion reads the version goose recorded, 0 for a database goose has
// never touched. It reads directly so that the check on every command costs
// one query and no migration parsing.
func (db *DB) SchemaVersion(ctx context.Context) (int64, error) {
	var exists int
	err := db.db.QueryRowContext(ctx, queryHasGooseTable).Scan(&exists)
	if err != nil {
		return 0, describeOpenError(db.path, err)
	}
	if exists == 0 {
		return 0, nil
	}
	var v sql.NullInt64
	if err := db.db.QueryRowContext(ctx, querySchemaVersion).Scan(&v); err != nil {
		return 0, describeOpenError(db.path, err)
	}
	return v.Int64, nil
}

const queryHasGooseTable = `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'goose_db_version'`

// goose records each up and down as a row; the newest row of each version
// says whether it is applied, and the highest applied one is the version.
const querySchemaVersion = `
SELECT max(version_id) FROM goose_db_version g
 WHERE is_applied = 1
   AND id = (SELECT max(id) FROM goose_db_version WHERE version_id = g.version_id)`

// refuseNewer keeps every migration command away from a database written by
// a newer kb: goose would otherwise happily "migrate" it down or report it.
func (db *DB) refuseNewer(ctx context.Context) error {
	cur, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if cur > LatestVersion() {
		return Errorf(ESCHEMA, "database %s is at schema version %d, newer than this kb (%d): use a newer kb; the database was not touched", db.path, cur, LatestVersion())
	}
	return nil
}

// MigrateUp applies every pending migration and returns the versions applied.
func (db *DB) MigrateUp(ctx context.Context) ([]int64, error) {
	if err := db.refuseNewer(ctx); err != nil {
		return nil, err
	}
	p, err := db.provider()
	if err != nil {
		return nil, err
	}
	res, err := p.Up(ctx)
	return versions(res), migrateErr(err)
}

// MigrateDown rolls back the most recent migration.
func (db *DB) MigrateDown(ctx context.Context) ([]int64, error) {
	if err := db.refuseNewer(ctx); err != nil {
		return nil, err
	}
	p, err := db.provider()
	if err != nil {
		return nil, err
	}
	res, err := p.Down(ctx)
	if errors.Is(err, goose.ErrNoNextVersion) {
		return nil, Errorf(EINVALID, "nothing to roll back: the database is at version 0")
	}
	if res == nil {
		return nil, migrateErr(err)
	}
	return versions([]*goose.MigrationResult{res}), migrateErr(err)
}

// MigrateReset rolls back every migration, leaving an empty schema.
func (db *DB) MigrateReset(ctx context.Context) ([]int64, error) {
	if err := db.refuseNewer(ctx); err != nil {
		return nil, err
	}
	p, err := db.provider()
	if err != nil {
		return nil, err
	}
	res, err := p.DownTo(ctx, 0)
	return versions(res), migrateErr(err)
}

// MigrationStatuses lists every embedded migration and whether it is applied.
func (db *DB) MigrationStatuses(ctx context.Context) ([]MigrationStatus, error) {
	if err := db.refuseNewer(ctx); err != nil {
		return nil, err
	}
	p, err := db.provider()
	if err != nil {
		return nil, err
	}
	st, err := p.Status(ctx)
	if err != nil {
		return nil, migrateErr(err)
	}
	out := make([]MigrationStatus, 0, len(st))
	for _, s := range st {
		m := MigrationStatus{Version: s.Source.Version, Name: path.Base(s.Source.Path), Applied: s.State == goose.StateApplied}
		if m.Applied && !s.AppliedAt.IsZero() {
			m.AppliedAt = s.AppliedAt.UTC().Format("2006-01-02T15:04:05Z")
		}
		out = append(out, m)
	}
	return out, nil
}

func versions(res []*goose.MigrationResult) []int64 {
	out := []int64{}
	for _, r := range res {
		if r != nil && r.Source != nil && r.Error == nil {
			out = append(out, r.Source.Version)
		}
	}
	return out
}

func migrateErr(err error) error {
	if err == nil {
		return nil
	}
	var partial *goose.PartialError
	if errors.As(err, &partial) && partial.Failed != nil {
		msg := partial.Err.Error()
		var e *Error
		if errors.As(wrapSQL(partial.Err), &e) {
			msg = e.Message
		}
		return &Error{Code: EINTERNAL, Message: "migration " + path.Base(partial.Failed.Source.Path) + " failed, and was rolled back: " + msg, Err: err}
	}
	return wrapSQL(err)
}
