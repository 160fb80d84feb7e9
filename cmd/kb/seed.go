package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"kb/internal/progress"
	"kb/seed"
	"kb/store"
)

type seedOptions struct {
	app    *app
	force  bool
	dryRun bool
	format outputFormat
}

func newSeedCmd(a *app) *cobra.Command {
	opts := &seedOptions{app: a}
	cmd := &cobra.Command{
		Use:   "seed [FILE|DIR...]",
		Short: "Load fact files (by default the embedded seed)",
		Long: `seed checks the given fact files (docs/fact-files.md) and, only when all of
them are valid, loads them in one transaction. A directory loads every .yaml
file below it. Without arguments it loads the embedded seed.

A file whose facts are unchanged since it was loaded is skipped (its people,
organizations, topics and territories are still upserted); a changed file
replaces exactly its source's facts, and entities shared with other sources
survive. The report counts, per table, the rows added, changed (same key,
other content) and removed; --dry-run shows it and writes nothing.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args)
		},
	}
	cmd.Flags().BoolVar(&opts.force, "force", false, "reload sources even when unchanged")
	cmd.Flags().BoolVar(&opts.dryRun, "dry-run", false, "show what would change, and write nothing")
	addFormatFlag(cmd, &opts.format)
	return cmd
}

func (o *seedOptions) run(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	files := seed.Embedded()
	if len(args) > 0 {
		var err error
		if files, err = seed.ReadPaths(args); err != nil {
			return err
		}
	}
	var db *store.DB
	var err error
	newDB := false // a dry run against a database that does not exist
	if o.dryRun {
		var done func()
		if db, done, newDB, err = o.dryRunDB(ctx); err != nil {
			return err
		}
		defer done()
	} else if db, err = o.app.openDB(ctx); err != nil {
		return err
	}
	// on a terminal: what runs while the files are checked, then a bar of
	// the sources written
	bar := progress.New(o.app.io.Err, o.app.io.ErrTTY, "kb seed", "sources", 0)
	bar.Status("checking " + count(len(files), "fact file"))
	var loading *progress.Bar
	rep, err := seed.Load(ctx, db, files, store.LoadOptions{Force: o.force, DryRun: o.dryRun,
		Progress: func(done, total int) {
			if loading == nil {
				loading = progress.New(o.app.io.Err, o.app.io.ErrTTY, "kb seed", "sources", total)
			}
			loading.Set(done)
		}})
	if loading != nil {
		loading.Done()
	} else if o.app.io.ErrTTY {
		fmt.Fprint(o.app.io.Err, "\r\x1b[K") // clear the status line
	}
	if err != nil {
		return err
	}
	if newDB {
		// said only when there is a report: before the problems of files
		// that fail, it would announce a report that does not follow
		fmt.Fprintf(o.app.io.Err, "kb: no database at %s: this is what seeding a new one (created with the embedded seed) would do; nothing was created\n", o.app.dbPath)
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, rep)
	case formatCSV:
		rows := [][]string{}
		for _, t := range rep.Tables {
			rows = append(rows, []string{t.Table, fmt.Sprint(t.Before), fmt.Sprint(t.After), fmt.Sprint(t.Added), fmt.Sprint(t.Changed), fmt.Sprint(t.Removed)})
		}
		return writeCSV(out, []string{"table", "before", "after", "added", "changed", "removed"}, rows)
	}
	verb := ""
	if rep.DryRun {
		verb = "would be "
		fmt.Fprintln(out, "dry run: nothing was written")
	}
	for _, s := range rep.Sources {
		fmt.Fprintf(out, "source %s: %s%s\n", s.ID, verb, s.Status)
	}
	var rows [][]string
	for _, t := range rep.Tables {
		if t.Added+t.Changed+t.Removed != 0 {
			rows = append(rows, []string{t.Table, fmt.Sprint(t.Added), fmt.Sprint(t.Changed), fmt.Sprint(t.Removed), fmt.Sprintf("%d → %d", t.Before, t.After)})
		}
	}
	if len(rows) == 0 {
		fmt.Fprintf(out, "no rows %schanged\n", verb)
		return nil
	}
	printTable(out, o.app.io.styles(), o.app.io.Width, []string{"table", "added", "changed", "removed", "rows"}, rows)
	return nil
}

// dryRunDB is the database a dry run loads into and rolls back. A missing
// database is not created: the run goes against a new one, seeded as kb
// would seed it, in a temporary directory that done removes; isNew says so.
func (o *seedOptions) dryRunDB(ctx context.Context) (db *store.DB, done func(), isNew bool, err error) {
	if _, err := os.Stat(o.app.dbPath); !errors.Is(err, os.ErrNotExist) {
		db, err := o.app.openDB(ctx)
		return db, func() {}, false, err
	}
	dir, err := os.MkdirTemp("", "kb-dry-run-*")
	if err != nil {
		return nil, nil, false, store.Errorf(store.EINTERNAL, "dry run: %v", err)
	}
	db, err = store.CreateWith(ctx, filepath.Join(dir, "kb.db"), func(ctx context.Context, db *store.DB) error {
		_, err := seed.Load(ctx, db, seed.Embedded(), store.LoadOptions{})
		return err
	})
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, false, err
	}
	return db, func() { db.Close(); os.RemoveAll(dir) }, true, nil
}
