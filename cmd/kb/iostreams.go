package main

import (
	"io"
	"os"
	"strconv"
	"strings"

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
	s := &ioStreams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.Getenv}
	fd := int(os.Stdout.Fd())
	s.OutTTY = term.IsTerminal(fd)
	s.Width = outputWidth(os.Getenv, s.OutTTY, func() (int, error) {
		w, _, err := term.GetSize(fd)
		return w, err
	})
	s.ErrTTY = term.IsTerminal(int(os.Stderr.Fd()))
	return s
}

// defaultWidth is the width tables and text are fitted to when nothing
// says otherwise (a pipe, COLUMNS unset).
const defaultWidth = 100

// outputWidth is the width to fit output to: COLUMNS when it is set to a
// usable number (as ls and other tools take it, so that `COLUMNS=200 kb
// topics | less` is wide), else the terminal's width, else defaultWidth.
func outputWidth(getenv func(string) string, tty bool, size func() (int, error)) int {
	if n, err := strconv.Atoi(strings.TrimSpace(getenv("COLUMNS"))); err == nil && n > 20 {
		return n
	}
	if tty {
		if w, err := size(); err == nil && w > 20 {
			return w
		}
	}
	return defaultWidth
}

// color reports whether output may carry ANSI colour.
func (s *ioStreams) color() bool {
	return s.OutTTY && s.Getenv("NO_COLOR") == ""
}
