package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// printTable writes rows under a header as aligned columns fitted to width:
// when the natural widths do not fit, the widest columns are narrowed and
// their cells wrapped onto continuation lines. Cells never break mid-word
// unless a single word is wider than its column.
func printTable(w io.Writer, st styles, width int, header []string, rows [][]string) {
	n := len(header)
	widths := make([]int, n)
	words := make([]int, n) // the longest word of each column
	for i, h := range header {
		widths[i] = utf8.RuneCountInString(h)
		words[i] = widths[i]
	}
	for _, r := range rows {
		for i := 0; i < n && i < len(r); i++ {
			widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
			for _, w := range strings.Fields(r[i]) {
				words[i] = max(words[i], utf8.RuneCountInString(w))
			}
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
					part += strings.Repeat(" ", widths[i]-utf8.RuneCountInString(part)) + "  "
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

// fitWidths shrinks the widest columns until the total fits, keeping every
// column at least 8 wide (or its natural width, if less).
func fitWidths(widths []int, total int) { fitWidthsToWords(widths, nil, total) }

// fitWidthsToWords is fitWidths that first narrows each column no further
// than its longest word (words[i]), so that words break only when nothing
// else makes the table fit. With nil words it is fitWidths.
func fitWidthsToWords(widths, words []int, total int) {
	sum := func() int {
		s := 0
		for _, w := range widths {
			s += w
		}
		return s
	}
	for _, floor := range []func(int) int{
		func(i int) int {
			if words == nil {
				return 8
			}
			return max(8, words[i])
		},
		func(int) int { return 8 },
	} {
		for sum() > total {
			widest := -1
			for i, w := range widths {
				if w > floor(i) && (widest < 0 || w > widths[widest]) {
					widest = i
				}
			}
			if widest < 0 {
				break
			}
			widths[widest]--
		}
	}
}

// wrapCell wraps one cell to width, splitting words longer than width.
func wrapCell(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	if utf8.RuneCountInString(s) <= width && !strings.Contains(s, "\n") {
		return []string{s}
	}
	var out []string
	for _, l := range wrap(s, width) {
		for utf8.RuneCountInString(l) > width {
			rs := []rune(l)
			out = append(out, string(rs[:width]))
			l = string(rs[width:])
		}
		out = append(out, l)
	}
	return out
}
