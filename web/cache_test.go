package web

import (
	"strings"
	"testing"
)

func TestCacheKeepsPagesOfTheVersion(t *testing.T) {
	c := newCache(800)
	page := func(key string, v int64, n int) *cached {
		return &cached{key: key, version: v, ctype: "text/plain", body: []byte(strings.Repeat("x", n))}
	}
	c.put(page("/a", 1, 100))
	if _, ok := c.get("/a", 1); !ok {
		t.Fatal("a page kept at version 1 is not found at version 1")
	}
	if _, ok := c.get("/a", 2); ok {
		t.Fatal("a page of version 1 was served at version 2")
	}
	if _, ok := c.get("/a", 1); ok {
		t.Fatal("a stale page was kept after a newer version was asked for")
	}
	c.put(page("/big", 1, 101)) // over an eighth of 800
	if _, ok := c.get("/big", 1); ok {
		t.Error("a page over an eighth of the bound was kept")
	}
	for _, k := range []string{"/1", "/2", "/3", "/4", "/5", "/6", "/7", "/8", "/9"} {
		c.put(page(k, 1, 100))
	}
	if _, ok := c.get("/1", 1); ok {
		t.Error("the least recently used page was not dropped past the bound")
	}
	if c.size > c.max {
		t.Errorf("size %d over the bound %d", c.size, c.max)
	}
	done, first := c.claim("/x", 1)
	if !first {
		t.Fatal("the first claim is not first")
	}
	if again, first := c.claim("/x", 1); first || again != done {
		t.Fatal("a second claim of a page being rendered does not wait for it")
	}
	c.release("/x", 1)
	select {
	case <-done:
	default:
		t.Fatal("release does not wake the waiters")
	}
	if _, first := c.claim("/x", 1); !first {
		t.Error("a released page cannot be claimed again")
	}
}
