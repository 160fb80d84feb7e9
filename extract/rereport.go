package extract

import (
	"fmt"
	"strings"
	"time"

	"kb/internal/names"
	"kb/internal/wording"
)

// KnownStatement is a statement already known, in the database or drafted
// earlier in a batch, that a drafted statement may repeat. It is plain
// data: the caller reads it from wherever it is kept.
type KnownStatement struct {
	ID      string
	Speaker string // the speaker's id
	Kind    string // direct or reported
	Text    string
	Source  string // the source that defines it
	When    string // said, else published: YYYY-MM-DD, YYYY-Www or YYYY-MM; "" when unknown
	// Wordings are other sources' words of it (their re-reports): a later
	// outlet may repeat one of them rather than the text ("the last 10
	// metres" of a long answer, then "the last 10 meters to the goal").
	Wordings []string
}

// Match is a known statement a drafted one was compared with.
type Match struct {
	KnownStatement
	Score wording.Score
	Via   string // the other source's wording it was closest to; "" for the text
}

// MaxDays is how far apart in time a re-report and the statement it
// repeats may be said: news repeats remarks within days, and a remark made
// months apart in the same words is rather a new statement. When either
// date is unknown, time does not rule a match out.
const MaxDays = 14

// MatchKnown compares every drafted statement with the known ones: the
// same speaker and kind (a quote and a claim around it are two statements,
// as the seed is curated), said within MaxDays of each other, and wordings that are
// variants of one remark (wording.Score.Close: reworded, trimmed). A match
// makes the drafted statement a re-report of the known one, with this
// source's evidence and its own words as wording; drafted statements that
// repeat the same known one are merged into one re-report. A near miss
// (wording.Score.Near) stays a new statement, with the candidate named in
// its comment. Known statements of the draft's own source are left out: an
// article drafted again is not its own re-report.
func (d *Draft) MatchKnown(known []KnownStatement) {
	bySpeaker := map[string][]KnownStatement{}
	for _, k := range known {
		if k.Source != d.SourceID && k.ID != "" {
			bySpeaker[k.Speaker] = append(bySpeaker[k.Speaker], k)
		}
	}
	var out []Statement
	at := map[string]int{} // known id -> its re-report in out
	for _, s := range d.Statements {
		s.Rereport, s.Near = nil, nil
		when := s.when(d.Published)
		tw := wording.Words(s.Text)
		for _, k := range bySpeaker[s.Speaker.ID] {
			if k.Kind != "" && k.Kind != s.Kind || !closeInTime(when, k.When) {
				continue
			}
			m := &Match{KnownStatement: k, Score: wording.CompareWords(wording.Words(k.Text), tw)}
			for _, w := range k.Wordings {
				// a variant of another outlet's words of it counts as one
				// of the statement (kb check accepts it the same way)
				if m.Score.Close() && m.Via == "" {
					break
				}
				if sc := wording.CompareWords(wording.Words(w), tw); sc.Close() && (m.Via == "" || better(sc, m.Score)) {
					m.Score, m.Via = sc, w
				}
			}
			switch {
			case m.Score.Close():
				if s.Rereport == nil || better(m.Score, s.Rereport.Score) {
					s.Rereport = m
				}
			case m.Score.Near():
				if s.Near == nil || better(m.Score, s.Near.Score) {
					s.Near = m
				}
			}
		}
		if s.Rereport != nil {
			s.Near = nil
			if i, ok := at[s.Rereport.ID]; ok {
				// one entry per re-reported statement, all passages in it
				prev := &out[i]
				for _, e := range s.Evidence {
					if !containsString(prev.Evidence, e) {
						prev.Evidence = append(prev.Evidence, e)
					}
				}
				if names.MatchForm(prev.Text) != names.MatchForm(s.Text) {
					prev.Text = "" // no one wording is in every passage
				}
				continue
			}
			at[s.Rereport.ID] = len(out)
		}
		out = append(out, s)
	}
	d.Statements = out
	d.dropUnusedTopic()
}

// better says whether a is a better match than b: more similar, or as
// similar and sharing more words. A quote that holds two known ones whole
// (one outlet quotes "A. B." where another quoted "A." and "B." apart) is
// contained in each with similarity 1, and is the re-report of the one
// that shares most of its words, the one worded like it, not of whichever
// came first.
func better(a, b wording.Score) bool {
	if a.Similarity() != b.Similarity() {
		return a.Similarity() > b.Similarity()
	}
	return a.Shared > b.Shared
}

// dropUnusedTopic removes the placeholder topic when only re-reports, which
// take no topics, were drafted.
func (d *Draft) dropUnusedTopic() {
	if d.Topic == nil {
		return
	}
	for _, s := range d.Statements {
		if s.Rereport == nil && containsString(s.Topics, d.Topic.ID) {
			return
		}
	}
	for i, e := range d.Entities {
		if e == d.Topic {
			d.Entities = append(d.Entities[:i:i], d.Entities[i+1:]...)
			break
		}
	}
	d.Topic = nil
}

// when is the date a drafted statement was said: its own, else the
// publication date.
func (s *Statement) when(published string) string {
	if s.Said != nil {
		return s.Said.On
	}
	return published
}

// Defined lists the statements the draft defines, with the ids the loader
// gives them (<source>-s<N>, N the entry's place in the list), so that the
// later drafts of a batch can re-report them.
func (d *Draft) Defined() []KnownStatement {
	var out []KnownStatement
	for i, s := range d.Statements {
		if s.Rereport != nil {
			continue
		}
		out = append(out, KnownStatement{ID: fmt.Sprintf("%s-s%d", d.SourceID, i+1), Speaker: s.Speaker.ID, Kind: s.Kind, Text: s.Text,
			Source: d.SourceID, When: s.when(d.Published)})
	}
	return out
}

// KnownSpeakers lists the database's people and organizations that the
// draft's statements are said by (Kind and ID set): whose statements to
// compare.
func (d *Draft) KnownSpeakers() []Known {
	var out []Known
	seen := map[string]bool{}
	for _, s := range d.Statements {
		if s.Speaker.Known && !seen[s.Speaker.ID] {
			seen[s.Speaker.ID] = true
			out = append(out, Known{Kind: s.Speaker.Kind, ID: s.Speaker.ID, Name: s.Speaker.Name})
		}
	}
	return out
}

// closeInTime says whether two dates (at any of the precisions of the
// fact-file format) may be within MaxDays of each other.
func closeInTime(a, b string) bool {
	a0, a1, okA := dateRange(a)
	b0, b1, okB := dateRange(b)
	if !okA || !okB {
		return true
	}
	gap := time.Duration(0)
	switch {
	case a1.Before(b0):
		gap = b0.Sub(a1)
	case b1.Before(a0):
		gap = a0.Sub(b1)
	}
	return gap <= MaxDays*24*time.Hour
}

// dateRange is the first and last day a date may mean.
func dateRange(s string) (time.Time, time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, t, true
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t, t.AddDate(0, 1, -1), true
	}
	var y, w int
	if n, _ := fmt.Sscanf(s, "%4d-W%2d", &y, &w); n == 2 && strings.Contains(s, "-W") {
		// the Monday of ISO week w: 4 January is always in week 1
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return monday, monday.AddDate(0, 0, 6), true
	}
	return time.Time{}, time.Time{}, false // a year, or unknown: too coarse to rule out
}

// rereportComment is the comment above a re-report in the draft.
func rereportComment(m *Match) string {
	c := fmt.Sprintf("# re-report of %s (%s, first reported by %s): %s; similarity %.2f", m.ID, m.Speaker, m.Source,
		quoteText(oneLine(clipWords(m.Text, 20))), m.Score.Similarity())
	if m.Via != "" {
		c += fmt.Sprintf(" to another outlet's wording %s", quoteText(oneLine(clipWords(m.Via, 20))))
	}
	return c
}

// nearComment names the known statement a new one is nearest to.
func nearComment(m *Match) string {
	if why := m.Score.Apart(); why != "" {
		return fmt.Sprintf("# near miss, drafted as new: %s (%s) %s; similarity %.2f, but %s: make it a re-report if it is the same remark",
			m.ID, m.Source, quoteText(oneLine(clipWords(m.Text, 20))), m.Score.Similarity(), why)
	}
	return fmt.Sprintf("# near miss, drafted as new: %s (%s) %s; %s: make it a re-report if it is the same remark",
		m.ID, m.Source, quoteText(oneLine(clipWords(m.Text, 20))), m.Score.Shortfall())
}

// clipWords shortens s to n words.
func clipWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	return strings.Join(f[:n], " ") + " …"
}
