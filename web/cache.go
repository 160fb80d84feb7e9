package web

import (
	"container/list"
	"sync"
)

// cache keeps rendered pages in memory, each with the database version it
// was rendered at (store.Watcher): a page is served from the cache only
// while the database has not changed since, so a load by another process
// shows on the next request. Least recently used pages go first when the
// cache outgrows its bound.
type cache struct {
	mu    sync.Mutex
	max   int // bytes of bodies kept at most
	size  int
	order *list.List // of *cached, most recently used first
	byKey map[string]*list.Element
	busy  map[flight]chan struct{} // pages being rendered, closed when done
}

type flight struct {
	key     string
	version int64
}

type cached struct {
	key     string
	version int64
	ctype   string
	body    []byte
}

func newCache(maxBytes int) *cache {
	return &cache{max: maxBytes, order: list.New(), byKey: map[string]*list.Element{}, busy: map[flight]chan struct{}{}}
}

// claim marks the page at key and version as being rendered and reports
// whether the caller is the first to ask; the others wait on done.
func (c *cache) claim(key string, version int64) (done chan struct{}, first bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f := flight{key, version}
	if ch, ok := c.busy[f]; ok {
		return ch, false
	}
	ch := make(chan struct{})
	c.busy[f] = ch
	return ch, true
}

// release ends the rendering claimed, whether or not it was kept.
func (c *cache) release(key string, version int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f := flight{key, version}
	close(c.busy[f])
	delete(c.busy, f)
}

// get returns the page at key if it was rendered at version.
func (c *cache) get(key string, version int64) (*cached, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	p := e.Value.(*cached)
	if p.version != version {
		c.remove(e)
		return nil, false
	}
	c.order.MoveToFront(e)
	return p, true
}

// put keeps a page; one larger than an eighth of the bound is not kept.
func (c *cache) put(p *cached) {
	if c == nil || len(p.body) > c.max/8 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[p.key]; ok {
		c.remove(e)
	}
	c.byKey[p.key] = c.order.PushFront(p)
	c.size += len(p.body)
	for c.size > c.max {
		c.remove(c.order.Back())
	}
}

func (c *cache) remove(e *list.Element) {
	p := e.Value.(*cached)
	c.order.Remove(e)
	delete(c.byKey, p.key)
	c.size -= len(p.body)
}
