package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"kb/seed"
	"kb/store"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes: 0 found, 1 not found or failed, 2 bad usage.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// app carries what every command needs: the I/O streams, the environment,
// and the database, opened on first use.
type app struct {
	io     *ioStreams
	dbPath string
	db     *store.DB
}

// usageError marks errors in how kb was called (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// run executes kb with args and returns the exit code. It is main without
// the process: tests call it with buffers.
func run(ctx context.Context, args []string, streams *ioStreams) int {
	a := &app{io: streams}
	defer a.close()
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(streams.In)
	root.SetOut(streams.Out)
	root.SetErr(streams.Err)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	return reportError(streams.Err, err)
}

// reportError prints err for a person and picks the exit code.
func reportError(w io.Writer, err error) int {
	var probs seed.Problems
	if errors.As(err, &probs) {
		for _, p := range probs {
			fmt.Fprintln(w, shorten(p.String()))
		}
		fmt.Fprintf(w, "kb: %s found; nothing was written\n", count(len(probs), "problem"))
		return exitError
	}
	fmt.Fprintf(w, "kb: %s\n", shorten(err.Error()))
	var ue usageError
	switch {
	case errors.As(err, &ue), isCobraUsage(err):
		return exitUsage
	case store.ErrorCode(err) == store.EAMBIGUOUS:
		return exitUsage
	}
	return exitError
}

// maxMessage bounds an error message: one that quotes a megabyte of input
// back is no clearer for it.
const maxMessage = 1000

func shorten(msg string) string {
	if len(msg) <= maxMessage {
		return msg
	}
	cut := msg[:maxMessage]
	for len(cut) > 0 && !utf8.ValidString(cut) {
		cut = cut[:len(cut)-1]
	}
	return fmt.Sprintf("%s… (message shortened from %d bytes)", cut, len(msg))
}

// isCobraUsage recognises the errors cobra itself returns for a bad
// command line, which it does not type.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most", "required flag"} {
		if strings.HasPrefix(msg, p) || strings.Contains(msg, " "+p) {
			return true
		}
	}
	return false
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "kb",
		Short: "A knowledge base of who said what",
		Long: `kb records who said what, about which topic, when, in what role, and where
it is written. Facts live in a SQLite database (kb.db by default) that plain
SQL can query too; the first command on a missing database creates it with
the embedded seed.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if a.dbPath == "" {
				a.dbPath = defaultDBPath(a.io.Getenv)
			}
			return nil
		},
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see `%s --help`)", err, cmd.CommandPath())}
	})
	root.PersistentFlags().StringVar(&a.dbPath, "db", "", "database file (default $KB_DB, or kb.db in the working directory)")
	root.AddCommand(
		newInitCmd(a),
		newMigrateCmd(a),
		newSeedCmd(a),
		newCheckCmd(a),
		newExportCmd(a),
		newNewCmd(a),
		newPersonCmd(a),
		newStatementCmd(a),
		newPeopleCmd(a),
		newOrgCmd(a),
		newOrgsCmd(a),
		newTopicCmd(a),
		newTopicsCmd(a),
		newQuotesCmd(a),
		newTerritoryCmd(a),
		newSourcesCmd(a),
		newSourceCmd(a),
		newSchemaCmd(a),
		newExtractCmd(a),
		newSearchCmd(a),
		newSQLCmd(a),
		newGenCmd(a),
		newServeCmd(a),
	)
	return root
}

func defaultDBPath(getenv func(string) string) string {
	if p := getenv("KB_DB"); p != "" {
		return p
	}
	return "kb.db"
}

func (a *app) close() {
	if a.db != nil {
		a.db.Close()
	}
}

// openDB opens the database for a command. A database that does not exist
// yet is created and loaded with the embedded seed first, with a line on
// stderr saying so; an existing one must be at this binary's schema.
func (a *app) openDB(ctx context.Context) (*store.DB, error) {
	if a.db != nil {
		return a.db, nil
	}
	if _, err := os.Stat(a.dbPath); errors.Is(err, os.ErrNotExist) {
		db, err := a.initDB(ctx)
		switch {
		case err == nil:
			n := len(seed.Embedded())
			fmt.Fprintf(a.io.Err, "kb: created %s with the embedded seed (%d source%s)\n", a.dbPath, n, plural(n))
			a.db = db
			return db, nil
		case store.ErrorCode(err) != store.ECONFLICT:
			return nil, err
		}
		// Another kb created it meanwhile: use that one.
	}
	db, err := store.Open(ctx, a.dbPath)
	if err != nil {
		return nil, err
	}
	if err := db.EnsureSchema(ctx); err != nil {
		db.Close()
		return nil, err
	}
	a.db = db
	return db, nil
}

// openExistingDB is openDB for the commands that use the database only
// when there is one (check, extract): a missing database is nil, and is not
// created.
func (a *app) openExistingDB(ctx context.Context) (*store.DB, error) {
	if _, err := os.Stat(a.dbPath); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return a.openDB(ctx)
}

// initDB creates the database, migrates it and loads the embedded seed, all
// under a temporary name that becomes the database only when complete: an
// interrupted or failed init leaves no file behind.
func (a *app) initDB(ctx context.Context) (*store.DB, error) {
	return store.CreateWith(ctx, a.dbPath, func(ctx context.Context, db *store.DB) error {
		_, err := seed.Load(ctx, db, seed.Embedded(), store.LoadOptions{})
		return err
	})
}

// exactArgs is cobra.ExactArgs with a usage error that names what is missing.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s takes %s (see `%s --help`)", cmd.CommandPath(), what, cmd.CommandPath())
		}
		return nil
	}
}

// plural is "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
