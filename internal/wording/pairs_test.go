package wording

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

type pair struct {
	want, name, a, b string
	line             int
}

// readPairs reads testdata/pairs.txt: a header line ("= name", "! name",
// "~ name" or "x name") and two wordings per pair.
func readPairs(t *testing.T) []pair {
	t.Helper()
	f, err := os.Open("testdata/pairs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []pair
	var cur *pair
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case cur == nil:
			if len(line) < 3 || !strings.Contains("=!~x", line[:1]) || line[1] != ' ' {
				t.Fatalf("testdata/pairs.txt:%d: want a header (=, !, ~ or x and a name), got %q", n, line)
			}
			out = append(out, pair{want: line[:1], name: line[2:], line: n})
			cur = &out[len(out)-1]
		case cur.a == "":
			cur.a = line
		default:
			cur.b = line
			cur = nil
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if cur != nil {
		t.Fatalf("testdata/pairs.txt:%d: pair %q has one wording", cur.line, cur.name)
	}
	return out
}

// TestPairs holds the rules to the self-written pairs: every re-report
// worded differently matched, no hard negative matched, the known limits
// shown to the reviewer as near misses. Both orders are compared: the
// known statement may be either one.
func TestPairs(t *testing.T) {
	pairs := readPairs(t)
	counts := map[string][2]int{}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			for _, ab := range [][2]string{{p.a, p.b}, {p.b, p.a}} {
				s := Compare(ab[0], ab[1])
				ok := false
				switch p.want {
				case "=":
					ok = s.Close()
				case "!":
					ok = !s.Close()
				case "~":
					ok = !s.Close()
					t.Logf("known limit %q: near miss %v", p.name, s.Near())
				case "x":
					ok = s.Close()
				}
				if !ok {
					t.Errorf("testdata/pairs.txt:%d: %s pair: Compare(%q, %q) = %+v: close %v near %v", p.line, p.want, ab[0], ab[1], s, s.Close(), s.Near())
				}
				c := counts[p.want]
				c[1]++
				if s.Close() {
					c[0]++
				}
				counts[p.want] = c
			}
		})
	}
	t.Logf("re-reports worded differently: %d of %d comparisons close; hard negatives: %d of %d close; known limits: %d of %d close; known false matches: %d of %d",
		counts["="][0], counts["="][1], counts["!"][0], counts["!"][1], counts["~"][0], counts["~"][1], counts["x"][0], counts["x"][1])
}

// FuzzCompare: any two texts are scored without a panic, and a text with
// words is a close variant of itself.
func FuzzCompare(f *testing.F) {
	f.Add("If we settle these two issues, I believe the rest will go fairly well", "If we get those two issues settled")
	f.Add("We lost 20,000 soldiers", "We can’t lose 2 million")
	f.Add("ünïcode café naïve", "cafe naive unicode")
	f.Fuzz(func(t *testing.T, a, b string) {
		Compare(a, b)
		if len(Words(a)) > 0 && !Compare(a, a).Close() {
			t.Errorf("%q is not close to itself", a)
		}
	})
}
