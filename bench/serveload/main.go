// Command serveload measures `kb serve`: it sends GET requests from a fixed
// number of concurrent clients to a server on the loopback interface, a
// bounded number of times and for a bounded time, and prints the latency
// and throughput of each page as `bench: NAME VALUE UNIT` lines. Then it
// sends hostile requests and checks each gets a clear status while the
// server keeps serving.
//
//	serveload -base http://127.0.0.1:PORT -c 32 -n 2000 NAME=PATH...
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
)

func main() {
	base := flag.String("base", "", "server address, http://127.0.0.1:PORT")
	clients := flag.Int("c", 32, "concurrent clients")
	count := flag.Int("n", 2000, "requests per page")
	limit := flag.Duration("t", 60*time.Second, "longest time per page")
	hostile := flag.Bool("hostile", true, "send the hostile requests after the load")
	flag.Parse()
	u, err := url.Parse(*base)
	if err != nil || u.Scheme != "http" {
		fail("give -base http://127.0.0.1:PORT")
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fail("serveload only aims at the loopback interface, not %s", u.Host)
	}
	tr := &http.Transport{MaxIdleConnsPerHost: *clients, MaxConnsPerHost: 0, DisableCompression: true}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	start := cpu()
	for _, arg := range flag.Args() {
		name, path, ok := strings.Cut(arg, "=")
		if !ok {
			fail("pages are NAME=PATH, not %q", arg)
		}
		load(client, *base, name, path, *clients, *count, *limit)
	}
	if *hostile {
		attack(client, *base)
	}
	fmt.Printf("bench: serveload_cpu_s %.2f s\n", cpu()-start)
}

// load sends count GETs of path from clients goroutines, stopping early
// after limit, and reports the latencies of the 200 answers.
func load(client *http.Client, base, name, path string, clients, count int, limit time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	// one request first, so that the first page's figures do not include
	// a cold cache more than the others
	if code, _, err := getOnce(ctx, client, base+path); err != nil || code != 200 {
		fail("%s: %d %v", path, code, err)
	}
	var mu sync.Mutex
	var lat []time.Duration
	errs := map[string]int{}
	next := make(chan struct{}, count)
	for range count {
		next <- struct{}{}
	}
	close(next)
	began := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				if ctx.Err() != nil {
					return
				}
				t := time.Now()
				code, _, err := getOnce(ctx, client, base+path)
				d := time.Since(t)
				mu.Lock()
				switch {
				case err != nil && ctx.Err() != nil:
				case err != nil:
					errs[err.Error()]++
				case code != 200:
					errs[fmt.Sprintf("status %d", code)]++
				default:
					lat = append(lat, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	wall := time.Since(began)
	slices.Sort(lat)
	nerr := 0
	for e, n := range errs {
		fmt.Fprintf(os.Stderr, "serveload: %s: %d × %s\n", name, n, e)
		nerr += n
	}
	if len(lat) == 0 {
		fail("%s: no request succeeded", name)
	}
	q := func(p float64) float64 { return ms(lat[min(len(lat)-1, int(p*float64(len(lat))))]) }
	fmt.Printf("bench: serve_%s_requests %d requests\n", name, len(lat))
	fmt.Printf("bench: serve_%s_errors %d requests\n", name, nerr)
	fmt.Printf("bench: serve_%s_median_ms %.1f ms\n", name, q(0.5))
	fmt.Printf("bench: serve_%s_p99_ms %.1f ms\n", name, q(0.99))
	fmt.Printf("bench: serve_%s_max_ms %.1f ms\n", name, ms(lat[len(lat)-1]))
	fmt.Printf("bench: serve_%s_throughput %.0f requests/s\n", name, float64(len(lat))/wall.Seconds())
}

func getOnce(ctx context.Context, client *http.Client, u string) (int, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, "", err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	return resp.StatusCode, string(b), err
}

// attack sends each hostile request and prints the status it got; the
// server must answer each clearly and keep answering the others.
func attack(client *http.Client, base string) {
	ctx := context.Background()
	cases := []struct{ name, path string }{
		{"path_traversal", "/static/..%2f..%2f..%2fetc%2fpasswd"},
		{"path_traversal_db", "/sources/..%2f..%2fkb.db"},
		{"huge_query_string", "/search?q=" + strings.Repeat("a", 1<<20)},
		{"long_search", "/search?q=" + strings.Repeat("ab+", 1000)},
		{"sql_write", "/sql?q=" + url.QueryEscape("DELETE FROM statements")},
		{"sql_attach", "/sql?q=" + url.QueryEscape("ATTACH DATABASE '/tmp/x.db' AS x")},
		{"sql_endless", "/sql?q=" + url.QueryEscape("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c")},
		{"sql_huge_result", "/sql.json?q=" + url.QueryEscape("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 100000) SELECT x, randomblob(50000) FROM c")},
	}
	for _, c := range cases {
		t := time.Now()
		code, body, err := getOnce(ctx, client, base+c.path)
		line := firstLine(body)
		if err != nil {
			line = err.Error()
		}
		fmt.Printf("bench: serve_hostile_%s %d status (%.0f ms; %s)\n", c.name, code, ms(time.Since(t)), line)
	}
	// 1,000 connections at once, each with one request; count the answers
	// by status, and time a normal request made meanwhile.
	const conns = 1000
	var mu sync.Mutex
	statuses := map[string]int{}
	var wg sync.WaitGroup
	tr := &http.Transport{DisableKeepAlives: true, MaxConnsPerHost: 0}
	flood := &http.Client{Transport: tr, Timeout: 60 * time.Second}
	for range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, _, err := getOnce(ctx, flood, base+"/people")
			key := fmt.Sprint(code)
			if err != nil {
				key = "error: " + shortErr(err)
			}
			mu.Lock()
			statuses[key]++
			mu.Unlock()
		}()
	}
	time.Sleep(200 * time.Millisecond)
	t := time.Now()
	code, _, err := getOnce(ctx, client, base+"/")
	during := time.Since(t)
	wg.Wait()
	keys := make([]string, 0, len(statuses))
	for k := range statuses {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s×%d", k, statuses[k]))
	}
	fmt.Printf("bench: serve_hostile_1000_connections %d answered (%s)\n", conns, strings.Join(parts, ", "))
	fmt.Printf("bench: serve_hostile_home_during_flood %d status (%.0f ms, err %v)\n", code, ms(during), err)
	code, _, err = getOnce(ctx, client, base+"/people")
	fmt.Printf("bench: serve_hostile_after %d status (err %v)\n", code, err)
}

func shortErr(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:]
	}
	return s
}

func firstLine(body string) string {
	for _, tag := range []string{`<p class="error">`, "<h1>"} {
		if i := strings.Index(body, tag); i >= 0 {
			rest := body[i+len(tag):]
			if j := strings.Index(rest, "<"); j >= 0 {
				rest = rest[:j]
			}
			return trim(rest)
		}
	}
	return trim(strings.SplitN(body, "\n", 2)[0])
}

func trim(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// cpu is this process's user+system CPU time in seconds.
func cpu() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "serveload: "+format+"\n", args...)
	os.Exit(1)
}
