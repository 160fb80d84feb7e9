package main

import (
	"strconv"

	"github.com/spf13/cobra"

	"kb/internal/render"
	"kb/store"
)

type peopleOptions struct {
	app    *app
	format outputFormat
}

func newPeopleCmd(a *app) *cobra.Command {
	opts := &peopleOptions{app: a}
	cmd := &cobra.Command{
		Use:   "people",
		Short: "List everyone, with the role they hold and how many statements they made",
		Example: `  kb people
  kb people -o csv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error { return opts.run(cmd) },
	}
	addFormatFlag(cmd, &opts.format)
	return cmd
}

// peopleDoc is the JSON document of `kb people`.
type peopleDoc struct {
	People []store.PersonSummary `json:"people"`
}

func (o *peopleOptions) run(cmd *cobra.Command) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	people, err := db.People(ctx)
	if err != nil {
		return err
	}
	if len(people) == 0 {
		o.app.saySo("no people in %s", db.Path())
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, peopleDoc{people})
	case formatCSV:
		t := render.People(people)
		return writeCSV(out, t.Header, t.Rows)
	}
	rows := [][]string{}
	for _, p := range people {
		rows = append(rows, []string{p.Name, p.ID, roleBriefText(p.Role), strconv.Itoa(p.Statements)})
	}
	if len(rows) > 0 {
		printTable(out, o.app.io.styles(), o.app.io.Width, []string{"name", "id", "role", "statements"}, rows)
	}
	return nil
}

// roleBriefText renders a current role, saying when its end is announced.
func roleBriefText(r *store.RoleBrief) string {
	if r == nil {
		return ""
	}
	s := roleText(r.Title, r.Organization)
	if r.Status == "announced_end" {
		s += "; end announced for " + dateText(r.End)
	}
	return s
}
