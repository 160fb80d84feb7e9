package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"kb/store"
)

// Helpers shared by the lookup commands (people, org, topic, quotes,
// territory, sources, schema): source lines, empty answers, dates and
// shell completion of names.

// printSource writes the "source: ID" line every fact shown carries and,
// with --evidence, the passage it is taken from.
func printSource(w io.Writer, s styles, width int, indent, sourceID, evidence string, withEvidence bool) {
	fmt.Fprintf(w, "%s%ssource: %s%s\n", indent, s.dim, sourceID, s.reset)
	if withEvidence && evidence != "" {
		printWrapped(w, indent+"evidence: ", evidence, width)
	}
}

// factTable is a table of facts, each with its source and evidence.
type factTable struct {
	header   []string
	rows     [][]string
	sources  []string // the source id of each row
	evidence []string // the passage of each row
}

func (t *factTable) add(row []string, sourceID, evidence string) {
	t.rows = append(t.rows, row)
	t.sources = append(t.sources, sourceID)
	t.evidence = append(t.evidence, evidence)
}

// print writes the table fitted to width. Every fact names its source:
// in a column when the rows come from several sources, or in one line
// under the table when they all come from the same one, which leaves the
// width to the facts. withEvidence adds a column of passages.
func (t *factTable) print(w io.Writer, s styles, width int, withEvidence bool) {
	header := slices.Clone(t.header)
	one := len(t.sources) > 0
	for _, id := range t.sources {
		one = one && id == t.sources[0]
	}
	if !one {
		header = append(header, "source")
	}
	if withEvidence {
		header = append(header, "evidence")
	}
	rows := make([][]string, len(t.rows))
	for i, r := range t.rows {
		rows[i] = slices.Clone(r)
		if !one {
			rows[i] = append(rows[i], t.sources[i])
		}
		if withEvidence {
			rows[i] = append(rows[i], t.evidence[i])
		}
	}
	printTable(w, s, width, header, rows)
	if one {
		fmt.Fprintf(w, "%ssource: %s%s\n", s.dim, t.sources[0], s.reset)
	}
}

// section writes a bold section heading preceded by a blank line.
func section(w io.Writer, s styles, title string) {
	fmt.Fprintf(w, "\n%s%s%s\n", s.bold, title, s.reset)
}

// none says that a list is empty, so a section is never silently blank.
func none(w io.Writer) { fmt.Fprintln(w, "  none recorded") }

// saySo tells the user on stderr that a lookup found nothing. Filters
// and lists that match nothing are not errors: they exit 0 with an empty
// document on stdout (JSON and CSV stay parseable) and this line.
func (a *app) saySo(format string, args ...any) {
	fmt.Fprintf(a.io.Err, "kb: %s\n", shorten(fmt.Sprintf(format, args...)))
}

// datePattern is a date as --since and --until take it.
var datePattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// checkDate accepts YYYY, YYYY-MM and YYYY-MM-DD, and only real dates.
func checkDate(flag, v string) error {
	if v == "" {
		return nil
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(v)]
	if !datePattern.MatchString(v) || layout == "" {
		return usagef("--%s %q is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", flag, v)
	}
	if _, err := time.Parse(layout, v); err != nil {
		return usagef("--%s %q is not a date: no such day or month", flag, v)
	}
	return nil
}

// dateCell renders a date for a table cell: an inferred date is marked
// with an asterisk, which inferredNote explains under the table.
func dateCell(d *store.Date) string { return dateMarked(d, "*") }

// inferredNote explains the asterisk of dateCell when any date has it.
func inferredNote(w io.Writer, s styles, any bool) {
	if any {
		fmt.Fprintf(w, "%s* inferred from the source's words, not stated (the JSON output gives the basis)%s\n", s.dim, s.reset)
	}
}

// entityCommands names the command that shows each kind of entity.
var entityCommands = []struct {
	kind store.Kind
	cmd  string
}{
	{store.KindPerson, "person"},
	{store.KindOrganization, "org"},
	{store.KindTopic, "topic"},
	{store.KindTerritory, "territory"},
}

// resolve is db.Resolve for one kind; when no entity of that kind has the
// name but one of another kind does, the error names the command to use
// ("Kremlin is an organization: `kb org Kremlin`").
func (a *app) resolve(ctx context.Context, db *store.DB, name string, kind store.Kind) (store.Match, error) {
	m, err := a.resolveAny(ctx, db, name, kind)
	var e *store.Error
	if !errors.As(err, &e) || e.Code != store.ENOTFOUND {
		return m, err
	}
	for _, other := range entityCommands {
		if other.kind == kind {
			continue
		}
		if o, oerr := db.Resolve(ctx, name, other.kind); oerr == nil {
			arg := name
			if strings.ContainsAny(arg, " \t'\"") {
				arg = strconv.Quote(arg)
			}
			e.Message = fmt.Sprintf("no %s named %q, but %s is a%s %s: `kb %s %s`", kind, name, o.Name, article(string(o.Kind)), o.Kind, other.cmd, arg)
			break
		}
	}
	return m, err
}

// resolveAny is db.Resolve for a name given on the command line: a name
// with nothing to look up (empty, too long, not UTF-8) is bad usage (exit
// 2), as an empty search is; and when the name resolved as an id that
// other entities also answer to, stderr names them.
func (a *app) resolveAny(ctx context.Context, db *store.DB, name string, kinds ...store.Kind) (store.Match, error) {
	m, err := db.Resolve(ctx, name, kinds...)
	if store.ErrorCode(err) == store.EINVALID {
		return m, usageError{err}
	}
	if err == nil && len(m.Shadowed) > 0 {
		others := make([]string, len(m.Shadowed))
		for i, o := range m.Shadowed {
			others[i] = fmt.Sprintf("%s (%s %s)", o.Name, o.Kind, o.ID)
		}
		a.saySo("%q is the id of %s; also named so: %s", name, m.Name, strings.Join(others, ", "))
	}
	return m, err
}

func article(word string) string {
	if strings.ContainsRune("aeiou", rune(word[0])) {
		return "n"
	}
	return ""
}

// completionLimit bounds the names offered for one completion.
const completionLimit = 200

// completeNames returns a completion function offering the names of kinds
// from the database. It never creates the database: when it is missing or
// unusable there are simply no completions.
func (a *app) completeNames(kinds ...store.Kind) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return a.namesFor(cmd.Context(), toComplete, kinds), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeArg is completeNames for a command's one positional argument.
func (a *app) completeArg(kinds ...store.Kind) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	names := a.completeNames(kinds...)
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return names(cmd, args, toComplete)
	}
}

func (a *app) namesFor(ctx context.Context, prefix string, kinds []store.Kind) []string {
	var names []string
	a.withExistingDB(ctx, func(db *store.DB) {
		names, _ = db.Names(ctx, prefix, completionLimit, kinds...)
	})
	return names
}

// withExistingDB runs fn on the database when it exists and is at this
// binary's schema, and does nothing otherwise: completion must never create
// a database, nor print errors into the shell.
func (a *app) withExistingDB(ctx context.Context, fn func(*store.DB)) {
	if ctx == nil {
		ctx = context.Background()
	}
	path := a.dbPath
	if path == "" {
		path = defaultDBPath(a.io.Getenv)
	}
	db, err := store.Open(ctx, path) // refuses a missing file: nothing is created
	if err != nil {
		return
	}
	defer db.Close()
	if db.EnsureSchema(ctx) != nil {
		return
	}
	fn(db)
}
