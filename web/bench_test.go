package web

import (
	"net/http/httptest"
	"net/url"
	"os"
	"testing"
)

// BenchmarkPages serves the pages of the load target from a corpus
// database: KB_BENCH_DB=bench/cache/corpus-….db with the picks of
// `kb gen --picks` in PERSON_ID, TOPIC_ID and MID_WORDS (bench/serve.sh
// sets them). It measures one request at a time, in-process: the CPU cost
// of a page, without the network or the other clients.
func BenchmarkPages(b *testing.B) {
	path := os.Getenv("KB_BENCH_DB")
	if path == "" {
		b.Skip("KB_BENCH_DB is not set: see bench/serve.sh")
	}
	for _, mode := range []struct {
		name  string
		cache int
	}{{"fresh", -1}, {"cached", 0}} {
		s := newServer(b, path, Options{CacheBytes: mode.cache})
		h := s.Handler()
		for _, p := range []struct{ name, path string }{
			{"person", "/people/" + os.Getenv("PERSON_ID")},
			{"topic", "/topics/" + os.Getenv("TOPIC_ID")},
			{"search", "/search?q=" + url.QueryEscape(os.Getenv("MID_WORDS"))},
			{"home", "/"},
		} {
			b.Run(mode.name+"_"+p.name, func(b *testing.B) {
				// one request before the clock starts: the cached
				// figures are then those of pages already kept
				h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", p.path, nil))
				for b.Loop() {
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, httptest.NewRequest("GET", p.path, nil))
					if rec.Code != 200 {
						b.Fatalf("%s: %d %s", p.path, rec.Code, rec.Body.String())
					}
				}
			})
		}
	}
}
