package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kb/internal/render"
	"kb/store"
)

// unknown is how the table format shows a value the source does not give.
const unknown = "unknown"

type sourcesOptions struct {
	app    *app
	format outputFormat
}

func newSourcesCmd(a *app) *cobra.Command {
	opts := &sourcesOptions{app: a}
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "List the sources, newest first, with how many facts each holds",
		Args:  exactArgs(0, "no arguments"),
		RunE:  func(cmd *cobra.Command, args []string) error { return opts.run(cmd) },
	}
	addFormatFlag(cmd, &opts.format)
	return cmd
}

// sourcesDoc is the JSON document of `kb sources`.
type sourcesDoc struct {
	Sources []store.SourceSummary `json:"sources"`
}

// The CSV of sources is shared with kb serve (internal/render).
var sourceCSVHeader = render.SourceHeader

func sourceCSVRow(s store.SourceSummary) []string { return render.SourceRow(s) }

func (o *sourcesOptions) run(cmd *cobra.Command) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	sources, err := db.Sources(ctx)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		o.app.saySo("no sources in %s", db.Path())
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, sourcesDoc{sources})
	case formatCSV:
		rows := [][]string{}
		for _, s := range sources {
			rows = append(rows, sourceCSVRow(s))
		}
		return writeCSV(out, sourceCSVHeader, rows)
	}
	rows := [][]string{}
	for _, s := range sources {
		rows = append(rows, []string{s.ID, orUnknown(s.Title), orUnknown(s.Outlet), publishedText(s.Published), strconv.Itoa(s.Counts.Statements)})
	}
	if len(rows) > 0 {
		printTable(out, o.app.io.styles(), o.app.io.Width, []string{"id", "title", "outlet", "published", "statements"}, rows)
	}
	return nil
}

type sourceOptions struct {
	app    *app
	format outputFormat
	text   bool
}

func newSourceCmd(a *app) *cobra.Command {
	opts := &sourceOptions{app: a}
	cmd := &cobra.Command{
		Use:   "source ID",
		Short: "Show a source: metadata, related links, and with --text its body with the evidence marked",
		Long: `source shows a source's metadata (a value the source does not give is shown
as "unknown"), the articles it links to, and how many facts kb took from it.
With --text it prints the body with every statement's passage marked:
[[statement-id: the passage]]. Where passages overlap or nest, a mark
that closes one of several open passages names it, [[/statement-id]], so
each passage reads from its opening to its own close, never split.`,
		Example: `  kb source ukraine-talks-2025-12-07
  kb source ukraine-talks-2025-12-07 --text
  kb source ukraine-talks-2025-12-07 -o json`,
		Args:              exactArgs(1, "one source ID (`kb sources` lists them)"),
		ValidArgsFunction: a.completeArg(store.KindSource),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().BoolVar(&opts.text, "text", false, "print the body with the evidence passages marked")
	return cmd
}

func (o *sourceOptions) run(cmd *cobra.Command, id string) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	if id, err = db.ResolveSource(ctx, id); err != nil {
		return err
	}
	src, err := db.Source(ctx, id, o.text)
	if err != nil {
		return err
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, src)
	case formatCSV:
		header, row := sourceCSVHeader, sourceCSVRow(src.SourceSummary)
		if src.Body != nil {
			header, row = append(slices.Clone(header), "body"), append(row, *src.Body)
		}
		return writeCSV(out, header, [][]string{row})
	}
	o.printSource(out, src)
	return nil
}

func (o *sourceOptions) printSource(w io.Writer, src *store.Source) {
	s := o.app.io.styles()
	width := o.app.io.Width
	fmt.Fprintf(w, "%s%s%s\n", s.bold, src.ID, s.reset)
	field := func(name, value string) { printWrapped(w, fmt.Sprintf("%-10s ", name+":"), value, width) }
	field("title", orUnknown(src.Title))
	field("outlet", orUnknown(src.Outlet))
	field("url", orUnknown(src.URL))
	pub := publishedText(src.Published)
	if src.Published != nil && src.Published.Basis != "" {
		pub += "; " + src.Published.Basis
	}
	field("published", pub)
	field("added", src.AddedAt)
	c := src.Counts
	field("facts", fmt.Sprintf("%s, %s, %s, %s, %s; %s",
		count(c.Statements, "statement"), count(c.Roles, "role"), count(c.Positions, "position"),
		count(c.ControlFigures, "control figure"), count(c.Events, "event"), count(src.Characters, "character")))

	section(w, s, fmt.Sprintf("Links (%d)", len(src.Links)))
	if len(src.Links) == 0 {
		none(w)
	}
	for _, l := range src.Links {
		line := fmt.Sprintf("%d. %s (%s), url %s", l.Position, l.Title, strings.ReplaceAll(l.Kind, "_", " "), orUnknown(l.URL))
		printWrapped(w, "  ", line, width)
	}

	if src.Body != nil {
		section(w, s, fmt.Sprintf("Text, with %s marked", count(len(src.Passages), "statement passage")))
		open := func(id string) string { return s.bold + "[[" + id + ":" + s.reset + " " }
		closing := func(id string, only bool) string {
			if only {
				return s.bold + "]]" + s.reset
			}
			return s.bold + "[[/" + id + "]]" + s.reset
		}
		fmt.Fprintln(w, strings.TrimRight(markPassages(*src.Body, src.Passages, open, closing), "\n "))
	}
}

// markPassages returns body with each passage opened by open(id) and
// closed by close(id, only), spans being in Unicode characters. only is
// true when the passage closing is the one passage open: a bare close mark
// is then unambiguous. Where passages overlap, the close must name the
// passage it ends, since it may not be the last one opened; no passage is
// ever split in two.
func markPassages(body string, passages []store.Passage, open func(id string) string, close func(id string, only bool) string) string {
	rs := []rune(body)
	starts := map[int][]store.Passage{}
	ends := map[int]bool{}
	for _, p := range passages {
		if p.Span.Start < 0 || p.Span.End > len(rs) || p.Span.Start >= p.Span.End {
			continue // a span outside the body is not marked rather than misplaced
		}
		starts[p.Span.Start] = append(starts[p.Span.Start], p)
		ends[p.Span.End] = true
	}
	var b strings.Builder
	var opened []store.Passage // in the order they were opened
	for i := 0; i <= len(rs); i++ {
		if ends[i] {
			// the innermost (last opened) first
			for j := len(opened) - 1; j >= 0; j-- {
				if opened[j].Span.End == i {
					b.WriteString(close(opened[j].StatementID, len(opened) == 1))
					opened = slices.Delete(opened, j, j+1)
				}
			}
		}
		// longest first, so that shorter passages starting here nest inside
		ps := starts[i]
		slices.SortStableFunc(ps, func(x, y store.Passage) int { return y.Span.End - x.Span.End })
		for _, p := range ps {
			b.WriteString(open(p.StatementID))
			opened = append(opened, p)
		}
		if i < len(rs) {
			b.WriteRune(rs[i])
		}
	}
	return b.String()
}

func orUnknown(p *string) string {
	if p == nil || *p == "" {
		return unknown
	}
	return *p
}

func publishedText(d *store.Date) string {
	if d == nil {
		return unknown
	}
	return dateText(d)
}
