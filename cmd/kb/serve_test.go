package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to read while the server writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServeStopsCleanly: kb serve on a missing database creates it with
// the seed, listens on 127.0.0.1, and on a stop signal (the context's
// cancellation, as SIGINT gives) finishes the request in flight before it
// exits 0.
func TestServeStopsCleanly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	var errb syncBuffer
	streams := &ioStreams{In: strings.NewReader(""), Out: io.Discard, Err: &errb, Getenv: func(string) string { return "" }, Width: 100}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	code := make(chan int, 1)
	go func() { code <- run(ctx, []string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, streams) }()
	addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		base = addr.FindString(errb.String())
	}
	if base == "" {
		t.Fatalf("no address on stderr: %s", errb.String())
	}
	resp, err := http.Get(base + "people/zelenskiy")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("person page: %d", resp.StatusCode)
	}
	// A query that runs until the 1 s SQL limit is in flight when the stop comes.
	inflight := make(chan int, 1)
	go func() {
		q := "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c"
		resp, err := http.Get(base + "sql?q=" + url.QueryEscape(q))
		if err != nil {
			inflight <- 0
			return
		}
		resp.Body.Close()
		inflight <- resp.StatusCode
	}()
	time.Sleep(300 * time.Millisecond)
	stop()
	if got := <-inflight; got != 400 {
		t.Errorf("the request in flight got %d, want its answer (400: stopped at the SQL time limit)", got)
	}
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit %d; stderr:\n%s", c, errb.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("kb serve did not stop")
	}
	for _, want := range []string{"created " + db, "serving " + db + " read-only", "stopping"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb.String())
		}
	}
}
