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
with the role they held when they said it and its source, the statements
of others that mention them, their positions and the events they took part
in. A person with no statement by or about them is said so on stderr.`,
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
	m, err := o.app.resolve(ctx, db, name, store.KindPerson)
	if err != nil {
		return err
	}
	p, err := db.Person(ctx, m.ID)
	if err != nil {
		return err
	}
	if len(p.Statements)+len(p.MentionedIn) == 0 {
		o.app.saySo("no statements by or about %s", p.Name)
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, p)
	case formatCSV:
		t := render.PersonStatements(p)
		return writeCSV(out, t.Header, t.Rows)
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
	printMentions(w, s, width, p.MentionedIn, o.evidence)

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
	printIDAndTopics(w, width, st)
	printAppearances(w, s, width, st, evidence)
}

// printIDAndTopics writes a statement's id, which a reader needs to cite
// or look it up again, and its topics.
func printIDAndTopics(w io.Writer, width int, st store.Statement) {
	line := "id: " + st.ID
	if len(st.Topics) > 0 {
		line += "; topics: " + topicNames(st.Topics)
	}
	printWrapped(w, "     ", line, width)
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

// printMentions writes the statements by others that name the entity
// looked up, as a section of its profile.
func printMentions(w io.Writer, s styles, width int, sts []store.Statement, evidence bool) {
	section(w, s, fmt.Sprintf("Mentioned in (%d)", len(sts)))
	if len(sts) == 0 {
		none(w)
	}
	for i, st := range sts {
		printStatement(w, s, width, i+1, st, evidence)
	}
}

func statementCSVRows(sts []store.Statement) [][]string { return render.Statements(sts).Rows }
