package seed_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// writeCorpus writes n generated fact files (with body files) into dir:
// shared people, organizations, topics and territories, and per source
// events, roles, statements of both kinds by people and organizations
// (some reporting statements of earlier sources), positions and control
// figures, with dates at every precision, stated and inferred. Every
// passage carries a token unique in its body, so each is found once.
func writeCorpus(t testing.TB, dir string, n int, seedValue int64) (statements int) {
	t.Helper()
	rng := rand.New(rand.NewSource(seedValue))
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	dates := []string{"2025-11-03", "2025-W47", "2025-10", "2025", "2026-01-15"}
	date := func() string {
		d := pick(dates)
		if rng.Intn(3) == 0 {
			return fmt.Sprintf("{on: %s, inferred: true, basis: \"“last week”, in generated text %d\"}", d, rng.Intn(1000))
		}
		return d
	}
	people := []string{"anna-kovach", "boris-lind", "chloé-dupont", "dmytro-shevchenko", "eva-nowak", "farid-haddad"}
	peopleIDs := []string{"anna-kovach", "boris-lind", "chloe-dupont", "dmytro-shevchenko", "eva-nowak", "farid-haddad"}
	orgs := []string{"north-alliance", "south-council", "east-bank", "west-ministry"}
	topics := []string{"trade", "trade-tariffs", "trade-quotas", "energy", "energy-gas"}
	terrs := []string{"northland", "north-harbour", "eastern-plain"}
	var prevStatements []string
	stmtTexts := map[string]string{} // statement id -> text, for re-reports
	for s := 0; s < n; s++ {
		src := fmt.Sprintf("gen-%03d", s)
		var body, yml strings.Builder
		tok := 0
		sentence := func(format string, args ...any) string {
			tok++
			text := fmt.Sprintf(format, args...) + fmt.Sprintf(" (ref %s-%d)", src, tok)
			body.WriteString(text + " ")
			if tok%4 == 0 {
				body.WriteString("\r\n")
			}
			return text
		}
		fmt.Fprintf(&yml, "kb: 1\nsource:\n  id: %s\n  title: \"Generated article %d: 2025\"\n", src, s)
		if s%2 == 0 {
			fmt.Fprintf(&yml, "  outlet: Generated Times\n  url: https://example.org/%s\n", src)
		}
		fmt.Fprintf(&yml, "  published: %s\n  body_file: %s.txt\n", date(), src)
		link := sentence("Also Read: generated headline %d", s)
		fmt.Fprintf(&yml, "  related:\n    - title: generated headline %d\n      kind: also_read\n      evidence: %q\n", s, link)
		// Entities: every file defines some of them again, with the same content.
		yml.WriteString("people:\n")
		for i, p := range peopleIDs {
			if (i+s)%2 == 0 || s == 0 {
				fmt.Fprintf(&yml, "  - id: %s\n    name: %s\n    aliases: [%s]\n", p, titleName(people[i]), strings.ToUpper(p[:1])+p[1:3]+"x "+p)
				if i%3 == 0 {
					fmt.Fprintf(&yml, "    description: generated person %d\n", i)
				}
			}
		}
		yml.WriteString("organizations:\n")
		for i, o := range orgs {
			fmt.Fprintf(&yml, "  - id: %s\n    name: %s\n    kind: %s\n", o, titleName(o), []string{"state", "government", "institution", "collective"}[i])
			if i == 1 {
				yml.WriteString("    parent: north-alliance\n")
			}
		}
		yml.WriteString("topics:\n")
		for i, tp := range topics {
			fmt.Fprintf(&yml, "  - id: %s\n    name: %s\n", tp, titleName(tp))
			if i == 1 || i == 2 {
				yml.WriteString("    parent: trade\n")
			}
			if i == 4 {
				yml.WriteString("    parent: energy\n    aliases: [gas supply]\n")
			}
		}
		yml.WriteString("territories:\n")
		for i, tr := range terrs {
			fmt.Fprintf(&yml, "  - id: %s\n    name: %s\n    kind: %s\n", tr, titleName(tr), []string{"country", "city", "region"}[i])
			if i > 0 {
				yml.WriteString("    parent: northland\n")
			}
		}
		ev := fmt.Sprintf("%s-summit", src)
		evText := sentence("Leaders met at the summit in North Harbour")
		fmt.Fprintf(&yml, "events:\n  - id: %s\n    name: Summit %d\n    kind: meeting\n    held: %s\n    place: North Harbour\n    participants: [%s, %s, %s]\n    evidence: %q\n",
			ev, s, date(), peopleIDs[s%6], peopleIDs[(s+1)%6], orgs[s%4], evText)
		yml.WriteString("roles:\n")
		for i := 0; i < 2; i++ {
			p := peopleIDs[(s+i)%6]
			text := sentence("%s serves as minister of %s", titleName(people[(s+i)%6]), pick(topics))
			fmt.Fprintf(&yml, "  - person: %s\n    title: Minister %d\n    organization: %s\n    start: %s\n", p, i, pick(orgs), date())
			if i == 1 {
				fmt.Fprintf(&yml, "    end: {on: 2026-02, inferred: true, basis: \"“steps down”\"}\n    end_kind: announced\n")
			}
			fmt.Fprintf(&yml, "    evidence: %q\n", text)
		}
		yml.WriteString("statements:\n")
		var mine []string
		for i := 0; i < 12; i++ {
			if i%5 == 4 && len(prevStatements) > 0 {
				ref := prevStatements[rng.Intn(len(prevStatements))]
				// a re-report quotes the words again: kb check verifies it
				text := sentence("As reported before, the earlier remark %s stands: “%s”", ref, stmtTexts[ref])
				fmt.Fprintf(&yml, "  - id: %s\n    evidence: %q\n", ref, text)
				// a statement reported twice by one source is one entry: drop it
				prevStatements = removeString(prevStatements, ref)
				continue
			}
			id := fmt.Sprintf("%s-st%d", src, i)
			quote := fmt.Sprintf("we will act on item %d of %s", i, src)
			var speaker string
			if i%4 == 3 {
				speaker = pick(orgs)
			} else {
				speaker = peopleIDs[rng.Intn(6)]
			}
			kind := "direct"
			text := sentence("%s said: “%s”, adding more", speaker, quote)
			stmtText := quote
			if i%3 == 2 {
				kind = "reported"
				stmtText = fmt.Sprintf("item %d of %s is settled", i, src)
				text = sentence("%s claims that %s", speaker, stmtText)
			}
			if i%6 == 0 {
				fmt.Fprintf(&yml, "  - speaker: %s\n", speaker) // default id <source>-s<N>
				id = fmt.Sprintf("%s-s%d", src, i+1)
			} else {
				fmt.Fprintf(&yml, "  - id: %s\n    speaker: %s\n", id, speaker)
			}
			fmt.Fprintf(&yml, "    kind: %s\n    text: %q\n    cue: said\n    said: %s\n    topics: [%s, %s]\n", kind, stmtText, date(), pick(topics), pick(topics))
			if i%4 != 3 && i%2 == 0 {
				fmt.Fprintf(&yml, "    on_behalf_of: %s\n", pick(orgs))
			}
			if i%3 == 0 {
				fmt.Fprintf(&yml, "    event: %s\n    setting: at the summit\n", ev)
			}
			fmt.Fprintf(&yml, "    mentions: [%s, %s]\n", pick(terrs), pick(peopleIDs))
			if i%7 != 1 {
				fmt.Fprintf(&yml, "    evidence:\n      - %q\n", text)
				if kind == "direct" && i%2 == 1 {
					again := sentence("Later %s repeated “%s” to reporters", speaker, quote)
					fmt.Fprintf(&yml, "      - %q\n", again)
				}
			}
			mine = append(mine, id)
			stmtTexts[id] = stmtText
			statements++
		}
		yml.WriteString("positions:\n")
		for i := 0; i < 2; i++ {
			text := sentence("%s firmly backs the plan, position %d", pick(orgs), i)
			fmt.Fprintf(&yml, "  - holder: %s\n    topic: %s\n    polarity: %s\n    stance: backs the plan %d\n    as_of: %s\n    statements: [%s]\n",
				pick(append(orgs, peopleIDs...)), pick(topics), pick([]string{"supports", "opposes", "demands", "conditional"}), i, date(), mine[i])
			if i == 0 {
				fmt.Fprintf(&yml, "    evidence: %q\n", text)
			}
		}
		yml.WriteString("control:\n")
		for i, tr := range terrs {
			text := sentence("Troops hold about %d%% of %s", 10+i*7+s%5, titleName(tr))
			fmt.Fprintf(&yml, "  - territory: %s\n    controller: %s\n", tr, pick(orgs))
			switch i {
			case 0:
				fmt.Fprintf(&yml, "    share: %d.%d\n    share_bound: about\n    qualifier: about\n", 10+s%5, i)
			case 1:
				yml.WriteString("    kind: claim\n    note: generated note\n")
			default:
				fmt.Fprintf(&yml, "    share: %d\n", 100-s%3)
			}
			fmt.Fprintf(&yml, "    as_of: %s\n    evidence: %q\n", date(), text)
		}
		prevStatements = append(prevStatements, mine...)
		b := body.String()
		if s%3 == 0 {
			b = "\ufeff" + b // a byte-order mark, dropped by the loader
		}
		if err := os.WriteFile(filepath.Join(dir, src+".txt"), []byte(b), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, src+".yaml"), []byte(yml.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return statements
}

func titleName(id string) string {
	parts := strings.Split(id, "-")
	for i, p := range parts {
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, " ")
}

func removeString(xs []string, x string) []string {
	var out []string
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}

// A generated corpus of a few hundred statements, loaded in three batches,
// exports and seeds back into an identical database.
func TestExportRoundTripsAGeneratedCorpus(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	n := writeCorpus(t, dir, 30, 1)
	if n < 200 {
		t.Fatalf("the corpus has only %d statements", n)
	}
	db := testdb.Empty(t)
	files, err := seed.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, batch := range [][]seed.File{files[:10], files[10:11], files[11:]} {
		if _, err := seed.Load(ctx, db, batch, store.LoadOptions{}); err != nil {
			t.Fatalf("loading the corpus: %v", err)
		}
	}
	var got int
	db.SQL().QueryRow(`SELECT count(*) FROM statements`).Scan(&got)
	if got != n {
		t.Fatalf("%d statements loaded, %d written", got, n)
	}
	roundTrip(t, db)
}

// BenchmarkLoadCorpus loads 100 generated fact files (some 800 statements)
// into an empty database in one batch: checking, loading, and counting the
// rows added, changed and removed.
func BenchmarkLoadCorpus(b *testing.B) {
	dir := b.TempDir()
	writeCorpus(b, dir, 100, 3)
	files, err := seed.ReadPaths([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := testdb.Empty(b)
		b.StartTimer()
		if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
