package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ReadOnly runs ad-hoc SQL on a connection that cannot change the database
// or the file system. Four layers each refuse writes on their own:
//
//  1. the statement check: one statement, starting with SELECT, WITH,
//     VALUES, PRAGMA or EXPLAIN (checkStatement);
//  2. an authorizer on the connection that allows reading and nothing else:
//     no INSERT/UPDATE/DELETE/CREATE/DROP/ALTER, no ATTACH/DETACH, no
//     transactions, only an allow-list of read-only PRAGMAs;
//  3. the connection opened with mode=ro and query_only(1), so SQLite
//     itself refuses to write the file;
//  4. sqlite3_limit(SQLITE_LIMIT_ATTACHED, 0), so neither ATTACH nor VACUUM
//     INTO (which attaches its target) can open another file.
//
// Every query gets a fresh connection with the layers set up again, so
// nothing one query does to its connection outlives it.
type ReadOnly struct {
	pool *sql.DB
	path string
	// off switches layers off, for tests that prove each remaining layer
	// holds alone. Production code leaves it zero.
	off guardLayers
}

// guardLayers names layers of the read-only guard that are switched off.
type guardLayers struct {
	statementCheck bool
	authorizer     bool
	connection     bool // the pool is read-write, without query_only
	attachLimit    bool
}

// QueryOptions bounds an ad-hoc query.
type QueryOptions struct {
	MaxRows int           // stop after this many rows; 0 for all
	Timeout time.Duration // interrupt the query after SQLite has worked this long; 0 for never
}

// QueryResult says how a streamed query ended.
type QueryResult struct {
	Rows   int  // rows handed to the sink
	Capped bool // MaxRows was reached while the query had more rows
}

// RowSink receives a query's result as it streams: the column names once,
// then each row. Values are nil, int64, float64, string, []byte or
// time.Time; the slice is reused between rows.
type RowSink interface {
	Columns(names []string) error
	Row(values []any) error
}

// OpenReadOnly opens a separate read-only connection pool on db's file for
// ad-hoc SQL. Close it before db: in WAL mode the last connection to close
// removes the -wal and -shm files, and only a read-write one can.
func (db *DB) OpenReadOnly(ctx context.Context) (*ReadOnly, error) {
	pool, err := sql.Open("sqlite", dsn(db.path, true))
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: fmt.Sprintf("open %s read-only: %v", db.path, err), Err: err}
	}
	pool.SetMaxOpenConns(1)
	pool.SetMaxIdleConns(0) // a fresh connection for every query
	if err := pool.PingContext(ctx); err != nil {
		pool.Close()
		return nil, describeOpenError(db.path, err)
	}
	return &ReadOnly{pool: pool, path: db.path}, nil
}

// Close closes the read-only pool.
func (r *ReadOnly) Close() error { return r.pool.Close() }

// Query runs one read-only statement and streams its rows to sink. A
// statement that would write, attach a file or change a setting is refused
// with an EINVALID error naming what was refused; a query that outlives
// opts.Timeout is interrupted. The timeout counts the time SQLite spends on
// the query, not the time sink spends writing rows out, so a slow reader
// of a long result (a pager) does not stop it.
func (r *ReadOnly) Query(ctx context.Context, query string, opts QueryOptions, sink RowSink) (QueryResult, error) {
	var res QueryResult
	stmt := query
	if !r.off.statementCheck {
		var err error
		if stmt, err = checkStatement(query); err != nil {
			return res, err
		}
	}
	ctx, clock := startQueryClock(ctx, opts.Timeout)
	defer clock.stop()
	conn, err := r.pool.Conn(ctx)
	if err != nil {
		return res, r.queryError(ctx, opts, nil, err)
	}
	defer conn.Close()
	g := &guard{}
	if err := r.arm(ctx, conn, g); err != nil {
		return res, err
	}
	rows, err := conn.QueryContext(ctx, stmt)
	if err != nil {
		return res, r.queryError(ctx, opts, g, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return res, r.queryError(ctx, opts, g, err)
	}
	if err := sink.Columns(cols); err != nil {
		return res, err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if opts.MaxRows > 0 && res.Rows >= opts.MaxRows {
			res.Capped = true
			break
		}
		if err := rows.Scan(ptrs...); err != nil {
			return res, r.queryError(ctx, opts, g, err)
		}
		clock.pause()
		err := sink.Row(vals)
		clock.resume()
		if err != nil {
			return res, err
		}
		res.Rows++
	}
	if err := rows.Err(); err != nil {
		return res, r.queryError(ctx, opts, g, err)
	}
	return res, nil
}

// arm sets the connection-level layers on conn and checks that they took.
func (r *ReadOnly) arm(ctx context.Context, conn *sql.Conn, g *guard) error {
	if !r.off.attachLimit {
		if _, err := sqlite.Limit(conn, sqlite3.SQLITE_LIMIT_ATTACHED, 0); err != nil {
			return &Error{Code: EINTERNAL, Message: "read-only guard: " + err.Error(), Err: err}
		}
		if n, err := sqlite.Limit(conn, sqlite3.SQLITE_LIMIT_ATTACHED, -1); err != nil || n != 0 {
			return Errorf(EINTERNAL, "read-only guard: the attached-database limit did not take (%d, %v)", n, err)
		}
	}
	// One value may not take more memory than this (zeroblob, randomblob,
	// printf padding); kb's own values are far smaller.
	if _, err := sqlite.Limit(conn, sqlite3.SQLITE_LIMIT_LENGTH, maxValueBytes); err != nil {
		return &Error{Code: EINTERNAL, Message: "read-only guard: " + err.Error(), Err: err}
	}
	var queryOnly int
	if err := conn.QueryRowContext(ctx, queryQueryOnly).Scan(&queryOnly); (err != nil || queryOnly != 1) && !r.off.connection {
		return Errorf(EINTERNAL, "read-only guard: query_only is not on (%d, %v)", queryOnly, err)
	}
	if r.off.authorizer {
		return nil
	}
	return conn.Raw(func(dc any) error {
		reg, ok := dc.(sqlite.AuthorizerRegisterer)
		if !ok {
			return Errorf(EINTERNAL, "read-only guard: the SQLite driver has no authorizer (%T)", dc)
		}
		return reg.RegisterAuthorizer(g.authorize)
	})
}

// maxValueBytes bounds a single string or blob in an ad-hoc query.
const maxValueBytes = 64 << 20

// queryQueryOnly reads the query_only setting of a connection.
const queryQueryOnly = `PRAGMA query_only`

// guard is the authorizer of one query. It records the first action it
// refused so the error can name it.
type guard struct {
	denied string
}

// readPragmas are the PRAGMAs ad-hoc SQL may run. Those marked true take an
// argument that names what to read (a table, an index, a row count);
// the others are allowed only without a value, so that they read a
// setting and never change it.
var readPragmas = map[string]bool{
	"table_info": true, "table_xinfo": true, "table_list": true,
	"index_info": true, "index_xinfo": true, "index_list": true,
	"foreign_key_list": true, "foreign_key_check": true,
	"integrity_check": true, "quick_check": true,

	"application_id": false, "collation_list": false, "compile_options": false,
	"data_version": false, "database_list": false, "encoding": false,
	"foreign_keys": false, "freelist_count": false, "function_list": false,
	"journal_mode": false, "module_list": false, "page_count": false,
	"page_size": false, "pragma_list": false, "query_only": false,
	"schema_version": false, "user_version": false,
}

func (g *guard) authorize(action sqlite.AuthorizerActionCode, arg1, arg2, _, _ string) sqlite.AuthorizerReturnCode {
	switch action {
	case sqlite.AuthSelect, sqlite.AuthRead, sqlite.AuthRecursive:
		return sqlite.AuthorizerOK
	case sqlite.AuthFunction:
		if !strings.EqualFold(arg2, "load_extension") {
			return sqlite.AuthorizerOK
		}
	case sqlite.AuthPragma:
		takesArg, known := readPragmas[strings.ToLower(arg1)]
		if known && (takesArg || arg2 == "") {
			return sqlite.AuthorizerOK
		}
	}
	if g.denied == "" {
		g.denied = describeAuth(action, arg1, arg2)
	}
	return sqlite.AuthorizerDeny
}

// authNames names the refused actions for messages.
var authNames = map[sqlite.AuthorizerActionCode]string{
	sqlite.AuthCreateIndex: "CREATE INDEX", sqlite.AuthCreateTable: "CREATE TABLE",
	sqlite.AuthCreateTempIndex: "CREATE TEMP INDEX", sqlite.AuthCreateTempTable: "CREATE TEMP TABLE",
	sqlite.AuthCreateTempTrigger: "CREATE TEMP TRIGGER", sqlite.AuthCreateTempView: "CREATE TEMP VIEW",
	sqlite.AuthCreateTrigger: "CREATE TRIGGER", sqlite.AuthCreateView: "CREATE VIEW",
	sqlite.AuthDelete: "DELETE from", sqlite.AuthDropIndex: "DROP INDEX", sqlite.AuthDropTable: "DROP TABLE",
	sqlite.AuthDropTempIndex: "DROP TEMP INDEX", sqlite.AuthDropTempTable: "DROP TEMP TABLE",
	sqlite.AuthDropTempTrigger: "DROP TEMP TRIGGER", sqlite.AuthDropTempView: "DROP TEMP VIEW",
	sqlite.AuthDropTrigger: "DROP TRIGGER", sqlite.AuthDropView: "DROP VIEW",
	sqlite.AuthInsert: "INSERT into", sqlite.AuthUpdate: "UPDATE of",
	sqlite.AuthDetach: "DETACH of", sqlite.AuthReindex: "REINDEX", sqlite.AuthAnalyze: "ANALYZE",
	sqlite.AuthCreateVTable: "CREATE VIRTUAL TABLE", sqlite.AuthDropVTable: "DROP VIRTUAL TABLE",
	sqlite.AuthSavepoint: "SAVEPOINT",
}

// describeAuth renders an action the authorizer refused, for the user.
func describeAuth(action sqlite.AuthorizerActionCode, arg1, arg2 string) string {
	switch action {
	case sqlite.AuthPragma:
		if arg2 != "" {
			return fmt.Sprintf("PRAGMA %s = %s", arg1, arg2)
		}
		return "PRAGMA " + arg1
	case sqlite.AuthFunction:
		return "the function " + arg2 + "()"
	case sqlite.AuthAttach:
		if arg1 == "" {
			return "attaching a temporary database (as VACUUM does)"
		}
		return "ATTACH " + arg1
	case sqlite.AuthSavepoint:
		return "SAVEPOINT " + arg2
	case sqlite.AuthTransaction:
		return arg1 + " (transactions)"
	case sqlite.AuthAlterTable:
		return "ALTER TABLE " + arg2
	}
	if arg1 == "sqlite_master" || arg1 == "sqlite_temp_master" {
		return "changing the schema"
	}
	name, ok := authNames[action]
	if !ok {
		name = fmt.Sprintf("operation %d", action)
	}
	if arg1 != "" {
		return name + " " + arg1
	}
	return name
}

// errQueryTimeout is the cause of a query's context ending at its timeout.
var errQueryTimeout = errors.New("query timeout")

// queryClock cancels a query's context once the query has run for its
// timeout, not counting the pauses.
type queryClock struct {
	timer   *time.Timer
	left    time.Duration // budget left when the clock last resumed
	resumed time.Time
	cancel  context.CancelCauseFunc
}

func startQueryClock(ctx context.Context, timeout time.Duration) (context.Context, *queryClock) {
	ctx, cancel := context.WithCancelCause(ctx)
	c := &queryClock{left: timeout, resumed: time.Now(), cancel: cancel}
	if timeout > 0 {
		c.timer = time.AfterFunc(timeout, func() { cancel(errQueryTimeout) })
	}
	return ctx, c
}

func (c *queryClock) pause() {
	if c.timer != nil && c.timer.Stop() {
		c.left -= time.Since(c.resumed)
	}
}

func (c *queryClock) resume() {
	switch {
	case c.timer == nil:
	case c.left <= 0:
		c.cancel(errQueryTimeout)
	default:
		c.resumed = time.Now()
		c.timer.Reset(c.left)
	}
}

func (c *queryClock) stop() {
	if c.timer != nil {
		c.timer.Stop()
	}
	c.cancel(nil)
}

// sqliteCodeSuffix is the " (1)" that the driver appends to messages.
var sqliteCodeSuffix = regexp.MustCompile(`\s*\(\d+\)$`)

const notChanged = ": ad-hoc SQL only reads; the database was not changed"

// queryError turns what went wrong with an ad-hoc query into a sentence.
func (r *ReadOnly) queryError(ctx context.Context, opts QueryOptions, g *guard, err error) error {
	switch {
	case errors.Is(context.Cause(ctx), errQueryTimeout):
		return &Error{Code: EINVALID, Message: fmt.Sprintf("the query was stopped after the %s timeout", opts.Timeout), Err: err}
	case errors.Is(ctx.Err(), context.Canceled):
		return &Error{Code: EINVALID, Message: "the query was interrupted", Err: err}
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return wrapSQL(err)
	}
	msg := sqliteCodeSuffix.ReplaceAllString(se.Error(), "")
	msg = strings.TrimPrefix(msg, "SQL logic error: ") // the generic name of code 1 says nothing
	switch code := se.Code() & 0xff; {
	case g != nil && g.denied != "":
		// SQLite reports most refusals as SQLITE_AUTH, a refused function
		// as a plain error; either way the guard knows what it refused.
		return &Error{Code: EINVALID, Message: "refused: " + g.denied + notChanged, Err: err}
	case code == sqlite3.SQLITE_AUTH:
		return &Error{Code: EINVALID, Message: "refused: the statement" + notChanged, Err: err}
	case code == sqlite3.SQLITE_READONLY:
		return &Error{Code: EINVALID, Message: "refused: the statement tried to write and the read-only connection stopped it" + notChanged, Err: err}
	case strings.Contains(msg, "too many attached databases"):
		return &Error{Code: EINVALID, Message: "refused: attaching or writing another database file (ATTACH, VACUUM INTO)" + notChanged, Err: err}
	}
	return &Error{Code: EINVALID, Message: "SQL error: " + msg, Err: err}
}
