package devset

import (
	"fmt"
	"io"
	"strings"
)

// Markdown prints the scores as a markdown table, one row per article and
// a pooled row, ready for docs/extract.md.
func (r *Report) Markdown(w io.Writer) {
	fmt.Fprintln(w, "| article | subject | quotes found | right speaker | non-quotes drafted as quotes | reported recall | reported precision | invented entities | passes check |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	for _, s := range r.Articles {
		if s.Missing {
			fmt.Fprintf(w, "| %s | %s | no text | | | | | | |\n", s.ID, s.Subject)
			continue
		}
		r.row(w, s.ID, s.Subject, s, s.checkCell())
	}
	p := r.Pooled
	passed := 0
	scored := 0
	for _, s := range r.Articles {
		if !s.Missing {
			scored++
			if len(s.CheckProblems) == 0 {
				passed++
			}
		}
	}
	r.row(w, fmt.Sprintf("**pooled (%d articles)**", scored), "", &p, fmt.Sprintf("%d of %d", passed, scored))
}

func (r *Report) row(w io.Writer, name, subject string, s *ArticleScore, check string) {
	fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name, subject,
		of(s.QuotesFound, s.Quotes), of(s.RightSpeaker, s.Quotes), of(len(s.NonQuotes), s.DraftedQuotes),
		of(s.ReportedFound, s.Reported), of(s.ReportedMatched, s.DraftedReported),
		fmt.Sprintf("%d of %d", len(s.Invented), s.Entities), check)
}

func (s *ArticleScore) checkCell() string {
	if len(s.CheckProblems) == 0 {
		return "yes"
	}
	return fmt.Sprintf("no (%d)", len(s.CheckProblems))
}

// of is "a of b (p%)", or "–" when b is 0.
func of(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%d of %d (%.0f%%)", a, b, 100*float64(a)/float64(b))
}

// Details prints, for each article, what was missed and what was drafted
// wrongly: the list the extractor's authors work from.
func (r *Report) Details(w io.Writer) {
	for _, s := range r.Articles {
		if s.Missing {
			fmt.Fprintf(w, "\n## %s: no text (%s.txt is not in the folder)\n", s.ID, s.ID)
			continue
		}
		fmt.Fprintf(w, "\n## %s (%s, %s)\n", s.ID, s.Outlet, s.Published)
		if s.TextChanged {
			fmt.Fprintln(w, "- WARNING: the text differs from the one the gold list was written on (sha256)")
		}
		list := func(what string, xs []string) {
			for _, x := range xs {
				fmt.Fprintf(w, "- %s: %s\n", what, x)
			}
		}
		list("missed", s.Missed)
		list("non-quote", s.NonQuotes)
		list("quote cut elsewhere than the gold's", s.MisCut)
		list("claim not in gold", s.Spurious)
		list("invented", s.Invented)
		list("surname only", s.SurnameOnly)
		list("check", s.CheckProblems)
	}
}

// SetTable prints the set itself (id, outlet, date, subject, URL) as a
// markdown table.
func (g *Gold) SetTable(w io.Writer) {
	fmt.Fprintln(w, "| article | outlet | published | subject | event | quotes | reported | URL |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- |")
	for _, a := range g.Articles {
		q, rp := 0, 0
		for _, it := range a.Quotes {
			if !it.Optional {
				q++
			}
		}
		for _, it := range a.Reported {
			if !it.Optional {
				rp++
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %d | %d | <%s> |\n", a.ID, a.Outlet, a.Published, a.Subject, a.Event, q, rp, a.URL)
	}
}

// Summary is one line of counts: articles, outlets, subjects, events
// reported by several outlets, quotes linked across articles.
func (g *Gold) Summary() string {
	outlets, subjects, events := map[string]bool{}, map[string]bool{}, map[string]int{}
	q, rp, linked := 0, 0, 0
	for _, a := range g.Articles {
		outlets[a.Outlet] = true
		subjects[a.Subject] = true
		if a.Event != "" {
			events[a.Event]++
		}
		for _, it := range a.Quotes {
			if !it.Optional {
				q++
			}
			if it.SameAs != "" {
				linked++
			}
		}
		for _, it := range a.Reported {
			if !it.Optional {
				rp++
			}
		}
	}
	var ev []string
	for e, n := range events {
		if n > 1 {
			ev = append(ev, fmt.Sprintf("%s (%d)", e, n))
		}
	}
	return fmt.Sprintf("%d articles, %d outlets, %d subjects; %d gold quotes, %d reported claims; %d quotes linked by same_as (%d re-reports of an earlier article's quote); events reported by several outlets: %s",
		len(g.Articles), len(outlets), len(subjects), q, rp, linked, len(g.Rereports()), strings.Join(sortStrings(ev), ", "))
}

func sortStrings(xs []string) []string {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return xs
}

// Figures are an article's counts, as saved for a later comparison.
type Figures struct {
	ID              string `json:"id"`
	Quotes          int    `json:"quotes"`
	QuotesFound     int    `json:"quotes_found"`
	RightSpeaker    int    `json:"right_speaker"`
	DraftedQuotes   int    `json:"drafted_quotes"`
	NonQuotes       int    `json:"non_quotes"`
	Reported        int    `json:"reported"`
	ReportedFound   int    `json:"reported_found"`
	DraftedReported int    `json:"drafted_reported"`
	ReportedMatched int    `json:"reported_matched"`
	Entities        int    `json:"entities"`
	Invented        int    `json:"invented"`
	CheckProblems   int    `json:"check_problems"`
}

func (s *ArticleScore) figures(id string) Figures {
	return Figures{ID: id, Quotes: s.Quotes, QuotesFound: s.QuotesFound, RightSpeaker: s.RightSpeaker,
		DraftedQuotes: s.DraftedQuotes, NonQuotes: len(s.NonQuotes), Reported: s.Reported, ReportedFound: s.ReportedFound,
		DraftedReported: s.DraftedReported, ReportedMatched: s.ReportedMatched, Entities: s.Entities,
		Invented: len(s.Invented), CheckProblems: len(s.CheckProblems)}
}

// Figures lists every scored article's counts, and the pooled ones last
// (id "pooled").
func (r *Report) Figures() []Figures {
	var out []Figures
	for _, s := range r.Articles {
		if !s.Missing {
			out = append(out, s.figures(s.ID))
		}
	}
	return append(out, r.Pooled.figures("pooled"))
}

// Compare prints a markdown table of what changed since the saved
// figures: per article whose counts differ, and pooled.
func (r *Report) Compare(w io.Writer, before []Figures) {
	old := map[string]Figures{}
	for _, f := range before {
		old[f.ID] = f
	}
	now := r.Figures()
	if len(now) != len(before) {
		// a partial run (-only) or another set: pooled figures do not compare
		delete(old, "pooled")
	}
	fmt.Fprintln(w, "| article | quotes found | right speaker | non-quotes | reported recall | reported precision | invented |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- |")
	for _, now := range now {
		was, ok := old[now.ID]
		if !ok && now.ID == "pooled" {
			continue
		}
		if !ok {
			fmt.Fprintf(w, "| %s | not in the saved figures | | | | | |\n", now.ID)
			continue
		}
		if was == now && now.ID != "pooled" {
			continue
		}
		name := now.ID
		if name == "pooled" {
			name = "**pooled**"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s |\n", name,
			change(was.QuotesFound, was.Quotes, now.QuotesFound, now.Quotes),
			change(was.RightSpeaker, was.Quotes, now.RightSpeaker, now.Quotes),
			change(was.NonQuotes, was.DraftedQuotes, now.NonQuotes, now.DraftedQuotes),
			change(was.ReportedFound, was.Reported, now.ReportedFound, now.Reported),
			change(was.ReportedMatched, was.DraftedReported, now.ReportedMatched, now.DraftedReported),
			change(was.Invented, was.Entities, now.Invented, now.Entities))
	}
}

// change is "a of b → c of d".
func change(a, b, c, d int) string {
	if a == c && b == d {
		return fmt.Sprintf("%d of %d", c, d)
	}
	return fmt.Sprintf("%d of %d → %d of %d", a, b, c, d)
}
