// Package rematch hands kb extract's drafts what the database knows: its
// entities, to reuse by alias, and the statements a draft may re-report.
// It is shared by `kb extract` and the development-set scorer, so both
// match re-reports the same way; the SQL stays in store, the comparison in
// extract.
package rematch

import (
	"context"
	"slices"
	"time"

	"kb/extract"
	"kb/store"
)

// Entities lists the database's entities as the extractor takes them;
// none without a database.
func Entities(ctx context.Context, db *store.DB) ([]extract.Known, error) {
	if db == nil {
		return nil, nil
	}
	ents, err := db.KnownEntities(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]extract.Known, 0, len(ents))
	for _, e := range ents {
		out = append(out, extract.Known{Kind: string(e.Kind), ID: e.ID, Name: e.Name, Sub: e.Sub, Aliases: e.Aliases})
	}
	return out, nil
}

// Matcher hands each draft the statements it may re-report: those of its
// known speakers in the database (read once per speaker: the database is
// not to change while a Matcher is used), and those drafted before it with
// the same Matcher.
type Matcher struct {
	db      *store.DB
	bySpeak map[string][]extract.KnownStatement
	drafted []extract.KnownStatement
}

// New returns a Matcher reading db; a nil db matches only within the run.
func New(db *store.DB) *Matcher {
	return &Matcher{db: db, bySpeak: map[string][]extract.KnownStatement{}}
}

// Match marks the draft's re-reports and near misses (extract.Draft.MatchKnown),
// then remembers the statements it defines for the drafts after it.
func (m *Matcher) Match(ctx context.Context, d *extract.Draft) error {
	cands := append([]extract.KnownStatement{}, m.drafted...)
	if m.db != nil {
		for _, sp := range d.KnownSpeakers() {
			ks, err := m.ofSpeaker(ctx, sp)
			if err != nil {
				return err
			}
			cands = append(cands, ks...)
		}
	}
	d.MatchKnown(cands)
	if len(d.Unattributed) > 0 {
		// a quote with no speaker may repeat anyone's known quote
		around, err := m.directAround(ctx, d.Published)
		if err != nil {
			return err
		}
		d.MatchUnattributed(append(cands, around...))
	}
	m.drafted = append(m.drafted, d.Defined()...)
	// this draft's words of the statements it re-reports are wordings the
	// later drafts may repeat, as the database will record them
	for _, s := range d.Statements {
		if s.Rereport == nil || s.Text == "" {
			continue
		}
		for _, list := range append([][]extract.KnownStatement{m.drafted}, m.cached()...) {
			for i := range list {
				if list[i].ID == s.Rereport.ID && !slices.Contains(list[i].Wordings, s.Text) {
					list[i].Wordings = append(list[i].Wordings, s.Text)
				}
			}
		}
	}
	return nil
}

// cached lists the statements read from the database so far, by speaker.
func (m *Matcher) cached() [][]extract.KnownStatement {
	var out [][]extract.KnownStatement
	for _, ks := range m.bySpeak {
		out = append(out, ks)
	}
	return out
}

// ofSpeaker reads the statements a known person or organization said
// itself (not those said on an organization's behalf by a person).
func (m *Matcher) ofSpeaker(ctx context.Context, sp extract.Known) ([]extract.KnownStatement, error) {
	if ks, ok := m.bySpeak[sp.ID]; ok {
		return ks, nil
	}
	f := store.StatementFilter{PersonID: sp.ID}
	if sp.Kind == extract.KindOrganization {
		f = store.StatementFilter{OrganizationID: sp.ID}
	}
	found, err := m.db.Statements(ctx, f)
	if err != nil {
		return nil, err
	}
	ks := []extract.KnownStatement{}
	for _, s := range found {
		if s.Speaker.ID != sp.ID {
			continue
		}
		when := s.Said
		if when == nil {
			when = s.Source.Published
		}
		k := extract.KnownStatement{ID: s.ID, Speaker: sp.ID, Kind: s.Kind, Text: s.Text, Source: s.Source.ID}
		for _, a := range s.Appearances {
			if a.Wording != nil && *a.Wording != s.Text && !slices.Contains(k.Wordings, *a.Wording) {
				k.Wordings = append(k.Wordings, *a.Wording)
			}
		}
		if when != nil {
			k.When = when.On
		}
		ks = append(ks, k)
	}
	m.bySpeak[sp.ID] = ks
	return ks, nil
}

// directAround reads the database's direct statements said (or
// published) within extract.MaxDays of the date published, every one
// when it is unknown: those a quote with no speaker may repeat
// (extract.Draft.MatchUnattributed).
func (m *Matcher) directAround(ctx context.Context, published string) ([]extract.KnownStatement, error) {
	if m.db == nil {
		return nil, nil
	}
	f := store.StatementFilter{Kind: "direct"}
	if t, err := time.Parse("2006-01-02", published); err == nil {
		f.Since = t.AddDate(0, 0, -extract.MaxDays).Format("2006-01-02")
		f.Until = t.AddDate(0, 0, extract.MaxDays).Format("2006-01-02")
	}
	found, err := m.db.Statements(ctx, f)
	if err != nil {
		return nil, err
	}
	out := make([]extract.KnownStatement, 0, len(found))
	for _, s := range found {
		k := extract.KnownStatement{ID: s.ID, Speaker: s.Speaker.ID, Kind: s.Kind, Text: s.Text, Source: s.Source.ID}
		if when := cmpOr(s.Said, s.Source.Published); when != nil {
			k.When = when.On
		}
		for _, a := range s.Appearances {
			if a.Wording != nil && *a.Wording != s.Text && !slices.Contains(k.Wordings, *a.Wording) {
				k.Wordings = append(k.Wordings, *a.Wording)
			}
		}
		out = append(out, k)
	}
	return out, nil
}

// cmpOr is the first date that is not nil.
func cmpOr(a, b *store.Date) *store.Date {
	if a != nil {
		return a
	}
	return b
}
