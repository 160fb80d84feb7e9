package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"kb/seed"
	"kb/store"
)

type initOptions struct {
	app *app
}

func newInitCmd(a *app) *cobra.Command {
	opts := &initOptions{app: a}
	return &cobra.Command{
		Use:   "init",
		Short: "Create the database: migrate it and load the embedded seed",
		Long: `init creates the database file, migrates it to the latest schema and loads
the embedded seed. On an existing database it migrates to the latest schema
and loads the embedded seed again, which changes nothing when it is already
there.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd)
		},
	}
}

func (o *initOptions) run(cmd *cobra.Command) error {
	ctx := cmd.Context()
	a := o.app
	if _, err := os.Stat(a.dbPath); os.IsNotExist(err) {
		db, err := a.initDB(ctx)
		switch {
		case err == nil:
			a.db = db
			fmt.Fprintf(a.io.Out, "created %s at schema version %d with the embedded seed\n", a.dbPath, store.LatestVersion())
			return nil
		case store.ErrorCode(err) != store.ECONFLICT:
			return err
		}
		// Another kb created it meanwhile: bring that one up to date.
	}
	db, err := store.Open(ctx, a.dbPath)
	if err != nil {
		return err
	}
	a.db = db
	applied, err := db.MigrateUp(ctx)
	if err != nil {
		return err
	}
	rep, err := seed.Load(ctx, db, seed.Embedded(), store.LoadOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.io.Out, "%s: schema version %d (%s applied)\n", a.dbPath, store.LatestVersion(), count(len(applied), "migration"))
	for _, s := range rep.Sources {
		fmt.Fprintf(a.io.Out, "source %s: %s\n", s.ID, s.Status)
	}
	return nil
}
