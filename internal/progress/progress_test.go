package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestBarDrawsRateAndTimeLeftOnATerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, true, "loading", "statements", 1000)
	clock := b.start
	b.now = func() time.Time { return clock }
	clock = clock.Add(2 * time.Second)
	b.Set(250)
	got := buf.String()
	for _, want := range []string{"loading [=======", "250/1000 statements", " 25%", "125 statements/s", "6s left"} {
		if !strings.Contains(got, want) {
			t.Errorf("bar %q lacks %q", got, want)
		}
	}
	clock = clock.Add(10 * time.Millisecond)
	buf.Reset()
	b.Set(260)
	if buf.Len() != 0 {
		t.Errorf("redrew within 100ms: %q", buf.String())
	}
	buf.Reset()
	b.Status("building indexes")
	if got := buf.String(); !strings.Contains(got, "loading: building indexes (2s so far)") {
		t.Errorf("status line %q", got)
	}
	b.Done()
	if !strings.HasSuffix(buf.String(), "\n") {
		t.Errorf("Done did not end the line: %q", buf.String())
	}
}

func TestBarDrawsNothingWhenNotATerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, false, "loading", "statements", 10)
	b.Set(5)
	b.Set(10)
	b.Status("checking")
	b.Done()
	if buf.Len() != 0 {
		t.Fatalf("drew %q on a non-terminal", buf.String())
	}
}
