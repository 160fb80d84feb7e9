package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"kb/internal/render"
	"kb/store"
)

type territoryOptions struct {
	app      *app
	format   outputFormat
	evidence bool
}

func newTerritoryCmd(a *app) *cobra.Command {
	opts := &territoryOptions{app: a}
	cmd := &cobra.Command{
		Use:   "territory [NAME]",
		Short: "Show who controls or claims how much of a territory and everything inside it",
		Long: `territory shows the control figures reported for a territory and for every
territory inside it (Donbas: Donbas, Donetsk, Luhansk), each as of its date
(marked when inferred), with the words the source used ("over 80%", "small
parts"), whether it is control or a claim, who holds it, and the source.
Without NAME it shows every figure in the database.`,
		Example: `  kb territory Donbas
  kb territory "Zaporizhzhia NPP" --evidence
  kb territory -o csv`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("%s takes at most one NAME (quote a name with spaces)", cmd.CommandPath())
			}
			return nil
		},
		ValidArgsFunction: a.completeArg(store.KindTerritory),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := ""
			if len(args) == 1 {
				name = args[0]
			}
			return opts.run(cmd, name, len(args) == 1)
		},
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().BoolVar(&opts.evidence, "evidence", false, "show the passage of the source each figure is taken from")
	return cmd
}

// territoryDoc is the JSON document of `kb territory`: the territory asked
// for (null without NAME) and the figures.
type territoryDoc struct {
	Territory *store.Territory      `json:"territory"`
	Figures   []store.ControlFigure `json:"figures"`
}

func (o *territoryOptions) run(cmd *cobra.Command, name string, named bool) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	var doc territoryDoc
	if named {
		m, err := o.app.resolve(ctx, db, name, store.KindTerritory)
		if err != nil {
			return err
		}
		if doc.Territory, doc.Figures, err = db.Territory(ctx, m.ID); err != nil {
			return err
		}
		if len(doc.Figures) == 0 {
			o.app.saySo("no control figures recorded for %s or anything inside it", doc.Territory.Name)
		}
	} else {
		if doc.Figures, err = db.ControlFigures(ctx); err != nil {
			return err
		}
		if len(doc.Figures) == 0 {
			o.app.saySo("no control figures in %s", db.Path())
		}
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, doc)
	case formatCSV:
		t := render.Figures(doc.Figures)
		return writeCSV(out, t.Header, t.Rows)
	}
	s := o.app.io.styles()
	width := o.app.io.Width
	if t := doc.Territory; t != nil {
		line := fmt.Sprintf("%s%s%s (%s) — %s", s.bold, t.Name, s.reset, t.ID, t.Kind)
		if t.Parent != nil {
			line += ", in " + t.Parent.Name
		}
		fmt.Fprintln(out, line)
		if len(t.Aliases) > 0 {
			printWrapped(out, "", "Also known as: "+strings.Join(t.Aliases, ", "), width)
		}
		if len(t.Contains) > 0 {
			names := make([]string, len(t.Contains))
			for i, n := range t.Contains {
				names[i] = n.Name
			}
			printWrapped(out, "", "Contains: "+strings.Join(names, ", "), width)
		}
		fmt.Fprintln(out)
	}
	if len(doc.Figures) == 0 {
		if doc.Territory != nil {
			fmt.Fprintln(out, "No control figures recorded.")
		}
		return nil
	}
	table := factTable{header: []string{"territory", "controller", "kind", "figure", "as of"}}
	inferred := false
	for _, c := range doc.Figures {
		table.add([]string{strings.Repeat("· ", c.Depth) + c.Territory.Name, c.Controller.Name, c.Kind, render.FigureText(c), dateCell(c.AsOf)},
			c.Source.ID, c.Evidence)
		inferred = inferred || c.AsOf != nil && c.AsOf.Inferred
	}
	table.print(out, s, width, o.evidence)
	inferredNote(out, s, inferred)
	return nil
}
