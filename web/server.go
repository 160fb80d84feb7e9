// Package web is kb's read-only web face: every lookup of the CLI as an
// HTML page with links between them, the same documents as JSON and CSV,
// full-text search and a read-only SQL console (`kb serve`).
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"time"

	"kb/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options bound what the server does for one request. Zero values take
// the defaults, within Datasette's: SQL stopped after 1 s, at most
// 1,000 rows, pages of 50 statements (kb topic's) where Datasette has 100.
type Options struct {
	SQLTimeout     time.Duration // an ad-hoc query is interrupted after this (1 s)
	MaxRows        int           // rows an ad-hoc query returns at most (1,000)
	PageSize       int           // statements on a page unless ?limit= says (50, as kb topic)
	MaxLimit       int           // the largest ?limit= accepted (1,000)
	HandlerTimeout time.Duration // a request is answered 503 after this (10 s)
	MaxInFlight    int           // requests served at once; more wait (64)
	QueueWait      time.Duration // how long a request waits for its turn before a 503 (2 s)
	MaxSQLBytes    int           // the longest query accepted (16 KiB)
	MaxResultBytes int           // the most text an ad-hoc query may return (8 MiB)
	CacheBytes     int           // rendered pages kept in memory (32 MiB); negative for none
	ErrorLog       io.Writer     // where internal errors are written; nil for nowhere
}

func (o Options) withDefaults() Options {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	defD := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	defD(&o.SQLTimeout, time.Second)
	def(&o.MaxRows, 1000)
	def(&o.PageSize, 50)
	def(&o.MaxLimit, 1000)
	defD(&o.HandlerTimeout, 10*time.Second)
	def(&o.MaxInFlight, 64)
	defD(&o.QueueWait, 2*time.Second)
	def(&o.MaxSQLBytes, 16<<10)
	def(&o.MaxResultBytes, 8<<20)
	if o.CacheBytes == 0 {
		o.CacheBytes = 32 << 20
	}
	if o.ErrorLog == nil {
		o.ErrorLog = io.Discard
	}
	return o
}

// Server serves one database. Open it with New, serve Handler, Close it.
type Server struct {
	db    *store.DB
	ro    *store.ReadOnly
	watch *store.Watcher
	cache *cache // nil when off
	opts  Options
	pages map[string]*template.Template
	slots chan struct{}
}

// New makes a server over db, which it only reads; db should come from
// store.OpenReader.
func New(ctx context.Context, db *store.DB, opts Options) (*Server, error) {
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		return nil, err
	}
	s := &Server{db: db, ro: ro, opts: opts.withDefaults()}
	s.slots = make(chan struct{}, s.opts.MaxInFlight)
	if s.pages, err = parsePages(); err != nil {
		ro.Close()
		return nil, err
	}
	if s.opts.CacheBytes > 0 {
		if s.watch, err = db.Watch(ctx); err != nil {
			ro.Close()
			return nil, err
		}
		s.cache = newCache(s.opts.CacheBytes)
	}
	return s, nil
}

// Close releases the server's own connections; the caller closes db.
func (s *Server) Close() error {
	if s.watch != nil {
		s.watch.Close()
	}
	return s.ro.Close()
}

// Handler is the whole site with its safety layers: a bound on requests in
// flight, security headers, GET and HEAD only without a body, Go's
// cross-origin protection, and a time limit on every request.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.routes(mux)
	var h http.Handler = mux
	h = http.TimeoutHandler(h, s.opts.HandlerTimeout, timeoutPage)
	h = readOnlyMethods(h)
	h = http.NewCrossOriginProtection().Handler(h)
	h = securityHeaders(h)
	return s.limitInFlight(h)
}

const timeoutPage = `<!doctype html><meta charset="utf-8"><title>Too slow — kb</title><h1>503: the request took too long</h1><p>kb stopped it at its time limit; nothing was changed. Try a narrower page or query.</p>`

func (s *Server) routes(mux *http.ServeMux) {
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.page(s.home))
	mux.HandleFunc("GET /index.json", s.page(s.home))
	s.list(mux, "/people", s.people)
	mux.HandleFunc("GET /people/{id}", s.page(s.person))
	s.list(mux, "/orgs", s.orgs)
	mux.HandleFunc("GET /orgs/{id}", s.page(s.org))
	s.list(mux, "/topics", s.topics)
	mux.HandleFunc("GET /topics/{id}", s.page(s.topic))
	s.list(mux, "/territories", s.territories)
	mux.HandleFunc("GET /territories/{id}", s.page(s.territory))
	s.list(mux, "/sources", s.sources)
	mux.HandleFunc("GET /sources/{id}", s.page(s.source))
	mux.HandleFunc("GET /statements/{id}", s.page(s.statement))
	s.list(mux, "/search", s.search)
	mux.HandleFunc("GET /sql", s.uncached(s.sql))
	mux.HandleFunc("GET /sql.json", s.uncached(s.sql))
	mux.HandleFunc("GET /sql.csv", s.uncached(s.sql))
	mux.HandleFunc("/", s.page(func(r *request) error {
		return notFound(fmt.Sprintf("there is no page at %s", r.URL.Path), nil)
	}))
}

// list registers a page at path and its JSON and CSV at path.json and
// path.csv.
func (s *Server) list(mux *http.ServeMux, path string, h func(*request) error) {
	mux.HandleFunc("GET "+path, s.page(h))
	mux.HandleFunc("GET "+path+".json", s.page(h))
	mux.HandleFunc("GET "+path+".csv", s.page(h))
}

// contentSecurityPolicy lets a page load only its own style sheet: no
// script runs (JSON-LD is data, not script), no frame embeds it, forms
// submit only here.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		h.ServeHTTP(w, r)
	})
}

// readOnlyMethods answers anything but GET and HEAD with 405, and a
// request with a body with 413: the site only reads.
func readOnlyMethods(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "405 method not allowed: kb serve is read-only; use GET", http.StatusMethodNotAllowed)
			return
		}
		if r.ContentLength != 0 {
			http.Error(w, "413 request bodies are not accepted: kb serve takes everything in the URL", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 0)
		h.ServeHTTP(w, r)
	})
}

// limitInFlight serves at most MaxInFlight requests at once; a request
// that finds no slot within QueueWait is answered 503 with Retry-After,
// so a flood of connections slows nobody already being served.
func (s *Server) limitInFlight(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.slots <- struct{}{}:
		default:
			t := time.NewTimer(s.opts.QueueWait)
			select {
			case s.slots <- struct{}{}:
				t.Stop()
			case <-t.C:
				w.Header().Set("Retry-After", "1")
				http.Error(w, "503 busy: too many requests at once; retry in a second", http.StatusServiceUnavailable)
				return
			case <-r.Context().Done():
				t.Stop()
				return
			}
		}
		defer func() { <-s.slots }()
		h.ServeHTTP(w, r)
	})
}

// httpError is an error with the status it is answered with and, for a
// name not found, the pages the user may have meant.
type httpError struct {
	status      int
	msg         string
	suggestions []link
}

func (e *httpError) Error() string { return e.msg }

type link struct {
	Name string
	URL  string
}

func notFound(msg string, suggestions []link) error {
	return &httpError{status: http.StatusNotFound, msg: msg, suggestions: suggestions}
}

func badRequest(format string, args ...any) error {
	return &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// statusOf maps an error to its HTTP status and the message shown.
func statusOf(err error) (int, string) {
	var he *httpError
	if errors.As(err, &he) {
		return he.status, he.msg
	}
	code := store.ErrorCode(err)
	if code == store.EINTERNAL && (errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)) {
		return http.StatusServiceUnavailable, "the request took too long and was stopped; nothing was changed"
	}
	switch code {
	case store.ENOTFOUND:
		return http.StatusNotFound, err.Error()
	case store.EINVALID, store.EAMBIGUOUS:
		return http.StatusBadRequest, err.Error()
	case store.ESCHEMA:
		return http.StatusInternalServerError, err.Error()
	}
	return http.StatusInternalServerError, "internal error: kb could not answer; the server log says why"
}
