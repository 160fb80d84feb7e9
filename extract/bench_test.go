package extract

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchArticles builds articles of about 600 words from the test articles
// (each a different mix, so no two are the same text).
func benchArticles(b *testing.B) []string {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no test articles: %v", err)
	}
	var bodies []string
	for _, f := range files {
		if filepath.Base(f) == "sentences.txt" {
			continue // segmentation cases, not an article
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(data))
	}
	var out []string
	for i := range bodies {
		var sb strings.Builder
		words := 0
		for j := 0; words < 600; j++ {
			body := bodies[(i+j)%len(bodies)]
			sb.WriteString(body)
			sb.WriteString("\n")
			words += len(strings.Fields(body))
		}
		out = append(out, sb.String())
	}
	return out
}

// BenchmarkExtractBatch drafts articles of about 600 words one after the
// other, as `kb extract DIR` does, from the text to the YAML draft; the
// target is at least 100 articles a second on one core:
//
//	go test ./extract -run XXX -bench ExtractBatch -cpu 1
func BenchmarkExtractBatch(b *testing.B) {
	arts := benchArticles(b)
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a))
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		d := Extract(a, Options{SourceID: "bench", Published: "2026-06-01", BodyFile: "a.txt"})
		if len(d.YAML()) == 0 {
			b.Fatal("empty draft")
		}
	}
	b.StopTimer()
	// on a shared machine the wall clock counts other processes' time too:
	// the process's own CPU time (user+sys) is reported beside it
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
	b.ReportMetric(float64(words)/float64(len(arts)), "words/article")
}

// cpuTime is the process's user+sys CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
