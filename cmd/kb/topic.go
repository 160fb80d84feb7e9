package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kb/store"
)

type topicOptions struct {
	app      *app
	format   outputFormat
	evidence bool
}

func newTopicCmd(a *app) *cobra.Command {
	opts := &topicOptions{app: a}
	cmd := &cobra.Command{
		Use:   "topic NAME",
		Short: "Show a topic: positions side by side, and every statement on it grouped by speaker",
		Long: `topic looks a topic up by any of its names and shows the positions held on it
and on its subtopics side by side (who supports, who opposes, who demands
what), then every statement about it or any subtopic, grouped by speaker,
each with the role its speaker held when it was said and its source.`,
		Example: `  kb topic Donbas
  kb topic "peace plan" --evidence
  kb topic Donbas -o json`,
		Args:              exactArgs(1, "one NAME (quote a name with spaces)"),
		ValidArgsFunction: a.completeArg(store.KindTopic),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().BoolVar(&opts.evidence, "evidence", false, "show the passage of the source each fact is taken from")
	return cmd
}

func (o *topicOptions) run(cmd *cobra.Command, name string) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	m, err := resolve(ctx, db, name, store.KindTopic)
	if err != nil {
		return err
	}
	t, err := db.Topic(ctx, m.ID)
	if err != nil {
		return err
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, t)
	case formatCSV:
		var sts []store.Statement
		for _, g := range t.Speakers {
			sts = append(sts, g.Statements...)
		}
		return writeCSV(out, statementCSVHeader, statementCSVRows(sts))
	}
	o.printTopic(out, t)
	return nil
}

func (o *topicOptions) printTopic(w io.Writer, t *store.Topic) {
	s := o.app.io.styles()
	width := o.app.io.Width
	fmt.Fprintf(w, "%s%s%s (%s)\n", s.bold, t.Name, s.reset, t.ID)
	if t.Description != nil {
		printWrapped(w, "", *t.Description, width)
	}
	if t.Parent != nil {
		fmt.Fprintf(w, "Under: %s\n", t.Parent.Name)
	}
	if len(t.Aliases) > 0 {
		printWrapped(w, "", "Also known as: "+strings.Join(t.Aliases, ", "), width)
	}
	if len(t.Subtopics) > 0 {
		names := make([]string, len(t.Subtopics))
		for i, n := range t.Subtopics {
			names[i] = n.Name
		}
		printWrapped(w, "", "Subtopics: "+strings.Join(names, ", "), width)
	}

	section(w, s, fmt.Sprintf("Positions (%d)", len(t.Positions)))
	if len(t.Positions) == 0 {
		none(w)
	}
	o.printPositions(w, s, width, t.Positions)

	n := 0
	for _, g := range t.Speakers {
		n += len(g.Statements)
	}
	section(w, s, fmt.Sprintf("Statements (%d, by %d speakers)", n, len(t.Speakers)))
	if n == 0 {
		none(w)
	}
	i := 0
	for _, g := range t.Speakers {
		fmt.Fprintf(w, "%s%s%s (%s, %d)\n", s.bold, g.Speaker.Name, s.reset, g.Speaker.Kind, len(g.Statements))
		for _, st := range g.Statements {
			i++
			printStatement(w, s, width, i, st, o.evidence)
		}
	}
}

// printPositions sets the positions out topic by topic, one table each,
// from support to refusal, so disagreement shows at a glance.
func (o *topicOptions) printPositions(w io.Writer, s styles, width int, positions []store.Position) {
	inferred := false
	for i := 0; i < len(positions); {
		topic := positions[i].Topic
		table := factTable{header: []string{"polarity", "holder", "stance", "as of"}}
		for ; i < len(positions) && positions[i].Topic == topic; i++ {
			p := positions[i]
			table.add([]string{p.Polarity, p.Holder.Name, p.Stance, dateCell(p.AsOf)}, p.Source.ID, p.Evidence)
			inferred = inferred || p.AsOf != nil && p.AsOf.Inferred
		}
		if i > len(table.rows) {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s%s%s\n", s.bold, topic.Name, s.reset)
		table.print(w, s, width, o.evidence)
	}
	inferredNote(w, s, inferred)
}

type topicsOptions struct {
	app    *app
	format outputFormat
}

func newTopicsCmd(a *app) *cobra.Command {
	opts := &topicsOptions{app: a}
	cmd := &cobra.Command{
		Use:   "topics",
		Short: "Show the topic tree, with statements and positions counted over each subtree",
		Args:  exactArgs(0, "no arguments"),
		RunE:  func(cmd *cobra.Command, args []string) error { return opts.run(cmd) },
	}
	addFormatFlag(cmd, &opts.format)
	return cmd
}

// topicsDoc is the JSON document of `kb topics`.
type topicsDoc struct {
	Topics []store.TopicNode `json:"topics"`
}

func (o *topicsOptions) run(cmd *cobra.Command) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	topics, err := db.Topics(ctx)
	if err != nil {
		return err
	}
	if len(topics) == 0 {
		o.app.saySo("no topics in %s", db.Path())
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, topicsDoc{topics})
	case formatCSV:
		rows := [][]string{}
		for _, t := range topics {
			rows = append(rows, []string{t.ID, t.Name, str(t.ParentID), strconv.Itoa(t.Depth),
				strconv.Itoa(t.Statements), strconv.Itoa(t.OwnStatements), strconv.Itoa(t.Positions)})
		}
		return writeCSV(out, []string{"id", "name", "parent_id", "depth", "statements", "own_statements", "positions"}, rows)
	}
	rows := [][]string{}
	for _, t := range topics {
		rows = append(rows, []string{strings.Repeat("  ", t.Depth) + t.Name, t.ID,
			strconv.Itoa(t.Statements), strconv.Itoa(t.Positions)})
	}
	if len(rows) > 0 {
		printTable(out, o.app.io.styles(), o.app.io.Width, []string{"topic", "id", "statements", "positions"}, rows)
	}
	return nil
}
