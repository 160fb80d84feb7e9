package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestApply(t *testing.T) {
	const src = "package p\n\nfunc f(a, b int, s []int) int {\n" +
		"\tif a < b && a >= 0 || a == b && a != 1 {\n" + // line 4
		"\t\ta++\n" + // 5
		"\t}\n" +
		"\treturn a + b*2 - -b/3 + a%2 + s[len(s)-1] + a+-b\n" + // 7
		"}\n" +
		"func g(n int) {\n" +
		"\tfor i := 0; i > n; i-- {\n" + // 10
		"\t\tif i <= 2 {\n" + // 11
		"\t\t\tbreak\n" + // 12
		"\t\t}\n" +
		"\t\tn += 2\n" + // 14
		"\t}\n" +
		"}\n"
	tests := []struct {
		name      string
		line, col int
		kind      string
		want      string // the mutated line, trimmed
	}{
		{"less made less or equal", 4, 7, "CONDITIONALS_BOUNDARY", "if a <= b && a >= 0 || a == b && a != 1 {"},
		{"less negated", 4, 7, "CONDITIONALS_NEGATION", "if a >= b && a >= 0 || a == b && a != 1 {"},
		{"greater or equal made greater", 4, 16, "CONDITIONALS_BOUNDARY", "if a < b && a > 0 || a == b && a != 1 {"},
		{"greater or equal negated", 4, 16, "CONDITIONALS_NEGATION", "if a < b && a < 0 || a == b && a != 1 {"},
		{"equal negated", 4, 26, "CONDITIONALS_NEGATION", "if a < b && a >= 0 || a != b && a != 1 {"},
		{"not equal negated", 4, 36, "CONDITIONALS_NEGATION", "if a < b && a >= 0 || a == b && a == 1 {"},
		{"and made or", 4, 11, "INVERT_LOGICAL", "if a < b || a >= 0 || a == b && a != 1 {"},
		{"increment made decrement", 5, 4, "INCREMENT_DECREMENT", "a--"},
		{"plus made minus", 7, 11, "ARITHMETIC_BASE", "return a - b*2 - -b/3 + a%2 + s[len(s)-1] + a+-b"},
		{"times made divided", 7, 14, "ARITHMETIC_BASE", "return a + b/2 - -b/3 + a%2 + s[len(s)-1] + a+-b"},
		{"binary minus made plus", 7, 17, "ARITHMETIC_BASE", "return a + b*2 + -b/3 + a%2 + s[len(s)-1] + a+-b"},
		{"binary minus, invert negatives", 7, 17, "INVERT_NEGATIVES", "return a + b*2 + -b/3 + a%2 + s[len(s)-1] + a+-b"},
		{"unary minus made plus", 7, 19, "INVERT_NEGATIVES", "return a + b*2 - +b/3 + a%2 + s[len(s)-1] + a+-b"},
		{"unary minus, arithmetic base", 7, 19, "ARITHMETIC_BASE", "return a + b*2 - +b/3 + a%2 + s[len(s)-1] + a+-b"},
		{"divided made times", 7, 21, "ARITHMETIC_BASE", "return a + b*2 - -b*3 + a%2 + s[len(s)-1] + a+-b"},
		{"remainder made times", 7, 27, "ARITHMETIC_BASE", "return a + b*2 - -b/3 + a*2 + s[len(s)-1] + a+-b"},
		{"minus in an index", 7, 40, "INVERT_NEGATIVES", "return a + b*2 - -b/3 + a%2 + s[len(s)+1] + a+-b"},
		{"unary minus after a plus: spaced, not ++", 7, 48, "INVERT_NEGATIVES", "return a + b*2 - -b/3 + a%2 + s[len(s)-1] + a+ + b"},
		{"plus before a unary minus", 7, 47, "ARITHMETIC_BASE", "return a + b*2 - -b/3 + a%2 + s[len(s)-1] + a - -b"},
		{"greater negated", 10, 16, "CONDITIONALS_NEGATION", "for i := 0; i <= n; i-- {"},
		{"decrement made increment", 10, 22, "INCREMENT_DECREMENT", "for i := 0; i > n; i++ {"},
		{"less or equal made less", 11, 8, "CONDITIONALS_BOUNDARY", "if i < 2 {"},
		{"less or equal negated", 11, 8, "CONDITIONALS_NEGATION", "if i > 2 {"},
		{"break made continue", 12, 4, "INVERT_LOOPCTRL", "continue"},
		{"add-assign inverted", 14, 5, "INVERT_ASSIGNMENTS", "n -= 2"},
		{"add-assign made an assignment", 14, 5, "REMOVE_SELF_ASSIGNMENTS", "n = 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := apply([]byte(src), tt.line, tt.col, tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(out), "\n")
			if got := strings.TrimSpace(lines[tt.line-1]); got != tt.want {
				t.Errorf("line %d:\n got %s\nwant %s", tt.line, got, tt.want)
			}
			// Nothing else changes.
			orig := strings.Split(src, "\n")
			if len(lines) != len(orig) {
				t.Fatalf("%d lines, want %d", len(lines), len(orig))
			}
			for i := range orig {
				if i != tt.line-1 && lines[i] != orig[i] {
					t.Errorf("line %d changed: %q", i+1, lines[i])
				}
			}
		})
	}
}

func TestApplyRefuses(t *testing.T) {
	const src = "package p\n\nvar x = 1 + 2 // a - b\nvar s = \"a < b\"\n"
	tests := []struct {
		name      string
		line, col int
		kind      string
		wantErr   string
	}{
		{"a kind that does not fit the token", 3, 11, "CONDITIONALS_BOUNDARY", `does not apply to "+"`},
		{"inside a token, not at its start", 3, 10, "ARITHMETIC_BASE", "no token starts there"},
		{"inside a comment", 3, 20, "ARITHMETIC_BASE", "no token starts there"},
		{"inside a string", 4, 12, "CONDITIONALS_BOUNDARY", "no token starts there"},
		{"past the end of the line", 3, 40, "ARITHMETIC_BASE", "past the end of the line"},
		{"past the end of the file", 9, 1, "ARITHMETIC_BASE", "past the end of the file"},
		{"an unknown kind", 3, 11, "SWAP_EVERYTHING", "unknown mutant kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := apply([]byte(src), tt.line, tt.col, tt.kind)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestWilson(t *testing.T) {
	tests := []struct {
		k, n   int
		lo, hi float64 // from the closed formula, checked by hand
	}{
		{0, 10, 0, 0.2775},
		{8, 10, 0.4902, 0.9433},
		{10, 10, 0.7225, 1},
		{90, 100, 0.8256, 0.9448},
	}
	for _, tt := range tests {
		lo, hi := wilson(tt.k, tt.n)
		if math.Abs(lo-tt.lo) > 5e-4 || math.Abs(hi-tt.hi) > 5e-4 {
			t.Errorf("wilson(%d, %d) = %.4f, %.4f; want %.4f, %.4f", tt.k, tt.n, lo, hi, tt.lo, tt.hi)
		}
	}
}

func TestDraw(t *testing.T) {
	var all []mutant
	for i := 1; i <= 50; i++ {
		all = append(all, mutant{Kind: "ARITHMETIC_BASE", File: "a.go", Line: i, Col: 1})
	}
	a, b := draw(all, 20, 7), draw(all, 20, 7)
	seen := map[mutant]bool{}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("the same seed drew %v then %v at %d", a[i], b[i], i)
		}
		if seen[a[i]] {
			t.Fatalf("%v drawn twice", a[i])
		}
		seen[a[i]] = true
	}
	// A larger sample of the same seed begins with the smaller one: a run
	// stopped early is the sample of that size.
	c := draw(all, 30, 7)
	for i := range a {
		if a[i] != c[i] {
			t.Fatalf("sample of 30 differs from the sample of 20 at %d", i)
		}
	}
	if d := draw(all, 20, 8); d[0] == a[0] && d[1] == a[1] && d[2] == a[2] {
		t.Errorf("seeds 7 and 8 drew the same first three")
	}
	if n := len(draw(all, 0, 1)); n != 50 {
		t.Errorf("-n 0 drew %d, want all 50", n)
	}
}

func TestCoveredReadsTheDryRun(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "dry.txt")
	text := "Starting...\nGathering coverage... done in 1s\n" +
		"    RUNNABLE CONDITIONALS_NEGATION at b.go:4:2\n" +
		" NOT COVERED ARITHMETIC_BASE at b.go:5:2\n" +
		"    RUNNABLE ARITHMETIC_BASE at a.go:9:14\n" +
		"    RUNNABLE INVERT_NEGATIVES at sub/c.go:1:1\n" + // a nested package: left out
		"    RUNNABLE CONDITIONALS_BOUNDARY at a.go:9:3\n"
	if err := os.WriteFile(list, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := covered(options{list: list}, "p")
	if err != nil {
		t.Fatal(err)
	}
	want := []mutant{
		{"CONDITIONALS_BOUNDARY", "a.go", 9, 3},
		{"ARITHMETIC_BASE", "a.go", 9, 14},
		{"CONDITIONALS_NEGATION", "b.go", 4, 2},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: got %v, want %v", i, got[i], want[i])
		}
	}
	got, err = covered(options{list: list, files: "b"}, "p")
	if err != nil || len(got) != 1 || got[0].File != "b.go" {
		t.Errorf("with -files b: %v, %v", got, err)
	}
}
