package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"kb/internal/render"
	"kb/store"
)

type personOptions struct {
	app      *app
	format   outputFormat
	evidence bool
}

func newPersonCmd(a *app) *cobra.Command {
	opts := &personOptions{app: a}
	cmd := &cobra.Command{
		Use:   "person NAME",
		Short: "Show a person: roles over time, statements with sources, positions, events",
		Long: `person looks a person up by any name or spelling they are known by
(case, diacritics and transliteration do not matter; a surname alone works
when it is unique) and shows their aliases, roles over time, every statement
with the role they held when they said it and its source, their positions
and the events they took part in.`,
		Example: `  kb person Zelenskiy
  kb person "keith kellogg" --evidence
  kb person zelensky -o json`,
		Args:              exactArgs(1, "one NAME (quote a name with spaces)"),
		ValidArgsFunction: a.completeArg(store.KindPerson),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().BoolVar(&opts.evidence, "evidence", false, "show the passage of the source each fact is taken from")
	return cmd
}

func (o *personOptions) run(cmd *cobra.Command, name string) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	m, err := resolve(ctx, db, name, store.KindPerson)
	if err != nil {
		return err
	}
	p, err := db.Person(ctx, m.ID)
	if err != nil {
		return err
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, p)
	case formatCSV:
		return writeCSV(out, statementCSVHeader, statementCSVRows(p.Statements))
	}
	o.printProfile(out, p)
	return nil
}

func (o *personOptions) printProfile(w io.Writer, p *store.Person) {
	s := o.app.io.styles()
	width := o.app.io.Width
	fmt.Fprintf(w, "%s%s%s (%s)\n", s.bold, p.Name, s.reset, p.ID)
	if p.Description != nil {
		printWrapped(w, "", *p.Description, width)
	}
	if len(p.Aliases) > 0 {
		printWrapped(w, "", "Also known as: "+strings.Join(p.Aliases, ", "), width)
	}

	fmt.Fprintf(w, "\n%sRoles%s\n", s.bold, s.reset)
	if len(p.Roles) == 0 {
		fmt.Fprintln(w, "  none recorded")
	}
	for _, r := range p.Roles {
		line := roleText(r.Title, r.Organization) + " — " + roleStatus(r)
		printWrapped(w, "  ", line, width)
		printSource(w, s, width, "    ", r.Source.ID, r.Evidence, o.evidence)
	}

	fmt.Fprintf(w, "\n%sStatements (%d)%s\n", s.bold, len(p.Statements), s.reset)
	if len(p.Statements) == 0 {
		fmt.Fprintln(w, "  none recorded")
	}
	for i, st := range p.Statements {
		printStatement(w, s, width, i+1, st, o.evidence)
	}

	fmt.Fprintf(w, "\n%sPositions (%d)%s\n", s.bold, len(p.Positions), s.reset)
	if len(p.Positions) == 0 {
		fmt.Fprintln(w, "  none recorded")
	}
	for _, ps := range p.Positions {
		printPosition(w, s, width, ps, o.evidence)
	}

	fmt.Fprintf(w, "\n%sEvents (%d)%s\n", s.bold, len(p.Events), s.reset)
	if len(p.Events) == 0 {
		fmt.Fprintln(w, "  none recorded")
	}
	for _, e := range p.Events {
		printEvent(w, s, width, e, o.evidence)
	}
}

// roleStatus says whether a role is current, ending or over.
func roleStatus(r store.Role) string {
	switch r.Status {
	case "announced_end":
		return "end announced for " + dateText(r.End)
	case "former":
		if r.End != nil {
			return "former, until " + dateText(r.End)
		}
		return "former"
	}
	if r.Start != nil {
		return "current, since " + dateText(r.Start)
	}
	return "current"
}

// printStatement writes one statement as a numbered block: the words, who
// said them in what role and when, the topics, and where it is written.
func printStatement(w io.Writer, s styles, width, n int, st store.Statement, evidence bool) {
	text := st.Text
	if st.Kind == "direct" {
		text = "“" + text + "”"
	}
	printWrapped(w, fmt.Sprintf("%3d. ", n), text+" ("+st.Kind+")", width)
	printWrapped(w, "     ", attribution(st), width)
	if len(st.Topics) > 0 {
		printWrapped(w, "     ", "topics: "+topicNames(st.Topics), width)
	}
	printAppearances(w, s, width, st, evidence)
}

// printAppearances writes where a statement is written: a line for each
// source it is in and, with evidence, its passages there under it. A
// statement written twice in one source names the source once.
func printAppearances(w io.Writer, s styles, width int, st store.Statement, evidence bool) {
	for i, a := range st.Appearances {
		// Appearances come ordered by source, so a repeat is the one before.
		if i == 0 || a.Source.ID != st.Appearances[i-1].Source.ID {
			fmt.Fprintf(w, "     %ssource: %s%s\n", s.dim, a.Source.ID, s.reset)
		}
		if evidence {
			printWrapped(w, "       ", a.Passage, width)
		}
	}
}

// attribution renders "Keith Kellogg, US Special Envoy for Ukraine, said, on
// 2025-12-06 (inferred), at the Reagan National Defense Forum".
func attribution(st store.Statement) string {
	parts := []string{st.Speaker.Name}
	if role := speakerRole(st); role != "" {
		parts[0] += ", " + role + ","
	}
	if st.OnBehalfOf != nil {
		parts = append(parts, "for "+st.OnBehalfOf.Name+",")
	}
	cue := "said"
	if st.Cue != nil {
		cue = *st.Cue
	}
	parts = append(parts, cue)
	switch {
	case st.Said != nil:
		parts = append(parts, datePreposition(st.Said)+" "+dateText(st.Said))
	case st.Source.Published != nil:
		parts = append(parts, "(date not given; published "+dateText(st.Source.Published)+")")
	}
	if st.Setting != nil {
		parts = append(parts, "— "+*st.Setting)
	}
	return strings.Join(parts, " ")
}

// speakerRole renders the role the speaker held when the statement was
// made; "" when none is known.
func speakerRole(st store.Statement) string {
	if st.SpeakerRole == nil {
		return ""
	}
	return roleText(st.SpeakerRole.Title, st.SpeakerRole.Organization)
}

// The CSV of statements is shared with kb serve (internal/render).
var statementCSVHeader = render.StatementHeader

func statementCSVRows(sts []store.Statement) [][]string { return render.Statements(sts).Rows }
