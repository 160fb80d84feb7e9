package store

import (
	"context"
	"database/sql"
	"sync"
)

// prepared keeps the statements a process runs again and again (a web
// server's lookups, a benchmark) prepared on the pool, so that a warm
// lookup does not parse and plan its SQL each time. A statement is
// prepared once it has run twice: a command-line lookup, which runs each
// statement once, pays nothing for the cache.
type prepared struct {
	mu    sync.Mutex
	seen  map[string]bool
	stmts map[string]*sql.Stmt
}

func (p *prepared) get(q string) *sql.Stmt {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stmts[q]
}

// promote prepares on the pool the statements of want seen before, and
// notes the others. It runs after the transaction, when its connection
// is back in the pool; a statement that fails to prepare stays unprepared.
func (p *prepared) promote(ctx context.Context, db *sql.DB, want []string) {
	done := map[string]bool{}
	for _, q := range want {
		// a query run twice in one lookup (a topic page's chunks) has
		// still run in one lookup only
		if done[q] {
			continue
		}
		done[q] = true
		p.mu.Lock()
		if p.seen == nil {
			p.seen, p.stmts = map[string]bool{}, map[string]*sql.Stmt{}
		}
		again := p.seen[q] && p.stmts[q] == nil
		p.seen[q] = true
		p.mu.Unlock()
		if !again {
			continue
		}
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			continue
		}
		p.mu.Lock()
		if p.stmts[q] == nil {
			p.stmts[q] = st
			st = nil
		}
		p.mu.Unlock()
		if st != nil {
			st.Close()
		}
	}
}

func (p *prepared) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for q, st := range p.stmts {
		st.Close()
		delete(p.stmts, q)
	}
}

// cachedTx runs a lookup's queries in its read transaction through the
// statements prepared on the pool, where there are some.
type cachedTx struct {
	tx   *sql.Tx
	p    *prepared
	want []string
}

// queryTrace, when set (by tests), sees every query a lookup runs.
var queryTrace func(q string, args []any)

func (c *cachedTx) stmt(ctx context.Context, q string, args []any) *sql.Stmt {
	if queryTrace != nil {
		queryTrace(q, args)
	}
	if st := c.p.get(q); st != nil {
		return c.tx.StmtContext(ctx, st)
	}
	c.want = append(c.want, q)
	return nil
}

func (c *cachedTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if st := c.stmt(ctx, q, args); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return c.tx.ExecContext(ctx, q, args...)
}

func (c *cachedTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if st := c.stmt(ctx, q, args); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return c.tx.QueryContext(ctx, q, args...)
}

func (c *cachedTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	if st := c.stmt(ctx, q, args); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return c.tx.QueryRowContext(ctx, q, args...)
}

// lookupTx is readTx for the lookups that run many queries (person,
// organization, topic, statements, name resolution): their statements are
// reused from one call to the next.
func (db *DB) lookupTx(ctx context.Context, fn func(tx execer) error) error {
	var want []string
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		c := &cachedTx{tx: tx, p: &db.prepared}
		err := fn(c)
		want = c.want
		return err
	})
	if err == nil && len(want) > 0 {
		db.prepared.promote(ctx, db.db, want)
	}
	return err
}
