// Package store owns kb's SQLite database: opening it with the right
// pragmas, migrating it, loading facts, and every query the CLI runs. No SQL
// lives outside this package.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"modernc.org/sqlite" // registers the "sqlite" driver
)

// busyTimeoutMS is how long a connection waits for another writer before it
// reports "database is locked". Loads are short, so a generous wait lets two
// loaders started together both succeed, one after the other.
const busyTimeoutMS = 30000

// pageCacheKiB bounds a long-running reader's page cache per connection,
// as a negative cache_size (KiB).
const pageCacheKiB = -16384

// DB is an open kb database. It holds a read-write pool whose every
// connection enforces foreign keys, waits on locks, and begins transactions
// IMMEDIATE, so writers never deadlock on a lock upgrade.
type DB struct {
	db       *sql.DB
	path     string
	prepared prepared // statements the lookups reuse (prepared.go)
	// lookupCacheKiB, when not 0, is the page cache a read transaction
	// runs with (cache_size, negative KiB); writes keep SQLite's default.
	lookupCacheKiB int
}

// The command line's lookups run with a small page cache. A command is
// one cold process, and each cached page costs it two memory pages in the
// driver's allocator, touched once: with SQLite's 2 MB a cold `kb person`
// at a million statements faulted 1,999 pages, with 512 KiB 1,261 (the
// shell: 780), and took 78 instead of 108 ms of CPU; re-reading the few
// evicted pages from the OS costs less than faulting in new ones.
// Loads and migrations keep the default (a load with 500 KiB measured
// 10-20 % slower).
const (
	cliLookupCacheKiB = -512
	defaultCacheKiB   = -2000 // SQLite's
)

// dsn builds the connection string for path. Pragmas go in the DSN rather than
// in an Exec after Open so that every connection the pool opens gets them.
func dsn(path string, readOnly bool) string {
	return dsnURL(path, dsnValues(readOnly))
}

func dsnURL(path string, q url.Values) string {
	u := url.URL{Scheme: "file", Opaque: pathForURI(path), RawQuery: q.Encode()}
	return u.String()
}

func dsnValues(readOnly bool) url.Values {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
	if readOnly {
		q.Set("mode", "ro")
		q.Add("_pragma", "query_only(1)")
	} else {
		// journal_mode(WAL) is set by open, once the file is known to be
		// kb's: it is written into the file, which then stays in WAL mode.
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", "immediate")
	}
	return q
}

// readerDSN is dsn for a long-running reader (OpenReader, kb serve), whose
// connections keep a bigger page cache: SQLite's default, 2 MB per
// connection, is smaller than what one person or topic lookup reads at a
// million statements, so a repeated lookup read most of its pages from
// the file again (a third of its CPU in read(2)). The cache grows only as
// pages are read. The command line keeps the default: a cold process
// reads each page once, and every cached page costs it page faults.
func readerDSN(path string) string {
	q := dsnValues(true)
	q.Add("_pragma", fmt.Sprintf("cache_size(%d)", pageCacheKiB))
	return dsnURL(path, q)
}

// pathForURI escapes the characters that would end the path part of a
// file: URI early.
func pathForURI(path string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return r.Replace(path)
}

// Open opens the database at path for reading and writing. The file must
// exist: creating a database is Create's job, so that a mistyped --db path
// is an error rather than a new empty database.
func Open(ctx context.Context, path string) (*DB, error) {
	if err := checkFile(path); err != nil {
		return nil, err
	}
	return openChecked(ctx, path, true)
}

const queryOtherTables = `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name <> 'goose_db_version' AND name NOT LIKE 'sqlite_%'`

// refuseForeign refuses another program's SQLite file: one with tables but
// no kb schema version, through a read-only connection (for OpenReader).
func refuseForeign(ctx context.Context, path string) error {
	probe, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return describeOpenError(path, err)
	}
	defer probe.Close()
	return checkForeign(ctx, probe, path)
}

// checkForeign refuses a file with tables but no kb schema version.
func checkForeign(ctx context.Context, sdb *sql.DB, path string) error {
	var goose, other int
	if err := sdb.QueryRowContext(ctx, queryHasGooseTable).Scan(&goose); err != nil {
		return describeOpenError(path, err)
	}
	if err := sdb.QueryRowContext(ctx, queryOtherTables).Scan(&other); err != nil {
		return describeOpenError(path, err)
	}
	if goose == 0 && other > 0 {
		return Errorf(ESCHEMA, "%s is a SQLite database but not a kb database: it has %d table(s) and no kb schema version; kb leaves it alone", path, other)
	}
	return nil
}

// Create creates a new database file at path, migrated to the latest schema.
// It refuses to overwrite an existing file.
func Create(ctx context.Context, path string) (*DB, error) {
	return CreateWith(ctx, path, nil)
}

// CreateWith creates a new database file at path, migrated to the latest
// schema and then filled by fill (when not nil). The file is built under a
// temporary name in the same directory and linked into place only when it
// is complete, so a process killed half-way leaves no database rather than
// a half-made one that later commands would take for a real one. A file
// that appears at path meanwhile is never overwritten: that is ECONFLICT.
func CreateWith(ctx context.Context, path string, fill func(context.Context, *DB) error) (*DB, error) {
	if _, err := os.Stat(path); err == nil {
		return nil, Errorf(ECONFLICT, "%s already exists", path)
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, Errorf(EINVALID, "cannot create %s: directory %s does not exist", path, dir)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".creating-*")
	if err != nil {
		return nil, Errorf(EINVALID, "cannot create %s: %v", path, cleanPathError(err))
	}
	tmp := f.Name()
	f.Close()
	defer removeDBFiles(tmp)
	if err := os.Chmod(tmp, 0o644); err != nil {
		return nil, Errorf(EINVALID, "cannot create %s: %v", path, cleanPathError(err))
	}
	// Errors name the file the user asked for, not the temporary one.
	renamed := func(err error) error {
		var e *Error
		if errors.As(err, &e) {
			e.Message = strings.ReplaceAll(e.Message, tmp, path)
		}
		return err
	}
	db, err := open(ctx, tmp)
	if err != nil {
		return nil, renamed(err)
	}
	if _, err := db.MigrateUp(ctx); err != nil {
		db.Close()
		return nil, renamed(err)
	}
	if fill != nil {
		if err := fill(ctx, db); err != nil {
			db.Close()
			return nil, renamed(err)
		}
	}
	// Closing the last connection checkpoints the WAL into the main file,
	// which is then the whole database.
	if err := db.Close(); err != nil {
		return nil, wrapSQL(err)
	}
	if st, err := os.Stat(tmp + "-wal"); err == nil && st.Size() > 0 {
		return nil, Errorf(EINTERNAL, "cannot create %s: the new database's WAL was not checkpointed", path)
	}
	if err := publish(tmp, path); err != nil {
		return nil, err
	}
	return open(ctx, path)
}

// publish moves the finished file tmp to path unless path exists. A hard
// link fails when path exists, which a rename would silently replace; a
// file system without hard links falls back to a rename.
func publish(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		return Errorf(ECONFLICT, "%s already exists", path)
	}
	if _, err := os.Stat(path); err == nil {
		return Errorf(ECONFLICT, "%s already exists", path)
	}
	if err := os.Rename(tmp, path); err != nil {
		return Errorf(EINVALID, "cannot create %s: %v", path, cleanPathError(err))
	}
	return nil
}

func removeDBFiles(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
}

func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

func open(ctx context.Context, path string) (*DB, error) {
	return openChecked(ctx, path, false)
}

// openChecked opens the read-write pool; with foreign, it first refuses
// another program's SQLite file (see refuseForeign), on the pool's own
// connection: a second connection only for that check cost a cold lookup
// a tenth of its page faults. Nothing before the check writes to the file.
func openChecked(ctx context.Context, path string, foreign bool) (*DB, error) {
	sdb, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: fmt.Sprintf("open %s: %v", path, err), Err: err}
	}
	fail := func(err error) (*DB, error) {
		sdb.Close()
		return nil, err
	}
	if err := sdb.PingContext(ctx); err != nil {
		return fail(describeOpenError(path, err))
	}
	if foreign {
		if err := checkForeign(ctx, sdb, path); err != nil {
			return fail(err)
		}
	}
	var mode string
	if err := sdb.QueryRowContext(ctx, `PRAGMA journal_mode(WAL)`).Scan(&mode); err != nil {
		return fail(describeOpenError(path, err))
	}
	return &DB{db: sdb, path: path, lookupCacheKiB: cliLookupCacheKiB}, nil
}

// checkFile gives a clear error for the usual ways a path is not a database.
func checkFile(path string) error {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Errorf(ENOTFOUND, "database %s does not exist (run `kb init` to create it)", path)
	case err != nil:
		return &Error{Code: EINVALID, Message: fmt.Sprintf("cannot use database %s: %v", path, err), Err: err}
	case st.IsDir():
		return Errorf(EINVALID, "database %s is a directory, not a file", path)
	case st.Size() == 0:
		// SQLite would take it for an empty database and write to it.
		return Errorf(EINVALID, "database %s is an empty file, not a kb database: remove it, and `kb init` creates the database", path)
	}
	return nil
}

// describeOpenError turns driver errors at open time into sentences.
func describeOpenError(path string, err error) error {
	return describeSQLiteError(path, err)
}

// SQLite's primary result codes that have a sentence of their own.
const (
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteNotADB   = 26

	sqliteReadOnlyDirectory = sqliteReadOnly | 6<<8
)

// describeSQLiteError says in words what a SQLite error means for the
// database at path ("" when the caller does not know it). Errors it has no
// sentence for become EINTERNAL with the driver's text.
func describeSQLiteError(path string, err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return &Error{Code: EINTERNAL, Message: "database error: " + err.Error(), Err: err}
	}
	db := "the database"
	if path != "" {
		db = path
	}
	var msg string
	code := se.Code()
	switch code & 0xff {
	case sqliteNotADB:
		msg = fmt.Sprintf("%s is not a SQLite database", db)
	case sqliteCorrupt:
		msg = fmt.Sprintf("%s is damaged: SQLite cannot read it (%s); kb has not changed it. Restore it from a copy, or make a new one with `kb --db NEWFILE init`", db, sqliteText(se))
	case sqliteReadOnly:
		if code == sqliteReadOnlyDirectory {
			msg = fmt.Sprintf("cannot write to %s: its directory is read-only, and SQLite must create the -wal and -shm files beside the database", db)
		} else {
			msg = fmt.Sprintf("%s is read-only: kb cannot write to it (check the permissions of the file and its directory)", db)
		}
	case sqliteCantOpen:
		msg = fmt.Sprintf("cannot open %s: SQLite could not open it or create the -wal and -shm files beside it (is the directory or the file system read-only?)", db)
	case sqliteFull:
		msg = fmt.Sprintf("the disk holding %s is full", db)
	case sqliteIOErr:
		msg = fmt.Sprintf("disk I/O error on %s: the disk may be full or failing (SQLite error %d)", db, code)
	case sqliteBusy, sqliteLocked:
		msg = fmt.Sprintf("%s is locked by another program that has not let go in %d s", db, busyTimeoutMS/1000)
	default:
		return &Error{Code: EINTERNAL, Message: "database error: " + err.Error(), Err: err}
	}
	return &Error{Code: EINVALID, Message: msg, Err: err}
}

// sqliteText is the driver's message without its trailing code.
func sqliteText(se *sqlite.Error) string {
	msg := se.Error()
	if i := strings.LastIndex(msg, " ("); i > 0 && strings.HasSuffix(msg, ")") {
		msg = msg[:i]
	}
	return msg
}

// Path returns the file the database was opened from.
func (db *DB) Path() string { return db.path }

// Close closes every connection.
func (db *DB) Close() error {
	db.prepared.close()
	return db.db.Close()
}

// SQL exposes the underlying pool to tests in this module. Application code
// goes through DB's methods.
func (db *DB) SQL() *sql.DB { return db.db }

// EnsureSchema checks that the database is at exactly the schema this binary
// was built with. It reads one row and never migrates: an older database is
// told to run `kb migrate up`, a newer one is refused untouched.
func (db *DB) EnsureSchema(ctx context.Context) error {
	cur, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	latest := LatestVersion()
	switch {
	case cur < latest:
		return Errorf(ESCHEMA, "database %s is at schema version %d, this kb needs %d: run `kb migrate up`", db.path, cur, latest)
	case cur > latest:
		return Errorf(ESCHEMA, "database %s is at schema version %d, newer than this kb (%d): use a newer kb; the database was not touched", db.path, cur, latest)
	}
	return nil
}

// withTx runs fn in a transaction and commits it when fn returns nil. The
// pool's _txlock=immediate makes it a write transaction from the start.
func (db *DB) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return db.wrapSQL(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return db.wrapSQL(tx.Commit())
}

// readTx runs fn in a read-only transaction, so a lookup made of several
// queries sees one snapshot.
func (db *DB) readTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return db.wrapSQL(err)
	}
	defer tx.Rollback()
	if db.lookupCacheKiB != 0 {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size(%d)", db.lookupCacheKiB)); err != nil {
			return db.wrapSQL(err)
		}
		// the connection goes back to the pool as it came
		defer tx.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA cache_size(%d)", defaultCacheKiB))
	}
	return fn(tx)
}

// wrapSQL is the package's wrapSQL with errors that name the database file.
func (db *DB) wrapSQL(err error) error {
	var e *Error
	if err == nil || errors.As(err, &e) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return wrapSQL(err)
	}
	return describeSQLiteError(db.path, err)
}

// wrapSQL turns a driver error into an *Error, keeping *Errors as they are.
func wrapSQL(err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return &Error{Code: EINTERNAL, Message: "interrupted: " + err.Error(), Err: err}
	}
	return describeSQLiteError("", err)
}
