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
	"time"
)

// execer is what the load helpers need of a transaction. Load passes a
// *sql.Tx; Bulk passes a cache of prepared statements, so both paths run
// the very same inserts.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// BulkOptions tunes Bulk.
type BulkOptions struct {
	// Progress, when set, is called from the loading goroutine with the
	// number of statements loaded so far, after every source.
	Progress func(statements int)
	// BatchStatements is how many statements go into one transaction
	// (default 100000). With the journal off a batch is not a unit of
	// atomicity, only of commit work.
	BatchStatements int
	// Phase, when set, is called as each step after the rows begins:
	// "indexes", "topic counts", "full-text index", "checks".
	Phase func(name string)
	// Pragmas are set after the defaults (bulkPragmas), for measuring
	// alternatives: "cache_size(-65536)", "foreign_keys(1)".
	Pragmas []string
	// IntegrityCheck ends the load with PRAGMA integrity_check instead of
	// quick_check and the index entry counts (see bulkChecks).
	IntegrityCheck bool
}

func (o BulkOptions) phase(name string) {
	if o.Phase != nil {
		o.Phase(name)
	}
}

// BulkPhase is how long one step of a bulk load took.
type BulkPhase struct {
	Name    string  `json:"name"`
	Seconds float64 `json:"seconds"`
	// CPUSeconds is the process's CPU time (user and system) in the phase,
	// the corpus generator's goroutine included; 0 where not measured.
	CPUSeconds float64 `json:"cpu_seconds"`
}

// BulkReport says what Bulk loaded and where the time went.
type BulkReport struct {
	Sources    int         `json:"sources"`
	Statements int         `json:"statements"` // defined; appearances of earlier ones not counted
	Phases     []BulkPhase `json:"phases"`
	// Checks names the file check that ended the load: "quick_check and
	// index counts" or "integrity_check" (BulkOptions.IntegrityCheck).
	Checks string `json:"checks"`
}

// bulkPragmas are set on the one connection of a bulk load. The file is new
// and private until it is renamed into place, so a crash can only leave a
// stray *.loading file behind: no journal and no syncs are needed for
// all-or-nothing. Foreign keys are checked once, at the end, with
// PRAGMA foreign_key_check; CHECK, NOT NULL and UNIQUE constraints stay on.
var bulkPragmas = []string{
	"journal_mode(OFF)",
	"synchronous(OFF)",
	"locking_mode(EXCLUSIVE)",
	"temp_store(MEMORY)",
	// 64 MiB: every page the cache holds is one allocation of the driver's
	// allocator, and freeing them when the connection closes (a madvise
	// per 64 KiB) cost a seventh of a 100,000-statement load at 256 MiB;
	// 64 MiB measured 10-20 % less CPU for the whole load (BulkLoadVariants)
	"cache_size(-65536)",
	"threads(2)", // the sorter of CREATE INDEX may use a helper thread
	"foreign_keys(0)",
}

// Bulk creates a new database at path, migrated to the latest schema, and
// loads into it every source that produce hands to its emit function, as
// fast as SQLite allows: one connection, prepared statements reused across
// batched transactions, secondary indexes and the full-text index built
// once after the rows are in. It writes to path+".loading" and renames the
// file into place only when every row is in and the foreign-key and
// integrity checks pass, so path holds either the whole corpus or nothing.
//
// The rows are the same as Load would write for the same facts (the same
// insert helpers run), except sources.added_at, which is the time of the
// load. Sources must be new: Bulk is for building a database, not for
// updating one.
func Bulk(ctx context.Context, path string, produce func(emit func(*SourceFacts) error) error, opt BulkOptions) (*BulkReport, error) {
	if opt.BatchStatements <= 0 {
		opt.BatchStatements = 100000
	}
	if _, err := os.Stat(path); err == nil {
		return nil, Errorf(ECONFLICT, "%s already exists", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, Errorf(EINVALID, "cannot use %s: %v", path, err)
	}
	tmp := path + ".loading"
	os.Remove(tmp)
	rep, err := bulkInto(ctx, tmp, produce, opt)
	if err == nil {
		// synchronous=OFF wrote without syncing: the data must be on disk
		// before the name says the database is complete
		err = syncFile(tmp)
	}
	if err != nil {
		os.Remove(tmp)
		return nil, err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return nil, Errorf(EINTERNAL, "rename %s to %s: %v", tmp, path, err)
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync() // the rename itself; not every file system can sync a directory
		d.Close()
	}
	return rep, nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return Errorf(EINTERNAL, "sync %s: %v", path, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return Errorf(EINTERNAL, "sync %s: %v", path, err)
	}
	return nil
}

func bulkInto(ctx context.Context, tmp string, produce func(emit func(*SourceFacts) error) error, opt BulkOptions) (*BulkReport, error) {
	q := url.Values{}
	for _, p := range append(append([]string{}, bulkPragmas...), opt.Pragmas...) {
		q.Add("_pragma", p)
	}
	u := url.URL{Scheme: "file", Opaque: pathForURI(tmp), RawQuery: q.Encode()}
	sdb, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, wrapSQL(err)
	}
	defer sdb.Close()
	sdb.SetMaxOpenConns(1)
	db := &DB{db: sdb, path: tmp}
	rep := &BulkReport{Phases: []BulkPhase{}}
	began, cpu := time.Now(), processCPU()
	phase := func(name string) {
		now, c := time.Now(), processCPU()
		rep.Phases = append(rep.Phases, BulkPhase{Name: name, Seconds: now.Sub(began).Seconds(), CPUSeconds: c - cpu})
		began, cpu = now, c
	}
	if _, err := db.MigrateUp(ctx); err != nil {
		return nil, err
	}
	conn, err := sdb.Conn(ctx)
	if err != nil {
		return nil, wrapSQL(err)
	}
	defer conn.Close()
	deferred, err := dropForLoad(ctx, conn)
	if err != nil {
		return nil, wrapSQL(err)
	}
	phase("schema")

	counts := newTopicTally()
	if err := bulkRows(ctx, conn, produce, opt, rep, counts); err != nil {
		return nil, err
	}
	phase("rows")
	opt.phase("indexes")

	// Indexes first, then the full-text index: CREATE INDEX sorts the
	// table once, far cheaper than growing the B-trees row by row;
	// 'rebuild' tokenizes every statement in rowid order into large,
	// already merged segments.
	for _, d := range deferred {
		if d.kind != "index" {
			continue
		}
		if _, err := conn.ExecContext(ctx, d.sql); err != nil {
			return nil, wrapSQL(fmt.Errorf("%s: %w", d.name, err))
		}
	}
	phase("indexes")
	opt.phase("topic counts")
	// the topic counts once, from the tally of the rows written
	if err := counts.write(ctx, conn); err != nil {
		return nil, wrapSQL(fmt.Errorf("topic counts: %w", err))
	}
	phase("counts")
	opt.phase("full-text index")
	if _, err := conn.ExecContext(ctx, rebuildFTS); err != nil {
		return nil, wrapSQL(err)
	}
	for _, d := range deferred {
		if d.kind == "trigger" {
			if _, err := conn.ExecContext(ctx, d.sql); err != nil {
				return nil, wrapSQL(fmt.Errorf("%s: %w", d.name, err))
			}
		}
	}
	phase("fts")
	opt.phase("checks")

	if err := bulkChecks(ctx, conn, opt.IntegrityCheck); err != nil {
		return nil, err
	}
	rep.Checks = "quick_check and index counts"
	if opt.IntegrityCheck {
		rep.Checks = "integrity_check"
	}
	phase("checks")
	// The regular connections switch the file to WAL; leave it in the
	// default rollback mode, as Create does before that.
	if _, err := conn.ExecContext(ctx, `PRAGMA journal_mode = DELETE`); err != nil {
		return nil, wrapSQL(err)
	}
	return rep, nil
}

const (
	// secondary indexes and the full-text triggers, dropped for the load
	// and created again after it; unique indexes stay, so that duplicates
	// are refused row by row exactly as Load refuses them
	selectDeferredSchema = `
SELECT type, name, sql FROM sqlite_schema
 WHERE (type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%')
    OR (type = 'trigger' AND tbl_name = 'statements' AND name LIKE 'statements_fts_%')
 ORDER BY type, name`
	rebuildFTS          = `INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')`
	queryIntegrityCheck = `PRAGMA integrity_check(10)`
)

type schemaObject struct{ kind, name, sql string }

func dropForLoad(ctx context.Context, conn *sql.Conn) ([]schemaObject, error) {
	rows, err := conn.QueryContext(ctx, selectDeferredSchema)
	if err != nil {
		return nil, err
	}
	var out []schemaObject
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.kind, &o.name, &o.sql); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, o := range out {
		// names come from sqlite_schema, not from input
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("DROP %s %q", strings.ToUpper(o.kind), o.name)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// bulkRows inserts the rows. The facts are produced on another goroutine,
// so that on a machine with two cores making them and writing them overlap.
func bulkRows(ctx context.Context, conn *sql.Conn, produce func(emit func(*SourceFacts) error) error, opt BulkOptions, rep *BulkReport, counts *topicTally) error {
	// modernc starts a goroutine per statement to watch a context that can
	// be cancelled; the rows are written with one that cannot, and the
	// caller's context is checked between sources instead.
	sqlCtx := context.WithoutCancel(ctx)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan *SourceFacts, 256)
	perr := make(chan error, 1)
	go func() {
		defer close(ch)
		perr <- produce(func(sf *SourceFacts) error {
			select {
			case ch <- sf:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	stmts := &stmtCache{conn: conn, stmts: map[string]*sql.Stmt{}}
	defer stmts.close()
	inTx := false
	begin := func() error {
		_, err := conn.ExecContext(sqlCtx, `BEGIN`)
		inTx = err == nil
		return err
	}
	commit := func() error {
		inTx = false
		_, err := conn.ExecContext(sqlCtx, `COMMIT`)
		return err
	}
	defer func() {
		if inTx {
			conn.ExecContext(context.Background(), `ROLLBACK`)
		}
	}()
	if err := begin(); err != nil {
		return wrapSQL(err)
	}
	now := time.Now().UTC().Format("2006-01-02T15:04:05Z")
	inBatch := 0
	for sf := range ch {
		if err := ctx.Err(); err != nil {
			cancel()
			for range ch {
			}
			return wrapSQL(err)
		}
		if err := bulkSource(sqlCtx, stmts, sf, now); err != nil {
			cancel()
			for range ch {
			}
			return wrapSQL(fmt.Errorf("source %s: %w", sf.Source.ID, err))
		}
		rep.Sources++
		for _, st := range sf.Statements {
			if !st.RefOnly {
				rep.Statements++
				counts.add(st.Topics)
			}
		}
		inBatch += len(sf.Statements)
		if opt.Progress != nil {
			opt.Progress(rep.Statements)
		}
		if inBatch >= opt.BatchStatements {
			inBatch = 0
			if err := commit(); err != nil {
				return wrapSQL(err)
			}
			if err := begin(); err != nil {
				return wrapSQL(err)
			}
		}
	}
	if err := <-perr; err != nil {
		return err
	}
	return wrapSQL(commit())
}

// bulkSource writes one source the way Load writes a new one.
func bulkSource(ctx context.Context, tx execer, sf *SourceFacts, now string) error {
	s := sf.Source
	on, prec, inf, basis := dateArgs(s.Published)
	if _, err := tx.ExecContext(ctx, insertSourceSQL, s.ID, null(s.Title), null(s.Outlet), null(s.URL),
		on, prec, inf, basis, s.Body, s.ContentHash, now); err != nil {
		return describeConflict(err, "source", s.ID)
	}
	if err := upsertEntities(ctx, tx, sf); err != nil {
		return err
	}
	if err := insertEvents(ctx, tx, sf); err != nil {
		return err
	}
	return insertFacts(ctx, tx, sf)
}

// insertSourceSQL is upsertSourceSQL without the upsert: a bulk load only
// adds sources, and a repeated one is an error.
const insertSourceSQL = `
INSERT INTO sources (id, title, outlet, url, published_on, published_precision, published_inferred,
                     published_basis, body, content_hash, added_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// bulkChecks checks every foreign key of every row, then the file, on the
// loading connection, whose page cache is still hot. (Running the
// integrity check at the same time on a second connection was measured
// slower: 16.4 s against 14.3 s wall, 56 against 48 CPU-seconds for the
// whole load at 1,000,000 statements, as that connection reads the file
// through a cold cache.)
//
// By default the file is checked with quick_check and indexCounts, not
// integrity_check, which looks every row up in every one of its indexes
// and cost a quarter of a load's CPU. quick_check checks every page, cell,
// NOT NULL and CHECK constraint; indexCounts checks that every index holds
// one entry per row it covers. Together they catch a damaged page and a
// lost or extra index entry, but not an index entry whose key differs from
// its row's while the count is right (TestBulkChecksCatchCorruption shows
// both); BulkOptions.IntegrityCheck runs the full check instead.
func bulkChecks(ctx context.Context, conn *sql.Conn, full bool) error {
	if err := checkForeignKeys(ctx, conn); err != nil {
		return err
	}
	return fileChecks(ctx, conn, full)
}

// fileChecks checks the file (see bulkChecks): with integrity_check when
// full, else with quick_check and indexCounts.
func fileChecks(ctx context.Context, conn *sql.Conn, full bool) error {
	if full {
		return integrityCheck(ctx, conn)
	}
	if err := quickCheck(ctx, conn); err != nil {
		return err
	}
	return indexCounts(ctx, conn)
}

func quickCheck(ctx context.Context, tx execer) error {
	msgs, err := queryStrings(ctx, tx, queryQuickCheck)
	if err != nil {
		return wrapSQL(err)
	}
	if len(msgs) == 1 && msgs[0] == "ok" {
		return nil
	}
	return Errorf(EINTERNAL, "quick check failed: %s", strings.Join(msgs, "; "))
}

const (
	queryQuickCheck = `PRAGMA quick_check(10)`
	// the cells of every b-tree, by page type, read from the pages
	selectBtreeCells = `SELECT name, pagetype = 'leaf', sum(ncell) FROM dbstat GROUP BY 1, 2`
	// every index of every table: whether the table has rowids, whether
	// the index is its WITHOUT ROWID primary key (no b-tree of its own),
	// and the index's SQL (for the WHERE of a partial index)
	selectIndexes = `
SELECT t.name, t.wr, il.name, il.origin = 'pk' AND t.wr, il.partial, coalesce(m.sql, '')
  FROM pragma_table_list t
  JOIN pragma_index_list(t.name) il
  LEFT JOIN sqlite_schema m ON m.type = 'index' AND m.name = il.name
 WHERE t.schema = 'main' AND t.type = 'table'`
)

// indexCounts checks that every index has as many entries as its table has
// rows (a partial index: rows its WHERE holds for), counting the cells of
// each b-tree page by page (dbstat): in a table b-tree only the leaves hold
// rows, in an index b-tree every cell is an entry.
func indexCounts(ctx context.Context, conn *sql.Conn) error {
	cells := map[string][2]int64{} // name -> interior, leaf cells
	rows, err := conn.QueryContext(ctx, selectBtreeCells)
	if err != nil {
		return wrapSQL(err)
	}
	for rows.Next() {
		var name string
		var leaf bool
		var n int64
		if err := rows.Scan(&name, &leaf, &n); err != nil {
			rows.Close()
			return wrapSQL(err)
		}
		c := cells[name]
		if leaf {
			c[1] = n
		} else {
			c[0] = n
		}
		cells[name] = c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return wrapSQL(err)
	}
	type index struct {
		table, name, where string
		withoutRowid       bool
	}
	var idx []index
	rows, err = conn.QueryContext(ctx, selectIndexes)
	if err != nil {
		return wrapSQL(err)
	}
	for rows.Next() {
		var x index
		var pk, partial bool
		var sqlText string
		if err := rows.Scan(&x.table, &x.withoutRowid, &x.name, &pk, &partial, &sqlText); err != nil {
			rows.Close()
			return wrapSQL(err)
		}
		if pk {
			continue // the table's own b-tree
		}
		if partial {
			i := strings.LastIndex(strings.ToUpper(sqlText), " WHERE ")
			if i < 0 {
				rows.Close()
				return Errorf(EINTERNAL, "index %s is partial but its SQL has no WHERE: %s", x.name, sqlText)
			}
			x.where = sqlText[i+len(" WHERE "):]
		}
		idx = append(idx, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return wrapSQL(err)
	}
	// the rows each partial index covers: one scan per table for all its
	// partial indexes
	covered := map[string]int64{}
	byTable := map[string][]index{}
	var tables []string
	for _, x := range idx {
		if x.where != "" {
			if byTable[x.table] == nil {
				tables = append(tables, x.table)
			}
			byTable[x.table] = append(byTable[x.table], x)
		}
	}
	for _, t := range tables {
		var cols []string
		for _, x := range byTable[t] {
			cols = append(cols, "count(*) FILTER (WHERE "+x.where+")")
		}
		counts := make([]int64, len(cols))
		dest := make([]any, len(cols))
		for i := range counts {
			dest[i] = &counts[i]
		}
		// names and WHEREs come from SQLite's own catalogue
		if err := conn.QueryRowContext(ctx, fmt.Sprintf(`SELECT %s FROM %q NOT INDEXED`, strings.Join(cols, ", "), t)).Scan(dest...); err != nil {
			return wrapSQL(fmt.Errorf("partial indexes of %s: %w", t, err))
		}
		for i, x := range byTable[t] {
			covered[x.name] = counts[i]
		}
	}
	var msgs []string
	for _, x := range idx {
		want, partial := covered[x.name]
		if !partial {
			c := cells[x.table]
			want = c[1]
			if x.withoutRowid {
				want += c[0]
			}
		}
		c := cells[x.name]
		if got := c[0] + c[1]; got != want {
			msgs = append(msgs, fmt.Sprintf("index %s has %d entries for %d rows of %s", x.name, got, want, x.table))
		}
	}
	if len(msgs) > 0 {
		return Errorf(EINTERNAL, "index check failed: %s", strings.Join(msgs, "; "))
	}
	return nil
}

func integrityCheck(ctx context.Context, tx execer) error {
	msgs, err := queryStrings(ctx, tx, queryIntegrityCheck)
	if err != nil {
		return wrapSQL(err)
	}
	if len(msgs) == 1 && msgs[0] == "ok" {
		return nil
	}
	return Errorf(EINTERNAL, "integrity check failed: %s", strings.Join(msgs, "; "))
}

// stmtCache prepares each distinct statement once on one connection and
// reuses it for every row.
type stmtCache struct {
	conn  *sql.Conn
	stmts map[string]*sql.Stmt
}

func (c *stmtCache) get(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := c.stmts[q]; ok {
		return st, nil
	}
	st, err := c.conn.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c.stmts[q] = st
	return st, nil
}

func (c *stmtCache) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := c.get(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (c *stmtCache) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return c.conn.QueryContext(ctx, q, args...)
}

func (c *stmtCache) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := c.get(ctx, q)
	if err != nil {
		return c.conn.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (c *stmtCache) close() {
	for _, st := range c.stmts {
		st.Close()
	}
}
