package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"kb/internal/render"
	"kb/store"
)

// request is one request to a page, with the format asked for by the
// path's extension: .json, .csv, or HTML.
type request struct {
	*http.Request
	w      http.ResponseWriter
	s      *Server
	format string  // "html", "json" or "csv"
	keep   *cached // where to keep the page rendered, when it may be cached
}

func formatOf(path string) string {
	switch {
	case strings.HasSuffix(path, ".json"):
		return "json"
	case strings.HasSuffix(path, ".csv"):
		return "csv"
	}
	return "html"
}

// page adapts a handler that returns an error to net/http; the error
// becomes an error page in the format asked for. A page rendered while the
// database has not changed since is served from the cache.
func (s *Server) page(h func(*request) error) http.HandlerFunc {
	return s.handle(h, true)
}

// uncached is page for the SQL console, whose queries may give a new
// answer every time (random(), the clock).
func (s *Server) uncached(h func(*request) error) http.HandlerFunc {
	return s.handle(h, false)
}

func (s *Server) handle(h func(*request) error, cacheable bool) http.HandlerFunc {
	return func(w http.ResponseWriter, hr *http.Request) {
		r := &request{Request: hr, w: w, s: s, format: formatOf(hr.URL.Path)}
		if cacheable && s.cache != nil {
			v, err := s.watch.Version(hr.Context())
			if err != nil {
				s.fail(r, err)
				return
			}
			key := hr.URL.RequestURI()
			if p, ok := s.cache.get(key, v); ok {
				w.Header().Set("X-KB-Cache", "hit")
				r.write(http.StatusOK, p.ctype, p.body)
				return
			}
			// Requests for a page being rendered wait for it rather than
			// render it again, so a crowd asking for one slow page costs
			// one rendering.
			done, first := s.cache.claim(key, v)
			if !first {
				select {
				case <-done:
				case <-hr.Context().Done():
					s.fail(r, hr.Context().Err())
					return
				}
				if p, ok := s.cache.get(key, v); ok {
					w.Header().Set("X-KB-Cache", "hit")
					r.write(http.StatusOK, p.ctype, p.body)
					return
				}
			} else {
				defer s.cache.release(key, v)
			}
			r.keep = &cached{key: key, version: v}
		}
		if err := h(r); err != nil {
			s.fail(r, err)
		}
	}
}

// id is the {id} of the path without its .json or .csv.
func (r *request) id() string {
	id := r.PathValue("id")
	switch r.format {
	case "json":
		return strings.TrimSuffix(id, ".json")
	case "csv":
		return strings.TrimSuffix(id, ".csv")
	}
	return id
}

// view is what the layout shows around a page.
type view struct {
	Page    string // the template that renders the content
	Title   string
	Section string // the navigation entry to mark
	Query   string // put back in the search box
	JSONURL string
	CSVURL  string
	JSONLD  any
	Data    any
}

// alternates are the URLs of the page's JSON and, when csv, CSV.
func (r *request) alternates(v *view, csv bool) {
	u := *r.URL
	base := u.Path
	u.Path = base + ".json"
	if base == "/" {
		u.Path = "/index.json"
	}
	v.JSONURL = u.String()
	if csv {
		u.Path = base + ".csv"
		v.CSVURL = u.String()
	}
}

// respond writes the page as HTML, doc as JSON or table as CSV, as asked;
// a page with no CSV (table nil) is 404 in CSV.
func (r *request) respond(v view, doc any, table *render.Table) error {
	return r.respondStatus(http.StatusOK, v, doc, table)
}

// respondStatus is respond with another status: a page that shows its own
// error (the SQL console keeps the query in its form to be corrected).
func (r *request) respondStatus(status int, v view, doc any, table *render.Table) error {
	var buf bytes.Buffer
	var ctype string
	switch r.format {
	case "json":
		ctype = "application/json; charset=utf-8"
		if err := render.JSON(&buf, doc); err != nil {
			return err
		}
	case "csv":
		if table == nil {
			return notFound("this page has no CSV form; its JSON is at .json", nil)
		}
		ctype = "text/csv; charset=utf-8"
		if err := render.CSV(&buf, *table); err != nil {
			return err
		}
	default:
		r.alternates(&v, table != nil)
		ctype = "text/html; charset=utf-8"
		t := r.s.pages[v.Page]
		if t == nil {
			return fmt.Errorf("no template %q", v.Page)
		}
		if err := t.ExecuteTemplate(&buf, "layout", v); err != nil {
			return err
		}
	}
	if r.keep != nil {
		r.keep.ctype, r.keep.body = ctype, buf.Bytes()
		r.s.cache.put(r.keep)
	}
	return r.write(status, ctype, buf.Bytes())
}

func (r *request) write(status int, ctype string, body []byte) error {
	h := r.w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-cache") // the database may change under us
	h.Set("Content-Length", strconv.Itoa(len(body)))
	r.w.WriteHeader(status)
	if r.Method != http.MethodHead {
		r.w.Write(body)
	}
	return nil
}

// errorDoc is the JSON of an error.
type errorDoc struct {
	Error struct {
		Status      int          `json:"status"`
		Message     string       `json:"message"`
		Suggestions []suggestion `json:"suggestions"`
	} `json:"error"`
}

type suggestion struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

type errorView struct {
	Status      int
	StatusText  string
	Message     string
	Suggestions []link
}

// fail answers with the error page for err in the format asked for.
func (s *Server) fail(r *request, err error) {
	status, msg := statusOf(err)
	if status == http.StatusInternalServerError {
		fmt.Fprintf(s.opts.ErrorLog, "kb serve: %s %s: %v\n", r.Method, r.URL.Path, err)
	}
	var sugg []link
	if he, ok := err.(*httpError); ok {
		sugg = he.suggestions
	}
	switch r.format {
	case "json":
		var d errorDoc
		d.Error.Status, d.Error.Message = status, msg
		d.Error.Suggestions = []suggestion{}
		for _, l := range sugg {
			d.Error.Suggestions = append(d.Error.Suggestions, suggestion{l.Name, l.URL})
		}
		var buf bytes.Buffer
		render.JSON(&buf, d)
		r.write(status, "application/json; charset=utf-8", buf.Bytes())
		return
	case "csv":
		r.write(status, "text/plain; charset=utf-8", []byte(fmt.Sprintf("%d %s: %s\n", status, http.StatusText(status), msg)))
		return
	}
	if len(sugg) > 0 {
		// The page lists them as links under "Did you mean": once is enough.
		msg, _, _ = strings.Cut(msg, "; did you mean ")
	}
	var buf bytes.Buffer
	v := view{Page: "error", Title: http.StatusText(status), Data: errorView{status, http.StatusText(status), msg, sugg}}
	if err := s.pages["error"].ExecuteTemplate(&buf, "layout", v); err != nil {
		r.write(status, "text/plain; charset=utf-8", []byte(msg+"\n"))
		return
	}
	r.write(status, "text/html; charset=utf-8", buf.Bytes())
}

// pageParams reads ?limit= and ?offset=: limit defaults to the page size,
// is at least 1 and at most MaxLimit.
func (r *request) pageParams() (store.Page, error) {
	p := store.Page{Limit: r.s.opts.PageSize}
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > r.s.opts.MaxLimit {
			return p, badRequest("limit=%s is not a page size: give a whole number from 1 to %d", shortParam(v), r.s.opts.MaxLimit)
		}
		p.Limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, badRequest("offset=%s is not an offset: give a whole number, 0 or more", shortParam(v))
		}
		p.Offset = n
	}
	return p, nil
}

// topicPositions is how many positions a topic page shows unless
// ?positions= says (0 for all), as kb topic does.
const topicPositions = 50

// positionsParam reads ?positions=: how many of a topic's positions to
// show, 0 for all.
func (r *request) positionsParam() (int, error) {
	v := r.URL.Query().Get("positions")
	if v == "" {
		return topicPositions, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, badRequest("positions=%s is not a count: give a whole number, 0 (for all) or more", shortParam(v))
	}
	return n, nil
}

// shortParam quotes a parameter for a message, cut to a readable length.
func shortParam(v string) string {
	if r := []rune(v); len(r) > 40 {
		v = string(r[:40]) + "…"
	}
	return strconv.Quote(v)
}

// listPage is how many rows a list page (people, organizations, sources)
// shows unless ?limit= says; its JSON and CSV hold the whole list, as the
// CLI's do.
const listPage = 100

// slice pages a list of n rows in HTML: the pager and the [from, to) rows
// to show. JSON and CSV get every row.
func (r *request) slice(n int) (pager, [2]int, error) {
	if r.format != "html" {
		return pager{}, [2]int{0, n}, nil
	}
	p, err := r.pageParams()
	if err != nil {
		return pager{}, [2]int{}, err
	}
	if r.URL.Query().Get("limit") == "" {
		p.Limit = listPage
	}
	from := min(p.Offset, n)
	to := min(from+p.Limit, n)
	return r.pagerFor(p, to-from, n, listPage), [2]int{from, to}, nil
}

// pager is the navigation between pages of a list.
type pager struct {
	Total, From, To int
	Prev, Next      string
}

func (r *request) pager(p store.Page, shown, total int) pager {
	return r.pagerFor(p, shown, total, r.s.opts.PageSize)
}

func (r *request) pagerFor(p store.Page, shown, total, pageSize int) pager {
	pg := pager{Total: total, From: p.Offset + 1, To: p.Offset + shown}
	if shown == 0 {
		pg.From = p.Offset
	}
	at := func(off int) string {
		u := *r.URL
		q := u.Query()
		q.Set("offset", strconv.Itoa(off))
		if p.Limit != pageSize {
			q.Set("limit", strconv.Itoa(p.Limit))
		} else {
			q.Del("limit")
		}
		if off == 0 {
			q.Del("offset")
		}
		u.RawQuery = q.Encode()
		return u.String()
	}
	if p.Offset > 0 {
		pg.Prev = at(max(0, p.Offset-p.Limit))
	}
	if p.Offset+shown < total {
		pg.Next = at(p.Offset + p.Limit)
	}
	return pg
}

// URLs of kb's pages.
func entityURL(e store.Entity) string {
	switch e.Kind {
	case store.KindPerson:
		return "/people/" + url.PathEscape(e.ID)
	case store.KindOrganization:
		return "/orgs/" + url.PathEscape(e.ID)
	case store.KindTopic:
		return "/topics/" + url.PathEscape(e.ID)
	case store.KindTerritory:
		return "/territories/" + url.PathEscape(e.ID)
	}
	return ""
}

func statementURL(id string) string { return "/statements/" + url.PathEscape(id) }
func sourceURL(id string) string    { return "/sources/" + url.PathEscape(id) }

// passageAnchor is the id of a statement's passage in a source page.
func passageAnchor(statementID string, start int) string {
	return "s-" + statementID + "-" + strconv.Itoa(start)
}

func passageURL(sourceID, statementID string, start int) string {
	return sourceURL(sourceID) + "#" + url.PathEscape(passageAnchor(statementID, start))
}
