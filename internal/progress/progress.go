// Package progress draws a one-line progress bar with rate and time left,
// for long work run from a terminal. It draws nothing when its writer is not
// a terminal, so logs and pipes stay clean.
package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Bar is a progress bar over a known total. Its methods may be called from
// any goroutine.
type Bar struct {
	mu      sync.Mutex
	w       io.Writer // nil: draw nothing
	label   string
	unit    string
	total   int
	done    int
	start   time.Time
	drawn   time.Time
	now     func() time.Time
	width   int
	stopped bool
}

// New returns a bar counting to total units, drawn on w when tty is true.
func New(w io.Writer, tty bool, label, unit string, total int) *Bar {
	b := &Bar{label: label, unit: unit, total: total, now: time.Now, width: 30}
	if tty {
		b.w = w
	}
	b.start = b.now()
	return b
}

// Set records that n units are done and redraws at most ten times a second.
func (b *Bar) Set(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done = n
	if b.w == nil || b.stopped {
		return
	}
	if t := b.now(); t.Sub(b.drawn) >= 100*time.Millisecond || n >= b.total {
		b.drawn = t
		fmt.Fprintf(b.w, "\r%s\x1b[K", b.line(t))
	}
}

// Status replaces the bar with a line of text, for a step whose length is
// not known ("building indexes"); the next Set draws the bar again.
func (b *Bar) Status(text string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.w != nil && !b.stopped {
		fmt.Fprintf(b.w, "\r%s: %s (%s so far)\x1b[K", b.label, text, b.now().Sub(b.start).Round(time.Second))
	}
}

// Done finishes the line; later calls to Set draw nothing.
func (b *Bar) Done() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.w != nil && !b.stopped {
		fmt.Fprintf(b.w, "\r%s\x1b[K\n", b.line(b.now()))
	}
	b.stopped = true
}

// line renders the bar: label, bar, count, rate, time left.
func (b *Bar) line(t time.Time) string {
	frac := 0.0
	if b.total > 0 {
		frac = min(1, float64(b.done)/float64(b.total))
	}
	fill := int(frac * float64(b.width))
	el := t.Sub(b.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(b.done) / el
	}
	left := "?"
	if rate > 0 && b.done < b.total {
		left = (time.Duration(float64(b.total-b.done)/rate) * time.Second).Round(time.Second).String()
	} else if b.done >= b.total {
		left = "0s"
	}
	return fmt.Sprintf("%s [%s%s] %d/%d %s %3.0f%%  %.0f %s/s  %s left",
		b.label, strings.Repeat("=", fill), strings.Repeat(" ", b.width-fill),
		b.done, b.total, b.unit, frac*100, rate, b.unit, left)
}
