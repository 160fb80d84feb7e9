package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"kb/internal/render"
	"kb/store"
)

// sqlView is the SQL console: the query, its columns and rows, and how it
// ended.
type sqlView struct {
	Query    string
	Columns  []string
	Rows     [][]any
	Capped   bool // MaxRows reached, or MaxResultBytes
	MaxRows  int
	Timeout  string
	Examples []string
	Error    string // why the query gave no rows, shown above the form's query
}

// errTooBig stops a query whose rows outgrow the response bound.
var errTooBig = errors.New("result too large")

// collect is a store.RowSink that keeps the rows, within a byte bound.
type collect struct {
	cols  []string
	rows  [][]any
	bytes int
	max   int
}

func (c *collect) Columns(names []string) error { c.cols = names; return nil }

func (c *collect) Row(vals []any) error {
	row := make([]any, len(vals))
	for i, v := range vals {
		switch v := v.(type) {
		case []byte:
			c.bytes += 2*len(v) + 3
			row[i] = append([]byte(nil), v...)
		case string:
			c.bytes += len(v)
			row[i] = v
		default:
			c.bytes += 8
			row[i] = v
		}
	}
	if c.bytes > c.max {
		return errTooBig
	}
	c.rows = append(c.rows, row)
	return nil
}

// Queries shown under an empty console.
var sqlExamples = []string{
	"SELECT speaker, speaker_role, kind, text, said_on, source_id FROM who_said_what LIMIT 20",
	"SELECT holder, polarity, stance FROM stances ORDER BY topic_id",
	"SELECT territory, controller, kind, qualifier, as_of FROM control_figures",
	"SELECT person, title, organization, status FROM person_roles",
}

func (s *Server) sql(r *request) error {
	query := r.URL.Query().Get("q")
	if len(query) > s.opts.MaxSQLBytes {
		return badRequest("the query is %d bytes long; at most %d", len(query), s.opts.MaxSQLBytes)
	}
	v := sqlView{Query: query, MaxRows: s.opts.MaxRows, Timeout: s.opts.SQLTimeout.String(), Examples: sqlExamples}
	if strings.TrimSpace(query) == "" {
		if r.format != "html" {
			return badRequest("no query: give ?q=SELECT ...")
		}
		return r.respond(view{Page: "sql", Title: "SQL", Section: "sql", Data: v}, nil, &render.Table{})
	}
	sink := &collect{max: s.opts.MaxResultBytes}
	res, err := s.ro.Query(r.Context(), query, store.QueryOptions{MaxRows: s.opts.MaxRows, Timeout: s.opts.SQLTimeout}, sink)
	switch {
	case errors.Is(err, errTooBig):
		v.Capped = true
	case err != nil:
		status, msg := statusOf(err)
		if r.format != "html" || (status != http.StatusBadRequest && status != http.StatusServiceUnavailable) {
			return err
		}
		// The console again, with the query to correct and why it failed.
		v.Error = msg
		return r.respondStatus(status, view{Page: "sql", Title: "SQL", Section: "sql", Data: v}, nil, nil)
	}
	v.Columns, v.Rows = sink.cols, sink.rows
	v.Capped = v.Capped || res.Capped
	if v.Capped {
		// JSON and CSV have no place for a note; a header says it is cut.
		r.w.Header().Set("X-KB-Truncated", fmt.Sprintf("stopped after %d rows; the query has more", len(v.Rows)))
	}
	t := render.Table{Header: v.Columns, Rows: [][]string{}}
	for _, row := range v.Rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = render.Cell(c, "")
		}
		t.Rows = append(t.Rows, cells)
	}
	return r.respond(view{Page: "sql", Title: "SQL", Section: "sql", Data: v}, sqlRows{v.Columns, v.Rows}, &t)
}

// sqlRows is the JSON of a query, as `kb sql -o json` writes it: an array
// with one object per row, keys in column order.
type sqlRows struct {
	cols []string
	rows [][]any
}

func (q sqlRows) MarshalJSON() ([]byte, error) {
	keys := render.RowKeys(q.cols)
	var b bytes.Buffer
	b.WriteByte('[')
	for n, row := range q.rows {
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('{')
		for i, v := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := marshal(&b, keys[i]); err != nil {
				return nil, err
			}
			b.WriteByte(':')
			if err := marshal(&b, render.JSONValue(v)); err != nil {
				return nil, err
			}
		}
		b.WriteByte('}')
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}

// marshal writes v as JSON without escaping HTML, as kb sql -o json does.
func marshal(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode's newline
	return nil
}
