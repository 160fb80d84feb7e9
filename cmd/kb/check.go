package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"kb/seed"
)

type checkOptions struct {
	app    *app
	format outputFormat
}

func newCheckCmd(a *app) *cobra.Command {
	opts := &checkOptions{app: a}
	cmd := &cobra.Command{
		Use:   "check FILE|DIR...",
		Short: "Validate fact files without writing anything",
		Long: `check validates fact files (docs/fact-files.md) and reports every problem at
once, each as file:line:column: message, so that an editor can jump to it.
A directory checks every .yaml file below it, together.

Ids the files refer to but do not define are looked up in the database when
it exists; check never creates or changes it. Without a database, every id
must be defined in the files given.

Exit status: 0 when the files are valid (with an "ok" line), 1 when any
problem is found.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("%s takes one or more fact files or directories (see `%s --help`)", cmd.CommandPath(), cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args)
		},
	}
	addFormatFlag(cmd, &opts.format)
	return cmd
}

// checkResult is the JSON form of a check.
type checkResult struct {
	OK         bool          `json:"ok"`
	Files      int           `json:"files"`
	Statements int           `json:"statements"`
	Problems   seed.Problems `json:"problems"`
	Database   *string       `json:"database"` // null when there is none to check ids against
	Sources    []string      `json:"sources"`
}

func (o *checkOptions) run(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	a := o.app
	res := checkResult{Problems: seed.Problems{}, Sources: []string{}}
	files, err := seed.ReadPaths(args)
	var readProbs seed.Problems
	if errors.As(err, &readProbs) {
		res.Problems = append(res.Problems, readProbs...)
	} else if err != nil {
		return err
	}
	// The database, when there is one, is the catalog of ids defined
	// elsewhere. It is opened as it is: never created, never migrated.
	var cat seed.Catalog
	db, err := a.openExistingDB(ctx)
	if err != nil {
		return err
	}
	if db != nil {
		cat = db
		res.Database = &a.dbPath
	}
	if len(files) > 0 {
		facts, probs, err := seed.Check(ctx, files, cat)
		if err != nil {
			return err
		}
		res.Problems = append(res.Problems, probs...)
		res.Files = len(files)
		res.Problems.Sorted()
		for _, sf := range facts {
			res.Statements += len(sf.Statements)
			if sf.Source.ID != "" {
				res.Sources = append(res.Sources, sf.Source.ID)
			}
		}
	}
	res.OK = len(res.Problems) == 0
	out := a.io.Out
	switch o.format {
	case formatJSON:
		if err := writeJSON(out, res); err != nil {
			return err
		}
	case formatCSV:
		rows := [][]string{}
		for _, p := range res.Problems {
			rows = append(rows, []string{p.File, fmt.Sprint(p.Line), fmt.Sprint(p.Col), p.Msg})
		}
		if err := writeCSV(out, []string{"file", "line", "column", "message"}, rows); err != nil {
			return err
		}
	default:
		for _, p := range res.Problems {
			fmt.Fprintln(a.io.Err, p.String())
		}
		if res.OK {
			note := ""
			if cat == nil {
				note = fmt.Sprintf(" (no database at %s: ids checked within these files only)", a.dbPath)
			}
			fmt.Fprintf(out, "ok: %s, %s%s\n", count(res.Files, "file"), count(res.Statements, "statement"), note)
		}
	}
	if !res.OK {
		return fmt.Errorf("%s found", count(len(res.Problems), "problem"))
	}
	return nil
}
