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

// defaultTopicPositions is how many positions a topic shows unless told:
// on a large corpus a topic holds hundreds, and they are not paged.
const defaultTopicPositions = 50

type topicOptions struct {
	app       *app
	format    outputFormat
	evidence  bool
	limit     int
	offset    int
	positions int
}

func newTopicCmd(a *app) *cobra.Command {
	opts := &topicOptions{app: a}
	cmd := &cobra.Command{
		Use:   "topic NAME",
		Short: "Show a topic: positions side by side, and its newest statements grouped by speaker",
		Long: `topic looks a topic up by any of its names and shows the positions held on it
and on its subtopics side by side (who supports, who opposes, who demands
what), then the statements about it or any subtopic, newest first, grouped
by speaker, each with the role its speaker held when it was said and its
source.

Statements come a page at a time: the newest --limit of them (50 unless
told; 0 for all), after skipping --offset. The table ends with how many
there are in all and the --offset of the next page; JSON carries total,
limit and offset; CSV says so on stderr. Positions: the first --positions
of them (50 unless told; 0 for all), the topic's own first; the table says
how many there are in all, JSON carries positions_total and
positions_limit.`,
		Example: `  kb topic Donbas
  kb topic Donbas --offset 50
  kb topic "peace plan" --evidence --limit 0
  kb topic Donbas -o json`,
		Args:              exactArgs(1, "one NAME (quote a name with spaces)"),
		ValidArgsFunction: a.completeArg(store.KindTopic),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().BoolVar(&opts.evidence, "evidence", false, "show the passage of the source each fact is taken from")
	cmd.Flags().IntVar(&opts.limit, "limit", 50, "show at most this many statements, newest first (0 for all)")
	cmd.Flags().IntVar(&opts.offset, "offset", 0, "skip this many of the newest statements first (for the next page)")
	cmd.Flags().IntVar(&opts.positions, "positions", defaultTopicPositions, "show at most this many positions (0 for all)")
	return cmd
}

func (o *topicOptions) run(cmd *cobra.Command, name string) error {
	if o.limit < 0 {
		return usagef("--limit must be 0 (for all) or more, not %d", o.limit)
	}
	if o.offset < 0 {
		return usagef("--offset must be 0 or more, not %d", o.offset)
	}
	if o.positions < 0 {
		return usagef("--positions must be 0 (for all) or more, not %d", o.positions)
	}
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	m, err := o.app.resolve(ctx, db, name, store.KindTopic)
	if err != nil {
		return err
	}
	t, err := db.Topic(ctx, m.ID, store.TopicPage{Limit: o.limit, Offset: o.offset, Positions: o.positions})
	if err != nil {
		return err
	}
	// A page with no statements is an empty answer in every format; CSV,
	// which shows only the statements, also says when more remain.
	switch n := pageShown(t); {
	case t.Total == 0:
		o.app.saySo("no statements on %s or its subtopics", t.Name)
	case n == 0 || n < t.Total && o.format == formatCSV:
		o.app.saySo("%s", pageNote(t, n))
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

	if len(t.Positions) < t.PositionsTotal {
		section(w, s, fmt.Sprintf("Positions (%d of %s)", len(t.Positions), thousands(t.PositionsTotal)))
	} else {
		section(w, s, fmt.Sprintf("Positions (%d)", len(t.Positions)))
	}
	if len(t.Positions) == 0 {
		none(w)
	}
	o.printPositions(w, s, width, t.Positions)
	if len(t.Positions) < t.PositionsTotal {
		fmt.Fprintf(w, "%sshowing %d of %s positions; --positions 0 for all%s\n", s.dim, len(t.Positions), thousands(t.PositionsTotal), s.reset)
	}

	n := pageShown(t)
	switch {
	case t.Total == 0:
		section(w, s, "Statements (0)")
	case n == 0:
		section(w, s, fmt.Sprintf("Statements (0 of %s)", thousands(t.Total)))
	case n == t.Total:
		section(w, s, fmt.Sprintf("Statements (%d, by %s)", n, count(len(t.Speakers), "speaker")))
	default:
		section(w, s, fmt.Sprintf("Statements (%d of %s, by %s)", n, thousands(t.Total), count(len(t.Speakers), "speaker")))
	}
	if n == 0 {
		none(w)
	}
	i := t.Offset
	for _, g := range t.Speakers {
		fmt.Fprintf(w, "%s%s%s (%s, %d)\n", s.bold, g.Speaker.Name, s.reset, g.Speaker.Kind, len(g.Statements))
		for _, st := range g.Statements {
			i++
			printStatement(w, s, width, i, st, o.evidence)
		}
	}
	if n < t.Total && n > 0 {
		fmt.Fprintf(w, "\n%s%s%s\n", s.dim, pageNote(t, n), s.reset)
	}
}

// pageShown counts the statements on the page.
func pageShown(t *store.Topic) int {
	n := 0
	for _, g := range t.Speakers {
		n += len(g.Statements)
	}
	return n
}

// pageNote says which statements a page shows of how many, and how to get
// the next page when there is one.
func pageNote(t *store.Topic, shown int) string {
	if shown == 0 {
		return fmt.Sprintf("no statements past --offset %d; there are %s", t.Offset, thousands(t.Total))
	}
	note := fmt.Sprintf("showing %s-%s of %s", thousands(t.Offset+1), thousands(t.Offset+shown), thousands(t.Total))
	if next := t.Offset + shown; next < t.Total {
		note += fmt.Sprintf("; --offset %d for more", next)
	}
	return note
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	d := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(d) - 3; i > 0; i -= 3 {
		d = d[:i] + "," + d[i:]
	}
	return d
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
			polarity := p.Polarity
			if p.StanceInferred {
				polarity += "*"
			}
			table.add([]string{polarity, p.Holder.Name, p.Stance, dateCell(p.AsOf)}, p.Source.ID, p.Evidence)
			inferred = inferred || p.StanceInferred || p.AsOf != nil && p.AsOf.Inferred
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
		t := render.Topics(topics)
		return writeCSV(out, t.Header, t.Rows)
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
