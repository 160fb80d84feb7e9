package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"kb/internal/wording"
	"kb/store"
)

type statementOptions struct {
	app    *app
	format outputFormat
}

func newStatementCmd(a *app) *cobra.Command {
	opts := &statementOptions{app: a}
	cmd := &cobra.Command{
		Use:   "statement ID",
		Short: "Show a statement and how each source that reports it words it",
		Long: `statement shows one statement: its speaker, the role the speaker held when it
was said, its text, and every source that reports it, with the words that
source prints and the words that differ from the first report (the source
whose fact file defines the statement): who quoted whom how, and where a
quote was trimmed or changed. A wording kb does not know (a re-report that
gave none and whose passage does not hold the text) is shown as "unknown".`,
		Example: `  kb statement kellogg-really-close
  kb statement kellogg-really-close -o json`,
		Args:              exactArgs(1, "one statement ID (`kb quotes` and `kb source ID --text` show them)"),
		ValidArgsFunction: a.completeArg(store.KindStatement),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	return cmd
}

// statementDoc is the JSON document of `kb statement ID`.
type statementDoc struct {
	Statement store.Statement `json:"statement"`
	Reports   []reportDoc     `json:"reports"`
}

// reportDoc is one appearance of the statement, with its wording compared
// with the first report's.
type reportDoc struct {
	Source      store.SourceRef `json:"source"`
	FirstReport bool            `json:"first_report"`
	Wording     *string         `json:"wording"`
	Diff        []wording.Op    `json:"diff"` // null when the wording is unknown
	Passage     string          `json:"passage"`
	Span        store.Span      `json:"span"`
}

func (o *statementOptions) run(cmd *cobra.Command, id string) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	found, err := db.Statements(ctx, store.StatementFilter{IDs: []string{id}})
	if err != nil {
		return err
	}
	if len(found) == 0 {
		e := store.Errorf(store.ENOTFOUND, "no statement %q", id)
		ids, err := db.SuggestStatementIDs(ctx, id)
		if err != nil {
			return err
		}
		if !e.Offer(ids) {
			e.Message += " (`kb quotes` lists statements with their ids)"
		}
		return e
	}
	doc := statementDoc{Statement: found[0], Reports: reports(found[0])}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, doc)
	case formatCSV:
		rows := [][]string{}
		for _, r := range doc.Reports {
			rows = append(rows, []string{id, r.Source.ID, r.Source.Title, dateOn(r.Source.Published), fmt.Sprint(r.FirstReport),
				str(r.Wording), changesText(r), r.Passage})
		}
		return writeCSV(out, []string{"statement_id", "source_id", "source_title", "published_on", "first_report", "wording", "changes", "passage"}, rows)
	}
	s := doc.Statement
	speaker := fmt.Sprintf("%s (%s)", s.Speaker.Name, s.Speaker.ID)
	if s.SpeakerRole != nil {
		speaker += ", " + roleText(s.SpeakerRole.Title, s.SpeakerRole.Organization) + " at the time"
	}
	fmt.Fprintf(out, "%s: %s statement of %s\n", s.ID, s.Kind, speaker)
	printWrapped(out, "", "“"+s.Text+"”", o.app.io.Width)
	var facts []string
	switch {
	case s.Said != nil:
		facts = append(facts, "said "+dateText(s.Said))
	case s.Source.Published != nil:
		facts = append(facts, "date not given, source published "+dateText(s.Source.Published))
	default:
		facts = append(facts, "date not given")
	}
	if s.Setting != nil {
		setting := *s.Setting
		if s.SettingInferred {
			setting += " (inferred)"
		}
		facts = append(facts, setting)
	}
	if s.Cue != nil {
		facts = append(facts, "cue: "+*s.Cue)
	}
	if len(s.Topics) > 0 {
		facts = append(facts, "topics: "+topicNames(s.Topics))
	}
	if len(facts) > 0 {
		fmt.Fprintln(out, strings.Join(facts, " · "))
	}
	fmt.Fprintf(out, "first reported by %s\n\n", s.Source.ID)
	// A source that gives the same words in two passages (a headline and
	// the body) is one row, not two identical ones.
	rows := [][]string{}
	var passages []int
	seen := map[string]int{}
	for _, r := range doc.Reports {
		row := []string{r.Source.ID, publishedText(r.Source.Published), orUnknown(r.Wording), changesText(r)}
		key := strings.Join(row, "\x00")
		if j, ok := seen[key]; ok {
			passages[j]++
			continue
		}
		seen[key] = len(rows)
		rows = append(rows, row)
		passages = append(passages, 1)
	}
	for j, n := range passages {
		if n > 1 {
			rows[j][3] += fmt.Sprintf(", in %d passages", n)
		}
	}
	printTable(out, o.app.io.styles(), o.app.io.Width, []string{"source", "published", "wording", "differs from the first report"}, rows)
	return nil
}

// reports lists the appearances, the first report's first, each with the
// word diff of its wording against the statement's text.
func reports(s store.Statement) []reportDoc {
	var first, rest []reportDoc
	for _, a := range s.Appearances {
		r := reportDoc{Source: a.Source, FirstReport: a.Source.ID == s.Source.ID, Wording: a.Wording, Passage: a.Passage, Span: a.Span}
		if a.Wording != nil {
			r.Diff = wording.Diff(s.Text, *a.Wording)
		}
		if r.FirstReport {
			first = append(first, r)
		} else {
			rest = append(rest, r)
		}
	}
	return append(append([]reportDoc{}, first...), rest...)
}

func changesText(r reportDoc) string {
	switch {
	case r.Wording == nil:
		return unknown
	case r.FirstReport && wording.Changes(r.Diff) == "":
		return "(first report)"
	}
	if c := wording.Changes(r.Diff); c != "" {
		return c
	}
	return "same words"
}
