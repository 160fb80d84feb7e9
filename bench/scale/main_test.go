package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTableAndPlotFromResults(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"results-n10000.txt":   "# x\nbench: db_bytes_per_statement 1100 B\nbench: load_statements_per_s 20000 statements/s\nbench: PersonLookup_warm_cpu 0.900 ms\n",
		"results-n100000.txt":  "bench: db_bytes_per_statement 1150 B\nbench: load_statements_per_s 25000 statements/s\nbench: PersonLookup_warm_cpu 1.100 ms\n",
		"results-n1000000.txt": "bench: db_bytes_per_statement 1150 B\nbench: load_seconds 50 s\nbench: load_cpu_seconds 45 cpu-s\nbench: PersonLookup_warm_cpu 2.500 ms\n",
		"notes.txt":            "bench: PersonLookup_warm_cpu 99 ms\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runs, err := read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 3 || runs[0].n != 10000 || runs[1].figs["load_seconds"] != 4 || runs[2].figs["load_seconds"] != 50 {
		t.Fatalf("runs %+v", runs)
	}
	tab := table(runs)
	for _, want := range []string{"| 10000 | 0.9 |", "| 100000 | 1.1 |", "| 4 | 1150 |", "| 45 | 50 | 1150 |",
		// growth: person 1.1/0.9 within 2x, 2.5/1.1 beyond; load 50/4 beyond 12x
		"| 10000 → 100000 | 1.22x ✔ |", "| 100000 → 1000000 | 2.27x ✘ |", " 12.50x ✘ |"} {
		if !strings.Contains(tab, want) {
			t.Errorf("table lacks %q:\n%s", want, tab)
		}
	}
	svg := plot(runs)
	if !strings.HasPrefix(svg, "<svg") || strings.Count(svg, "<polyline") != 3 || !strings.Contains(svg, "person (warm CPU), ms") {
		t.Errorf("plot:\n%s", svg)
	}
}
