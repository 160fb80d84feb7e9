package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kb/seed"
	"kb/store"
)

// schemaOptions holds the flags of `kb schema`; a new flag is a field here
// and a line in newSchemaCmd.
type schemaOptions struct {
	app      *app
	format   outputFormat
	factFile bool
}

func newSchemaCmd(a *app) *cobra.Command {
	opts := &schemaOptions{app: a}
	cmd := &cobra.Command{
		Use:   "schema [TABLE]",
		Short: "Describe the tables and views, column by column, for writing SQL",
		Long: `schema lists every table and view of the database with what each column
means, so that ad-hoc SQL can be written without opening the migrations.
Views (who_said_what, person_roles, control_figures, stances,
statement_speaker_roles) are the stable contract for saved queries. With
TABLE it shows that one table or view.

With --fact-file it prints instead the JSON Schema (draft 2020-12) of the
fact-file format (docs/fact-files.md), for editors with YAML language
support, and needs no database:

  kb schema --fact-file > fact-file.schema.json

and, as a fact file's first line:

  # yaml-language-server: $schema=fact-file.schema.json

kb check validates more than that schema can say: passages found in the body
exactly once, ids that refer to something, real dates, parents without
cycles.`,
		Example: `  kb schema
  kb schema who_said_what
  kb schema -o csv
  kb schema --fact-file`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("%s takes at most one TABLE", cmd.CommandPath())
			}
			return nil
		},
		ValidArgsFunction: a.completeTables,
		RunE:              func(cmd *cobra.Command, args []string) error { return opts.run(cmd, args) },
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().BoolVar(&opts.factFile, "fact-file", false, "print the JSON Schema of fact files instead")
	return cmd
}

// schemaDoc is the JSON document of `kb schema`.
type schemaDoc struct {
	Tables []store.TableDoc `json:"tables"`
}

func (o *schemaOptions) run(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	if o.factFile {
		if len(args) > 0 {
			return usagef("%s --fact-file takes no TABLE", cmd.CommandPath())
		}
		_, err := o.app.io.Out.Write(seed.FactFileSchema())
		return err
	}
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	tables, err := db.Schema(ctx)
	if err != nil {
		return err
	}
	if len(args) == 1 {
		var names []string
		var found []store.TableDoc
		for _, t := range tables {
			names = append(names, t.Name)
			if t.Name == args[0] {
				found = append(found, t)
			}
		}
		if len(found) == 0 {
			e := store.Errorf(store.ENOTFOUND, "no table or view named %q", args[0])
			c := store.Suggest(args[0], names, 1)
			for _, n := range names {
				if len(c) == 0 && strings.HasPrefix(n, args[0]) {
					c = append(c, n)
				}
			}
			if len(c) > 0 {
				e.Message += fmt.Sprintf("; did you mean %q?", c[0])
			}
			return e
		}
		tables = found
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, schemaDoc{tables})
	case formatCSV:
		rows := [][]string{}
		for _, t := range tables {
			for _, c := range t.Columns {
				rows = append(rows, []string{t.Name, t.Kind, c.Name, c.Type, strconv.FormatBool(c.NotNull),
					strconv.FormatBool(c.PrimaryKey), c.Description})
			}
		}
		return writeCSV(out, []string{"table", "kind", "column", "type", "not_null", "primary_key", "description"}, rows)
	}
	s := o.app.io.styles()
	width := o.app.io.Width
	for i, t := range tables {
		if i > 0 {
			fmt.Fprintln(out)
		}
		fmt.Fprintf(out, "%s%s%s (%s)\n", s.bold, t.Name, s.reset, t.Kind)
		if t.Description != "" {
			printWrapped(out, "", t.Description, width)
		}
		rows := [][]string{}
		for _, c := range t.Columns {
			typ := c.Type
			if c.PrimaryKey {
				typ += " key"
			}
			if c.NotNull && !c.PrimaryKey {
				typ += " not null"
			}
			desc := c.Description
			if desc == "" {
				desc = "(not described)"
			}
			rows = append(rows, []string{c.Name, typ, desc})
		}
		printTable(out, s, width, []string{"column", "type", "meaning"}, rows)
	}
	return nil
}

// completeTables offers the names of the tables and views; like every
// completion it never creates a missing database.
func (a *app) completeTables(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var names []string
	a.withExistingDB(cmd.Context(), func(db *store.DB) {
		tables, err := db.Schema(cmd.Context())
		if err != nil {
			return
		}
		for _, t := range tables {
			if strings.HasPrefix(t.Name, toComplete) {
				names = append(names, t.Name)
			}
		}
	})
	return names, cobra.ShellCompDirectiveNoFileComp
}
