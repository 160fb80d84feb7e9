// Command scale draws the growth curve of `make bench-scale`: it reads the
// results of bench/run.sh at several corpus sizes (files named
// results-n<N>.txt in a directory) and writes a Markdown table and an SVG
// plot (log-log: each lookup's warm CPU median, and the load time, against
// the number of statements).
//
//	go run ./bench/scale DIR OUT.md OUT.svg
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// series are the figures plotted, by their name in the results files.
// limit is the bound on the growth from one size to ten times it
// (issue 13: a lookup within 2x, the load within 12x); 0 for none.
var series = []struct {
	key, label, unit string
	limit            float64
}{
	{"PersonLookup_warm_cpu", "person (warm CPU)", "ms", 2},
	{"QuotesLookup_warm_cpu", "quotes (warm CPU)", "ms", 2},
	{"TopicLookup_warm_cpu", "topic, first page (warm CPU)", "ms", 2},
	{"TopicLaterPage_warm_cpu", "topic, offset 2000 (warm CPU)", "ms", 2},
	{"SearchLookup_warm_cpu", "search, mid-frequency (warm CPU)", "ms", 2},
	{"SearchCommonLookup_warm_cpu", "common-word search (warm CPU)", "ms", 2},
	{"load_cpu_seconds", "load (CPU)", "s", 12},
	{"load_seconds", "load (wall)", "s", 12},
	{"db_bytes_per_statement", "bytes per statement", "B", 0},
}

type run struct {
	n    float64
	figs map[string]float64
}

var fileName = regexp.MustCompile(`^results-n(\d+)\.txt$`)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: scale DIR OUT.md OUT.svg")
		os.Exit(2)
	}
	runs, err := read(os.Args[1])
	if err == nil && len(runs) == 0 {
		err = fmt.Errorf("no results-n<N>.txt in %s", os.Args[1])
	}
	if err == nil {
		err = os.WriteFile(os.Args[2], []byte(table(runs)), 0o644)
	}
	if err == nil {
		err = os.WriteFile(os.Args[3], []byte(plot(runs)), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

func read(dir string) ([]run, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []run
	for _, e := range entries {
		m := fileName.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		n, _ := strconv.ParseFloat(m[1], 64)
		r := run{n: n, figs: map[string]float64{}}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			// bench: NAME VALUE UNIT
			fs := strings.Fields(sc.Text())
			if len(fs) >= 3 && fs[0] == "bench:" {
				if v, err := strconv.ParseFloat(fs[2], 64); err == nil {
					r.figs[fs[1]] = v
				}
			}
		}
		f.Close()
		// older results have the rate only
		if v, ok := r.figs["load_statements_per_s"]; ok && v > 0 && r.figs["load_seconds"] == 0 {
			r.figs["load_seconds"] = n / v
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n < out[j].n })
	return out, nil
}

func table(runs []run) string {
	var b strings.Builder
	b.WriteString("| statements |")
	for _, s := range series {
		fmt.Fprintf(&b, " %s, %s |", s.label, s.unit)
	}
	b.WriteString("\n| --- |" + strings.Repeat(" --- |", len(series)) + "\n")
	for _, r := range runs {
		fmt.Fprintf(&b, "| %s |", strconv.FormatFloat(r.n, 'f', -1, 64))
		for _, s := range series {
			if v, ok := r.figs[s.key]; ok {
				fmt.Fprintf(&b, " %.4g |", v)
			} else {
				b.WriteString(" - |")
			}
		}
		b.WriteString("\n")
	}
	// how much each figure grew from one size to the next, against the
	// issue's bound where it has one
	if len(runs) > 1 {
		b.WriteString("\nGrowth from each size to the next (the later figure over the earlier; ✔ within the bound, ✘ beyond):\n\n| from → to |")
		for _, s := range series {
			if s.limit > 0 {
				fmt.Fprintf(&b, " %s (≤ %gx) |", s.label, s.limit)
			}
		}
		n := 0
		for _, s := range series {
			if s.limit > 0 {
				n++
			}
		}
		b.WriteString("\n| --- |" + strings.Repeat(" --- |", n) + "\n")
		for i := 1; i < len(runs); i++ {
			a, z := runs[i-1], runs[i]
			fmt.Fprintf(&b, "| %s → %s |", strconv.FormatFloat(a.n, 'f', -1, 64), strconv.FormatFloat(z.n, 'f', -1, 64))
			for _, s := range series {
				if s.limit == 0 {
					continue
				}
				va, oka := a.figs[s.key]
				vz, okz := z.figs[s.key]
				if !oka || !okz || va <= 0 {
					b.WriteString(" - |")
					continue
				}
				g := vz / va
				mark := "✔"
				// the bound is for ten times the statements
				if g > s.limit && z.n/a.n >= 10 {
					mark = "✘"
				} else if z.n/a.n < 10 {
					mark = ""
				}
				fmt.Fprintf(&b, " %.2fx %s |", g, mark)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// plot draws every series on log-log axes, one colour each, with a legend.
func plot(runs []run) string {
	const w, h, left, right, top, bottom = 820.0, 440.0, 70.0, 300.0, 20.0, 50.0
	colours := []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#17becf", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"}
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, r := range runs {
		minX, maxX = math.Min(minX, r.n), math.Max(maxX, r.n)
		for _, s := range series {
			if v, ok := r.figs[s.key]; ok && v > 0 {
				minY, maxY = math.Min(minY, v), math.Max(maxY, v)
			}
		}
	}
	lx0, lx1 := math.Floor(math.Log10(minX)), math.Ceil(math.Log10(maxX))
	ly0, ly1 := math.Floor(math.Log10(minY)), math.Ceil(math.Log10(maxY))
	if lx1 == lx0 {
		lx1++
	}
	if ly1 == ly0 {
		ly1++
	}
	x := func(v float64) float64 { return left + (math.Log10(v)-lx0)/(lx1-lx0)*(w-left-right) }
	y := func(v float64) float64 { return h - bottom - (math.Log10(v)-ly0)/(ly1-ly0)*(h-top-bottom) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="sans-serif" font-size="12">`+"\n", w, h)
	fmt.Fprintf(&b, `<rect width="%.0f" height="%.0f" fill="white"/>`+"\n", w, h)
	for e := lx0; e <= lx1; e++ {
		px := x(math.Pow(10, e))
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="middle">1e%.0f</text>`+"\n",
			px, top, px, h-bottom, px, h-bottom+16, e)
	}
	for e := ly0; e <= ly1; e++ {
		py := y(math.Pow(10, e))
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="end">1e%.0f</text>`+"\n",
			left, py, w-right, py, left-6, py+4, e)
	}
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">statements (log)</text>`+"\n", (left+w-right)/2, h-12)
	fmt.Fprintf(&b, `<text x="14" y="%.1f" transform="rotate(-90 14 %.1f)" text-anchor="middle">value in its unit (log)</text>`+"\n", (top+h-bottom)/2, (top+h-bottom)/2)
	for i, s := range series {
		c := colours[i%len(colours)]
		var pts []string
		for _, r := range runs {
			if v, ok := r.figs[s.key]; ok && v > 0 {
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(r.n), y(v)))
				fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>`+"\n", x(r.n), y(v), c)
			}
		}
		if len(pts) > 1 {
			fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", c, strings.Join(pts, " "))
		}
		ly := top + 14 + float64(i)*18
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="12" height="3" fill="%s"/><text x="%.1f" y="%.1f">%s, %s</text>`+"\n",
			w-right+12, ly-4, c, w-right+30, ly, s.label, s.unit)
	}
	b.WriteString("</svg>\n")
	return b.String()
}
