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

type searchOptions struct {
	app      *app
	format   outputFormat
	evidence bool
	raw      bool
	limit    int
}

func newSearchCmd(a *app) *cobra.Command {
	opts := &searchOptions{app: a}
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Full-text search over what was said, best match first",
		Long: `search finds the statements whose words match QUERY, ranked by bm25 (best
first), each with a snippet of its text, the speaker and the role they held
when they said it, and its source.

Every word must appear (in any order, any case, with or without diacritics);
"quoted words" must appear together as a phrase; a trailing * matches any
word that starts with what comes before it (negotiat*). Everything else is
searched for as typed, so no input is a syntax error. With --raw, QUERY is
FTS5 syntax (OR, NOT, NEAR, column filters; see sqlite.org/fts5.html).

Matched words are bold on a terminal and in [brackets] otherwise (always in
JSON and CSV). A query that matches nothing is not an error: kb says so on
stderr and exits 0 with an empty list. A query with nothing to search for,
or not valid --raw syntax, is exit 2.`,
		Example: `  kb search "radical changes"
  kb search 'territor* Donbas' --evidence
  kb search --raw 'peace NOT talks' -o json`,
		Args: exactArgs(1, "one QUERY (quote a query of several words)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().BoolVar(&opts.evidence, "evidence", false, "show the passage of the source each statement is taken from")
	cmd.Flags().BoolVar(&opts.raw, "raw", false, "QUERY is FTS5 query syntax, passed through as it is")
	cmd.Flags().IntVar(&opts.limit, "limit", 20, "show at most this many hits (0 for all)")
	return cmd
}

func (o *searchOptions) run(cmd *cobra.Command, query string) error {
	if o.limit < 0 {
		return usagef("--limit must not be negative")
	}
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	st := o.app.io.styles()
	mark := [2]string{"[", "]"}
	if o.format == formatTable && st.bold != "" {
		mark = [2]string{st.bold, st.reset}
	}
	hits, err := db.Search(ctx, store.SearchOptions{Query: query, Raw: o.raw, Limit: o.limit, Mark: mark})
	if store.ErrorCode(err) == store.EINVALID {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	if len(hits) == 0 {
		o.app.saySo("no statement matches %s", quoteQuery(query))
	}
	out := o.app.io.Out
	switch o.format {
	case formatJSON:
		return writeJSON(out, searchDoc{Query: query, Raw: o.raw, Hits: hits})
	case formatCSV:
		return writeCSV(out, searchCSVHeader, searchCSVRows(hits))
	}
	o.printHits(out, st, hits)
	return nil
}

// searchDoc is the JSON document of `kb search`.
type searchDoc struct {
	Query string            `json:"query"`
	Raw   bool              `json:"raw"`
	Hits  []store.SearchHit `json:"hits"`
}

// printHits writes each hit as a numbered block: the snippet, who said it
// in what role and when, and where it is written.
func (o *searchOptions) printHits(w io.Writer, s styles, hits []store.SearchHit) {
	width := o.app.io.Width
	for i, h := range hits {
		if i > 0 {
			fmt.Fprintln(w)
		}
		st := h.Statement
		printWrapped(w, fmt.Sprintf("%3d. ", h.Rank), h.Snippet+" ("+st.Kind+")", width)
		printWrapped(w, "     ", attribution(st), width)
		printIDAndTopics(w, width, st)
		printAppearances(w, s, width, st, o.evidence)
	}
}

// The CSV of hits is shared with kb serve (internal/render).
var searchCSVHeader = render.SearchHeader

func searchCSVRows(hits []store.SearchHit) [][]string { return render.Search(hits).Rows }

// quoteQuery echoes a query back: in double quotes, or, when it holds a
// "phrase" (search syntax), in single quotes as it was typed in a shell,
// rather than with Go's \" escapes.
func quoteQuery(q string) string {
	if strings.Contains(q, `"`) && !strings.Contains(q, "'") && strconv.CanBackquote(q) {
		return "'" + q + "'"
	}
	return strconv.Quote(q)
}
