package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"kb/internal/render"
	"kb/store"
)

type sqlOptions struct {
	app     *app
	format  outputFormat
	timeout time.Duration
	maxRows int
}

func newSQLCmd(a *app) *cobra.Command {
	opts := &sqlOptions{app: a}
	cmd := &cobra.Command{
		Use:   "sql QUERY|-",
		Short: "Run one read-only SQL statement and stream its rows",
		Long: `sql runs one SQL statement (SELECT, WITH, VALUES, PRAGMA or EXPLAIN) on a
read-only connection and prints its rows as they come. With - it reads the
statement from stdin. Anything that would write is refused and changes
nothing: INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ATTACH, VACUUM (also
VACUUM INTO), PRAGMAs that set a value, a second statement after a ';'.

The views who_said_what, person_roles, control_figures, stances and
statement_speaker_roles are the stable way in; kb schema describes every
table and view, column by column.

NULL is shown as NULL in a table, null in JSON and an empty field in CSV;
a BLOB as x'hex'. JSON is an array with one object per row, keyed by column
name (a repeated name gets _2, _3, ...). A table is aligned on its first
100 rows; a later row that does not fit widens its columns while the
terminal has room, and wraps after that. Cells wrap at spaces, never inside
a word; when the columns cannot fit the width that way (a wide SELECT *),
each row is printed as a record instead, one column a line. The width is
the terminal's, or $COLUMNS when set, or 100 in a pipe.`,
		Example: `  kb sql "select speaker, text from who_said_what"
  kb sql -o csv "select * from stances" > stances.csv
  echo "select count(*) from statements" | kb sql -`,
		Args: exactArgs(1, "one QUERY (quote it), or - to read it from stdin"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().DurationVar(&opts.timeout, "timeout", 10*time.Second, "stop the query after this long (0 for no limit)")
	cmd.Flags().IntVar(&opts.maxRows, "max-rows", 0, "print at most this many rows (0 for all)")
	return cmd
}

func (o *sqlOptions) run(cmd *cobra.Command, query string) error {
	if o.timeout < 0 {
		return usagef("--timeout must not be negative")
	}
	if o.maxRows < 0 {
		return usagef("--max-rows must not be negative")
	}
	if query == "-" {
		b, err := io.ReadAll(o.app.io.In)
		if err != nil {
			return fmt.Errorf("reading the query from stdin: %w", err)
		}
		query = string(b)
	}
	if strings.TrimSpace(query) == "" {
		// as kb search "": nothing was asked, which is bad usage
		return usagef("no SQL to run: the query is empty (give one statement, or - to read it from stdin)")
	}
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		return err
	}
	// closed before the read-write db, which then removes the WAL files
	defer ro.Close()

	out := bufio.NewWriter(o.app.io.Out)
	var sink rowWriter
	switch o.format {
	case formatJSON:
		sink = &jsonRows{w: out}
	case formatCSV:
		sink = &csvRows{w: csv.NewWriter(out)}
	default:
		sink = &tableRows{w: out, st: o.app.io.styles(), width: o.app.io.Width}
	}
	res, qerr := ro.Query(ctx, query, store.QueryOptions{MaxRows: o.maxRows, Timeout: o.timeout}, sink)
	if err := sink.finish(); err != nil && qerr == nil {
		qerr = err
	}
	if err := out.Flush(); err != nil && qerr == nil {
		qerr = err
	}
	if qerr != nil {
		return qerr
	}
	switch {
	case res.Capped:
		o.app.saySo("stopped after %s (--max-rows); the query has more", count(res.Rows, "row"))
	case res.Rows == 0:
		o.app.saySo("the query returned no rows")
	}
	return nil
}

// rowWriter is a store.RowSink that also ends its output: a JSON array is
// closed even when the query fails part way, so what was written parses.
type rowWriter interface {
	store.RowSink
	finish() error
}

// csvRows writes RFC 4180 CSV with a header row; NULL is an empty field.
type csvRows struct {
	w      *csv.Writer
	record []string
}

func (c *csvRows) Columns(names []string) error {
	c.record = make([]string, len(names))
	return c.w.Write(names)
}

func (c *csvRows) Row(vals []any) error {
	for i, v := range vals {
		c.record[i] = render.Cell(v, "")
	}
	return c.w.Write(c.record)
}

func (c *csvRows) finish() error {
	c.w.Flush()
	return c.w.Error()
}

// jsonRows streams a JSON array of objects, one per row, keys in column
// order.
type jsonRows struct {
	w       *bufio.Writer
	keys    [][]byte // each column's key, encoded, with the colon
	started bool     // the opening bracket is written
	rows    int
}

func (j *jsonRows) Columns(names []string) error {
	for _, key := range render.RowKeys(names) {
		b, err := json.Marshal(key)
		if err != nil {
			return err
		}
		j.keys = append(j.keys, append(b, ':', ' '))
	}
	j.started = true
	_, err := j.w.WriteString("[")
	return err
}

func (j *jsonRows) Row(vals []any) error {
	if j.rows > 0 {
		j.w.WriteString(",")
	}
	j.rows++
	j.w.WriteString("\n  {")
	for i, v := range vals {
		if i > 0 {
			j.w.WriteString(", ")
		}
		j.w.Write(j.keys[i])
		b, err := jsonValue(v)
		if err != nil {
			return err
		}
		j.w.Write(b)
	}
	_, err := j.w.WriteString("}")
	return err
}

func (j *jsonRows) finish() error {
	switch {
	case !j.started:
		return nil
	case j.rows == 0:
		_, err := j.w.WriteString("]\n")
		return err
	}
	_, err := j.w.WriteString("\n]\n")
	return err
}

// jsonValue encodes one value: numbers as numbers (infinities, which JSON
// lacks, as the strings "Infinity" and "-Infinity"), NULL as null, a BLOB
// as its x'hex' string.
func jsonValue(v any) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return []byte("null"), nil
	case int64:
		return strconv.AppendInt(nil, v, 10), nil
	case float64:
		switch {
		case math.IsInf(v, 1):
			return []byte(`"Infinity"`), nil
		case math.IsInf(v, -1):
			return []byte(`"-Infinity"`), nil
		case math.IsNaN(v):
			return []byte("null"), nil
		}
		return json.Marshal(v)
	case string:
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return nil, err
		}
		return []byte(strings.TrimSuffix(b.String(), "\n")), nil
	}
	return json.Marshal(render.Cell(v, ""))
}

// tableAlignRows is how many rows a streamed table is aligned on.
const tableAlignRows = 100

// tableRows prints aligned columns. It holds back the first rows to size
// the columns, then prints every later row as it comes with those widths,
// wrapping what does not fit at spaces. When the columns cannot fit the
// width without breaking words (a wide SELECT *), it prints each row as a
// record instead, one column a line.
type tableRows struct {
	w        io.Writer
	st       styles
	width    int
	header   []string
	pending  [][]string
	widths   []int // nil until the columns are sized
	records  bool  // one column a line, rather than columns side by side
	rowCount int
}

func (t *tableRows) Columns(names []string) error {
	t.header = make([]string, len(names))
	for i, n := range names {
		t.header[i] = strings.ToUpper(n)
	}
	return nil
}

func (t *tableRows) Row(vals []any) error {
	cells := make([]string, len(vals))
	for i, v := range vals {
		cells[i] = printable(render.Cell(v, "NULL"))
	}
	if t.widths != nil {
		t.emit(cells)
		return nil
	}
	t.pending = append(t.pending, cells)
	if len(t.pending) >= tableAlignRows {
		t.flushPending()
	}
	return nil
}

func (t *tableRows) finish() error {
	if len(t.header) > 0 && t.widths == nil {
		t.flushPending()
	}
	return nil
}

func (t *tableRows) flushPending() {
	n := len(t.header)
	t.widths = make([]int, n)
	words := make([]int, n)
	for i, h := range t.header {
		t.widths[i] = utf8.RuneCountInString(h)
		words[i] = longestWord(h)
	}
	for _, r := range t.pending {
		for i, c := range r {
			t.widths[i] = max(t.widths[i], utf8.RuneCountInString(c))
			words[i] = max(words[i], longestWord(c))
		}
	}
	avail := t.width - 2*(n-1)
	fitWidthsToWords(t.widths, words, avail)
	used := 0
	for _, w := range t.widths {
		used += w
	}
	t.records = used > avail && n > 1
	if !t.records {
		t.line(t.header, t.st.bold, t.st.reset)
	}
	for _, r := range t.pending {
		t.emit(r)
	}
	t.pending = nil
}

// emit prints one row, as a line of columns or as a record.
func (t *tableRows) emit(cells []string) {
	t.rowCount++
	if !t.records {
		t.widen(cells)
		t.line(cells, "", "")
		return
	}
	label := 0
	for _, h := range t.header {
		label = max(label, utf8.RuneCountInString(h))
	}
	fmt.Fprintf(t.w, "%s-[ row %d ]%s\n", t.st.bold, t.rowCount, t.st.reset)
	for i, c := range cells {
		name := t.header[i] + strings.Repeat(" ", label-utf8.RuneCountInString(t.header[i])) + "  "
		for j, l := range wrapCell(c, max(20, t.width-label-2)) {
			if j > 0 {
				name = strings.Repeat(" ", label+2)
			}
			fmt.Fprintf(t.w, "%s%s\n", name, l)
		}
	}
}

// widen grows the columns that a later row does not fit in, as far as the
// terminal width allows, so that a long number is not broken; rows already
// printed keep their alignment.
func (t *tableRows) widen(cells []string) {
	used := 2 * (len(t.widths) - 1)
	for _, w := range t.widths {
		used += w
	}
	for i, c := range cells {
		if n := utf8.RuneCountInString(c); n > t.widths[i] && used < t.width {
			grow := min(n-t.widths[i], t.width-used)
			t.widths[i] += grow
			used += grow
		}
	}
}

// line prints one row, its cells wrapped to the column widths.
func (t *tableRows) line(cells []string, style, reset string) {
	n := len(t.widths)
	wrapped := make([][]string, n)
	height := 1
	for i := range n {
		wrapped[i] = wrapCell(cells[i], t.widths[i])
		height = max(height, len(wrapped[i]))
	}
	var b strings.Builder
	for l := range height {
		b.Reset()
		for i := range n {
			part := ""
			if l < len(wrapped[i]) {
				part = wrapped[i][l]
			}
			if i < n-1 {
				part += strings.Repeat(" ", max(0, t.widths[i]-utf8.RuneCountInString(part))) + "  "
			}
			b.WriteString(part)
		}
		fmt.Fprintf(t.w, "%s%s%s\n", style, strings.TrimRight(b.String(), " "), reset)
	}
}

// printable replaces control characters other than newlines, so that data
// cannot move the cursor or recolour the terminal.
func printable(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case r != '\n' && unicode.IsControl(r):
			return '\uFFFD'
		}
		return r
	}, s)
}
