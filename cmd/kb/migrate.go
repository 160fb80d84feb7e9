package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"kb/store"
)

type migrateOptions struct {
	app    *app
	format outputFormat
}

func newMigrateCmd(a *app) *cobra.Command {
	opts := &migrateOptions{app: a}
	cmd := &cobra.Command{
		Use:   "migrate up|down|status|version|reset",
		Short: "Move the database between schema versions (goose underneath)",
		Long: `migrate runs the schema migrations embedded in kb (plain goose SQL files,
also in migrations/):

  up       apply every pending migration (creates the file if missing)
  down     roll back the most recent migration
  status   list the migrations and whether each is applied
  version  print the database's schema version and this kb's
  reset    roll back every migration

A database at a newer schema than this kb is refused and left untouched.`,
		Args:      exactArgs(1, "one of up, down, status, version, reset"),
		ValidArgs: []string{"up", "down", "status", "version", "reset"},
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	return cmd
}

func (o *migrateOptions) run(cmd *cobra.Command, action string) error {
	ctx := cmd.Context()
	a := o.app
	var db *store.DB
	var err error
	switch action {
	case "up", "down", "status", "version", "reset":
	default:
		return usagef("unknown migrate action %q: use up, down, status, version or reset", action)
	}
	if _, statErr := os.Stat(a.dbPath); os.IsNotExist(statErr) && action == "up" {
		db, err = store.Create(ctx, a.dbPath)
		if err == nil {
			a.db = db
			fmt.Fprintf(a.io.Out, "created %s at schema version %d (no data: `kb seed` loads the embedded seed)\n", a.dbPath, store.LatestVersion())
			return nil
		}
		if store.ErrorCode(err) != store.ECONFLICT {
			return err
		}
		// Another kb created it meanwhile: migrate that one.
	}
	db, err = store.Open(ctx, a.dbPath)
	if err != nil {
		return err
	}
	a.db = db
	switch action {
	case "up":
		applied, err := db.MigrateUp(ctx)
		if err != nil {
			return err
		}
		if len(applied) == 0 {
			fmt.Fprintf(a.io.Out, "already at schema version %d\n", store.LatestVersion())
		}
		for _, v := range applied {
			fmt.Fprintf(a.io.Out, "applied migration %d\n", v)
		}
	case "down":
		done, err := db.MigrateDown(ctx)
		if err != nil {
			return err
		}
		for _, v := range done {
			fmt.Fprintf(a.io.Out, "rolled back migration %d\n", v)
		}
	case "reset":
		done, err := db.MigrateReset(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.io.Out, "rolled back %s; schema version 0\n", count(len(done), "migration"))
	case "version":
		cur, err := db.SchemaVersion(ctx)
		if err != nil {
			return err
		}
		if o.format == formatJSON {
			return writeJSON(a.io.Out, map[string]int64{"database": cur, "kb": store.LatestVersion()})
		}
		fmt.Fprintf(a.io.Out, "database schema version %d; this kb's is %d\n", cur, store.LatestVersion())
	case "status":
		st, err := db.MigrationStatuses(ctx)
		if err != nil {
			return err
		}
		switch o.format {
		case formatJSON:
			return writeJSON(a.io.Out, st)
		case formatCSV:
			rows := [][]string{}
			for _, s := range st {
				rows = append(rows, []string{fmt.Sprint(s.Version), s.Name, fmt.Sprint(s.Applied), s.AppliedAt})
			}
			return writeCSV(a.io.Out, []string{"version", "name", "applied", "applied_at"}, rows)
		}
		width := 0 // the longest name, so the states line up
		for _, s := range st {
			width = max(width, len(s.Name))
		}
		for _, s := range st {
			state := "pending"
			if s.Applied {
				state = "applied " + s.AppliedAt
			}
			fmt.Fprintf(a.io.Out, "%5d  %-*s  %s\n", s.Version, width, s.Name, state)
		}
	}
	return nil
}
