package devset

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"kb/extract"
	"kb/internal/rematch"
	"kb/seed"
	"kb/store"
)

// RereportScore is how the gold re-reports (Gold.Rereports) came out when
// the articles of each event were drafted and loaded one after the other,
// as a user grows the database: each article drafted against a database
// holding the articles of its event published before it, with the same
// code as `kb extract` (rematch), and its unedited draft loaded as `kb
// seed` loads it.
type RereportScore struct {
	Event    string
	Articles int      // articles of the event with a text
	Loaded   int      // drafts that loaded unedited
	NotLoad  []string // article: why its draft did not load

	Pairs      int // gold re-reports: a quote of an earlier article's same_as group
	Matched    int // drafted as a re-report of a statement of its group
	False      int // drafted as a re-report of another statement (also FalseOther)
	Near       int // drafted as new, with a near-miss comment
	Duplicate  int // drafted as new, with no comment: a silent duplicate
	NotDrafted int // the extractor did not draft the quote (a speaker miss counts here only if no statement holds it)
	NoTarget   int // drafted as new, but no earlier article's statement of the group was loaded to match

	// FalseOther are drafted direct re-reports that no gold re-report
	// accounts for (counted in False); ClaimRereports, reported claims
	// drafted as re-reports (the gold has no same_as for claims: listed,
	// not scored).
	FalseOther     []string
	ClaimRereports []string
	Details        []string // every pair that was not matched, and why
}

// Rereports drafts and loads the articles of every event of the set (those
// with only, when given, among them) in publication order, one temporary
// database per event starting empty, and scores the gold re-reports.
func (c Config) Rereports(ctx context.Context, g *Gold, dir string, only ...string) ([]*RereportScore, error) {
	events := map[string][]*Article{}
	var names []string
	for i := range g.Articles {
		a := &g.Articles[i]
		if a.Event == "" || (len(only) > 0 && !contains(only, a.ID)) {
			continue
		}
		if _, ok := events[a.Event]; !ok {
			names = append(names, a.Event)
		}
		events[a.Event] = append(events[a.Event], a)
	}
	pairs := map[string][]Rereport{} // article id -> its gold re-reports
	for _, p := range g.Rereports() {
		pairs[p.Article] = append(pairs[p.Article], p)
	}
	var out []*RereportScore
	for _, ev := range names {
		arts := events[ev]
		if len(arts) < 2 {
			continue
		}
		sort.SliceStable(arts, func(i, j int) bool { return arts[i].Published < arts[j].Published })
		s, err := scoreEvent(ctx, ev, arts, pairs, dir)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// scoreEvent drafts and loads one event's articles, in order, into a new
// database.
func scoreEvent(ctx context.Context, event string, arts []*Article, pairs map[string][]Rereport, dir string) (*RereportScore, error) {
	tmp, err := os.MkdirTemp("", "kb-devset-rr-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	db, err := store.Create(ctx, filepath.Join(tmp, "kb.db"))
	if err != nil {
		return nil, err
	}
	defer db.Close()
	s := &RereportScore{Event: event}
	group := map[string]map[string]string{} // same_as label -> ids of its loaded statements -> their speaker ids
	for _, a := range arts {
		data, err := os.ReadFile(filepath.Join(dir, a.ID+".txt"))
		if errors.Is(err, fs.ErrNotExist) {
			for _, p := range pairs[a.ID] {
				s.Pairs++
				s.NotDrafted++
				s.Details = append(s.Details, fmt.Sprintf("%s: %q not scored, no text", a.ID, p.Quote.Opens))
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		s.Articles++
		body := strings.ReplaceAll(strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n"), "\r", "\n")
		known, err := rematch.Entities(ctx, db)
		if err != nil {
			return nil, err
		}
		d := extract.Extract(body, extract.Options{SourceID: a.ID, Published: a.Published, BodyFile: a.ID + ".txt", Known: known})
		if err := rematch.New(db).Match(ctx, d); err != nil {
			return nil, err
		}
		ids := loadedIDs(d)
		s.score(a, d, ids, pairs[a.ID], group)
		if why := load(ctx, db, tmp, a.ID, body, d.YAML()); why != "" {
			s.NotLoad = append(s.NotLoad, a.ID+": "+why)
			continue
		}
		s.Loaded++
		// the statements this article defines for its same_as groups are
		// what later articles of the group should re-report
		for _, q := range a.Quotes {
			if q.SameAs == "" {
				continue
			}
			if i := findQuote(d.Statements, q); i >= 0 && d.Statements[i].Rereport == nil {
				for _, l := range q.Labels() {
					if group[l] == nil {
						group[l] = map[string]string{}
					}
					group[l][ids[i]] = d.Statements[i].Speaker.ID
				}
			}
		}
	}
	return s, nil
}

// loadedIDs is the id the loader gives each new statement of the draft
// (extract.Draft.Defined), by its place in d.Statements.
func loadedIDs(d *extract.Draft) map[int]string {
	def := d.Defined()
	out := map[int]string{}
	j := 0
	for i, st := range d.Statements {
		if st.Rereport == nil && j < len(def) {
			out[i] = def[j].ID
			j++
		}
	}
	return out
}

// score classifies the article's gold re-reports and its other drafted
// re-reports.
func (s *RereportScore) score(a *Article, d *extract.Draft, ids map[int]string, pairs []Rereport, group map[string]map[string]string) {
	used := map[int]bool{}
	for _, p := range pairs {
		s.Pairs++
		at := fmt.Sprintf("%s: %q (%s, group %s, first in %s)", a.ID, p.Quote.Opens, p.Quote.Speaker, p.Label, p.First)
		i := findQuote(d.Statements, p.Quote)
		if i < 0 {
			s.NotDrafted++
			s.Details = append(s.Details, at+": not drafted as a statement")
			continue
		}
		used[i] = true
		st := d.Statements[i]
		targets := map[string]string{}
		for _, l := range p.Labels {
			for id, sp := range group[l] {
				targets[id] = sp
			}
		}
		has := func(id string) bool { _, ok := targets[id]; return ok }
		switch {
		case st.Rereport != nil && has(st.Rereport.ID):
			s.Matched++
		case st.Rereport != nil:
			s.False++
			s.Details = append(s.Details, fmt.Sprintf("%s: FALSE MATCH, re-report of %s %q (similarity %.2f)", at, st.Rereport.ID, clip(st.Rereport.Text), st.Rereport.Score.Similarity()))
		case len(targets) == 0:
			s.NoTarget++
			s.Details = append(s.Details, at+": no statement of the group was loaded before it")
		case st.Near != nil:
			s.Near++
			which := "the right statement"
			if !has(st.Near.ID) {
				which = "another statement, " + st.Near.ID
			}
			s.Details = append(s.Details, fmt.Sprintf("%s: near miss commented (%s, similarity %.2f): drafted %q, known %q", at, which, st.Near.Score.Similarity(),
				clip(statementText(st)), clip(st.Near.Text)))
		default:
			s.Duplicate++
			s.Details = append(s.Details, fmt.Sprintf("%s: drafted as new, no comment (said by %s; the group's statements: %s)", at, st.Speaker.ID, groupList(targets)))
		}
	}
	for i, st := range d.Statements {
		if st.Rereport == nil || used[i] {
			continue
		}
		item := fmt.Sprintf("%s: %q (%s) re-report of %s %q (similarity %.2f)", a.ID, clip(statementText(st)), speakerName(st.Speaker),
			st.Rereport.ID, clip(st.Rereport.Text), st.Rereport.Score.Similarity())
		if st.Kind == "direct" {
			s.False++
			s.FalseOther = append(s.FalseOther, item)
		} else {
			s.ClaimRereports = append(s.ClaimRereports, item)
		}
	}
}

// findQuote is the drafted direct statement that holds a gold quote, by
// the matching rule of the quote scores (README.md), its text or one of
// its passages (a re-report merging several passages may have no one
// text); -1 when none does.
func findQuote(sts []extract.Statement, q Item) int {
	gw := words(q.Opens)
	for i, st := range sts {
		if st.Kind == "direct" && st.Text != "" && quoteMatches(gw, words(st.Text)) {
			return i
		}
	}
	// a quote merged into a re-report (of a claim of the same article, or
	// with other wordings of one known quote, so with no one text) is in
	// one of its passages; a claim whose passage holds the quote's words
	// is not where the quote went, so direct re-reports are looked at
	// first, then other re-reports, then the rest
	rank := func(st extract.Statement) int {
		switch {
		case st.Rereport != nil && st.Kind == "direct":
			return 0
		case st.Rereport != nil:
			return 1
		}
		return 2
	}
	for r := 0; r < 3; r++ {
		for i, st := range sts {
			if rank(st) != r {
				continue
			}
			for _, e := range st.Evidence {
				if indexOf(words(e), gw) >= 0 {
					return i
				}
			}
		}
	}
	return -1
}

// groupList names a group's statements and their speakers.
func groupList(targets map[string]string) string {
	var out []string
	for id, sp := range targets {
		out = append(out, id+" by "+sp)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

func statementText(st extract.Statement) string {
	if st.Text == "" && len(st.Evidence) > 0 {
		return st.Evidence[0]
	}
	return st.Text
}

// load writes the draft and its article into the folder and loads it as
// `kb seed` does; it returns why it did not load, or "".
func load(ctx context.Context, db *store.DB, dir, id, body string, draft []byte) string {
	yml := filepath.Join(dir, id+".yaml")
	if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(body), 0o644); err != nil {
		return err.Error()
	}
	if err := os.WriteFile(yml, draft, 0o644); err != nil {
		return err.Error()
	}
	files, err := seed.ReadPaths([]string{yml})
	if err != nil {
		return oneLine(err.Error())
	}
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		return oneLine(err.Error())
	}
	return ""
}

func oneLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 1 {
		return fmt.Sprintf("%s (and %d more lines)", lines[0], len(lines)-1)
	}
	return lines[0]
}

// RereportMarkdown prints the re-report scores, one row per event and
// pooled.
func RereportMarkdown(w io.Writer, rs []*RereportScore) {
	fmt.Fprintln(w, "| event | drafts loaded unedited | gold re-reports | matched | false matches | near misses commented | new, no comment (duplicates) | not drafted | no earlier statement loaded |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	var p RereportScore
	for _, s := range rs {
		rereportRow(w, s.Event, s)
		p.Articles += s.Articles
		p.Loaded += s.Loaded
		p.Pairs += s.Pairs
		p.Matched += s.Matched
		p.False += s.False
		p.Near += s.Near
		p.Duplicate += s.Duplicate
		p.NotDrafted += s.NotDrafted
		p.NoTarget += s.NoTarget
	}
	rereportRow(w, fmt.Sprintf("**pooled (%d events)**", len(rs)), &p)
}

func rereportRow(w io.Writer, name string, s *RereportScore) {
	fmt.Fprintf(w, "| %s | %d of %d | %d | %s | %d | %d | %d | %d | %d |\n", name, s.Loaded, s.Articles, s.Pairs,
		of(s.Matched, s.Pairs), s.False, s.Near, s.Duplicate, s.NotDrafted, s.NoTarget)
}

// RereportDetails lists, per event, the drafts that did not load, every
// gold re-report not matched and every other drafted re-report.
func RereportDetails(w io.Writer, rs []*RereportScore) {
	for _, s := range rs {
		if len(s.NotLoad)+len(s.Details)+len(s.FalseOther)+len(s.ClaimRereports) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n## re-reports, %s\n", s.Event)
		for _, x := range s.NotLoad {
			fmt.Fprintf(w, "- did not load unedited: %s\n", x)
		}
		for _, x := range s.Details {
			fmt.Fprintf(w, "- %s\n", x)
		}
		for _, x := range s.FalseOther {
			fmt.Fprintf(w, "- FALSE MATCH, a quote the gold links to no earlier one: %s\n", x)
		}
		for _, x := range s.ClaimRereports {
			fmt.Fprintf(w, "- claim drafted as a re-report (not scored): %s\n", x)
		}
	}
}
