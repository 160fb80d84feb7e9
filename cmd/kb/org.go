package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kb/internal/render"
	"kb/store"
)

type orgOptions struct {
	app      *app
	format   outputFormat
	evidence bool
}

func newOrgCmd(a *app) *cobra.Command {
	opts := &orgOptions{app: a}
	cmd := &cobra.Command{
		Use:     "org NAME",
		Aliases: []string{"organization"},
		Short:   "Show an organization or collective speaker: members, statements, positions, events, control",
		Long: `org looks an organization up by any of its names (case, diacritics and
transliteration do not matter) and shows its aliases, what it is part of and
what is part of it, the people holding roles in it, every statement it made
or that a person made on its behalf (with the speaker's role at the time and
the source), then, each in its own section, the statements of its parts and
of the people speaking for them (the Kremlin and Ushakov, for Russia) and the
statements that mention it, its positions, the events it took part in, and
the territory it is reported to control or claim.`,
		Example: `  kb org Kremlin
  kb org "European leaders" --evidence
  kb org Moscow -o json`,
		Args:              exactArgs(1, "one NAME (quote a name with spaces)"),
		ValidArgsFunction: a.completeArg(store.KindOrganization),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().BoolVar(&opts.evidence, "evidence", false, "show the passage of the source each fact is taken from")
	return cmd
}

func (o *orgOptions) run(cmd *cobra.Command, name string) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	m, err := o.app.resolve(ctx, db, name, store.KindOrganization)
	if err != nil {
		return err
	}
	org, err := db.Organization(ctx, m.ID)
	if err != nil {
		return err
	}
	if len(org.Statements)+len(org.PartStatements)+len(org.MentionedIn) == 0 {
		o.app.saySo("no statements by, for or about %s", org.Name)
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, org)
	case formatCSV:
		t := render.OrgStatements(org)
		return writeCSV(out, t.Header, t.Rows)
	}
	o.printProfile(out, org)
	return nil
}

func (o *orgOptions) printProfile(w io.Writer, org *store.Organization) {
	s := o.app.io.styles()
	width := o.app.io.Width
	fmt.Fprintf(w, "%s%s%s (%s) — %s\n", s.bold, org.Name, s.reset, org.ID, org.Kind)
	if org.Description != nil {
		printWrapped(w, "", *org.Description, width)
	}
	if org.Parent != nil {
		fmt.Fprintf(w, "Part of: %s\n", org.Parent.Name)
	}
	if len(org.Aliases) > 0 {
		printWrapped(w, "", "Also known as: "+strings.Join(org.Aliases, ", "), width)
	}
	if len(org.Children) > 0 {
		names := make([]string, len(org.Children))
		for i, c := range org.Children {
			names[i] = c.Name
		}
		printWrapped(w, "", "Parts: "+strings.Join(names, ", "), width)
	}

	section(w, s, fmt.Sprintf("Members (%d)", len(org.Members)))
	if len(org.Members) == 0 {
		none(w)
	}
	for _, r := range org.Members {
		printWrapped(w, "  ", r.Person.Name+", "+r.Title+" — "+roleStatus(r), width)
		printSource(w, s, width, "    ", r.Source.ID, r.Evidence, o.evidence)
	}

	section(w, s, fmt.Sprintf("Statements (%d)", len(org.Statements)))
	if len(org.Statements) == 0 {
		none(w)
	}
	for i, st := range org.Statements {
		printStatement(w, s, width, i+1, st, o.evidence)
	}
	if len(org.PartStatements) > 0 {
		// Only when it has parts that spoke: most organizations have none.
		section(w, s, fmt.Sprintf("Statements by its parts or on their behalf (%d)", len(org.PartStatements)))
		for i, st := range org.PartStatements {
			printStatement(w, s, width, i+1, st, o.evidence)
		}
	}
	printMentions(w, s, width, org.MentionedIn, o.evidence)

	section(w, s, fmt.Sprintf("Positions (%d)", len(org.Positions)))
	if len(org.Positions) == 0 {
		none(w)
	}
	for _, ps := range org.Positions {
		printPosition(w, s, width, ps, o.evidence)
	}

	section(w, s, fmt.Sprintf("Events (%d)", len(org.Events)))
	if len(org.Events) == 0 {
		none(w)
	}
	for _, e := range org.Events {
		printEvent(w, s, width, e, o.evidence)
	}

	section(w, s, fmt.Sprintf("Territory controlled or claimed (%d)", len(org.Control)))
	if len(org.Control) == 0 {
		none(w)
	}
	for _, c := range org.Control {
		printWrapped(w, "  ", fmt.Sprintf("%s — %s: %s, as of %s", c.Territory.Name, c.Kind, render.FigureText(c), dateText(c.AsOf)), width)
		printSource(w, s, width, "    ", c.Source.ID, c.Evidence, o.evidence)
	}
}

type orgsOptions struct {
	app    *app
	format outputFormat
}

func newOrgsCmd(a *app) *cobra.Command {
	opts := &orgsOptions{app: a}
	cmd := &cobra.Command{
		Use:     "orgs",
		Aliases: []string{"organizations"},
		Short:   "List every organization and collective speaker, with members and statements",
		Args:    exactArgs(0, "no arguments"),
		RunE:    func(cmd *cobra.Command, args []string) error { return opts.run(cmd) },
	}
	addFormatFlag(cmd, &opts.format)
	return cmd
}

// orgsDoc is the JSON document of `kb orgs`.
type orgsDoc struct {
	Organizations []store.OrganizationSummary `json:"organizations"`
}

func (o *orgsOptions) run(cmd *cobra.Command) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	orgs, err := db.Organizations(ctx)
	if err != nil {
		return err
	}
	if len(orgs) == 0 {
		o.app.saySo("no organizations in %s", db.Path())
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, orgsDoc{orgs})
	case formatCSV:
		t := render.Orgs(orgs)
		return writeCSV(out, t.Header, t.Rows)
	}
	rows := [][]string{}
	for _, g := range orgs {
		rows = append(rows, []string{g.Name, g.ID, g.Kind, entityName(g.Parent), strconv.Itoa(g.Members), strconv.Itoa(g.Statements)})
	}
	if len(rows) > 0 {
		printTable(out, o.app.io.styles(), o.app.io.Width, []string{"name", "id", "kind", "part of", "members", "statements"}, rows)
	}
	return nil
}

// printPosition writes a position: topic, polarity, stance, as-of date and
// source.
func printPosition(w io.Writer, s styles, width int, ps store.Position, evidence bool) {
	line := fmt.Sprintf("%s — %s: %s", ps.Topic.Name, ps.Polarity, ps.Stance)
	if ps.StanceInferred {
		line += " (the curator's reading, not the source's words: " + str(ps.StanceBasis) + ")"
	}
	if ps.AsOf != nil {
		line += ", as of " + dateText(ps.AsOf)
	}
	printWrapped(w, "  ", line, width)
	printSource(w, s, width, "    ", ps.Source.ID, ps.Evidence, evidence)
}

// printEvent writes an event with its kind, date, place and source.
func printEvent(w io.Writer, s styles, width int, e store.EventRef, evidence bool) {
	line := e.Name + " (" + e.Kind
	if e.Held != nil {
		line += ", " + dateText(e.Held)
	}
	if e.Place != nil {
		line += ", " + *e.Place
	}
	printWrapped(w, "  ", line+")", width)
	printSource(w, s, width, "    ", e.Source.ID, e.Evidence, evidence)
}
