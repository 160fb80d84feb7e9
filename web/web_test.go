package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// newServer serves the database file at path, read-only, as kb serve does.
func newServer(t testing.TB, path string, opts Options) *Server {
	t.Helper()
	ctx := context.Background()
	db, err := store.OpenReader(ctx, path, 4)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(ctx, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(); db.Close() })
	return s
}

// seededServer serves a fresh copy of the embedded seed.
func seededServer(t testing.TB) (*Server, http.Handler) {
	t.Helper()
	s := newServer(t, testdb.SeededFile(t), Options{})
	return s, s.Handler()
}

type response struct {
	status int
	header http.Header
	body   string
}

func get(t testing.TB, h http.Handler, target string) response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

// TestPages asks for every page in every format and checks the status,
// the type, and facts that must be on it.
func TestPages(t *testing.T) {
	_, h := seededServer(t)
	const html, js, csv = "text/html; charset=utf-8", "application/json; charset=utf-8", "text/csv; charset=utf-8"
	cases := []struct {
		path   string
		status int
		ctype  string
		want   []string
	}{
		{"/", 200, html, []string{"<strong>25</strong> statements", "<strong>7</strong> people", `href="/people/zelenskiy"`, "Latest statements"}},
		{"/index.json", 200, js, []string{`"statements": 25`, `"people": 7`}},
		{"/people", 200, html, []string{`<a href="/people/kellogg">Keith Kellogg</a>`, "US Special Envoy for Ukraine"}},
		{"/people?limit=2&offset=2", 200, html, []string{"3–4 of 7", `href="/people?limit=2&amp;offset=4"`, `href="/people?limit=2"`}},
		{"/people.json", 200, js, []string{`"id": "kellogg"`}},
		{"/people.csv", 200, csv, []string{"id,name,description,role"}},
		{"/people/kellogg", 200, html, []string{"<h1>Keith Kellogg</h1>", "US Special Envoy for Ukraine", `href="/statements/`, `href="/sources/ukraine-talks-2025-12-07#s-kellogg-`, "inferred", "(the curator’s reading: "}},
		{"/people/kellogg.json", 200, js, []string{`"name": "Keith Kellogg"`, `"total": `, `"limit": 50`}},
		{"/people/kellogg.csv", 200, csv, []string{"statement_id,speaker", "kellogg-"}},
		{"/people/zelenskiy?limit=2&offset=2", 200, html, []string{"3–4 of 5", `href="/people/zelenskiy?limit=2&amp;offset=4"`, `rel="prev"`}},
		{"/orgs", 200, html, []string{`<a href="/orgs/kremlin">Kremlin</a>`}},
		{"/orgs?limit=2&offset=2", 200, html, []string{"3–4 of 13", `href="/orgs?limit=2&amp;offset=4"`, `href="/orgs?limit=2"`}},
		{"/orgs.json", 200, js, []string{`"organizations": [`}},
		{"/orgs.csv", 200, csv, []string{"id,name,kind,description,parent_id"}},
		{"/orgs/kremlin", 200, html, []string{"<h1>Kremlin</h1>", "Yuri Ushakov", "Members"}},
		{"/orgs/kremlin.json", 200, js, []string{`"id": "kremlin"`}},
		{"/orgs/kremlin.csv", 200, csv, []string{"statement_id"}},
		{"/topics", 200, html, []string{`<a href="/topics/donbas-status">`}},
		{"/topics.json", 200, js, []string{`"topics": [`}},
		{"/topics.csv", 200, csv, []string{"id,name,parent_id,depth"}},
		{"/topics/donbas-status", 200, html, []string{"Positions side by side", `class="polarity opposes"`, `class="polarity demands"`}},
		{"/topics/donbas-status.json", 200, js, []string{`"positions": [`, `"positions_total": 5`, `"positions_limit": 50`}},
		{"/topics/donbas-status?positions=2&limit=3", 200, html, []string{"showing 2 of 5 positions", `<a href="/topics/donbas-status?limit=3&amp;positions=0">show all</a>`}},
		{"/topics/donbas-status.json?positions=0", 200, js, []string{`"positions_total": 5`, `"positions_limit": 0`}},
		{"/topics/donbas-status.csv", 200, csv, []string{"statement_id"}},
		{"/territories", 200, html, []string{`<a href="/territories/donetsk">`, "over 80%"}},
		{"/territories.json", 200, js, []string{`"figures": [`, `"territory": null`}},
		{"/territories.csv", 200, csv, []string{"territory_id,territory"}},
		{"/territories/donbas", 200, html, []string{"<h1>Donbas</h1>", `<a href="/territories/donetsk">Donetsk</a>`}},
		{"/territories/donbas.json", 200, js, []string{`"contains": [`}},
		{"/territories/donbas.csv", 200, csv, []string{"territory_id"}},
		{"/sources", 200, html, []string{`<a href="/sources/ukraine-talks-2025-12-07">`}},
		{"/sources.json", 200, js, []string{`"sources": [`}},
		{"/sources.csv", 200, csv, []string{"id,title,outlet,url"}},
		{"/sources/ukraine-talks-2025-12-07", 200, html, []string{`<mark id="s-zelenskiy-talks-constructive-`, `<a href="/statements/zelenskiy-talks-constructive">`, "Also Read"}},
		{"/sources/ukraine-talks-2025-12-07.json", 200, js, []string{`"passages": [`, `"body": "`}},
		{"/sources/ukraine-talks-2025-12-07.csv", 200, csv, []string{",body\n"}},
		{"/statements/zelenskiy-talks-constructive", 200, html, []string{"“constructive, although not easy”", "President", `"@type":"Quotation"`, `"@type":"NewsArticle"`, "see the passage in the source"}},
		{"/statements/zelenskiy-talks-constructive.json", 200, js, []string{`"id": "zelenskiy-talks-constructive"`, `"appearances": [`}},
		{"/search?q=radical+changes", 200, html, []string{"<mark>radical</mark> <mark>changes</mark>", `href="/people/ushakov"`}},
		{"/search.json?q=radical+changes", 200, js, []string{`"snippet": "[radical] [changes]"`}},
		{"/search.csv?q=radical+changes", 200, csv, []string{"rank,score,statement_id"}},
		{"/search", 200, html, []string{`name="q"`}},
		{"/sql", 200, html, []string{"<textarea", "who_said_what"}},
		{"/sql?q=select+speaker,+text+from+who_said_what+where+speaker_id='kellogg'+limit+2", 200, html, []string{"<th>speaker</th>", "<td>Keith Kellogg</td>", "2 rows"}},
		{"/sql.json?q=select+1+as+a,+null+as+a,+'<b>%26'+as+c", 200, js, []string{`"a": 1`, `"a_2": null`, `"c": "<b>&"`}},
		{"/sql.csv?q=select+1+as+a,+null+as+b", 200, csv, []string{"a,b\n1,\n"}},
		{"/static/kb.css", 200, "text/css; charset=utf-8", []string{"prefers-color-scheme: dark", "@media print"}},
	}
	for _, tc := range cases {
		t.Run(strings.TrimPrefix(tc.path, "/"), func(t *testing.T) {
			r := get(t, h, tc.path)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d; body:\n%s", r.status, tc.status, r.body)
			}
			if got := r.header.Get("Content-Type"); got != tc.ctype {
				t.Errorf("Content-Type %q, want %q", got, tc.ctype)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("missing %q in:\n%s", w, r.body)
				}
			}
			if strings.HasSuffix(strings.SplitN(tc.path, "?", 2)[0], ".json") && !json.Valid([]byte(r.body)) {
				t.Errorf("not valid JSON:\n%s", r.body)
			}
		})
	}
}

var (
	addedAt     = regexp.MustCompile(`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z`)
	contentHash = regexp.MustCompile(`\b[0-9a-f]{64}\b`)
)

func unstamp(s string) string {
	return contentHash.ReplaceAllString(addedAt.ReplaceAllString(s, "<added_at>"), "<content_hash>")
}

// TestSameDocumentsAsCLI: the JSON and CSV of the pages are the documents
// `kb ... -o json|csv` writes, as pinned by cmd/kb's golden files. A paged
// profile adds only total, limit and offset.
func TestSameDocumentsAsCLI(t *testing.T) {
	_, h := seededServer(t)
	cases := []struct{ path, golden string }{
		{"/people", "people"},
		{"/orgs", "orgs"},
		{"/topics", "topics"},
		{"/territories", "territory_all"},
		{"/territories/donbas", "territory_donbas"},
		{"/sources", "sources"},
		{"/sources/ukraine-talks-2025-12-07", "source_text"},
		{"/people/kellogg", "person_kellogg"},
		{"/orgs/kremlin", "org_kremlin"},
		{"/topics/donbas-status", "topic_donbas"},
		{"/search?q=radical+changes", "search_radical_changes"},
	}
	for _, tc := range cases {
		for _, ext := range []string{"json", "csv"} {
			t.Run(tc.golden+"_"+ext, func(t *testing.T) {
				want, err := os.ReadFile(filepath.Join("..", "cmd", "kb", "testdata", tc.golden+"_"+ext+".golden"))
				if err != nil {
					t.Fatal(err)
				}
				path, query, _ := strings.Cut(tc.path, "?")
				target := path + "." + ext
				if query != "" {
					target += "?" + query
				}
				r := get(t, h, target)
				if r.status != 200 {
					t.Fatalf("%s: status %d: %s", target, r.status, r.body)
				}
				got := unstamp(r.body)
				if ext == "csv" {
					if got != string(want) {
						t.Errorf("%s differs from %s_csv.golden:\n%s\nwant:\n%s", target, tc.golden, got, want)
					}
					return
				}
				var g, w map[string]any
				if err := json.Unmarshal([]byte(got), &g); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(want, &w); err != nil {
					t.Fatal(err)
				}
				if strings.HasPrefix(path, "/people/") || strings.HasPrefix(path, "/orgs/") {
					for _, k := range []string{"total", "limit", "offset"} {
						if _, ok := g[k]; !ok {
							t.Errorf("%s has no %q", target, k)
						}
						delete(g, k)
					}
				}
				if !reflect.DeepEqual(g, w) {
					t.Errorf("%s differs from %s_json.golden:\n%s", target, tc.golden, got)
				}
			})
		}
	}
}

// TestErrorPages: an unknown name is 404 with the nearest names linked; a
// name that is not the id is redirected; bad input is 400 with the reason;
// each in the format asked for.
func TestErrorPages(t *testing.T) {
	_, h := seededServer(t)
	cases := []struct {
		path     string
		status   int
		want     []string
		location string
	}{
		{"/people/zelenskx", 404, []string{"no person named", `<a href="/people/Volodymyr%20Zelensky">Volodymyr Zelensky</a>`}, ""},
		{"/people/zelenskx.json", 404, []string{`"status": 404`, `"url": "/people/Volodymyr%20Zelensky"`}, ""},
		{"/people/zelenskx.csv", 404, []string{"404 Not Found: no person named"}, ""},
		{"/people/Kremlin", 404, []string{`<a href="/orgs/kremlin">Kremlin (organization)</a>`}, ""},
		{"/people/Zelensky", 302, nil, "/people/zelenskiy"},
		{"/people/Zelensky.json?limit=5", 302, nil, "/people/zelenskiy.json?limit=5"},
		{"/orgs/the%20kremlin", 302, nil, "/orgs/kremlin"},
		{"/topics/Donbas", 302, nil, "/topics/donbas-status"},
		{"/territories/donbass", 302, nil, "/territories/donbas"},
		{"/topics/nothing-like-it", 404, []string{"no topic named"}, ""},
		{"/sources/ukraine-talks-2025-12-08", 404, []string{`<a href="/sources/ukraine-talks-2025-12-07">`}, ""},
		{"/statements/no-such-statement", 404, []string{"no statement with id"}, ""},
		{"/statements/zelenskiy-talks", 404, []string{`no statement with id &#34;zelenskiy-talks&#34;</p>`, `<a href="/statements/zelenskiy-talks-constructive">zelenskiy-talks-constructive</a>`}, ""},
		{"/statements/zelenskiy-talks.json", 404, []string{`did you mean \"zelenskiy-talks-constructive\"?`, `"url": "/statements/zelenskiy-talks-constructive"`}, ""},
		{"/orgs/kremlim", 404, []string{`no organization named &#34;kremlim&#34;</p>`, `<a href="/orgs/Kremlin">Kremlin</a>`}, ""},
		{"/no/such/page", 404, []string{"there is no page at /no/such/page"}, ""},
		{"/statements/zelenskiy-talks-constructive.csv", 404, []string{"no CSV form"}, ""},
		{"/people/zelenskiy?limit=0", 400, []string{"limit=&#34;0&#34; is not a page size"}, ""},
		{"/people/zelenskiy?offset=-1", 400, []string{"is not an offset"}, ""},
		{"/topics/donbas-status?limit=abc", 400, []string{"is not a page size"}, ""},
		{"/topics/donbas-status?positions=-1", 400, []string{"positions=&#34;-1&#34; is not a count"}, ""},
		{"/search?q=%22%22", 400, []string{"nothing to search for"}, ""},
		{"/search.json?q=a+OR&raw=1", 400, []string{`"status": 400`, "invalid FTS5 query"}, ""},
		{"/search.json", 400, []string{"nothing to search for"}, ""},
		{"/sql?q=delete+from+people", 400, []string{"refused", "the database was not changed"}, ""},
		{"/sql.json?q=select+1;+select+2", 400, []string{`"status": 400`}, ""},
		{"/sql?q=select+*+from+nowhere", 400, []string{"no such table: nowhere", `<textarea name="q" rows="5" aria-label="SQL query" spellcheck="false">select * from nowhere</textarea>`}, ""},
		{"/sql?q=selec+1", 400, []string{`<p class="error">SQL error: near &#34;selec&#34;`, `spellcheck="false">selec 1</textarea>`}, ""},
		{"/sql?q=attach+database+'x.db'+as+x", 400, []string{"refused"}, ""},
		{"/sql?q=pragma+query_only=0", 400, []string{"refused"}, ""},
	}
	for _, tc := range cases {
		t.Run(strings.TrimPrefix(tc.path, "/"), func(t *testing.T) {
			r := get(t, h, tc.path)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d; body:\n%s", r.status, tc.status, r.body)
			}
			if tc.location != "" && r.header.Get("Location") != tc.location {
				t.Errorf("Location %q, want %q", r.header.Get("Location"), tc.location)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("missing %q in:\n%s", w, r.body)
				}
			}
		})
	}
}

// TestEscaping loads a fact file whose names, quotes, titles and body hold
// <script>, quotes, </textarea> and odd Unicode, and checks that every
// page renders them as text: none of the markup gets through.
func TestEscaping(t *testing.T) {
	path := testdb.SeededFile(t)
	loadFile(t, path, filepath.Join("testdata", "hostile.yaml"))
	_, h := newServerHandler(t, path)
	pages := []string{
		"/", "/people", "/people/evil", "/topics", "/topics/evil-topic", "/sources", "/sources/hostile-2026-01-01",
		"/statements/evil-said", "/search?q=onerror", "/search?q=%3C%2Ftextarea%3E%3Cscript%3E",
		"/sql?q=select+name,+'%3C/textarea%3E%3Cscript%3Ealert(3)%3C/script%3E'+from+people+where+id='evil'",
		"/people/%3Cscript%3Ealert(4)%3C%2Fscript%3E",
	}
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			r := get(t, h, p)
			if r.status != 200 && r.status != 404 && r.status != 302 {
				t.Fatalf("status %d:\n%s", r.status, r.body)
			}
			body := r.body
			// The JSON-LD block is data; checked below on its own.
			body = regexp.MustCompile(`(?s)<script type="application/ld\+json">.*?</script>`).ReplaceAllString(body, "")
			for _, bad := range []string{"<script", "<img", "</textarea><", "<b>Outlet", `href="javascript`} {
				if strings.Contains(body, bad) {
					i := strings.Index(body, bad)
					t.Errorf("%q got through unescaped: …%s…", bad, body[max(0, i-80):min(len(body), i+80)])
				}
			}
		})
	}
	r := get(t, h, "/statements/evil-said")
	ld := regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(r.body)
	if ld == nil {
		t.Fatal("no JSON-LD on the statement page")
	}
	if strings.Contains(ld[1], "</") || strings.Contains(ld[1], "<script") {
		t.Errorf("JSON-LD can close its script element: %s", ld[1])
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(ld[1]), &doc); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, ld[1])
	}
	if doc["text"] != "<img src=x onerror=alert(2)>" {
		t.Errorf("JSON-LD text %q: the quote must survive as data", doc["text"])
	}
	// The words are shown as they are, as text.
	r = get(t, h, "/people/evil")
	if !strings.Contains(r.body, "&lt;/textarea&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;") {
		t.Errorf("the name is not shown as text:\n%s", r.body)
	}
	if !strings.Contains(r.body, "Z̷a̶l̴g̵o") || !strings.Contains(r.body, "\u202eRTL") {
		t.Errorf("odd Unicode was not kept as written")
	}
}

func newServerHandler(t testing.TB, path string) (*Server, http.Handler) {
	s := newServer(t, path, Options{})
	return s, s.Handler()
}

// loadFile loads a fact file into the database at path through its own
// connection, as `kb seed FILE` does.
func loadFile(t testing.TB, dbPath, file string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	files, err := seed.ReadPaths([]string{file})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
}

// TestSafetyHeaders: every answer carries the CSP and the usual headers.
func TestSafetyHeaders(t *testing.T) {
	_, h := seededServer(t)
	for _, p := range []string{"/", "/people.json", "/nope", "/static/kb.css"} {
		r := get(t, h, p)
		for k, v := range map[string]string{
			"Content-Security-Policy": contentSecurityPolicy,
			"X-Content-Type-Options":  "nosniff",
			"X-Frame-Options":         "DENY",
			"Referrer-Policy":         "same-origin",
		} {
			if got := r.header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", p, k, got, v)
			}
		}
	}
}

// TestHostileRequests: writes, cross-origin posts, bodies, a query that
// runs forever, a huge query string and path tricks each get a clear
// status, and the database is unchanged.
func TestHostileRequests(t *testing.T) {
	s, h := seededServer(t)
	ts := httptest.NewUnstartedServer(h)
	ts.Config.MaxHeaderBytes = 32 << 10
	ts.Start()
	defer ts.Close()
	do := func(method, path string, body io.Reader, header map[string]string) (int, string) {
		t.Helper()
		req, err := http.NewRequest(method, ts.URL+path, body)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range header {
			req.Header.Set(k, v)
		}
		c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	t.Run("post", func(t *testing.T) {
		if code, body := do("POST", "/sql", strings.NewReader("q=delete from people"), nil); code != 405 {
			t.Errorf("POST: %d %s", code, body)
		}
	})
	t.Run("cross-origin post", func(t *testing.T) {
		code, body := do("POST", "/sql", nil, map[string]string{"Sec-Fetch-Site": "cross-site"})
		if code != 403 {
			t.Errorf("cross-origin POST: %d %s", code, body)
		}
	})
	t.Run("body on GET", func(t *testing.T) {
		if code, body := do("GET", "/people", strings.NewReader("x"), nil); code != 413 {
			t.Errorf("GET with a body: %d %s", code, body)
		}
	})
	t.Run("path traversal", func(t *testing.T) {
		for _, p := range []string{"/static/../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/people/..%2f..%2fetc%2fpasswd", "/sources/..%2Fkb.db"} {
			code, body := do("GET", p, nil, nil)
			if code != 404 && code != 301 && code != 307 && code != 308 && code != 400 {
				t.Errorf("%s: %d", p, code)
			}
			if strings.Contains(body, "root:") || strings.Contains(body, "SQLite format") {
				t.Errorf("%s leaked a file", p)
			}
		}
	})
	t.Run("huge query string", func(t *testing.T) {
		code, _ := do("GET", "/search?q="+strings.Repeat("a", 64<<10), nil, nil)
		if code != 431 {
			t.Errorf("64 KiB query string: %d, want 431", code)
		}
		code, body := do("GET", "/search?q="+strings.Repeat("ab+", 1000), nil, nil)
		if code != 400 || !strings.Contains(body, "at most 2000") {
			t.Errorf("3,000-byte search: %d %s", code, body)
		}
		code, body = do("GET", "/sql?q="+url.QueryEscape("select '"+strings.Repeat("x", 20<<10)+"'"), nil, nil)
		if code != 400 || !strings.Contains(body, "bytes long") {
			t.Errorf("20 KiB query: %d %.200s", code, body)
		}
	})
	t.Run("endless query", func(t *testing.T) {
		start := time.Now()
		q := "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c"
		code, body := do("GET", "/sql?q="+url.QueryEscape(q), nil, nil)
		if code != 400 || !strings.Contains(body, "stopped after the 1s timeout") {
			t.Errorf("endless query: %d %s", code, body)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("endless query took %v to stop", d)
		}
		// the server still answers
		if code, _ := do("GET", "/people", nil, nil); code != 200 {
			t.Errorf("after the endless query: %d", code)
		}
	})
	t.Run("huge result", func(t *testing.T) {
		// 50 rows of 1 MB: cut at MaxResultBytes, fast to make even on a busy machine
		q := "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 50) SELECT x, zeroblob(1000000) FROM c"
		r := get(t, h, "/sql.json?q="+url.QueryEscape(q))
		if r.status != 200 || len(r.body) > 2*s.opts.MaxResultBytes+1<<20 || r.header.Get("X-KB-Truncated") == "" {
			t.Errorf("huge result: %d, %d bytes, X-KB-Truncated %q", r.status, len(r.body), r.header.Get("X-KB-Truncated"))
		}
		r = get(t, h, "/sql.csv?q="+url.QueryEscape("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 5000) SELECT x FROM c"))
		if got := r.header.Get("X-KB-Truncated"); got != "stopped after 1000 rows; the query has more" || strings.Count(r.body, "\n") != 1001 {
			t.Errorf("capped CSV: X-KB-Truncated %q, %d lines", got, strings.Count(r.body, "\n"))
		}
	})
	var n int
	if err := s.db.SQL().QueryRow("SELECT count(*) FROM people").Scan(&n); err != nil || n != 7 {
		t.Errorf("people: %d, %v; want 7 untouched", n, err)
	}
}

// TestBusy: past MaxInFlight requests at once, the rest wait QueueWait and
// are then told to retry, while those in flight finish.
func TestBusy(t *testing.T) {
	s := newServer(t, testdb.SeededFile(t), Options{MaxInFlight: 1, QueueWait: 50 * time.Millisecond})
	release := make(chan struct{})
	started := make(chan struct{})
	slow := s.limitInFlight(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
	}))
	go slow.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	<-started
	rec := httptest.NewRecorder()
	slow.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	close(release)
	if rec.Code != 503 || rec.Header().Get("Retry-After") == "" {
		t.Errorf("second request while the first is in flight: %d %q", rec.Code, rec.Header().Get("Retry-After"))
	}
}

// TestFreshData: facts that another process loads while the server runs
// are on the next request, with no restart.
func TestFreshData(t *testing.T) {
	path := testdb.SeededFile(t)
	_, h := newServerHandler(t, path)
	if r := get(t, h, "/people/evil"); r.status != 404 {
		t.Fatalf("before the load: %d", r.status)
	}
	before := get(t, h, "/index.json").body
	if r := get(t, h, "/index.json"); r.header.Get("X-KB-Cache") != "hit" || r.body != before {
		t.Errorf("the unchanged page again: X-KB-Cache %q, want a hit from the cache", r.header.Get("X-KB-Cache"))
	}
	// `kb seed FILE` in another process: this test binary, re-run as a loader.
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperSeed$")
	cmd.Env = append(os.Environ(), "KB_HELPER_SEED_DB="+path, "KB_HELPER_SEED_FILE="+filepath.Join("testdata", "hostile.yaml"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("loader process: %v\n%s", err, out)
	}
	r := get(t, h, "/people/evil")
	if r.status != 200 {
		t.Fatalf("after the load in another process: %d", r.status)
	}
	after := get(t, h, "/index.json")
	if !strings.Contains(after.body, `"statements": 26`) || after.header.Get("X-KB-Cache") != "" {
		t.Errorf("home counts not refreshed (X-KB-Cache %q):\n%s", after.header.Get("X-KB-Cache"), after.body)
	}
}

// TestHelperSeed is the other process of TestFreshData; it does nothing in
// a normal run.
func TestHelperSeed(t *testing.T) {
	db, file := os.Getenv("KB_HELPER_SEED_DB"), os.Getenv("KB_HELPER_SEED_FILE")
	if db == "" {
		t.Skip("helper process of TestFreshData")
	}
	loadFile(t, db, file)
}
