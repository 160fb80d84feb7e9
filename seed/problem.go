package seed

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with a fact file, at a position an editor can
// jump to.
type Problem struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"column"`
	Msg  string `json:"message"`
}

func (p Problem) String() string {
	if p.Line == 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
}

// Problems is every problem found in a set of fact files. It is an error so
// that a load can fail with all of them at once.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Sorted orders problems by file and position, as a compiler does, and
// returns them.
func (ps Problems) Sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return ps
}

// pos is a place in a fact file.
type pos struct{ Line, Col int }

// report collects problems for one file.
type report struct {
	file  string
	probs *Problems
}

func (r report) at(p pos, format string, args ...any) {
	*r.probs = append(*r.probs, Problem{File: r.file, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)})
}
