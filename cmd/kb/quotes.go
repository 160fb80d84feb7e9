package main

import (
	"strings"

	"github.com/spf13/cobra"

	"kb/store"
)

type quotesOptions struct {
	app      *app
	format   outputFormat
	evidence bool
	by       string
	topic    string
	source   string
	kind     string
	since    string
	until    string
	limit    int
}

func newQuotesCmd(a *app) *cobra.Command {
	opts := &quotesOptions{app: a}
	cmd := &cobra.Command{
		Use:     "quotes",
		Aliases: []string{"said"},
		Short:   "List statements, newest first, filtered by speaker, topic, source, kind and date",
		Long: `quotes lists statements newest first (by the date said, or else the date the
source was published), each with the role its speaker held when it was said
and its source. Filters combine:

  --by NAME       said by a person or an organization (any alias); for an
                  organization, also what people said on its behalf
  --topic NAME    about the topic or any topic under it
  --source ID     appearing in the source
  --kind KIND     direct (quoted words) or reported
  --since DATE    said on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --until DATE    said on or before DATE; a date known only to the month
                  or week counts when its span overlaps the range
  --limit N       at most N statements

Filters that match nothing are not an error: kb says so on stderr and
exits 0 with an empty list.`,
		Example: `  kb quotes --by Kremlin
  kb said --by zelensky --kind direct
  kb quotes --topic Donbas --since 2025-12 -o csv`,
		Args: exactArgs(0, "no arguments; filter with flags such as --by NAME"),
		RunE: func(cmd *cobra.Command, args []string) error { return opts.run(cmd) },
	}
	addFormatFlag(cmd, &opts.format)
	f := cmd.Flags()
	f.BoolVar(&opts.evidence, "evidence", false, "show the passage of the source each statement is taken from")
	f.StringVar(&opts.by, "by", "", "said by this person or organization (any alias)")
	f.StringVar(&opts.topic, "topic", "", "about this topic or any topic under it")
	f.StringVar(&opts.source, "source", "", "appearing in the source with this id")
	f.StringVar(&opts.kind, "kind", "", "direct or reported")
	f.StringVar(&opts.since, "since", "", "said on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&opts.until, "until", "", "said on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.IntVar(&opts.limit, "limit", 0, "show at most this many (0: all)")
	cmd.RegisterFlagCompletionFunc("by", a.completeNames(store.KindPerson, store.KindOrganization))
	cmd.RegisterFlagCompletionFunc("topic", a.completeNames(store.KindTopic))
	cmd.RegisterFlagCompletionFunc("source", a.completeNames(store.KindSource))
	cmd.RegisterFlagCompletionFunc("kind", cobra.FixedCompletions([]string{"direct", "reported"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// quotesDoc is the JSON document of `kb quotes`: the filter as resolved,
// and the statements.
type quotesDoc struct {
	Filter     quotesFilter      `json:"filter"`
	Statements []store.Statement `json:"statements"`
}

type quotesFilter struct {
	By     *store.Entity `json:"by"`
	Topic  *store.Entity `json:"topic"`
	Source *string       `json:"source"`
	Kind   *string       `json:"kind"`
	Since  *string       `json:"since"`
	Until  *string       `json:"until"`
	Limit  *int          `json:"limit"`
}

func (o *quotesOptions) validate() error {
	if o.kind != "" && o.kind != "direct" && o.kind != "reported" {
		return usagef("--kind must be direct or reported, not %q", o.kind)
	}
	if o.limit < 0 {
		return usagef("--limit must be 0 (all) or more, not %d", o.limit)
	}
	if err := checkDate("since", o.since); err != nil {
		return err
	}
	if err := checkDate("until", o.until); err != nil {
		return err
	}
	if o.since != "" && o.until != "" && o.until < o.since[:min(len(o.since), len(o.until))] {
		return usagef("--until %s is before --since %s", o.until, o.since)
	}
	return nil
}

func (o *quotesOptions) run(cmd *cobra.Command) error {
	if err := o.validate(); err != nil {
		return err
	}
	// An empty --by would otherwise filter nothing and list everything.
	for _, f := range []string{"by", "topic", "source"} {
		if fl := cmd.Flags().Lookup(f); fl.Changed && strings.TrimSpace(fl.Value.String()) == "" {
			return usagef("--%s is empty: give a name, or leave the flag out", f)
		}
	}
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	f := store.StatementFilter{Kind: o.kind, Since: o.since, Until: o.until, Limit: o.limit}
	var doc quotesDoc
	if o.by != "" {
		m, err := o.app.resolveAny(ctx, db, o.by, store.KindPerson, store.KindOrganization)
		if err != nil {
			return err
		}
		if m.Kind == store.KindPerson {
			f.PersonID = m.ID
		} else {
			f.OrganizationID = m.ID
		}
		doc.Filter.By = &store.Entity{Kind: m.Kind, ID: m.ID, Name: m.Name}
	}
	if o.topic != "" {
		m, err := o.app.resolveAny(ctx, db, o.topic, store.KindTopic)
		if err != nil {
			return err
		}
		f.TopicTree = m.ID
		doc.Filter.Topic = &store.Entity{Kind: m.Kind, ID: m.ID, Name: m.Name}
	}
	if o.source != "" {
		if f.SourceID, err = db.ResolveSource(ctx, o.source); err != nil {
			return err
		}
		doc.Filter.Source = &f.SourceID
	}
	doc.Filter.Kind, doc.Filter.Since, doc.Filter.Until = optional(o.kind), optional(o.since), optional(o.until)
	if o.limit > 0 {
		doc.Filter.Limit = &o.limit
	}
	if doc.Statements, err = db.Statements(ctx, f); err != nil {
		return err
	}
	if len(doc.Statements) == 0 {
		o.app.saySo("no statements match")
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, doc)
	case formatCSV:
		return writeCSV(out, statementCSVHeader, statementCSVRows(doc.Statements))
	}
	s := o.app.io.styles()
	for i, st := range doc.Statements {
		printStatement(out, s, o.app.io.Width, i+1, st, o.evidence)
	}
	return nil
}

// optional is nil for an empty string, so JSON shows an unset filter as null.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
