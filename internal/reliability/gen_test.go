package reliability_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// genFacts writes sources fact files into dir, each with statements direct
// quotes, a role, a position and a control figure. Each file defines its own
// speaker and topic and refers to the previous file's speaker and to people
// of the embedded seed, so a load resolves references across files and
// against the database. It returns the number of statements written.
func genFacts(t testing.TB, dir string, sources, statements int) int {
	return genRange(t, dir, 1, sources, statements)
}

// genRange writes the fact files of sources from to to, which depend on
// no other generated file.
func genRange(t testing.TB, dir string, from, to, statements int) int {
	return genVariant(t, dir, from, to, statements, "hold")
}

// genVariant is genRange with verb in every quote: a second variant of the
// same sources replaces the first one's facts when loaded over it.
func genVariant(t testing.TB, dir string, from, to, statements int, verb string) int {
	t.Helper()
	for i := from; i <= to; i++ {
		data := strings.ReplaceAll(genFile(i, from, statements), " will hold", " will "+verb)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("gen-%04d.yaml", i)), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return (to - from + 1) * statements
}

// genFile is the fact file of generated source i of a set that starts at
// first.
func genFile(i, first, statements int) string {
	var body, stmts strings.Builder
	speaker := fmt.Sprintf("gen-p-%04d", i)
	prev := "kellogg"
	if i > first {
		prev = fmt.Sprintf("gen-p-%04d", i-1)
	}
	fmt.Fprintf(&body, "Speaker %04d is the envoy of district %04d.\n", i, i)
	fmt.Fprintf(&body, "District %04d is held for the most part by the north.\n", i)
	for j := 1; j <= statements; j++ {
		who, name := speaker, fmt.Sprintf("Speaker %04d", i)
		if j%3 == 0 {
			who, name = prev, "Another speaker"
		}
		quote := fmt.Sprintf("the plan number %04d-%03d will hold", i, j)
		fmt.Fprintf(&body, "%s said on Monday that “%s”, according to notes.\n", name, quote)
		fmt.Fprintf(&stmts, `  - id: gen-%04d-s%03d
    speaker: %s
    kind: direct
    text: "%s"
    cue: said
    topics: [gen-t-%04d]
    mentions: [zelenskiy]
`, i, j, who, quote, i)
	}
	return fmt.Sprintf(`kb: 1
source:
  id: gen-%04d
  title: Generated article %d
  published: 2025-12-09
  body: |
%s
people:
  - id: %s
    name: Speaker %04d
    aliases: [Envoy %04d]
topics:
  - id: gen-t-%04d
    name: Plan %04d
territories:
  - id: gen-d-%04d
    name: District %04d
    kind: area
roles:
  - person: %s
    title: Envoy
    evidence: "Speaker %04d is the envoy of district %04d"
statements:
%spositions:
  - holder: %s
    topic: gen-t-%04d
    polarity: supports
    stance: The plan will hold
    statements: [gen-%04d-s001]
control:
  - territory: gen-d-%04d
    controller: russia
    kind: control
    qualifier: for the most part
    evidence: "held for the most part by the north"
`, i, i, indent(body.String(), "    "), speaker, i, i, i, i, i, i, speaker, i, i, stmts.String(), speaker, i, i, i)
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for k, l := range lines {
		lines[k] = prefix + l
	}
	return strings.Join(lines, "\n")
}
