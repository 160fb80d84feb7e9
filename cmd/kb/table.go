package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// printTable writes rows under a header as aligned columns fitted to width:
// when the natural widths do not fit, the widest columns are narrowed and
// their cells wrapped onto continuation lines. A column is never narrower
// than its longest word (with its indentation, for a tree): a table that
// cannot fit without breaking words is wider than width instead.
func printTable(w io.Writer, st styles, width int, header []string, rows [][]string) {
	n := len(header)
	widths := make([]int, n)
	words := make([]int, n) // the longest word of each column
	for i, h := range header {
		widths[i] = utf8.RuneCountInString(h)
		words[i] = longestWord(strings.ToUpper(h))
	}
	for _, r := range rows {
		for i := 0; i < n && i < len(r); i++ {
			widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
			words[i] = max(words[i], longestWord(r[i]))
		}
	}
	fitWidthsToWords(widths, words, width-2*(n-1))
	line := func(cells []string, style, reset string) {
		wrapped := make([][]string, n)
		height := 1
		for i := 0; i < n; i++ {
			cell := ""
			if i < len(cells) {
				cell = cells[i]
			}
			wrapped[i] = wrapCell(cell, widths[i])
			height = max(height, len(wrapped[i]))
		}
		for l := 0; l < height; l++ {
			var b strings.Builder
			for i := 0; i < n; i++ {
				part := ""
				if l < len(wrapped[i]) {
					part = wrapped[i][l]
				}
				if i < n-1 {
					part += strings.Repeat(" ", max(0, widths[i]-utf8.RuneCountInString(part))) + "  "
				}
				b.WriteString(part)
			}
			fmt.Fprintf(w, "%s%s%s\n", style, strings.TrimRight(b.String(), " "), reset)
		}
	}
	upper := make([]string, n)
	for i, h := range header {
		upper[i] = strings.ToUpper(h)
	}
	line(upper, st.bold, st.reset)
	for _, r := range rows {
		line(r, "", "")
	}
}

// longestWord is the width of the widest word of a cell plus the cell's
// indentation (a tree level), which wrapCell keeps on every line.
func longestWord(s string) int {
	indent := len(s) - len(strings.TrimLeft(s, " "))
	n := 0
	for _, word := range strings.Fields(s) {
		n = max(n, indent+utf8.RuneCountInString(word))
	}
	return n
}

// fitWidthsToWords shrinks the widest columns until the total fits,
// keeping every column at least 8 wide (or its natural width, if less)
// and never narrower than its longest word (words[i]): when nothing else
// makes the table fit, it stays wider than total.
func fitWidthsToWords(widths, words []int, total int) {
	sum := 0
	for _, w := range widths {
		sum += w
	}
	for sum > total {
		widest := -1
		for i, w := range widths {
			if w > max(8, words[i]) && (widest < 0 || w > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
		sum--
	}
}

// wrapCell wraps one cell to width at spaces, never inside a word: a word
// wider than width has a line of its own. Continuation lines keep the
// cell's indentation, so a tree stays a tree.
func wrapCell(s string, width int) []string {
	if utf8.RuneCountInString(s) <= width && !strings.Contains(s, "\n") {
		return []string{s}
	}
	trimmed := strings.TrimLeft(s, " ")
	indent := s[:len(s)-len(trimmed)]
	lines := wrap(trimmed, max(1, width-len(indent)))
	for i := range lines {
		lines[i] = indent + lines[i]
	}
	return lines
}
