package main

import (
	"io"
	"os"

	"golang.org/x/term"
)

// ioStreams is where a command reads and writes. Tests replace it with
// buffers; nothing in kb writes to os.Stdout directly.
type ioStreams struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Getenv func(string) string
	// OutTTY is true when Out is a terminal: it enables colour (unless
	// NO_COLOR is set) and fits tables to Width.
	OutTTY bool
	Width  int
	// ErrTTY is true when Err is a terminal: progress bars are drawn only
	// then.
	ErrTTY bool
}

func newSystemIO() *ioStreams {
	s := &ioStreams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.Getenv, Width: 100}
	if fd := int(os.Stdout.Fd()); term.IsTerminal(fd) {
		s.OutTTY = true
		if w, _, err := term.GetSize(fd); err == nil && w > 20 {
			s.Width = w
		}
	}
	s.ErrTTY = term.IsTerminal(int(os.Stderr.Fd()))
	return s
}

// color reports whether output may carry ANSI colour.
func (s *ioStreams) color() bool {
	return s.OutTTY && s.Getenv("NO_COLOR") == ""
}
