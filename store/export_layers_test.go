package store

import "database/sql"

// CheckStatement is the first layer of the read-only guard, for tests that
// run it alone.
var CheckStatement = checkStatement

// KeepGuardLayers leaves on only the layers of the read-only guard that are
// named true and switches the others off, so a test can run each layer
// alone. Switching the connection layer off reopens the pool read-write.
func (r *ReadOnly) KeepGuardLayers(statementCheck, authorizer, connection, attachLimit bool) error {
	r.off = guardLayers{
		statementCheck: !statementCheck,
		authorizer:     !authorizer,
		connection:     !connection,
		attachLimit:    !attachLimit,
	}
	if connection {
		return nil
	}
	pool, err := sql.Open("sqlite", dsn(r.path, false))
	if err != nil {
		return err
	}
	pool.SetMaxOpenConns(1)
	pool.SetMaxIdleConns(0)
	r.pool.Close()
	r.pool = pool
	return nil
}
